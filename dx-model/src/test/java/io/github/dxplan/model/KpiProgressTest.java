package io.github.dxplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiProgressTest {

  private static Measurement m(String value, int year) {
    return new Measurement(new BigDecimal(value), FiscalYear.of(year), null);
  }

  private static Kpi kpi(Direction direction, Measurement baseline, Target target, Measurement... actuals) {
    return new Kpi("k", "指標", "%", direction, baseline, target, List.of(actuals), null);
  }

  @Test
  void progress_isOnTrackWhenAtLeastAsFarAlongAsTheElapsedTime() {
    Kpi k = kpi(Direction.INCREASE, m("15.9", 2022), new Target(new BigDecimal("50.0"), FiscalYear.of(2028), null, null), m("33.0", 2025));
    KpiProgress p = k.progress();
    assertThat(p.status()).isEqualTo(KpiProgress.Status.ON_TRACK);
    assertThat(p.ratio()).isEqualByComparingTo("0.5015");
    assertThat(p.expectedRatio()).isEqualByComparingTo("0.5");
    assertThat(p.current().value()).isEqualByComparingTo("33.0");
    assertThat(p.direction()).isEqualTo(Direction.INCREASE);
  }

  @Test
  void progress_isBehindWhenSlowerThanTheElapsedTime() {
    Kpi k = kpi(Direction.INCREASE, m("15.9", 2022), new Target(new BigDecimal("50.0"), FiscalYear.of(2028), null, null), m("20.0", 2025));
    assertThat(k.progress().status()).isEqualTo(KpiProgress.Status.BEHIND);
  }

  @ParameterizedTest(name = "「40人未満」 with actual {0} → {1}")
  @CsvSource({"39, ACHIEVED", "40, BEHIND", "41, BEHIND", "0, ACHIEVED"})
  void progress_respectsALessThanComparator(String actual, KpiProgress.Status expected) {
    Kpi k = kpi(null, m("77", 2022), new Target(new BigDecimal("40"), FiscalYear.of(2028), Comparison.LESS_THAN, "40人未満"), m(actual, 2028));
    assertThat(k.progress().status()).isEqualTo(expected);
    assertThat(k.effectiveDirection()).contains(Direction.DECREASE);
  }

  @Test
  void progress_ofAMaintainKpiAtZero_isAchievedAtZero() {
    Kpi k = kpi(Direction.MAINTAIN, m("0", 2023), new Target(BigDecimal.ZERO, FiscalYear.of(2028), null, null), m("0", 2024));
    KpiProgress p = k.progress();
    assertThat(p.status()).isEqualTo(KpiProgress.Status.ACHIEVED);
    assertThat(p.ratio()).isNull(); // baseline equals target: no ratio to compute
  }

  @Test
  void progress_usesTheLatestActualByFiscalYear() {
    Kpi k = kpi(Direction.INCREASE, m("10", 2020), new Target(new BigDecimal("20"), FiscalYear.of(2024), null, null), m("25", 2021), m("12", 2023));
    KpiProgress p = k.progress();
    assertThat(p.current().fiscalYear()).isEqualTo(FiscalYear.of(2023));
    assertThat(p.status()).isEqualTo(KpiProgress.Status.BEHIND);
  }

  @Test
  void progress_isNotAvailableWithoutActualsOrTargetValue() {
    assertThat(kpi(Direction.INCREASE, m("1", 2020), new Target(new BigDecimal("2"), FiscalYear.of(2024), null, null)).progress().status())
        .isEqualTo(KpiProgress.Status.NOT_AVAILABLE);
    Kpi lost = new Kpi(null, "図表から失われた指標", null, null, null, new Target(null, FiscalYear.of(2027), null, null), List.of(m("5", 2023)), null);
    assertThat(lost.progress().status()).isEqualTo(KpiProgress.Status.NOT_AVAILABLE);
  }

  @Test
  void progress_pastTheTargetYearWithoutReachingIt_isBehind() {
    Kpi k = kpi(null, null, new Target(new BigDecimal("100"), FiscalYear.of(2024), Comparison.AT_LEAST, null), m("90", 2025));
    assertThat(k.progress().status()).isEqualTo(KpiProgress.Status.BEHIND);
  }

  @Test
  void achievementSummary_rollsUpTheCitysJudgementsAndComputedOutcomes() {
    PreviousResult yes = new PreviousResult(null, "HPの充実", null, null, null, null, true, null);
    PreviousResult no = new PreviousResult(null, "SNSの活用", null, null, null, null, false, null);
    PreviousResult computed = new PreviousResult(null, "スマホアプリ公開数", null, m("10", 2022), m("7", 2022), null, null, null);
    PreviousResult unknown = new PreviousResult(null, "不明", null, null, null, null, null, null);
    AchievementSummary s = AchievementSummary.of(List.of(yes, no, computed, unknown));
    assertThat(s.total()).isEqualTo(4);
    assertThat(s.achieved()).isEqualTo(1);
    assertThat(s.notAchieved()).isEqualTo(2);
    assertThat(s.undetermined()).isEqualTo(1);
    assertThat(s.percent()).contains(33);
  }

  @Test
  void achievementSummary_of15In26_prints58Percent() {
    List<PreviousResult> results = new java.util.ArrayList<>();
    for (int i = 0; i < 26; i++) {
      results.add(new PreviousResult(null, "目標" + i, null, null, null, null, i < 15, null));
    }
    AchievementSummary s = new PreviousPlan("地域情報化計画Ⅲ", null, null, results).achievementSummary();
    assertThat(s.rate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.5769"));
    assertThat(s.percent()).contains(58);
  }

  @Test
  void records_copyTheirListsAndRejectNullElements() {
    List<String> items = new java.util.ArrayList<>(List.of("SECURITY"));
    BasicPolicy p = new BasicPolicy(null, null, "t", null, items, null, null, null, null);
    items.add("BPR");
    assertThat(p.nationalItems()).containsExactly("SECURITY");
    assertThat(p.measures()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BasicPolicy(null, null, null, null, null, null, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title");
    List<String> withNull = new java.util.ArrayList<>();
    withNull.add(null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BasicPolicy(null, null, "t", null, withNull, null, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("nationalItems");
  }

  @ParameterizedTest(name = "{0} / {1} / {2}")
  @CsvSource({
    "1E+999999999, 1, 2",
    "1, 1E+999999999, 2",
    "1, 2, 1E-999999999",
    "1E+2147483647, 1E-2147483647, 5",
  })
  @org.junit.jupiter.api.Timeout(10)
  void progress_ofValuesBeyondTheFormatsBounds_givesNoRatioInsteadOfThrowing(String baseline, String target, String actual) {
    Kpi k = kpi(Direction.INCREASE, m(baseline, 2022), new Target(new BigDecimal(target), FiscalYear.of(2028), null, null), m(actual, 2025));
    KpiProgress p = k.progress();
    assertThat(p.ratio()).isNull();
    assertThat(p.status()).isIn(KpiProgress.Status.ACHIEVED, KpiProgress.Status.NOT_AVAILABLE);
  }
}
