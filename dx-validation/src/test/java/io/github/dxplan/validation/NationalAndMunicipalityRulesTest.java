package io.github.dxplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.catalog.LocalGovernments;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.Municipality;
import io.github.dxplan.model.PlanDate;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Claimed national items and the municipality, checked against dx-catalog by default. */
class NationalAndMunicipalityRulesTest {

  private static final PlanValidator VALIDATOR = PlanValidator.builder()
      .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build();

  /** The clean plan, stating a version and adoption, with the codes claimed by its policy. */
  static DxPlan claiming(String version, PlanDate adopted, String... codes) {
    DxPlan c = Fixtures.clean();
    BasicPolicy p = c.policies().get(0);
    BasicPolicy q = new BasicPolicy(p.id(), p.label(), p.title(), p.description(), List.of(codes), p.measures(),
        p.kpis(), p.kpiRefs(), p.notes());
    return new DxPlan(c.schemaVersion(), c.id(), c.title(), c.status(), c.municipality(), c.drafted(), adopted,
        c.period(), version, c.vision(), c.description(), c.governance(), c.notes(), List.of(q), c.previousPlan(),
        c.tables(), c.glossary());
  }

  /** The clean plan of another municipality. */
  static DxPlan at(Municipality m) {
    DxPlan c = Fixtures.clean();
    return new DxPlan(c.schemaVersion(), c.id(), c.title(), c.status(), m, c.drafted(), c.adopted(), c.period(),
        c.nationalPlanVersion(), c.vision(), c.description(), c.governance(), c.notes(), c.policies(),
        c.previousPlan(), c.tables(), c.glossary());
  }

