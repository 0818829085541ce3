package io.github.dxplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.catalog.CatalogCrosswalk.ChangeType;
import io.github.dxplan.catalog.CatalogCrosswalk.DeadlineChange;
import io.github.dxplan.catalog.CatalogCrosswalk.ItemChange;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogCrosswalkTest {

  private static final NationalCatalogs SHIPPED = NationalCatalogs.shipped();

  private static CatalogCrosswalk between(String from, String to) {
    return CatalogCrosswalk.between(SHIPPED.get(from), SHIPPED.get(to));
  }

  @Nested
  class From2_0To2_3 {
    private final CatalogCrosswalk x = between("2.0", "2.3");

    @Test
    void addsFrontyardAndEltax() {
      assertThat(x.added())
          .extracting(NationalItem::code)
          .containsExactly("FRONTYARD", "ELTAX_PUBLIC_FUNDS");
    }

    @Test
    void absorbsOnlineProceduresIntoFrontyard() {
      assertThat(x.absorbed()).hasSize(1);
      assertThat(x.absorbed().get(0).item().code()).isEqualTo("ONLINE_PROCEDURES");
      assertThat(x.absorbed().get(0).into().code()).isEqualTo("FRONTYARD");
      assertThat(x.removed()).isEmpty();
    }

    @Test
    void renamesMyNumberCardPrefectureCollaborationAndAnalogRegulation() {
      assertThat(x.renamed())
          .extracting(ItemChange::code)
          .containsExactly("PREFECTURE_COLLABORATION", "MYNUMBER_CARD", "ANALOG_REGULATION");
      ItemChange card = x.renamed().get(1);
      assertThat(card.before().title()).isEqualTo("マイナンバーカードの普及促進");
      assertThat(card.after().title()).isEqualTo("マイナンバーカードの普及促進・利用の推進");
    }

    @Test
    void reordersThePriorityItems() {
      assertThat(x.reordered())
          .extracting(ItemChange::code)
          .containsExactly("STANDARDIZATION", "MYNUMBER_CARD", "SECURITY", "AI_RPA", "TELEWORK");
      assertThat(x.recategorized()).isEmpty();
    }

    @Test
    void deadlines_addEltaxAndDropTheFy2022Ones() {
      assertThat(x.deadlineChanges())
          .extracting(DeadlineChange::code, DeadlineChange::type)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("ELTAX_PUBLIC_FUNDS", ChangeType.ADDED),
              org.assertj.core.groups.Tuple.tuple("ELTAX_PUBLIC_FUNDS", ChangeType.ADDED),
              org.assertj.core.groups.Tuple.tuple("MYNUMBER_CARD", ChangeType.REMOVED),
              org.assertj.core.groups.Tuple.tuple("ONLINE_PROCEDURES", ChangeType.REMOVED));
      assertThat(x.deadlineChanges().get(0).after().orElseThrow().due().month())
          .contains(YearMonth.of(2026, 9));
    }

    @Test
    void toString_summarises() {
      assertThat(x.toString())
          .startsWith("CatalogCrosswalk[2.0 -> 2.3: added [FRONTYARD, ELTAX_PUBLIC_FUNDS]")
          .contains("absorbed [ONLINE_PROCEDURES -> FRONTYARD]");
    }
  }

  @Nested
  class From1_0To2_0 {
    private final CatalogCrosswalk x = between("1.0", "2.0");

    @Test
    void addsAnalogRegulationOnly() {
      assertThat(x.added()).extracting(NationalItem::code).containsExactly("ANALOG_REGULATION");
      assertThat(x.removed()).isEmpty();
      assertThat(x.absorbed()).isEmpty();
    }

    @Test
    void renamesDigitalCommunity() {
      assertThat(x.renamed()).extracting(ItemChange::code).containsExactly("DIGITAL_COMMUNITY");
      assertThat(x.reordered()).isEmpty();
    }

    @Test
    void keepsTheDeadlinesButRaisesTheStandardizationTarget() {
      assertThat(x.deadlineChanges()).isEmpty();
      assertThat(x.targetChanges()).hasSize(1);
      CatalogCrosswalk.TargetChange t = x.targetChanges().get(0);
      assertThat(t.code()).isEqualTo("STANDARDIZATION");
      assertThat(t.type()).isEqualTo(ChangeType.CHANGED);
      assertThat(t.before()).extracting(NationalTarget::text).containsExactly("17 基幹業務");
      assertThat(t.after()).extracting(NationalTarget::text).containsExactly("20 業務");
    }
  }

  @Test
  void between_reverseDirectionShowsTheReverse() {
    CatalogCrosswalk x = between("2.3", "2.0");
    assertThat(x.added()).extracting(NationalItem::code).containsExactly("ONLINE_PROCEDURES");
    assertThat(x.removed())
        .extracting(NationalItem::code)
        .containsExactly("FRONTYARD", "ELTAX_PUBLIC_FUNDS");
    assertThat(x.absorbed()).isEmpty();
  }

  @Test
  void between_2_0And3_0AlsoShowsTheAbsorption() {
    assertThat(between("2.0", "3.0").absorbed())
        .extracting(a -> a.item().code() + "->" + a.into().code())
        .containsExactly("ONLINE_PROCEDURES->FRONTYARD");
  }

  @Test
  void between_2_3And3_0AddsOnlyUnverifiedFacts() {
    CatalogCrosswalk x = between("2.3", "3.0");
    assertThat(x.added()).isEmpty();
    assertThat(x.removed()).isEmpty();
    assertThat(x.renamed()).isEmpty();
    assertThat(x.deadlineChanges())
        .allSatisfy(d -> assertThat(d.after().orElseThrow().provenance().verified()).isFalse());
  }

  @Test
  void between_aVersionAndItselfIsEmpty() {
    assertThat(between("2.3", "2.3").isEmpty()).isTrue();
  }

  @Test
  void between_isDeterministic() {
    assertThat(between("1.0", "3.0").toString()).isEqualTo(between("1.0", "3.0").toString());
  }
}
