package io.github.dxplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.model.DxplanException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalCatalogsTest {

  private static final NationalCatalogs SHIPPED = NationalCatalogs.shipped();

  static NationalCatalog catalog(String version, String date) {
    String yaml =
        "catalogFormat: 1\n"
            + "version: \""
            + version
            + "\"\n"
            + "title: test "
            + version
            + "\n"
            + "published: {date: \""
            + date
            + "\", verified: true, source: test}\n"
            + "items:\n"
            + "  - {code: STANDARDIZATION, category: PRIORITY, order: 1, title: 標準化,"
            + " description: d, verified: true, source: test}\n";
    return CatalogLoader.load(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test-" + version + ".yaml");
  }

  private static List<String> names(List<NationalCatalog> catalogs) {
    return catalogs.stream().map(NationalCatalog::version).collect(Collectors.toList());
  }

  @Test
  void get_findsAVersionByName() {
    assertThat(SHIPPED.get("2.0").title()).isEqualTo("自治体DX推進計画（第2.0版）");
    assertThat(SHIPPED.find("2.3")).map(NationalCatalog::version).contains("2.3");
  }

  @Test
  void get_latestIsTheNewestVersion() {
    assertThat(SHIPPED.get("latest")).isSameAs(SHIPPED.latest());
    assertThat(SHIPPED.latest().version()).isEqualTo("3.0");
  }

  @Test
  void get_unknownVersionListsTheKnownOnes() {
    assertThatThrownBy(() -> SHIPPED.get("2.2"))
        .isInstanceOf(UnknownCatalogVersionException.class)
        .isInstanceOf(DxplanException.class)
        .hasMessage(
            "unknown national catalogue version \"2.2\"; known versions: 1.0, 2.0, 2.3, 3.0"
                + " (or \"latest\" for 3.0)");
    assertThat(SHIPPED.find("2.2")).isEmpty();
  }

  @Test
  void inForceOn_planAdoptedDecember2023FollowsVersion2_0() {
    assertThat(SHIPPED.inForceOn(LocalDate.of(2023, 12, 1)).orElseThrow().version())
        .isEqualTo("2.0");
  }

  @Test
  void inForceOn_planAdoptedMarch2024FollowsVersion2_3() {
    assertThat(SHIPPED.inForceOn(LocalDate.of(2024, 3, 1)).orElseThrow().version())
        .isEqualTo("2.3");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2020-12-25, 1.0",
    "2022-09-01, 1.0",
    "2022-09-02, 2.0",
    "2023-12-31, 2.0",
    "2024-02-04, 2.0",
    "2024-02-05, 2.3",
    "2024-04-29, 2.3",
    "2024-04-30, 3.0",
    "2024-06-01, 3.0",
    "2030-01-01, 3.0"
  })
  void inForceOn_boundaries(LocalDate day, String version) {
    assertThat(SHIPPED.inForceOn(day)).map(NationalCatalog::version).contains(version);
  }

  @Test
  void inForceOn_beforeTheFirstPublicationIsEmpty() {
    assertThat(SHIPPED.inForceOn(LocalDate.of(2020, 12, 24))).isEmpty();
  }

  @Test
  void possiblyInForceOn_showsTheMonthPrecisionOf3_0() {
    assertThat(names(SHIPPED.possiblyInForceOn(LocalDate.of(2024, 4, 10))))
        .containsExactly("2.3", "3.0");
    assertThat(names(SHIPPED.possiblyInForceOn(LocalDate.of(2024, 6, 1)))).containsExactly("3.0");
    assertThat(names(SHIPPED.possiblyInForceOn(LocalDate.of(2024, 1, 15)))).containsExactly("2.0");
    assertThat(names(SHIPPED.possiblyInForceOn(LocalDate.of(2023, 12, 1)))).containsExactly("2.0");
    assertThat(SHIPPED.possiblyInForceOn(LocalDate.of(2019, 1, 1))).isEmpty();
  }

  @Test
  void codes_worksAsAMethodReferenceForOtherModules() {
    Function<String, Set<String>> codes = SHIPPED::codes;
    assertThat(codes.apply("2.3")).contains("FRONTYARD").doesNotContain("ONLINE_PROCEDURES");
    assertThat(codes.apply("latest")).isEqualTo(SHIPPED.get("3.0").codes());
  }

  @Test
  void withCatalog_addsANewerRevisionWithoutChangingTheShippedInstance() {
    NationalCatalogs mine = SHIPPED.withCatalog(catalog("3.1", "2025-03"));
    assertThat(mine.versionNames()).containsExactly("1.0", "2.0", "2.3", "3.0", "3.1");
    assertThat(mine.latest().version()).isEqualTo("3.1");
    assertThat(mine.inForceOn(LocalDate.of(2025, 4, 1))).map(NationalCatalog::version).contains("3.1");
    assertThat(SHIPPED.versionNames()).containsExactly("1.0", "2.0", "2.3", "3.0");
  }

  @Test
  void withCatalog_replacesAVersionOfTheSameNameInPlace() {
    NationalCatalogs mine = SHIPPED.withCatalog(catalog("2.3", "2024-02-05"));
    assertThat(mine.versionNames()).containsExactly("1.0", "2.0", "2.3", "3.0");
    assertThat(mine.get("2.3").title()).isEqualTo("test 2.3");
  }

  @Test
  void builder_rejectsAVersionCertainlyOlderThanTheOneBeforeIt() {
    assertThatThrownBy(() -> SHIPPED.withCatalog(catalog("0.9", "2019-04-01")))
        .isInstanceOf(DxplanException.class)
        .hasMessageContaining("0.9 (published 2019-04-01) cannot follow 3.0 (published 2024-04)");
  }

  @Test
  void builder_startsEmptyForAPrefectureSeriesOfItsOwn() {
    NationalCatalogs tochigi =
        NationalCatalogs.builder().add(catalog("tochigi-2021", "2021-03")).build();
    assertThat(tochigi.versionNames()).containsExactly("tochigi-2021");
    assertThat(tochigi.inForceOn(LocalDate.of(2021, 2, 1))).isEmpty();
    assertThat(tochigi.inForceOn(LocalDate.of(2021, 3, 31))).isPresent();
  }

  @Test
  void latest_ofAnEmptySetNamesTheProblem() {
    NationalCatalogs none = NationalCatalogs.builder().build();
    assertThatThrownBy(none::latest).hasMessageContaining("known versions: (none)");
    assertThat(none.find("latest")).isEmpty();
  }

  @Test
  void builder_addShippedGivesTheShippedVersions() {
    assertThat(NationalCatalogs.builder().addShipped().build().versions())
        .isEqualTo(SHIPPED.versions());
  }
}
