package io.github.dxplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.PlanDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one rule that picks a plan's version, and what a check must say about time. */
class VersionChoiceTest {

  private static final NationalCatalogs SHIPPED = NationalCatalogs.shipped();
  private static final LocalDate DEC_2026 = LocalDate.of(2026, 12, 1);
  private static final LocalDate JUN_2025 = LocalDate.of(2025, 6, 1);

  private static DxPlan plan(String version, String adopted) {
    return new DxPlan(1, null, "計画", null, adopted == null ? null : PlanDate.parse(adopted), null, version,
        null, null, null, List.of(), null, List.of());
  }

  @Test
  void planAdoptedIn2024_06_isCheckedAgainst3_0ByDefault() {
    VersionChoice c = SHIPPED.choose(plan(null, "2024-06"), DEC_2026);
    assertThat(c.catalog().version()).isEqualTo("3.0");
    assertThat(c.basis()).isEqualTo(VersionBasis.ADOPTION);
    assertThat(c.basisDate()).contains(LocalDate.of(2024, 6, 1));
    assertThat(c.reason(Locale.ENGLISH)).contains("adoption (2024-06)");
  }

  @Test
  void planAdoptedIn2024_03_followsTheVersionCertainlyPublishedThen() {
    assertThat(SHIPPED.choose(plan(null, "2024-03"), DEC_2026).catalog().version()).isEqualTo("2.3");
    assertThat(SHIPPED.choose(plan(null, "2024-04"), DEC_2026).catalog().version()).isEqualTo("2.3");
  }

  @Test
  void statedVersion_winsOverTheAdoptionDate() {
    VersionChoice c = SHIPPED.choose(plan(" 2.0 ", "2024-06"), DEC_2026);
    assertThat(c.catalog().version()).isEqualTo("2.0");
    assertThat(c.basis()).isEqualTo(VersionBasis.PLAN);
    assertThat(c.unknownStated()).isEmpty();
  }

  @Test
  void unknownStatedVersion_isReportedWithTheKnownVersions_andTheNextRuleDecides() {
    VersionChoice c = SHIPPED.choose(plan("9.9", "2024-03"), JUN_2025);
    assertThat(c.unknownStated()).contains("9.9");
    assertThat(c.catalog().version()).isEqualTo("2.3");
    assertThat(c.basis()).isEqualTo(VersionBasis.ADOPTION);
    assertThat(c.has(CatalogNotice.Code.UNKNOWN_PLAN_VERSION)).isTrue();
    assertThat(c.notices().get(0).message(Locale.ENGLISH)).contains("\"9.9\"", "1.0, 2.0, 2.3, 3.0");
    assertThat(c.notices().get(0).message(Locale.JAPANESE)).contains("9.9", "1.0, 2.0, 2.3, 3.0");
    VersionChoice noDate = SHIPPED.choose(plan("9.9", null), JUN_2025);
    assertThat(noDate.basis()).isEqualTo(VersionBasis.LATEST);
    assertThat(noDate.catalog().version()).isEqualTo("3.0");
  }

  @Test
  void draftWithoutAdoption_isCheckedAgainstTheVersionInForceOnItsDraftDate() {
    DxPlan p = plan(null, null);
    DxPlan draft = new DxPlan(p.schemaVersion(), p.id(), p.title(), io.github.dxplan.model.PlanStatus.DRAFT, null,
        PlanDate.parse("2024-02-15"), null, null, null, null, null, null, List.of(), List.of(), null, List.of(),
        List.of());
    VersionChoice c = SHIPPED.choose(draft, DEC_2026);
    assertThat(c.catalog().version()).isEqualTo("2.3");
    assertThat(c.basis()).isEqualTo(VersionBasis.DRAFT);
    assertThat(c.reason(Locale.ENGLISH)).contains("draft date (2024-02-15)");
  }

  @Test
  void requestedVersion_winsOverEverything_andAnUnknownOneThrows() {
    VersionChoice c = SHIPPED.choose("2.3", plan("2.0", "2021-06"), DEC_2026);
    assertThat(c.catalog().version()).isEqualTo("2.3");
    assertThat(c.basis()).isEqualTo(VersionBasis.REQUESTED);
    assertThatThrownBy(() -> SHIPPED.choose("9.9", plan(null, null), DEC_2026))
        .isInstanceOf(UnknownCatalogVersionException.class);
  }

  @Test
  void checkIn2026_12_against3_0_saysANewerPlanExistsAndThePeriodEnded() {
    VersionChoice c = SHIPPED.choose(plan(null, "2024-06"), DEC_2026);
    assertThat(c.notices()).extracting(CatalogNotice::code).containsExactly(
        CatalogNotice.Code.NEWER_REVISION_NOT_SHIPPED, CatalogNotice.Code.PERIOD_ENDED);
    assertThat(c.notices().get(0).message(Locale.ENGLISH))
        .isEqualTo("a newer national plan (2025-12) exists whose items dxplan does not ship; checked against 3.0");
    assertThat(c.notices().get(1).message(Locale.ENGLISH)).contains("3.0", "2026-03-31");
    assertThat(c.notices().get(1).message(Locale.JAPANESE)).contains("第3.0版", "2026-03-31");
  }

