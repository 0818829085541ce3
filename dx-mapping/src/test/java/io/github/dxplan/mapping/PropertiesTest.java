package io.github.dxplan.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.mapping.export.CoverageExporter;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.testing.PlanGenerator;
import io.github.dxplan.testing.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Never throws on generated plans; the same plan maps to byte-identical exports, from any thread. */
class PropertiesTest {

  static String all(CoverageReport r) {
    StringBuilder b = new StringBuilder();
    for (CoverageExporter.Format f : CoverageExporter.Format.values()) {
      b.append(CoverageExporter.export(r, f));
    }
    return b.toString();
  }

  @Test
  void map_neverThrowsOnGeneratedPlans() {
    CoverageMapper mapper = CoverageMapper.create();
    CoverageMapper inferOnly = CoverageMapper.builder().inferOnly(true).build();
    Property.check("map generated plan", 300, random -> {
      DxPlan plan = random.nextInt(4) == 0 ? PlanGenerator.minimalPlan(random) : PlanGenerator.plan(random);
      all(mapper.map(plan));
      for (String v : mapper.catalogs().versionNames()) {
        all(inferOnly.map(plan, v));
      }
    });
  }

  @Test
  void map_twiceGivesIdenticalBytes() {
    Property.check("deterministic", 50, random -> {
      DxPlan plan = PlanGenerator.plan(random);
      assertThat(all(CoverageMapper.create().map(plan))).isEqualTo(all(CoverageMapper.create().map(plan)));
    });
  }

  @Test
  void map_fromManyThreadsGivesIdenticalBytes() throws Exception {
    CoverageMapper mapper = CoverageMapper.create();
    List<DxPlan> plans = new ArrayList<>();
    plans.add(Plans.seed("itako-2023"));
    plans.add(Plans.seed("utsunomiya-2023"));
    plans.add(Plans.seed("nasukarasuyama-2024"));
    List<String> expected = new ArrayList<>();
    for (DxPlan p : plans) {
      expected.add(all(CoverageMapper.create().map(p)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int k = 0; k < 48; k++) {
        int idx = k % plans.size();
        results.add(pool.submit(() -> all(mapper.map(plans.get(idx))).equals(expected.get(idx))));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
