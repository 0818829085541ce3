package io.github.dxplan.catalog;

import io.github.dxplan.model.PlanDate;

import static io.github.dxplan.catalog.Category.COMPANION;
import static io.github.dxplan.catalog.Category.OPTIONAL;
import static io.github.dxplan.catalog.Category.PRIORITY;
import static io.github.dxplan.catalog.Category.STRUCTURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.catalog.internal.ShippedCatalogs;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The facts of the shipped versions, as the reference states them. */
class ShippedCatalogsTest {

  private static final NationalCatalogs SHIPPED = NationalCatalogs.shipped();

  /** The codes of the architecture page; no shipped version may use another. */
  private static final Set<String> KNOWN_CODES =
      Set.of(
          "ORGANIZATION", "DIGITAL_TALENT", "PLANNED_APPROACH", "PREFECTURE_COLLABORATION",
          "FRONTYARD", "STANDARDIZATION", "ELTAX_PUBLIC_FUNDS", "MYNUMBER_CARD",
          "ONLINE_PROCEDURES", "AI_RPA", "TELEWORK", "SECURITY", "DIGITAL_COMMUNITY",
          "DIGITAL_DIVIDE", "ANALOG_REGULATION", "BPR", "OPEN_DATA");

  private static List<String> codes(String version, Category category) {
    return SHIPPED.get(version).items(category).stream()
        .map(NationalItem::code)
        .collect(Collectors.toList());
  }

  static Stream<String> shippedVersions() {
    return Stream.of("1.0", "2.0", "2.3", "3.0");
  }

  @Test
  void shipped_hasTheFourVersionsOldestFirst() {
    assertThat(SHIPPED.versionNames()).containsExactly("1.0", "2.0", "2.3", "3.0");
    assertThat(SHIPPED.latest().version()).isEqualTo("3.0");
  }

  @Test
  void shipped_isReadOnceAndShared() {
    assertThat(NationalCatalogs.shipped()).isSameAs(SHIPPED);
  }

