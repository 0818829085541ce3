package io.github.dxplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.model.format.PlanWriter;
import io.github.dxplan.validation.Finding;
import io.github.dxplan.validation.Severity;
import io.github.dxplan.validation.ValidationReport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seed plans load, are stored in canonical form, and survive the JSON form unchanged. */
class SeedPlansTest {

  static Stream<String> ids() {
    return SeedPlans.ids().stream();
  }

  @Test
  void ids_areTheFiveSeedPlans() {
    assertThat(SeedPlans.ids())
        .containsExactly("utsunomiya-2020", "utsunomiya-2023", "oyama-2021", "nasukarasuyama-2024", "itako-2023");
    assertThat(SeedPlans.loadAll()).extracting(DxPlan::id).containsExactlyElementsOf(SeedPlans.ids());
  }

  @Test
  void load_rejectsAnUnknownIdNamingTheKnownOnes() {
    assertThatThrownBy(() -> SeedPlans.load("mito-2024"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mito-2024")
        .hasMessageContaining("itako-2023");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void seed_loadsWithItsIdAndPolicies(String id) {
    DxPlan plan = SeedPlans.load(id);
    assertThat(plan.id()).isEqualTo(id);
    assertThat(plan.policies()).isNotEmpty();
    assertThat(SeedPlans.resourceName(id)).isEqualTo("/plans/" + id + ".yaml");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void seed_isByteIdenticalToItsCanonicalRewrite(String id) {
    String stored = SeedPlans.yaml(id);
    String canonical = PlanWriter.yaml().write(SeedPlans.load(id));
    assertThat(stored)
        .as(
            "dx-examples/src/main/resources%s is not in canonical form. Fix: rewrite it with"
                + " PlanWriter.yaml().write(PlanReader.yaml().read(file), file), check with git diff that only"
                + " the layout changed, and keep any remark that is the city's text in notes (YAML comments"
                + " are not data and are dropped)",
            SeedPlans.resourceName(id))
        .isEqualTo(canonical);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void seed_roundTripsThroughJsonToAnEqualPlan(String id) {
    DxPlan plan = SeedPlans.load(id);
    String json = PlanWriter.json().write(plan);
    DxPlan back = PlanReader.json().readString(json, id + ".json");
    assertThat(back).isEqualTo(plan);
    assertThat(PlanWriter.json().write(back)).isEqualTo(json);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void seed_hasNoValidationErrorUnderThePublishProfile(String id) {
    // publish profile, claimed national item codes checked against the shipped catalogue
    ValidationReport report = ReadAndValidate.validator().validate(SeedPlans.load(id));
    System.out.printf(
        "%s: %d errors, %d warnings, %d infos%n",
        id, report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
    assertThat(report.atLeast(Severity.ERROR)).as("errors in %s", id).extracting(Finding::toString).isEmpty();
    // the claimed codes really were checked: none is reported as unknown or unchecked
    assertThat(report.findings()).extracting(Finding::code).doesNotContain("DX-ID-005", "DX-ID-006");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void seed_municipalityCodeNameAndPrefecture_agreeWithTheOfficialList(String id) {
    DxPlan plan = SeedPlans.load(id);
    assertThat(plan.municipality().code()).as(id).isNotNull();
    assertThat(ReadAndValidate.validator().validate(plan).findings()).extracting(Finding::code).as(id)
        .doesNotContain("DX-ID-004", "DX-ID-007", "DX-ID-008", "DX-ID-011", "DX-ID-012", "DX-ID-013", "DX-ID-014",
            "DX-ID-015");
  }
}
