package io.github.dxplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalGovernmentsTest {

  private static final LocalGovernments LIST = LocalGovernments.shipped();

  @Test
  void shippedList_holdsEveryOfficialCode_asOf2024_01_01() {
    assertThat(LIST.asOf()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(LIST.all()).hasSize(1965);
    Map<LocalGovernmentType, Long> counts =
        LIST.all().stream().collect(Collectors.groupingBy(LocalGovernment::type, Collectors.counting()));
    assertThat(counts).containsEntry(LocalGovernmentType.PREFECTURE, 47L)
        .containsEntry(LocalGovernmentType.DESIGNATED_CITY, 20L)
        .containsEntry(LocalGovernmentType.CITY, 772L)
        .containsEntry(LocalGovernmentType.SPECIAL_WARD, 23L)
        .containsEntry(LocalGovernmentType.TOWN, 743L)
        .containsEntry(LocalGovernmentType.VILLAGE, 189L)
        .containsEntry(LocalGovernmentType.DESIGNATED_WARD, 171L);
    assertThat(LIST.all()).filteredOn(LocalGovernment::northernTerritories).hasSize(6);
  }

  @Test
  void find_acceptsTheSixAndTheFiveDigitForm() {
    assertThat(LIST.find("082236")).map(LocalGovernment::name).contains("潮来市");
    assertThat(LIST.find("08223")).map(LocalGovernment::name).contains("潮来市");
    assertThat(LIST.find("０８２２３６")).map(LocalGovernment::name).contains("潮来市");
    assertThat(LIST.find("082210")).map(LocalGovernment::name).contains("ひたちなか市");
    assertThat(LIST.find("999999")).isEmpty();
    assertThat(LIST.find("abc")).isEmpty();
  }

  @Test
  void lookup_ofAnAmbiguousNameAlone_listsTheCandidates() {
    LocalGovernments.NameLookup l = LIST.lookup("府中市", null);
    assertThat(l.isAmbiguous()).isTrue();
    assertThat(l.match()).isEmpty();
    assertThat(l.candidates()).extracting(g -> g.code().value()).containsExactly("132063", "342084");
    assertThat(LIST.lookup("府中市", "広島県").match()).map(g -> g.code().value()).contains("342084");
    assertThat(LIST.lookup("潮来市", "茨城県").match()).map(g -> g.code().value()).contains("082236");
    assertThat(LIST.lookup("潮来市", "栃木県").candidates()).isEmpty();
  }

  @Test
  void wards_carryTheirParentCity() {
    LocalGovernment ward = LIST.find("011011").orElseThrow();
    assertThat(ward.name()).isEqualTo("札幌市中央区");
    assertThat(ward.type()).isEqualTo(LocalGovernmentType.DESIGNATED_WARD);
    assertThat(ward.parent().flatMap(LIST::find)).map(LocalGovernment::name).contains("札幌市");
    assertThat(LIST.find("131130").orElseThrow().type()).isEqualTo(LocalGovernmentType.SPECIAL_WARD);
  }

  @Test
  void load_readsANewerListInTheSameForm(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("codes.tsv");
    Files.writeString(f, "code\tprefecture\tname\tkana\ttype\tparentCode\tnorthernTerritories\n"
        + "082236\t茨城県\t潮来市\tｲﾀｺｼ\tcity\t\t\n", StandardCharsets.UTF_8);
    LocalGovernments mine = LocalGovernments.load(f, LocalDate.of(2026, 4, 1));
    assertThat(mine.asOf()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(mine.all()).hasSize(1);
  }

  @Test
  void load_namesLineAndColumnOfEveryProblem(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "code\tprefecture\tname\tkana\ttype\tparentCode\tnorthernTerritories\n"
        + "082237\t茨城県\t潮来市\tｲﾀｺｼ\tcity\t\t\n"
        + "082236\t茨城県\t潮来市\tｲﾀｺｼ\tmetropolis\t\t\n"
        + "011011\t北海道\t札幌市中央区\tx\tdesignated_ward\t011002\t\n", StandardCharsets.UTF_8);
    CatalogFormatException e = catchThrowableOfType(CatalogFormatException.class,
        () -> LocalGovernments.load(f, LocalDate.of(2026, 4, 1)));
    assertThat(e.problems()).extracting(CatalogFormatException.Problem::line).containsExactly(2, 3, 4);
    assertThat(e.problems().get(0).message()).contains("082237", "check digit");
    assertThat(e.problems().get(1).message()).contains("metropolis");
    assertThat(e.problems().get(2).message()).contains("011002", "not a code of this list");
    assertThat(e.getMessage()).contains(f.toString());
  }

  @Test
  void load_refusesAFileWithoutTheHeader(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("noheader.tsv");
    Files.writeString(f, "082236\t茨城県\t潮来市\n", StandardCharsets.UTF_8);
    CatalogFormatException e = catchThrowableOfType(CatalogFormatException.class,
        () -> LocalGovernments.load(f, LocalDate.of(2026, 4, 1)));
    assertThat(e.problems().get(0).message()).contains("header");
  }
}