  private static List<Finding> findings(DxPlan plan, String code) {
    return VALIDATOR.validate(plan).findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  @Test
  void unknownClaim_isAnErrorAtThatClaim_byDefault() {
    List<Finding> f = findings(claiming("3.0", PlanDate.of(2024, 6), "FRONTYARD", "NOT_A_NATIONAL_ITEM"), "DX-ID-005");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.path()).isEqualTo("/policies/0/nationalItems/1");
      assertThat(x.message(Locale.ENGLISH)).contains("NOT_A_NATIONAL_ITEM", "3.0");
    });
  }

  @Test
  void unknownStatedVersion_namesTheKnownVersions_andTheClaimsAreStillChecked() {
    DxPlan plan = claiming("9.9", PlanDate.of(2024, 6), "NOT_A_NATIONAL_ITEM");
    List<Finding> v = findings(plan, "DX-ID-008");
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.path()).isEqualTo("/nationalPlanVersion");
      assertThat(x.message(Locale.ENGLISH)).contains("\"9.9\"", "1.0, 2.0, 2.3, 3.0", "against 3.0");
      assertThat(x.message(Locale.JAPANESE)).contains("9.9", "1.0, 2.0, 2.3, 3.0");
    });
    assertThat(findings(plan, "DX-ID-005")).hasSize(1);
  }

  @Test
  void absorbedClaim_isResolvedAsTheMapperDoes_withAnInfo() {
    // A 2021 plan (in force: 1.0) stating no version claims ONLINE_PROCEDURES: known there. Under 3.0
    // it is absorbed into FRONTYARD — an INFO, never the ERROR an older adapter gave.
    assertThat(VALIDATOR.validate(claiming(null, PlanDate.of(2021, 6), "ONLINE_PROCEDURES")).findings())
        .noneMatch(x -> x.code().startsWith("DX-ID-00") && x.code().compareTo("DX-ID-005") >= 0
            && x.code().compareTo("DX-ID-010") <= 0);
    List<Finding> f = findings(claiming("3.0", PlanDate.of(2024, 6), "ONLINE_PROCEDURES"), "DX-ID-009");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.INFO);
      assertThat(x.message(Locale.ENGLISH)).contains("FRONTYARD");
    });
  }

  @Test
  void frontyardClaim_inAPlanAdoptedDuring2023_isNotUnknown() {
    DxPlan plan = claiming("2.0", PlanDate.of(2023, 6), "FRONTYARD");
    assertThat(findings(plan, "DX-ID-005")).isEmpty();
    assertThat(findings(plan, "DX-ID-010")).singleElement()
        .satisfies(x -> assertThat(x.message(Locale.ENGLISH)).contains("2023", "2.0"));
    // adopted in 2022, before that revision: the claim is unknown to 2.0
    assertThat(findings(claiming("2.0", PlanDate.of(2022, 10), "FRONTYARD"), "DX-ID-005")).hasSize(1);
  }

  @Test
  void itakoNamedWithHitachinakasCode_namesHitachinakaAndSuggests082236() {
    DxPlan plan = at(new Municipality(LocalGovernmentCode.of("082210"), "潮来市", "茨城県"));
    List<Finding> f = findings(plan, "DX-ID-012");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.path()).isEqualTo("/municipality/name");
      assertThat(x.message(Locale.JAPANESE)).contains("ひたちなか市", "082236", "潮来市");
      assertThat(x.message(Locale.ENGLISH)).contains("ひたちなか市", "082236");
    });
  }

  @Test
  void codeNotInTheList_isAnError_withTheListsDate() {
    List<Finding> f = findings(at(new Municipality(LocalGovernmentCode.of("089991"), "架空市", "茨城県")), "DX-ID-011");
    assertThat(f).singleElement().satisfies(x -> assertThat(x.message(Locale.ENGLISH)).contains("089991", "2024-01-01"));
  }

  @Test
  void nameWithoutCode_getsItsCodeSuggested_andAnAmbiguousNameListsTheCandidates() {
    assertThat(findings(at(new Municipality(null, "潮来市", "茨城県")), "DX-ID-013")).singleElement()
        .satisfies(x -> assertThat(x.message(Locale.ENGLISH)).contains("082236"));
    assertThat(findings(at(new Municipality(null, "府中市", null)), "DX-ID-015")).singleElement()
        .satisfies(x -> assertThat(x.message(Locale.ENGLISH)).contains("132063", "342084", "東京都", "広島県"));
    assertThat(findings(at(new Municipality(null, "府中市", "広島県")), "DX-ID-013")).singleElement()
        .satisfies(x -> assertThat(x.message(Locale.ENGLISH)).contains("342084"));
  }

  @Test
  void rightNameAndCode_passesTheMunicipalityRules() {
    for (Municipality m : List.of(
        new Municipality(LocalGovernmentCode.of("082236"), "潮来市", "茨城県"),
        new Municipality(LocalGovernmentCode.of("082236"), "茨城県潮来市", null),
        new Municipality(LocalGovernmentCode.of("011011"), "中央区", "北海道"),
        new Municipality(LocalGovernmentCode.of("092011"), "宇都宮市", "栃木県"))) {
      assertThat(VALIDATOR.validate(at(m)).findings()).as(m.toString())
          .noneMatch(x -> List.of("DX-ID-011", "DX-ID-012", "DX-ID-013", "DX-ID-014", "DX-ID-015").contains(x.code()));
    }
  }

  @Test
  void aNewerUserList_isUsedWhenGiven() {
    byte[] tsv = ("code\tprefecture\tname\tkana\ttype\tparentCode\tnorthernTerritories\n"
        + "089991\t茨城県\t架空市\tｶｸｳｼ\tcity\t\t\n").getBytes(StandardCharsets.UTF_8);
    PlanValidator v = PlanValidator.builder()
        .localGovernments(LocalGovernments.parse(tsv, "mine.tsv", LocalDate.of(2027, 1, 1))).build();
    assertThat(v.validate(at(new Municipality(LocalGovernmentCode.of("089991"), "架空市", "茨城県"))).findings())
        .noneMatch(x -> x.code().equals("DX-ID-011") || x.code().equals("DX-ID-012"));
  }
}
