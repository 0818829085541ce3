package io.github.dxplan.validation;

import static io.github.dxplan.validation.Fixtures.K1;
import static io.github.dxplan.validation.Fixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.model.Direction;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.DxplanException;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {
  private static final PlanValidator DRAFT =
      PlanValidator.builder().profile(ValidationProfile.named("draft")).build();

  @Test
  void create_usesPublish() {
    assertThat(PlanValidator.create().profile()).isEqualTo(ValidationProfile.named("publish"));
    assertThat(PlanValidator.create().profile().name()).isEqualTo("publish");
  }

  @Test
  void publish_appliesEveryRuleAtItsDefaultSeverity() {
    ValidationProfile publish = ValidationProfile.named("publish");
    for (RuleDescriptor r : Rules.all()) {
      assertThat(publish.severityOf(r.code())).as(r.code()).contains(r.defaultSeverity());
    }
  }

  @Test
  void draft_downgradesDanglingReferencesToWarnings() {
    Initiative relist = new Initiative(null, null, "（再掲）窓口", null, null, null, null, "later", null, null, null, null);
    DxPlan plan = Fixtures.withInitiative(relist);
    assertThat(PlanValidator.create().validate(plan).findings()).extracting(Finding::severity).contains(Severity.ERROR);
    assertThat(DRAFT.validate(plan).findings())
        .singleElement()
        .satisfies(f -> {
          assertThat(f.code()).isEqualTo("DX-ID-002");
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
  }

  @Test
  void draft_keepsWhatIsWrongAnError() {
    Kpi k = Fixtures.kpi("利用率", "%", Direction.INCREASE, Fixtures.m("60", 2023), Fixtures.t("50", 2028, null));
    assertThat(DRAFT.validate(Fixtures.withKpi(k)).findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("DX-KPI-005", Severity.ERROR));
  }

  @Test
  void unknownBuiltInProfile_isRejected() {
    assertThatThrownBy(() -> ValidationProfile.named("strict"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strict")
        .hasMessageContaining("draft, publish");
    assertThatThrownBy(() -> ValidationProfile.named("../publish")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void userProfile_changesSeverityAndSwitchesRulesOff(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("city-review.properties");
    Files.writeString(file, "# 市の審査用\nextends=draft\nDX-KPI-003=ERROR\nDX-KPI-001=off\n", StandardCharsets.UTF_8);
    ValidationProfile profile = ValidationProfile.load(file);
    assertThat(profile.name()).isEqualTo("city-review");
    assertThat(profile.severityOf("DX-KPI-003")).contains(Severity.ERROR);
    assertThat(profile.isEnabled("DX-KPI-001")).isFalse();
    assertThat(profile.isEnabled("DX-COMPLETE-002")).isFalse();
    Kpi k = Fixtures.kpi("利用率", null, Direction.INCREASE, Fixtures.m("10", 2023), Fixtures.t("50", 2030, null));
    assertThat(PlanValidator.builder().profile(profile).build().validate(Fixtures.withKpi(k)).findings())
        .extracting(f -> f.code() + " " + f.severity() + " " + f.path())
        .containsExactly("DX-KPI-003 ERROR " + K1 + "/target/fiscalYear");
  }

  @Test
  void userProfile_withUnknownCodeOrSeverity_isRejectedNamingTheFile(@TempDir Path dir) throws IOException {
    Path badCode = dir.resolve("a.properties");
    Files.writeString(badCode, "DX-KPI-999=ERROR\n");
    assertThatThrownBy(() -> ValidationProfile.load(badCode))
        .isInstanceOf(DxplanException.class)
        .hasMessageContaining("a.properties")
        .hasMessageContaining("DX-KPI-999");
    Path badSeverity = dir.resolve("b.properties");
    Files.writeString(badSeverity, "DX-KPI-001=FATAL\n");
    assertThatThrownBy(() -> ValidationProfile.load(badSeverity))
        .isInstanceOf(DxplanException.class)
        .hasMessageContaining("FATAL");
  }

  @Test
  void withSeverity_returnsAChangedCopy() {
    ValidationProfile publish = ValidationProfile.named("publish");
    ValidationProfile strict = publish.withSeverity("DX-TEXT-001", Severity.WARNING).withSeverity("DX-KPI-001", null);
    assertThat(strict.severityOf("DX-TEXT-001")).contains(Severity.WARNING);
    assertThat(strict.isEnabled("DX-KPI-001")).isFalse();
    assertThat(publish.severityOf("DX-TEXT-001")).contains(Severity.INFO);
    assertThatThrownBy(() -> publish.withSeverity("DX-NOPE-001", Severity.INFO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void profileOff_skipsTheRule() {
    PlanValidator v =
        PlanValidator.builder()
            .profile(ValidationProfile.named("publish").withSeverity("DX-TEXT-001", null))
            .build();
    assertThat(codes(v.validate(Fixtures.withTitle("デジタルデバインド")))).isEmpty();
    assertThat(codes(Fixtures.withTitle("デジタルデバインド"))).hasSize(1);
  }

  @Test
  void builtInProfiles_areShared() {
    assertThat(ValidationProfile.named("draft")).isSameAs(ValidationProfile.named("draft"));
    assertThat(List.of("draft", "publish")).allSatisfy(n -> assertThat(ValidationProfile.named(n).name()).isEqualTo(n));
  }
}
