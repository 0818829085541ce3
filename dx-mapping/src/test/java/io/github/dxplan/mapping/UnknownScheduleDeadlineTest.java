package io.github.dxplan.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.KpiFigures;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapExtent;
import io.github.dxplan.model.RoadmapKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deadline check never reports a status computed from an unknown schedule: roadmap entries with
 * {@code extent: UNKNOWN} and KPIs with {@code figures: NOT_RECOVERED} make it CANNOT_TELL, unless what
 * is stated decides on its own.
 */
class UnknownScheduleDeadlineTest {
  private static final CoverageMapper MAPPER = CoverageMapper.create();

  private static RoadmapEntry entry(RoadmapKind kind, int from, Integer to, RoadmapExtent extent) {
    return new RoadmapEntry("移行", kind, FiscalYear.of(from), to == null ? null : FiscalYear.of(to), extent, null, null);
  }

  private static Initiative initiative(String title, RoadmapEntry... roadmap) {
    return new Initiative(null, null, title, null, null, null, null, null, null, null, List.of(roadmap), null, null,
        null, null);
  }

  private static DeadlineCheck standardization(Measure m) {
    DxPlan plan = DxPlan.of("計画", List.of(BasicPolicy.of("基本方針", List.of(m))));
    return MAPPER.map(plan, "2.0").item("STANDARDIZATION").orElseThrow().deadlines().get(0);
  }

  private static DeadlineCheck standardization(RoadmapEntry... roadmap) {
    return standardization(Measure.of("情報システムの標準化・共通化", null,
        List.of(initiative("基幹系業務システムのガバメントクラウドへの移行", roadmap))));
  }

  @Test
  void unknownExtentAfterTheDueYear_cannotTell() {
    // The text stands in the FY2027 column; where the bar ended was lost. Format 1 read it as
    // "completes FY2027" and reported LATE.
    DeadlineCheck c = standardization(entry(RoadmapKind.IMPLEMENT, 2027, null, RoadmapExtent.UNKNOWN));
    assertThat(c.status()).isEqualTo(DeadlineStatus.CANNOT_TELL);
    assertThat(c.planned()).isNull();
    assertThat(c.basis()).contains("not known");
  }

  @Test
  void sameEntryStated_isLate() {
    assertThat(standardization(entry(RoadmapKind.IMPLEMENT, 2027, 2027, RoadmapExtent.STATED)).status())
        .isEqualTo(DeadlineStatus.LATE);
  }

  @Test
  void unknownExtentBeforeTheDueYear_cannotTellEither() {
    assertThat(standardization(entry(RoadmapKind.IMPLEMENT, 2023, null, RoadmapExtent.UNKNOWN)).status())
        .isEqualTo(DeadlineStatus.CANNOT_TELL);
  }

  @Test
  void unknownExtentWithAToAnyway_isStillNotUsed() {
    assertThat(standardization(entry(RoadmapKind.IMPLEMENT, 2023, 2024, RoadmapExtent.UNKNOWN)).status())
        .isEqualTo(DeadlineStatus.CANNOT_TELL);
  }

  @Test
  void approximateExtent_isUsed() {
    assertThat(standardization(entry(RoadmapKind.IMPLEMENT, 2024, 2025, RoadmapExtent.APPROXIMATE)).status())
        .isEqualTo(DeadlineStatus.ON_TIME);
  }

  @Test
  void anotherLinkedInitiativeStatedLate_isLateWhateverTheUnknownOneDoes() {
    Measure m = Measure.of("情報システムの標準化・共通化", null, List.of(
        initiative("基幹系業務システムの標準化", entry(RoadmapKind.IMPLEMENT, 2024, null, RoadmapExtent.UNKNOWN)),
        initiative("ガバメントクラウドへの移行", entry(RoadmapKind.IMPLEMENT, 2026, 2027, RoadmapExtent.STATED))));
    DeadlineCheck c = standardization(m);
    assertThat(c.status()).isEqualTo(DeadlineStatus.LATE);
    assertThat(c.elements()).containsExactly("/policies/0/measures/0/initiatives/1");
  }

  @Test
  void anotherLinkedInitiativeStatedOnTime_cannotTell() {
    Measure m = Measure.of("情報システムの標準化・共通化", null, List.of(
        initiative("基幹系業務システムの標準化", entry(RoadmapKind.IMPLEMENT, 2024, null, RoadmapExtent.UNKNOWN)),
        initiative("ガバメントクラウドへの移行", entry(RoadmapKind.IMPLEMENT, 2024, 2025, RoadmapExtent.STATED))));
    assertThat(standardization(m).status()).isEqualTo(DeadlineStatus.CANNOT_TELL);
  }

  @Test
  void measureRoadmapWithUnknownExtent_cannotTell() {
    // 宇都宮市 2023 draws its 工程表 per 施策: the rows are the measure's own roadmap.
    Measure m = new Measure(null, null, "情報システムの標準化・共通化", null, null, null, null, null, null, null, null,
        List.of(entry(RoadmapKind.IMPLEMENT, 2027, null, RoadmapExtent.UNKNOWN)), null, null, null, null,
        List.of(Initiative.of("基幹系業務システムのガバメントクラウドへの移行", null)));
    assertThat(standardization(m).status()).isEqualTo(DeadlineStatus.CANNOT_TELL);
  }

  @Test
  void measureRoadmapStated_isUsed() {
    Measure m = new Measure(null, null, "情報システムの標準化・共通化", null, null, null, null, null, null, null, null,
        List.of(entry(RoadmapKind.IMPLEMENT, 2024, 2025, RoadmapExtent.STATED)), null, null, null, null,
        List.of(Initiative.of("基幹系業務システムのガバメントクラウドへの移行", null)));
    assertThat(standardization(m).status()).isEqualTo(DeadlineStatus.ON_TIME);
  }

  @Test
  void kpiWithLostFigures_cannotTellInsteadOfNoRoadmap() {
    Kpi lost = new Kpi(null, "標準化対象業務の移行数", null, null, null, KpiFigures.NOT_RECOVERED, null, null, null, null,
        null, null, null, null);
    Initiative i = new Initiative(null, null, "基幹系業務システムのガバメントクラウドへの移行", null, null, null, null, null,
        null, null, null, List.of(lost), null, null, null);
    assertThat(standardization(Measure.of("情報システムの標準化・共通化", null, List.of(i))).status())
        .isEqualTo(DeadlineStatus.CANNOT_TELL);
  }
}