  @Test
  void notices_dependOnTheDayOfTheCheck() {
    NationalCatalog v30 = SHIPPED.get("3.0");
    assertThat(SHIPPED.notices(v30, JUN_2025)).isEmpty();
    assertThat(SHIPPED.notices(v30, LocalDate.of(2025, 12, 10)))
        .extracting(CatalogNotice::code).containsExactly(CatalogNotice.Code.NEWER_REVISION_NOT_SHIPPED);
    assertThat(SHIPPED.notices(v30, LocalDate.of(2026, 4, 1)))
        .extracting(CatalogNotice::code)
        .containsExactly(CatalogNotice.Code.NEWER_REVISION_NOT_SHIPPED, CatalogNotice.Code.PERIOD_ENDED);
  }

  @Test
  void checkAgainst2_0_namesThe2023RevisionToo() {
    List<CatalogNotice> n = SHIPPED.notices(SHIPPED.get("2.0"), DEC_2026);
    assertThat(n.get(0).message(Locale.ENGLISH)).contains("2023", "2025-12", "checked against 2.0");
    assertThat(SHIPPED.notices(SHIPPED.get("2.0"), LocalDate.of(2022, 12, 1))).isEmpty();
  }

  @Test
  void frontyardClaim_ofAPlanAdoptedIn2023_isKnownToTheUnshipped2023Revision() {
    NationalCatalog v20 = SHIPPED.get("2.0");
    assertThat(v20.contains("FRONTYARD")).isFalse();
    assertThat(SHIPPED.addedByUnshipped("FRONTYARD", v20, LocalDate.of(2023, 6, 1)))
        .map(UnshippedRevision::publishedOn).contains(PlanDate.of(2023));
    assertThat(SHIPPED.addedByUnshipped("FRONTYARD", v20, LocalDate.of(2022, 10, 1))).isEmpty();
    assertThat(SHIPPED.addedByUnshipped("NOT_AN_ITEM", v20, LocalDate.of(2023, 6, 1))).isEmpty();
  }

  @Test
  void status_onADayIn2026_12() {
    assertThat(SHIPPED.status(SHIPPED.get("1.0"), DEC_2026)).isEqualTo(VersionStatus.SUPERSEDED);
    assertThat(SHIPPED.status(SHIPPED.get("2.3"), DEC_2026)).isEqualTo(VersionStatus.SUPERSEDED);
    assertThat(SHIPPED.status(SHIPPED.get("3.0"), DEC_2026)).isEqualTo(VersionStatus.SUPERSEDED_NOT_SHIPPED);
    assertThat(SHIPPED.status(SHIPPED.get("3.0"), JUN_2025)).isEqualTo(VersionStatus.IN_FORCE);
    assertThat(SHIPPED.status(SHIPPED.get("3.0"), LocalDate.of(2024, 3, 1))).isEqualTo(VersionStatus.NOT_YET_PUBLISHED);
  }

  @Test
  void aUserCatalogueOfTheNewRevision_coversIt() {
    NationalCatalog v30 = SHIPPED.get("3.0");
    NationalCatalog v40 = NationalCatalog.of("4.0", "test 4.0", PlanDate.of(2025, 12),
        new Provenance(true, "test"), v30.items(), v30.absorptions());
    NationalCatalogs mine = SHIPPED.withCatalog(v40);
    assertThat(mine.revisions()).extracting(UnshippedRevision::publishedOn).containsExactly(PlanDate.of(2023));
    assertThat(mine.notices(v40, DEC_2026)).isEmpty();
    assertThat(SHIPPED.revisions()).hasSize(2);
  }

  @Test
  void catalogVersion_comparesNumerically() {
    assertThat(CatalogVersion.of("2.10")).isGreaterThan(CatalogVersion.of("2.3"));
    assertThat(CatalogVersion.of("3.0")).isGreaterThan(CatalogVersion.of("2.3"));
    assertThat(CatalogVersion.of("3")).isEqualByComparingTo(CatalogVersion.of("3.0").compareTo(CatalogVersion.of("3")) < 0
        ? CatalogVersion.of("3") : CatalogVersion.of("3"));
    assertThat(CatalogVersion.of("tochigi-2021")).isGreaterThan(CatalogVersion.of("9.9"));
    assertThatThrownBy(() -> CatalogVersion.of("latest")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CatalogVersion.of("3 0")).isInstanceOf(IllegalArgumentException.class);
  }
}
