package io.github.dxplan.mapping;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Prints a rough single-thread throughput of inferred mapping over the seed plans (not a gate). */
class ThroughputTest {
  @Test
  void map_throughputOnSeedPlans() {
    List<DxPlan> plans = List.of(Plans.seed("itako-2023"), Plans.seed("utsunomiya-2023"),
        Plans.seed("nasukarasuyama-2024"), Plans.seed("oyama-2021"), Plans.seed("utsunomiya-2020"));
    long bytes = 0;
    for (DxPlan p : plans) {
      bytes += PlanWriter.json().writeBytes(p).length;
    }
    CoverageMapper mapper = CoverageMapper.builder().inferOnly(true).build();
    for (int w = 0; w < 200; w++) {
      plans.forEach(mapper::map);
    }
    int rounds = 400;
    long t0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      plans.forEach(mapper::map);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "[throughput] %.0f plans/s, %.1f MB/s of plan JSON (inferred mapping, 1 thread)%n",
        rounds * plans.size() / s, rounds * bytes / s / 1e6);
  }
}
