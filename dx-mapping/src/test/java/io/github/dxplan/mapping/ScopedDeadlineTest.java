package io.github.dxplan.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim's {@code scope} (format 2) selects the deadline for that subset: STANDARDIZATION's FY2025
 * rule has the 特定移行支援システム exception of about FY2030 (標準化基本方針).
 */
class ScopedDeadlineTest {

  private static final CoverageMapper MAPPER = CoverageMapper.builder()
      .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build();

  private static DxPlan plan(String claim, int implementTo) {
    String yaml = "schemaVersion: 2\ntitle: 計画\nadopted: 2024-06\nperiod:\n  from: 2024\n  to: 2030\n"
        + "policies:\n  - title: 行政の効率化\n    measures:\n      - title: 情報システムの標準化\n"
        + "        initiatives:\n          - title: 基幹業務システムの移行\n"
        + "            nationalItems:\n" + claim
        + "            roadmap:\n              - label: 移行\n                kind: IMPLEMENT\n"
        + "                from: 2025\n                to: " + implementTo + "\n";
    return PlanReader.yaml().readString(yaml, "plan.yaml");
  }

  private static List<DeadlineCheck> standardization(DxPlan plan) {
    return MAPPER.map(plan).item("STANDARDIZATION").orElseThrow().deadlines();
  }

  @Test
  void claimScopedToTokuteiIkouShienSystems_dueByFy2030_isOnTime() {
    DxPlan p = plan("              - code: STANDARDIZATION\n                scope: 特定移行支援システム\n", 2029);
    List<DeadlineCheck> checks = standardization(p);
    assertThat(checks).singleElement().satisfies(d -> {
      assertThat(d.deadline().scope()).contains("特定移行支援システム");
      assertThat(d.status()).isEqualTo(DeadlineStatus.ON_TIME);
      assertThat(d.planned()).isEqualTo("FY2029");
    });
  }

  @Test
  void scopedClaim_afterFy2030_isLate() {
    DxPlan p = plan("              - code: STANDARDIZATION\n                scope: 特定移行支援システム\n", 2031);
    assertThat(standardization(p)).singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.LATE));
  }

  @Test
  void unscopedClaim_ofTheSameSchedule_isLateAgainstFy2025() {
    DxPlan p = plan("              - STANDARDIZATION\n", 2029);
    assertThat(standardization(p)).singleElement().satisfies(d -> {
      assertThat(d.deadline().scope()).isEmpty();
      assertThat(d.status()).isEqualTo(DeadlineStatus.LATE);
    });
  }

  @Test
  void aScopeNoDeadlineNames_isCheckedAgainstTheItemsOwnDeadline() {
    DxPlan p = plan("              - code: STANDARDIZATION\n                scope: 住民基本台帳\n", 2025);
    assertThat(standardization(p)).singleElement().satisfies(d -> {
      assertThat(d.deadline().scope()).isEmpty();
      assertThat(d.status()).isEqualTo(DeadlineStatus.ON_TIME);
    });
  }

  @Test
  void frontyardClaim_ofA2023PlanUnder2_0_isExplainedByTheUnshipped2023Revision() {
    String yaml = "schemaVersion: 2\ntitle: 計画\nadopted: 2023-06\nnationalPlanVersion: \"2.0\"\n"
        + "policies:\n  - title: 窓口改革\n    nationalItems: [FRONTYARD, NOT_AN_ITEM]\n";
    CoverageReport r = MAPPER.map(PlanReader.yaml().readString(yaml, "plan.yaml"));
    assertThat(r.version()).isEqualTo("2.0");
    assertThat(r.unresolvedClaims()).extracting(UnresolvedClaim::code).containsExactly("FRONTYARD", "NOT_AN_ITEM");
    assertThat(r.unresolvedClaims().get(0).addedBy()).contains("2023");
    assertThat(r.unresolvedClaims().get(1).addedBy()).isEmpty();
  }
}
