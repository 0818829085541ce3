package io.github.dxplan.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.examples.SeedPlans;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanWriter;
import io.github.dxplan.testing.PlanGenerator;
import io.github.dxplan.testing.Property;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  static byte[] xlsx(DxPlan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbook.write(plan, out);
    return out.toByteArray();
  }

  static DxPlan back(DxPlan plan) {
    return PlanWorkbook.read(xlsx(plan), "plan.xlsx", WorkbookLimits.DEFAULT);
  }

  static java.util.List<String> seeds() {
    return SeedPlans.ids();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seed_yamlToXlsxToYaml_isByteIdentical(String id) {
    String yaml = SeedPlans.yaml(id);
    DxPlan plan = SeedPlans.load(id);
    DxPlan back = back(plan);
    assertThat(back).isEqualTo(plan);
    assertThat(PlanWriter.yaml().write(back)).isEqualTo(yaml);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seed_jsonColumnHoldsOnlyTheKeysThatHaveNoColumnYet(String id) {
    // Known gap (issue 13): the 表 sheet, the city's wording and deadline on a claim, previous-plan
    // groups and yearly result series have no columns yet and go to その他（JSON）; nothing else may.
    java.util.Set<String> withoutColumns = java.util.Set.of("tables", "nationalItems", "previousPlan", "actuals");
    var wb = io.github.dxplan.xlsx.internal.XlsxReader.read(xlsx(SeedPlans.load(id)), id, WorkbookLimits.DEFAULT);
    java.util.List<String> inJson = new java.util.ArrayList<>();
    for (var sheet : wb.sheets()) {
      var keys = sheet.rows().stream().filter(r -> r.number() == 2).findFirst();
      if (keys.isEmpty()) {
        continue;
      }
      int extra = keys.get().cells().stream().filter(c -> c.text().equals("#extra")).mapToInt(c -> c.column()).findFirst().orElse(-1);
      for (var r : sheet.rows()) {
        if (r.number() > 2 && extra >= 0 && r.cell(extra) != null) {
          for (var e : new tools.jackson.databind.ObjectMapper().readTree(r.cell(extra).text()).properties()) {
            if (!withoutColumns.contains(e.getKey())) {
              inJson.add(sheet.name() + "!" + r.number() + ": " + e.getKey());
            }
          }
        }
      }
    }
    assertThat(inJson).isEmpty();
  }

  @Test
  void format2Plan_withEveryNewKey_roundTripsByteIdentically() throws Exception {
    String yaml = new String(getClass().getResourceAsStream("/plans/format2-all-keys.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    DxPlan plan = io.github.dxplan.model.format.PlanReader.yaml().readString(yaml, "format2-all-keys.yaml");
    DxPlan back = back(plan);
    assertThat(back).isEqualTo(plan);
    assertThat(PlanWriter.yaml().write(back)).isEqualTo(PlanWriter.yaml().write(plan));
  }

  @Test
  void generatedPlans_readWrite_equalsPlan() {
    Property.check("xlsx round trip", 60, random -> {
      DxPlan plan = PlanGenerator.plan(random);
      assertThat(back(plan)).isEqualTo(plan);
    });
  }

  @Test
  void minimalPlans_readWrite_equalsPlan() {
    Property.check("xlsx round trip (minimal)", 30, random -> {
      DxPlan plan = PlanGenerator.minimalPlan(random);
      assertThat(back(plan)).isEqualTo(plan);
    });
  }
}
