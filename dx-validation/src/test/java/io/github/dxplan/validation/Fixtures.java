package io.github.dxplan.validation;

import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.Comparison;
import io.github.dxplan.model.Departments;
import io.github.dxplan.model.Direction;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.Measurement;
import io.github.dxplan.model.Municipality;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapKind;
import io.github.dxplan.model.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** A clean plan shaped like 那須烏山市's, and small edits of it that break one rule each. */
final class Fixtures {
  static final FiscalYearRange PERIOD = FiscalYearRange.of(2024, 2028);
  static final String M1 = "/policies/0/measures/0";
  static final String I1 = M1 + "/initiatives/0";
  static final String K1 = M1 + "/kpis/0";

  private Fixtures() {}

  static FiscalYear fy(int y) {
    return FiscalYear.of(y);
  }

  static Measurement m(String value, Integer year) {
    return new Measurement(value == null ? null : new BigDecimal(value), year == null ? null : fy(year), null);
  }

  static Target t(String value, Integer year, Comparison c) {
    return new Target(value == null ? null : new BigDecimal(value), year == null ? null : fy(year), c, null);
  }

  static Kpi kpi(String name, String unit, Direction d, Measurement baseline, Target target, Measurement... actuals) {
    return new Kpi("kpi-1", name, unit, d, baseline, target, List.of(actuals), null);
  }

  static Kpi onlineRate() {
    return kpi(
        "オンライン申請利用率",
        "%",
        Direction.INCREASE,
        m("15.9", 2022),
        t("50.0", 2028, Comparison.AT_LEAST),
        m("33.0", 2025));
  }

  static RoadmapEntry stage(String label, RoadmapKind kind, Integer from, Integer to) {
    return new RoadmapEntry(label, kind, from == null ? null : fy(from), to == null ? null : fy(to), null);
  }

  static Initiative initiative(String id, String title, List<RoadmapEntry> roadmap, List<Kpi> kpis) {
    return new Initiative(
        id, "①", title, null, null, new Departments(List.of("市民課"), List.of()), null, null, roadmap, kpis, null, null);
  }

  static Initiative cardInitiative(List<RoadmapEntry> roadmap) {
    Kpi overtime =
        new Kpi(
            "kpi-2",
            "1月あたり45時間超職員数",
            "人/年",
            Direction.DECREASE,
            m("77", 2023),
            t("40", 2028, Comparison.LESS_THAN),
            List.of(),
            null);
    return initiative("p1-m1-i1", "マイナンバーカードの利活用拡大及び普及促進", roadmap, List.of(overtime));
  }

  static List<RoadmapEntry> cleanRoadmap() {
    return List.of(
        stage("ワンストップ窓口構築検討", RoadmapKind.STUDY, 2024, 2024),
        stage("導入", RoadmapKind.IMPLEMENT, 2025, 2026),
        stage("運用", RoadmapKind.OPERATE, 2027, 2028));
  }

  static Initiative relisted() {
    return new Initiative(
        "p1-m1-i2", "②", "マイナンバーカードの利活用拡大及び普及促進（再掲）", null, null, null, null, "p1-m1-i1", null, null,
        List.of("kpi-1"), null);
  }

  static Measure measure(List<Kpi> kpis, List<Initiative> initiatives) {
    return new Measure(
        "p1-m1", "施策1", "行政手続のオンライン化", null, null, null, new Departments(List.of("総務課"), List.of()), null,
        null, initiatives, kpis, null, null);
  }

  static BasicPolicy policy(List<Measure> measures) {
    Kpi leaks =
        new Kpi(
            "kpi-3", "情報漏洩事故件数", "件", Direction.MAINTAIN, m("0", 2023), t("0", 2028, null), List.of(), null);
    return new BasicPolicy(
        "p1", "基本目標1", "市民に寄り添うデジタル化の推進", null, List.of("FRONTYARD"), measures, List.of(leaks), null, null);
  }

  static DxPlan plan(FiscalYearRange period, PlanDate adopted, Municipality municipality, List<BasicPolicy> policies) {
    return new DxPlan(
        1, "nasukarasuyama-2024", "那須烏山市DX推進計画", municipality, adopted, period, "3.0", "誰一人取り残さないデジタル社会の実現", null,
        null, policies, null, null);
  }

  static Municipality nasukarasuyama() {
    return new Municipality(LocalGovernmentCode.of("092151"), "那須烏山市", "栃木県");
  }

  /** A plan that passes every rule under {@code publish}. */
  static DxPlan clean() {
    return withMeasure(measure(List.of(onlineRate()), List.of(cardInitiative(cleanRoadmap()), relisted())));
  }

  static DxPlan withMeasure(Measure m) {
    return plan(PERIOD, PlanDate.of(2024, 3), nasukarasuyama(), List.of(policy(List.of(m))));
  }

  /** The clean plan with one KPI at {@link #K1} instead of the online rate. */
  static DxPlan withKpi(Kpi k) {
    return withMeasure(measure(List.of(k), List.of(cardInitiative(cleanRoadmap()), relisted())));
  }

  /** The clean plan with one initiative at {@link #I1}. */
  static DxPlan withInitiative(Initiative i) {
    return withMeasure(measure(List.of(onlineRate()), List.of(i)));
  }

  static DxPlan withRoadmap(RoadmapEntry... entries) {
    return withInitiative(cardInitiative(List.of(entries)));
  }

  static DxPlan withTitle(String title) {
    return withInitiative(initiative("p1-m1-i1", title, List.of(), List.of()));
  }

  /** "CODE path" of each finding, in report order. */
  static List<String> codes(ValidationReport report) {
    return report.findings().stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
  }

  static List<String> codes(DxPlan plan) {
    return codes(PlanValidator.create().validate(plan));
  }
}
