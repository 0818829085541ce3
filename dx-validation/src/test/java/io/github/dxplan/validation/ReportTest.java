package io.github.dxplan.validation;

import static io.github.dxplan.validation.Fixtures.M1;
import static io.github.dxplan.validation.Fixtures.codes;
import static io.github.dxplan.validation.Fixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.Departments;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.RoadmapKind;
import io.github.dxplan.validation.internal.PointerOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void severalBrokenInitiatives_areAllReportedInOnePass() {
    Departments dept = new Departments(List.of("市民課"), List.of());
    List<Initiative> initiatives =
        List.of(
            new Initiative("a", null, "（再掲）窓口", null, null, dept, null, "nowhere", null, null, null, null),
            new Initiative("b", null, "", null, null, dept, null, null, null, null, null, null),
            new Initiative(
                "c", null, "導入", null, null, dept, null, null,
                List.of(stage("導入", RoadmapKind.IMPLEMENT, 2027, 2025)), null, null, null),
            new Initiative("d", null, "照会", null, null, dept, null, null, null, null, List.of("kpi-x"), null));
    DxPlan plan = Fixtures.withMeasure(Fixtures.measure(List.of(Fixtures.onlineRate()), initiatives));
    assertThat(codes(plan))
        .containsExactly(
            "DX-ID-002 " + M1 + "/initiatives/0/relistOf",
            "DX-COMPLETE-001 " + M1 + "/initiatives/1/title",
            "DX-ROADMAP-001 " + M1 + "/initiatives/2/roadmap/0",
            "DX-ID-003 " + M1 + "/initiatives/3/kpiRefs/0");
  }

  @Test
  void findings_areInDocumentOrder_thenByCode() {
    List<BasicPolicy> policies = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      policies.add(BasicPolicy.of(i == 2 || i == 10 ? "" : "方針" + i, List.of()));
    }
    DxPlan plan = Fixtures.plan(FiscalYearRange.of(2026, 2024), null, null, policies);
    plan = new DxPlan(1, null, "", null, null, plan.periodRange(), null, null, null, null, policies, null, null);
    assertThat(codes(plan))
        .containsExactly(
            "DX-COMPLETE-001 /title",
            "DX-ID-007 /municipality/code",
            "DX-PERIOD-001 /period",
            "DX-COMPLETE-001 /policies/2/title",
            "DX-COMPLETE-001 /policies/10/title");
  }

  @Test
  void pointerOrder_followsTheFormatsKeyOrderPerObject() {
    List<String> expected =
        List.of(
            "",
            "/title",
            "/municipality/code",
            "/municipality/prefecture",
            "/period",
            "/nationalPlanVersion",
            "/policies/0",
            "/policies/0/title",
            "/policies/0/kpis/0/unit",
            "/policies/0/kpis/0/baseline/fiscalYear",
            "/policies/0/kpis/0/target/value",
            "/policies/0/kpis/0/target/fiscalYear",
            "/policies/0/kpis/0/actuals/0/fiscalYear",
            "/policies/0/kpiRefs/0",
            "/policies/0/measures/0/departments/responsible",
            "/policies/0/measures/0/kpis",
            "/policies/0/measures/0/initiatives/0/relistOf",
            "/policies/0/measures/0/initiatives/0/roadmap/1",
            "/policies/0/measures/0/initiatives/0/kpis/0/name",
            "/policies/0/measures/9",
            "/policies/0/measures/10",
            "/policies/1",
            "/previousPlan/period");
    List<String> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new java.util.Random(4));
    shuffled.sort(PointerOrder.INSTANCE);
    assertThat(shuffled).isEqualTo(expected);
  }

  @Test
  void report_countsAndFilters() {
    Finding e = new Finding("DX-KPI-005", Severity.ERROR, "/a", Map.of());
    Finding w = new Finding("DX-KPI-003", Severity.WARNING, "/b", Map.of());
    Finding i = new Finding("DX-TEXT-001", Severity.INFO, "/c", Map.of());
    ValidationReport report = ValidationReport.of(List.of(i, w, e));
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.atLeast(Severity.WARNING)).containsExactly(e, w);
    assertThat(report.atLeast(Severity.INFO)).hasSize(3);
    assertThat(report.isEmpty()).isFalse();
    assertThat(ValidationReport.of(List.of()).isEmpty()).isTrue();
    assertThat(ValidationReport.of(List.of(w)).hasErrors()).isFalse();
  }

  @Test
  void finding_argumentsAreAnUnmodifiableOrderedCopy() {
    Map<String, Object> args = new java.util.LinkedHashMap<>();
    args.put("name", "利用率");
    args.put("value", 1);
    Finding f = new Finding("DX-KPI-004", Severity.ERROR, "/x", args);
    args.put("unit", "%");
    assertThat(f.arguments()).containsExactly(Map.entry("name", "利用率"), Map.entry("value", 1));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.arguments().put("a", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