  @ParameterizedTest
  @MethodSource("shippedVersions")
  void everyShippedFile_loadsThroughTheValidatingLoader(String version) throws IOException {
    String resource = ShippedCatalogs.resource(version);
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      NationalCatalog loaded = CatalogLoader.load(in, resource);
      assertThat(loaded).isEqualTo(SHIPPED.get(version));
    }
  }

  @ParameterizedTest
  @MethodSource("shippedVersions")
  void everyShippedItem_usesAKnownCodeAndHasDescriptionAndSource(String version) {
    for (NationalItem item : SHIPPED.get(version).items()) {
      assertThat(KNOWN_CODES).as(version).contains(item.code());
      assertThat(item.description()).as(item.code()).isNotBlank();
      assertThat(item.provenance().source()).as(item.code()).isNotBlank();
      assertThat(item.terms()).as("terms are reserved, not filled yet").isEmpty();
      item.deadlines().forEach(d -> assertThat(d.provenance().source()).isNotBlank());
    }
  }

  @ParameterizedTest
  @MethodSource("shippedVersions")
  void everyShippedVersion_hasOrdersOneToNWithinEachCategory(String version) {
    for (Category category : Category.values()) {
      List<Integer> orders =
          SHIPPED.get(version).items(category).stream()
              .map(NationalItem::order)
              .collect(Collectors.toList());
      for (int i = 0; i < orders.size(); i++) {
        assertThat(orders.get(i)).as(version + " " + category).isEqualTo(i + 1);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("shippedVersions")
  void everyShippedVersion_keepsStructureAndPriorityVerified(String version) {
    NationalCatalog c = SHIPPED.get(version);
    for (Category category : List.of(STRUCTURE, PRIORITY)) {
      assertThat(c.items(category)).allSatisfy(i -> assertThat(i.provenance().verified()).isTrue());
    }
  }

  @Nested
  class Version1_0 {
    private final NationalCatalog v = SHIPPED.get("1.0");

    @Test
    void has6PriorityAnd2CompanionItems() {
      assertThat(v.items(PRIORITY)).hasSize(6);
      assertThat(codes("1.0", COMPANION)).containsExactly("DIGITAL_COMMUNITY", "DIGITAL_DIVIDE");
    }

    @Test
    void priorityOrder_isTheReferenceOrder() {
      assertThat(codes("1.0", PRIORITY))
          .containsExactly(
              "STANDARDIZATION", "MYNUMBER_CARD", "ONLINE_PROCEDURES", "AI_RPA", "TELEWORK", "SECURITY");
    }

    @Test
    void isPublished2020_12_25() {
      assertThat(v.publishedOn()).isEqualTo(PlanDate.of(LocalDate.of(2020, 12, 25)));
    }

    @Test
    void optionalItems_areCarriedButNotVerified() {
      assertThat(v.items(OPTIONAL))
          .extracting(NationalItem::code)
          .containsExactly("BPR", "OPEN_DATA");
      assertThat(v.items(OPTIONAL)).noneMatch(i -> i.provenance().verified());
    }

    @Test
    void standardization_targets17CoreSystemsByEndOfFy2025() {
      NationalItem s = v.item("STANDARDIZATION").orElseThrow();
      assertThat(s.targets()).extracting(NationalTarget::text).containsExactly("17 基幹業務");
      assertThat(s.deadlines()).filteredOn(d -> d.scope().isEmpty())
          .extracting(Deadline::date).containsExactly(LocalDate.of(2026, 3, 31));
    }

    @Test
    void hasNoAnalogRegulation() {
      assertThat(v.contains("ANALOG_REGULATION")).isFalse();
    }
  }

  @Nested
  class Version2_0 {
    private final NationalCatalog v = SHIPPED.get("2.0");

    @Test
    void has4StructureItems() {
      assertThat(codes("2.0", STRUCTURE))
          .containsExactly(
              "ORGANIZATION", "DIGITAL_TALENT", "PLANNED_APPROACH", "PREFECTURE_COLLABORATION");
    }

    @Test
    void has6PriorityItemsInTheReferenceOrder() {
      assertThat(codes("2.0", PRIORITY))
          .containsExactly(
              "STANDARDIZATION", "MYNUMBER_CARD", "ONLINE_PROCEDURES", "AI_RPA", "TELEWORK", "SECURITY");
    }

    @Test
    void has3CompanionItems() {
      assertThat(codes("2.0", COMPANION))
          .containsExactly("DIGITAL_COMMUNITY", "DIGITAL_DIVIDE", "ANALOG_REGULATION");
    }

    @Test
    void hasTheOptionalBprAndOpenData_verifiedBySeed002() {
      assertThat(codes("2.0", OPTIONAL)).containsExactly("BPR", "OPEN_DATA");
      assertThat(v.items(OPTIONAL)).allMatch(NationalItem::verified);
      assertThat(v.items(OPTIONAL)).allMatch(i -> i.provenance().source().contains("seed 002"));
    }

    @Test
    void standardization_isDueByTheEndOfFy2025() {
      Deadline d = v.item("STANDARDIZATION").orElseThrow().deadlines().get(0);
      assertThat(d.kind()).isEqualTo(Deadline.Kind.DUE_BY);
      assertThat(d.due()).isEqualTo(DueDate.endOfFiscalYear(2025));
      assertThat(d.date()).isEqualTo(LocalDate.of(2026, 3, 31));
      assertThat(d.provenance().verified()).isTrue();
    }

    @Test
    void myNumberCardAndOnlineProcedures_areDueByTheEndOfFy2022() {
      for (String code : List.of("MYNUMBER_CARD", "ONLINE_PROCEDURES")) {
        assertThat(v.item(code).orElseThrow().deadlines())
            .extracting(Deadline::due)
            .containsExactly(DueDate.endOfFiscalYear(2022));
      }
      assertThat(v.item("ONLINE_PROCEDURES").orElseThrow().targets())
          .extracting(NationalTarget::text)
          .containsExactly("31 手続");
    }

    @Test
    void isPublished2022_09_02() {
      assertThat(v.publishedOn().toString()).isEqualTo("2022-09-02");
    }
  }

  @Nested
  class Version2_3 {
    private final NationalCatalog v = SHIPPED.get("2.3");

    @Test
    void has7PriorityItemsInTheReferenceOrder() {
      assertThat(codes("2.3", PRIORITY))
          .containsExactly(
              "FRONTYARD",
              "STANDARDIZATION",
              "ELTAX_PUBLIC_FUNDS",
              "MYNUMBER_CARD",
              "SECURITY",
              "AI_RPA",
              "TELEWORK");
    }

    @Test
    void hasNoOnlineProcedures_whichFrontyardAbsorbs() {
      assertThat(v.contains("ONLINE_PROCEDURES")).isFalse();
      assertThat(v.item("ONLINE_PROCEDURES")).isEmpty();
      assertThat(v.absorbedInto("ONLINE_PROCEDURES")).contains("FRONTYARD");
      assertThat(v.resolve("ONLINE_PROCEDURES")).contains("FRONTYARD");
    }

    @Test
    void standardization_isDueByTheEndOfFy2025For20Systems() {
      NationalItem s = v.item("STANDARDIZATION").orElseThrow();
      assertThat(s.deadlines()).filteredOn(d -> d.scope().isEmpty())
          .extracting(Deadline::date).containsExactly(LocalDate.of(2026, 3, 31));
      assertThat(s.deadlines()).filteredOn(d -> d.scope().isEmpty())
          .extracting(Deadline::sourceKind).containsExactly(Deadline.SourceKind.PLAN_TEXT);
      assertThat(s.targets()).extracting(NationalTarget::text).containsExactly("20 業務");
    }

    @Test
    void standardization_exceptsTokuteiIkouShienSystemsToAboutFy2030_asUnverifiedRelatedPolicy() {
      Deadline d = v.item("STANDARDIZATION").orElseThrow().deadlines().stream()
          .filter(x -> x.scope().isPresent()).findFirst().orElseThrow();
      assertThat(d.scope()).contains("特定移行支援システム");
      assertThat(d.date()).isEqualTo(LocalDate.of(2031, 3, 31));
      assertThat(d.sourceKind()).isEqualTo(Deadline.SourceKind.RELATED_POLICY);
      assertThat(d.provenance().verified()).isFalse();
      assertThat(d.appliesTo("特定移行支援システム")).isTrue();
      assertThat(d.appliesTo(null)).isFalse();
    }

    @Test
    void eltax_urgesTheThreePremiumsFirst_scopeUnverified() {
      List<Deadline> ds = v.item("ELTAX_PUBLIC_FUNDS").orElseThrow().deadlines();
      assertThat(ds).hasSize(2);
      assertThat(ds.get(0).scope()).isEmpty();
      assertThat(ds.get(0).provenance().verified()).isTrue();
      assertThat(ds.get(1).scope().orElseThrow()).contains("国民健康保険料", "介護保険料", "後期高齢者医療保険料");
      assertThat(ds.get(1).due()).isEqualTo(ds.get(0).due());
      assertThat(ds.get(1).provenance().verified()).isFalse();
    }

    @Test
    void eltaxPublicFunds_startsBySeptember2026() {
      Deadline d = v.item("ELTAX_PUBLIC_FUNDS").orElseThrow().deadlines().get(0);
      assertThat(d.kind()).isEqualTo(Deadline.Kind.START_BY);
      assertThat(d.due().month()).contains(YearMonth.of(2026, 9));
      assertThat(d.due().toString()).isEqualTo("2026-09");
      assertThat(d.provenance().verified()).isTrue();
    }

    @Test
    void titles_changedForMyNumberCardAndPrefectureCollaboration() {
      assertThat(v.item("MYNUMBER_CARD").orElseThrow().title())
          .isEqualTo("マイナンバーカードの普及促進・利用の推進");
      assertThat(v.item("PREFECTURE_COLLABORATION").orElseThrow().title())
          .isEqualTo("都道府県と市区町村の連携による推進体制の構築");
    }

    @Test
    void analogRegulationTitle_quotedBySeed003_isNotVerified() {
      NationalItem item = v.item("ANALOG_REGULATION").orElseThrow();
      assertThat(item.provenance().verified()).isTrue();
      assertThat(item.titleProvenance().verified()).isFalse();
      assertThat(item.verified()).isFalse();
    }

    @Test
    void variants_includeTheCitiesSpellings() {
      assertThat(v.spellings("DIGITAL_DIVIDE"))
          .contains("デジタルデバイド対策", "デジタルデバイス対策", "デジタルデバインド対策");
      assertThat(v.item("ELTAX_PUBLIC_FUNDS").orElseThrow().variants())
          .contains("公金収納におけるｅＬＴＡＸの活用");
      assertThat(v.item("AI_RPA").orElseThrow().variants())
          .contains("AI・RPAの利用推進", "自治体のAI・RPAの利用促進");
    }

    @Test
    void isPublished2024_02_05() {
      assertThat(v.publishedOn().precision()).isEqualTo(PlanDate.Precision.DAY);
      assertThat(v.publishedOn().earliest()).isEqualTo(LocalDate.of(2024, 2, 5));
    }
  }

  @Nested
  class Version3_0 {
    private final NationalCatalog v = SHIPPED.get("3.0");

    @Test
    void hasTheSamePriorityItemsAs2_3() {
      assertThat(codes("3.0", PRIORITY)).isEqualTo(codes("2.3", PRIORITY));
    }

    @Test
    void publication_isKnownToTheMonth2024_04() {
      assertThat(v.publishedOn()).isEqualTo(PlanDate.of(2024, 4));
      assertThat(v.publishedOn().precision()).isEqualTo(PlanDate.Precision.MONTH);
      assertThat(v.publishedOn().latest()).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void period_endsOn2026_03_31() {
      CatalogPeriod p = v.period().orElseThrow();
      assertThat(p.to().latest()).isEqualTo(LocalDate.of(2026, 3, 31));
      assertThat(p.hasEndedOn(LocalDate.of(2026, 3, 31))).isFalse();
      assertThat(p.hasEndedOn(LocalDate.of(2026, 4, 1))).isTrue();
      assertThat(p.provenance().verified()).isTrue();
    }

    @Test
    void keepsTheDeadlinesOf2_3() {
      assertThat(v.item("STANDARDIZATION").orElseThrow().deadlines())
          .extracting(Deadline::due)
          .containsExactly(DueDate.endOfFiscalYear(2025), DueDate.endOfFiscalYear(2030));
      assertThat(v.item("ELTAX_PUBLIC_FUNDS").orElseThrow().deadlines())
          .extracting(Deadline::due)
          .containsExactly(DueDate.ofMonth(YearMonth.of(2026, 9)), DueDate.ofMonth(YearMonth.of(2026, 9)));
    }

    @Test
    void prefectureCollaborationTarget_isCarriedUnverified() {
      NationalItem item = v.item("PREFECTURE_COLLABORATION").orElseThrow();
      assertThat(item.deadlines()).extracting(Deadline::date).containsExactly(LocalDate.of(2026, 3, 31));
      assertThat(item.deadlines()).noneMatch(d -> d.provenance().verified());
      assertThat(item.titleProvenance().verified()).isFalse();
    }
  }
}
