package io.github.dxplan.validation;

import static io.github.dxplan.validation.Fixtures.I1;
import static io.github.dxplan.validation.Fixtures.K1;
import static io.github.dxplan.validation.Fixtures.M1;
import static io.github.dxplan.validation.Fixtures.codes;
import static io.github.dxplan.validation.Fixtures.kpi;
import static io.github.dxplan.validation.Fixtures.m;
import static io.github.dxplan.validation.Fixtures.stage;
import static io.github.dxplan.validation.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.dxplan.model.Municipality;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.RoadmapKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RuleTest {

  private static List<String> only(String prefix, DxPlan plan) {
    return codes(plan).stream().filter(s -> s.startsWith(prefix)).toList();
  }

  private static Finding single(DxPlan plan, String code) {
    List<Finding> found =
        PlanValidator.create().validate(plan).findings().stream().filter(f -> f.code().equals(code)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Nested
  class Identity {
    @Test
    void duplicateId_isAnErrorAtTheSecondUse() {
      Initiative twin = Fixtures.initiative("p1-m1", "同じID", List.of(), List.of());
      DxPlan plan = Fixtures.withInitiative(twin);
      assertThat(only("DX-ID-001", plan)).containsExactly("DX-ID-001 " + I1 + "/id");
      Finding f = single(plan, "DX-ID-001");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.arguments()).containsExactly(Map.entry("id", "p1-m1"), Map.entry("firstPath", M1 + "/id"));
    }

    @Test
    void uniqueIds_passDuplicateIdRule() {
      assertThat(only("DX-ID-001", Fixtures.clean())).isEmpty();
    }

    @Test
    void relistOfMissingInitiative_isAnError() {
      Initiative relist =
          new Initiative(null, null, "（再掲）窓口", null, null, null, null, "p9-m9-i9", null, null, null, null);
      assertThat(only("DX-ID-002", Fixtures.withInitiative(relist))).containsExactly("DX-ID-002 " + I1 + "/relistOf");
    }

    private Initiative relist(String id, String relistOf) {
      return new Initiative(id, null, "（再掲）" + id, null, null, new Departments(List.of("市民課"), null), null,
          relistOf, null, null, null, null);
    }

    private DxPlan withInitiatives(Initiative... initiatives) {
      return Fixtures.withMeasure(Fixtures.measure(List.of(Fixtures.onlineRate()), List.of(initiatives)));
    }

    @Test
    void relistOfItself_isACycle() {
      DxPlan plan = withInitiatives(relist("a", "a"));
      assertThat(only("DX-ID-017", plan)).containsExactly("DX-ID-017 " + I1 + "/relistOf");
      assertThat(single(plan, "DX-ID-017").arguments()).containsEntry("cycle", "a → a");
      assertThat(only("DX-ID-002", plan)).isEmpty();
    }

    @Test
    void relistCycleOfThree_isReportedOnceAtItsFirstMember() {
      DxPlan plan = withInitiatives(relist("b", "c"), relist("c", "d"), relist("d", "b"), relist("e", "b"));
      assertThat(only("DX-ID-017", plan)).containsExactly("DX-ID-017 " + I1 + "/relistOf");
      assertThat(single(plan, "DX-ID-017").arguments()).containsEntry("cycle", "b → c → d → b");
    }

    @Test
    void relistChainThatEnds_isNoCycle() {
      Initiative original = Fixtures.initiative("x", "元の取組", List.of(), List.of());
      DxPlan plan = withInitiatives(original, relist("y", "x"), relist("z", "y"));
      assertThat(only("DX-ID-017", plan)).isEmpty();
    }

    @Test
    void relistOfAMeasureId_saysItIsAMeasure() {
      DxPlan plan = withInitiatives(relist("r", "p1-m1"));
      assertThat(only("DX-ID-019", plan)).containsExactly("DX-ID-019 " + I1 + "/relistOf");
      assertThat(only("DX-ID-002", plan)).isEmpty();
      Finding f = single(plan, "DX-ID-019");
      assertThat(f.message(Locale.JAPANESE)).contains("施策のID（/policies/0/measures/0）");
      assertThat(f.message(Locale.ENGLISH)).contains("measure (施策)").doesNotContain("not in the plan");
    }

    @Test
    void duplicateKpiRef_isAWarningAtTheSecondUse() {
      Initiative i = new Initiative("x", null, "取組", null, null, new Departments(List.of("市民課"), null), null, null,
          null, null, List.of("kpi-1", "kpi-3", "kpi-1"), null);
      DxPlan plan = withInitiatives(i);
      assertThat(only("DX-ID-018", plan)).containsExactly("DX-ID-018 " + I1 + "/kpiRefs/2");
      Finding f = single(plan, "DX-ID-018");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.arguments()).containsEntry("firstPath", I1 + "/kpiRefs/0");
    }

    @Test
    void relistOfExistingInitiative_resolves() {
      assertThat(only("DX-ID-002", Fixtures.clean())).isEmpty();
    }

    @Test
    void kpiRefToMissingKpi_isAnError() {
      Initiative i =
          new Initiative(
              "x", null, "取組", null, null, new Departments(List.of("市民課"), null), null, null, null, null,
              List.of("kpi-1", "kpi-nowhere"), null);
      assertThat(only("DX-ID-003", Fixtures.withInitiative(i))).containsExactly("DX-ID-003 " + I1 + "/kpiRefs/1");
    }

    @Test
    void kpiRefToExistingKpi_resolves() {
      assertThat(only("DX-ID-003", Fixtures.clean())).isEmpty();
    }

    @Test
    void municipalityCodeOfAnotherPrefecture_isAnError() {
      DxPlan plan =
          Fixtures.plan(
              Fixtures.PERIOD,
              null,
              new Municipality(LocalGovernmentCode.of("082236"), "潮来市", "栃木県"),
              Fixtures.clean().policies());
      assertThat(only("DX-ID-004", plan)).containsExactly("DX-ID-004 /municipality/prefecture");
      assertThat(single(plan, "DX-ID-004").message(Locale.JAPANESE)).isEqualTo("団体コード082236は茨城県のコードですが、都道府県が「栃木県」と記載されています。");
    }

    @Test
    void municipalityCodeOfItsPrefecture_withOrWithoutKen_passes() {
      for (String pref : List.of("茨城県", "茨城", " 茨城県 ")) {
        DxPlan plan =
            Fixtures.plan(
                Fixtures.PERIOD,
                null,
                new Municipality(LocalGovernmentCode.of("082236"), "潮来市", pref),
                Fixtures.clean().policies());
        assertThat(only("DX-ID-004", plan)).isEmpty();
      }
    }

    @Test
    void missingMunicipalityCode_isAWarning() {
      DxPlan plan = Fixtures.plan(Fixtures.PERIOD, null, null, Fixtures.clean().policies());
      assertThat(only("DX-ID-007", plan)).containsExactly("DX-ID-007 /municipality/code");
      assertThat(single(plan, "DX-ID-007").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void nationalItemNotInTheCatalogue_isAnError() {
      PlanValidator v = PlanValidator.builder().nationalItems(p -> Optional.of(Set.of("BPR"))).build();
      assertThat(codes(v.validate(Fixtures.clean()))).containsExactly("DX-ID-005 /policies/0/nationalItems/0");
      Finding f = v.validate(Fixtures.clean()).findings().get(0);
      assertThat(f.arguments()).containsExactly(Map.entry("item", "FRONTYARD"), Map.entry("version", "3.0"));
    }

    @Test
    void nationalItemInTheCatalogue_passes() {
      PlanValidator v = PlanValidator.builder().nationalItems(p -> Optional.of(Set.of("FRONTYARD"))).build();
      assertThat(v.validate(Fixtures.clean()).findings()).isEmpty();
    }

    @Test
    void unknownCatalogueVersion_isAWarningThatClaimsWereNotChecked() {
      PlanValidator v = PlanValidator.builder().nationalItems(p -> Optional.empty()).build();
      assertThat(codes(v.validate(Fixtures.clean()))).containsExactly("DX-ID-006 /nationalPlanVersion");
      assertThat(v.validate(Fixtures.clean()).findings().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void withoutNationalItemCodes_claimsAreNotChecked() {
      assertThat(only("DX-ID-00", Fixtures.clean())).isEmpty();
    }
  }

  @Nested
  class Periods {
    private DxPlan withPeriod(FiscalYearRange period, PlanDate adopted) {
      return Fixtures.plan(period, adopted, Fixtures.nasukarasuyama(), Fixtures.clean().policies());
    }

    @Test
    void periodEndingBeforeItBegins_isAnError() {
      DxPlan plan = withPeriod(FiscalYearRange.of(2028, 2024), null);
      assertThat(only("DX-PERIOD", plan)).containsExactly("DX-PERIOD-001 /period");
      assertThat(single(plan, "DX-PERIOD-001").message(java.util.Locale.ENGLISH))
          .isEqualTo("The period starts in FY2028 but ends in FY2024, before it starts.");
    }

    @Test
    void orderedPeriod_passes() {
      assertThat(only("DX-PERIOD", withPeriod(FiscalYearRange.of(2024, 2024), null))).isEmpty();
    }

    @Test
    void periodOverTenFiscalYears_isAWarning() {
      DxPlan plan = withPeriod(FiscalYearRange.of(2024, 2034), null);
      assertThat(only("DX-PERIOD", plan)).containsExactly("DX-PERIOD-002 /period");
      assertThat(single(plan, "DX-PERIOD-002").arguments().get("years")).isEqualTo(11);
    }

    @Test
    void periodOfTenFiscalYears_passes() {
      assertThat(only("DX-PERIOD", withPeriod(FiscalYearRange.of(2024, 2033), null))).isEmpty();
    }

    @Test
    void adoptedAfterThePeriodEnded_isAnError() {
      assertThat(only("DX-PERIOD", withPeriod(Fixtures.PERIOD, PlanDate.of(2029, 4))))
          .containsExactly("DX-PERIOD-003 /adopted");
    }

    @Test
    void adoptedMoreThanAYearBeforeThePeriod_isAWarning() {
      assertThat(only("DX-PERIOD", withPeriod(Fixtures.PERIOD, PlanDate.of(2023, 3))))
          .containsExactly("DX-PERIOD-004 /adopted");
    }

    @Test
    void adoptedDuringThePeriodOrJustBefore_passes() {
      // 潮来市: adopted 令和5年12月 for 令和5–7年度; a year given without a month may still be in time.
      assertThat(only("DX-PERIOD", withPeriod(FiscalYearRange.of(2023, 2025), PlanDate.of(2023, 12)))).isEmpty();
      assertThat(only("DX-PERIOD", withPeriod(Fixtures.PERIOD, PlanDate.of(2023, 4)))).isEmpty();
      assertThat(only("DX-PERIOD", withPeriod(Fixtures.PERIOD, PlanDate.of(2029)))).isEmpty();
    }

    @Test
    void missingPeriod_isAWarning() {
      assertThat(only("DX-PERIOD", withPeriod(null, null))).containsExactly("DX-PERIOD-005 /period");
    }
  }

  @Nested
  class Kpis {
    @Test
    void kpiWithoutUnit_isAWarning() {
      Kpi k = kpi("電子申請件数", null, Direction.INCREASE, m("10", 2023), t("100", 2028, null));
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).containsExactly("DX-KPI-001 " + K1 + "/unit");
    }

    @Test
    void kpiWithUnit_passes() {
      assertThat(only("DX-KPI", Fixtures.withKpi(Fixtures.onlineRate()))).isEmpty();
    }

    @Test
    void baselineYearAfterTargetYear_isAnError() {
      Kpi k = kpi("電子申請件数", "件", Direction.INCREASE, m("10", 2028), t("100", 2026, null));
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).containsExactly("DX-KPI-002 " + K1 + "/baseline/fiscalYear");
    }

    @Test
    void baselineYearEqualToTargetYear_passes() {
      Kpi k = kpi("電子申請件数", "件", Direction.INCREASE, m("10", 2026), t("100", 2026, null));
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).isEmpty();
    }

    @Test
    void kpiTargetYearOutsidePeriod_isAWarning() {
      Kpi k = kpi("オンライン申請利用率", "%", Direction.INCREASE, m("15.9", 2022), t("50.0", 2030, null));
      DxPlan plan = Fixtures.withKpi(k);
      assertThat(only("DX-KPI", plan)).containsExactly("DX-KPI-003 " + K1 + "/target/fiscalYear");
      Finding f = single(plan, "DX-KPI-003");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message(Locale.JAPANESE))
          .isEqualTo("KPI「オンライン申請利用率」の目標年度（令和12年度）が計画期間（令和6年度〜令和10年度）の外にあります。");
      assertThat(f.message(java.util.Locale.ENGLISH))
          .isEqualTo(
              "The target year of the KPI \"オンライン申請利用率\" (FY2030) is outside the plan period (FY2024–FY2028).");
      assertThat(f.arguments())
          .containsExactly(
              Map.entry("name", "オンライン申請利用率"),
              Map.entry("targetYear", FiscalYear.of(2030)),
              Map.entry("period", Fixtures.PERIOD));
    }

    @Test
    void kpiTargetYearInsidePeriod_passes() {
      assertThat(only("DX-KPI-003", Fixtures.clean())).isEmpty();
    }

    @Test
    void percentageOver100_isAnError_atEachValue() {
      Kpi k =
          kpi("利用率", "％", Direction.INCREASE, m("-1", 2023), t("150", 2028, null), m("50", 2025), m("100.5", 2026));
      assertThat(only("DX-KPI", Fixtures.withKpi(k)))
          .containsExactly(
              "DX-KPI-004 " + K1 + "/baseline/value",
              "DX-KPI-004 " + K1 + "/target/value",
              "DX-KPI-004 " + K1 + "/actuals/1/value");
    }

    @Test
    void percentageAtTheBounds_passes_andOtherUnitsMayExceed100() {
      assertThat(only("DX-KPI", Fixtures.withKpi(kpi("利用率", "%", Direction.INCREASE, m("0", 2023), t("100", 2028, null)))))
          .isEmpty();
      assertThat(only("DX-KPI", Fixtures.withKpi(kpi("件数", "件", Direction.INCREASE, m("0", 2023), t("150", 2028, null)))))
          .isEmpty();
    }

    @Test
    void increaseWithTargetBelowBaseline_isAnError() {
      Kpi k = kpi("利用率", "%", Direction.INCREASE, m("60", 2023), t("50", 2028, null));
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).containsExactly("DX-KPI-005 " + K1 + "/target/value");
    }

    @Test
    void decreaseWithTargetAboveBaseline_isAnError() {
      Kpi k = kpi("事故件数", "件", Direction.DECREASE, m("3", 2023), t("5", 2028, null));
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).containsExactly("DX-KPI-005 " + K1 + "/target/value");
    }

    @Test
    void lessThan40From77_isAConsistentDecrease() {
      // 那須烏山市: 1月あたり45時間超職員数 77人/年 → 40人未満/年
      Kpi k = kpi("1月あたり45時間超職員数", "人/年", Direction.DECREASE, m("77", 2023), t("40", 2028, Comparison.LESS_THAN));
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).isEmpty();
      Kpi unstated = kpi("1月あたり45時間超職員数", "人/年", null, m("77", 2023), t("40", 2028, Comparison.LESS_THAN));
      assertThat(only("DX-KPI", Fixtures.withKpi(unstated))).isEmpty();
    }

    @Test
    void comparatorAgainstDirection_isAnError() {
      Kpi k = kpi("利用率", "%", Direction.INCREASE, m("10", 2023), t("50", 2028, Comparison.LESS_THAN));
      DxPlan plan = Fixtures.withKpi(k);
      assertThat(only("DX-KPI", plan)).containsExactly("DX-KPI-006 " + K1 + "/target/comparator");
      assertThat(single(plan, "DX-KPI-006").message(Locale.JAPANESE)).isEqualTo("KPI「利用率」は増加を目指すものですが、目標値が「未満」で示されています。");
    }

    @Test
    void comparatorWithDirection_passes() {
      Kpi k = kpi("利用率", "%", Direction.INCREASE, m("10", 2023), t("50", 2028, Comparison.MORE_THAN));
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).isEmpty();
    }

    @Test
    void increaseWithTargetEqualToBaseline_isAWarning_unlessStrict() {
      Kpi k = kpi("利用率", "%", Direction.INCREASE, m("50", 2023), t("50", 2028, Comparison.AT_LEAST));
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).containsExactly("DX-KPI-007 " + K1 + "/target/value");
      Kpi strict = kpi("利用率", "%", Direction.INCREASE, m("50", 2023), t("50", 2028, Comparison.MORE_THAN));
      assertThat(only("DX-KPI", Fixtures.withKpi(strict))).isEmpty();
    }

    @Test
    void maintainZeroToZero_isFine() {
      // 那須烏山市: 情報漏洩事故件数 0件 → 0件
      Kpi k = kpi("情報漏洩事故件数", "件", Direction.MAINTAIN, m("0", 2023), t("0", 2028, null));
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).isEmpty();
    }

    @Test
    void maintainWithDifferentTarget_isAWarning() {
      Kpi k = kpi("情報漏洩事故件数", "件", Direction.MAINTAIN, m("0", 2023), t("2", 2028, null));
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).containsExactly("DX-KPI-008 " + K1 + "/target/value");
    }

    @Test
    void kpiWithoutTarget_isAWarning() {
      Kpi k = kpi("利用率", "%", Direction.INCREASE, m("10", 2023), null);
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).containsExactly("DX-KPI-009 " + K1 + "/target");
      Kpi lost = kpi("利用率", "%", Direction.INCREASE, m("10", 2023), t(null, 2028, null));
      assertThat(only("DX-KPI", Fixtures.withKpi(lost))).containsExactly("DX-KPI-009 " + K1 + "/target/value");
    }

    @Test
    void kpiWithTarget_passes() {
      assertThat(only("DX-KPI-009", Fixtures.clean())).isEmpty();
    }

    @Test
    void actualOutsidePeriod_isAWarning() {
      Kpi k =
          kpi("利用率", "%", Direction.INCREASE, m("10", 2023), t("50", 2028, null), m("12", 2023), m("20", 2025));
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).containsExactly("DX-KPI-010 " + K1 + "/actuals/0/fiscalYear");
    }

    @Test
    void actualInsidePeriod_passes() {
      Kpi k = kpi("利用率", "%", Direction.INCREASE, m("10", 2023), t("50", 2028, null), m("20", 2024));
      assertThat(only("DX-KPI", Fixtures.withKpi(k))).isEmpty();
    }
  }

  @Nested
  class Roadmap {
    private static final String R = I1 + "/roadmap/";

    @Test
    void entryEndingBeforeItBegins_isAnError() {
      assertThat(only("DX-ROADMAP", Fixtures.withRoadmap(stage("導入", RoadmapKind.IMPLEMENT, 2026, 2025))))
          .containsExactly("DX-ROADMAP-001 " + R + "0");
    }

    @Test
    void entryOfOneYear_passes() {
      assertThat(only("DX-ROADMAP", Fixtures.withRoadmap(stage("導入", RoadmapKind.IMPLEMENT, 2026, 2026)))).isEmpty();
    }

    @Test
    void entryOutsidePeriod_isAWarning() {
      DxPlan plan =
          Fixtures.withRoadmap(stage("検討", RoadmapKind.STUDY, 2024, 2024), stage("運用", RoadmapKind.OPERATE, 2027, 2029));
      assertThat(only("DX-ROADMAP", plan)).containsExactly("DX-ROADMAP-002 " + R + "1");
      assertThat(single(plan, "DX-ROADMAP-002").message(Locale.JAPANESE))
          .isEqualTo("工程「運用」（令和9年度〜令和11年度）が計画期間（令和6年度〜令和10年度）に収まっていません。");
    }

    @Test
    void entryInsidePeriod_passes() {
      assertThat(only("DX-ROADMAP", Fixtures.clean())).isEmpty();
    }

    @Test
    void operateEndingBeforeStudyBegins_isAWarning() {
      DxPlan plan =
          Fixtures.withRoadmap(stage("運用", RoadmapKind.OPERATE, 2024, 2025), stage("検討", RoadmapKind.STUDY, 2026, 2027));
      assertThat(only("DX-ROADMAP", plan)).containsExactly("DX-ROADMAP-003 " + R + "0");
      assertThat(single(plan, "DX-ROADMAP-003").message(Locale.JAPANESE))
          .isEqualTo("工程「運用」（運用）が令和7年度に終わり、前の段階の工程「検討」（検討）が始まる令和8年度より前になっています。");
    }

    @Test
    void overlappingOrEvaluationStages_pass() {
      DxPlan plan =
          Fixtures.withRoadmap(
              stage("検討", RoadmapKind.STUDY, 2024, 2026),
              stage("運用", RoadmapKind.OPERATE, 2025, 2028),
              stage("現行業務の評価", RoadmapKind.EVALUATE, 2024, 2024),
              stage("計画策定", RoadmapKind.PLAN, 2025, 2025));
      assertThat(only("DX-ROADMAP", plan)).isEmpty();
    }
  }

  @Nested
  class Completeness {
    @Test
    void emptyTitle_isAnError_atEveryLevel() {
      assertThat(only("DX-COMPLETE-001", Fixtures.withTitle(" 　"))).containsExactly("DX-COMPLETE-001 " + I1 + "/title");
      Finding f = single(Fixtures.withTitle(""), "DX-COMPLETE-001");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message(Locale.JAPANESE)).isEqualTo("取組のタイトルが空です。");
      DxPlan untitled = DxPlan.of("", List.of(BasicPolicy.of("", List.of(Measure.of("", null, List.of())))));
      assertThat(only("DX-COMPLETE-001", untitled))
          .containsExactly(
              "DX-COMPLETE-001 /title", "DX-COMPLETE-001 /policies/0/title", "DX-COMPLETE-001 /policies/0/measures/0/title");
    }

    @Test
    void nonEmptyTitle_passes() {
      assertThat(only("DX-COMPLETE-001", Fixtures.withTitle("窓口"))).isEmpty();
    }

    @Test
    void measureWithoutKpi_isAWarningUnderPublish_andNotReportedInDraft() {
      DxPlan plan = Fixtures.withMeasure(Fixtures.measure(List.of(), List.of(Fixtures.initiative("i", "取組", List.of(), List.of()))));
      assertThat(only("DX-COMPLETE", plan)).containsExactly("DX-COMPLETE-002 " + M1 + "/kpis");
      PlanValidator draft = PlanValidator.builder().profile(ValidationProfile.named("draft")).build();
      assertThat(codes(draft.validate(plan))).isEmpty();
    }

    @Test
    void measureWithKpiInAnInitiative_passes() {
      DxPlan plan = Fixtures.withMeasure(Fixtures.measure(List.of(), List.of(Fixtures.cardInitiative(List.of()))));
      assertThat(only("DX-COMPLETE", plan)).isEmpty();
    }

    @Test
    void initiativeWithoutResponsibleDepartment_isAWarningUnderPublish() {
      Initiative i = new Initiative("i", null, "取組", null, null, null, null, null, null, null, null, null);
      Measure noDept = new Measure("m", null, "施策", null, null, null, null, null, null, List.of(i), List.of(Fixtures.onlineRate()), null, null);
      DxPlan plan = Fixtures.withMeasure(noDept);
      assertThat(only("DX-COMPLETE", plan)).containsExactly("DX-COMPLETE-003 " + I1 + "/departments/responsible");
      PlanValidator draft = PlanValidator.builder().profile(ValidationProfile.named("draft")).build();
      assertThat(codes(draft.validate(plan))).isEmpty();
    }

    @Test
    void initiativeWhoseMeasureNamesTheDepartment_passes() {
      Initiative i = new Initiative("i", null, "取組", null, null, null, null, null, null, null, null, null);
      assertThat(only("DX-COMPLETE", Fixtures.withInitiative(i))).isEmpty();
    }

    @Test
    void planWithoutPolicies_isAWarning() {
      assertThat(codes(Fixtures.plan(Fixtures.PERIOD, null, Fixtures.nasukarasuyama(), List.of())))
          .containsExactly("DX-COMPLETE-004 /policies");
    }
  }

  @Nested
  class Text {
    private Finding text(String title, String code) {
      return single(Fixtures.withTitle(title), code);
    }

    @Test
    void knownTypos_getTheSuggestedSpelling() {
      Finding f = text("デジタルデバインド解消の推進", "DX-TEXT-001");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.path()).isEqualTo(I1 + "/title");
      assertThat(f.arguments())
          .containsExactly(Map.entry("found", "デジタルデバインド"), Map.entry("suggestion", "デジタルデバイド"), Map.entry("offset", 0), Map.entry("position", 1));
      assertThat(text("デジタル田園都市国家構想の実現に向けたデジタルデバイス対策", "DX-TEXT-001").arguments())
          .containsEntry("suggestion", "デジタルデバイド対策")
          .containsEntry("offset", 19)
          .containsEntry("position", 20);
    }

    @Test
    void twoOccurrencesInOneField_readAsTwoPlaces() {
      DxPlan plan = Fixtures.withTitle("デジタルデバインドとデジタルデバインド");
      List<Finding> found =
          PlanValidator.create().validate(plan).findings().stream().filter(f -> f.code().equals("DX-TEXT-001")).toList();
      assertThat(found).hasSize(2);
      assertThat(found.get(0).message(Locale.JAPANESE)).startsWith("1文字目の「デジタルデバインド」");
      assertThat(found.get(1).message(Locale.JAPANESE)).startsWith("11文字目の「デジタルデバインド」");
      assertThat(found.get(1).message(Locale.ENGLISH)).contains("at character 11");
    }

    @Test
    void standardSpellings_andDevicesThemselves_pass() {
      assertThat(only("DX-TEXT", Fixtures.withTitle("デジタルデバイド対策とデジタルデバイスの活用"))).isEmpty();
    }

    @Test
    void cyrillicLetterInsideAJapaneseWord_isInfoWithTheKanaSpelling() {
      // 那須烏山市's seed: （2）デジタルデバйд対策, with U+0439 and U+0434.
      Finding f = text("（2）デジタルデバйд対策", "DX-TEXT-002");
      assertThat(f.arguments())
          .containsExactly(
              Map.entry("found", "デジタルデバйд対策"),
              Map.entry("letter", "й"),
              Map.entry("codePoint", "U+0439"),
              Map.entry("script", Character.UnicodeScript.CYRILLIC),
              Map.entry("suggestion", "デジタルデバイド対策"),
              Map.entry("offset", 3),
              Map.entry("position", 4));
      assertThat(f.message(Locale.JAPANESE)).isEqualTo("4文字目の「デジタルデバйд対策」にキリル文字の「й」（U+0439）が含まれています。「デジタルデバイド対策」の誤りではありませんか。");
    }

    @Test
    void cyrillicLetterInsideALatinWord_isInfoWithTheLatinSpelling() {
      assertThat(text("自治体ДXの推進", "DX-TEXT-002").arguments()).containsEntry("suggestion", "DX");
    }

    @Test
    void greekLettersUsedAsGreek_andRussianWords_pass() {
      assertThat(only("DX-TEXT", Fixtures.withTitle("β版の公開とγ線、Россия"))).isEmpty();
    }

    @Test
    void mixedWidthsInACodeOrYear_areInfo() {
      assertThat(text("Ｒ5から開始", "DX-TEXT-003").arguments())
          .containsExactly(Map.entry("found", "Ｒ5"), Map.entry("suggestion", "R5"), Map.entry("offset", 0), Map.entry("position", 1));
      assertThat(text("令和６年度から開始", "DX-TEXT-003").arguments())
          .containsExactly(Map.entry("found", "令和６年度"), Map.entry("suggestion", "令和6年度"), Map.entry("offset", 0), Map.entry("position", 1));
      assertThat(text("５G回線", "DX-TEXT-003").arguments()).containsEntry("suggestion", "5G");
    }

    @Test
    void consistentWidths_pass() {
      assertThat(only("DX-TEXT", Fixtures.withTitle("令和6年度からＡＩ・RPAと５Ｇを活用（R5）"))).isEmpty();
    }

    @Test
    void textRules_neverChangeThePlan() {
      DxPlan plan = Fixtures.withTitle("デジタルデバйд");
      PlanValidator.create().validate(plan);
      assertThat(plan.allInitiatives().get(0).title()).isEqualTo("デジタルデバйд");
    }
  }

  @Test
  void decimalsAreKeptAsWritten() {
    Kpi k = kpi("利用率", "%", Direction.INCREASE, m("19.0", 2023), t("150.50", 2028, null));
    Finding f = single(Fixtures.withKpi(k), "DX-KPI-004");
    assertThat(f.arguments().get("value")).isEqualTo(new BigDecimal("150.50"));
    assertThat(f.message(Locale.JAPANESE)).contains("150.50");
  }
}
