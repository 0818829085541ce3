package io.github.dxplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceListsTest {

  @Test
  void standardizationTargets_areThe20InTheReferenceOrder() {
    assertThat(ReferenceLists.standardizationTargets())
        .hasSize(20)
        .doesNotHaveDuplicates()
        .startsWith("住民基本台帳", "選挙人名簿管理")
        .endsWith("戸籍", "戸籍の附票", "印鑑登録");
    assertThat(ReferenceLists.standardizationTargetsProvenance().verified()).isTrue();
  }

  @Test
  void originalStandardizationTargets_areTheFirst17() {
    assertThat(ReferenceLists.originalStandardizationTargets())
        .hasSize(17)
        .endsWith("子ども・子育て支援")
        .doesNotContain("戸籍", "戸籍の附票", "印鑑登録");
  }

  @Test
  void onlineProcedures_are31OfWhich27Municipal() {
    OnlineProcedures p = ReferenceLists.onlineProcedures();
    assertThat(p.total()).isEqualTo(31);
    assertThat(p.municipalCount()).isEqualTo(27);
    assertThat(p.prefecturalCount()).isEqualTo(4);
    assertThat(p.groups())
        .extracting(ProcedureGroup::name, ProcedureGroup::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("子育て・介護", 26),
            org.assertj.core.groups.Tuple.tuple("罹災証明書", 1),
            org.assertj.core.groups.Tuple.tuple("自動車保有関係", 4));
  }

  @Test
  void onlineProcedures_shipNamesOnlyWhereConfirmed() {
    OnlineProcedures p = ReferenceLists.onlineProcedures();
    assertThat(p.groups().get(0).names()).isEmpty();
    assertThat(p.groups().get(0).subgroups())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("児童手当");
              assertThat(s.count()).isEqualTo(10);
              assertThat(s.level()).isEqualTo(ProcedureGroup.Level.MUNICIPAL);
              assertThat(s.names()).isEmpty();
            });
    assertThat(p.groups().get(1).names()).containsExactly("罹災証明書の発行申請");
    assertThat(p.groups().get(2).level()).isEqualTo(ProcedureGroup.Level.PREFECTURAL);
    assertThat(p.groups().get(2).names()).isEmpty();
  }

  @Test
  void movingProcedure_isSeparateAndLiveSince2023_02_06() {
    assertThat(ReferenceLists.onlineProcedures().separate())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("転出届・転入予約");
              assertThat(s.liveSince()).isEqualTo(java.time.LocalDate.of(2023, 2, 6));
            });
  }

  @Test
  void digitalGardenCityPillars_areFour() {
    assertThat(ReferenceLists.digitalGardenCityPillars())
        .hasSize(4)
        .startsWith("デジタルの力を活用した地方の社会課題解決");
  }
}
