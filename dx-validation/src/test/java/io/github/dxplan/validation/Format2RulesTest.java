package io.github.dxplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules about the keys of format 2: what is unknown stays unknown, and a draft is not adopted. */
class Format2RulesTest {
  private static final String HEAD = "title: 計画\nperiod: {from: 2024, to: 2028}\n";
  private static final String POLICY = HEAD + "policies:\n  - id: p1\n    title: 基本方針\n";

  private static DxPlan read(String yaml) {
    return PlanReader.yaml().readString(yaml, "plan.yaml");
  }

  private static List<String> codes(String yaml, String prefix) {
    return PlanValidator.create().validate(read(yaml)).findings().stream()
        .filter(f -> f.code().startsWith(prefix))
        .map(f -> f.code() + " " + f.path())
        .toList();
  }

  @Test
  void unknownExtentWithAnEnd_isAnErrorAtTheEnd() {
    String yaml = POLICY + "    roadmap:\n      - {label: 実施, kind: IMPLEMENT, from: 2025, to: 2026, extent: UNKNOWN}\n";
    assertThat(codes(yaml, "DX-ROADMAP")).containsExactly("DX-ROADMAP-004 /policies/0/roadmap/0/to");
  }

  @Test
  void unknownExtentWithoutAnEnd_isFine() {
    String yaml = POLICY + "    roadmap:\n      - {label: 実施, kind: IMPLEMENT, from: 2025, extent: UNKNOWN}\n";
    assertThat(codes(yaml, "DX-ROADMAP")).isEmpty();
  }

  @Test
  void unknownExtent_isNotReadAsEndingInItsFirstYear() {
    // 運用 from 2024 with an unknown end; 検討 in 2025. Read as ending in 2024 it would "end before
    // the study begins".
    String yaml = POLICY + "    measures:\n      - title: 施策\n        roadmap:\n"
        + "          - {label: 検討, kind: STUDY, from: 2025, to: 2025}\n"
        + "          - {label: 運用, kind: OPERATE, from: 2024, extent: UNKNOWN}\n";
    assertThat(codes(yaml, "DX-ROADMAP-003")).isEmpty();
    assertThat(codes(yaml.replace(", extent: UNKNOWN", ", to: 2024"), "DX-ROADMAP-003")).hasSize(1);
  }

  @Test
  void measureAndPolicyRoadmaps_areChecked() {
    String yaml = POLICY + "    roadmap:\n      - {label: 検討, from: 2026, to: 2025}\n"
        + "    measures:\n      - title: 施策\n        roadmap:\n          - {label: 運用, from: 2030, to: 2031}\n";
    assertThat(codes(yaml, "DX-ROADMAP"))
        .containsExactly("DX-ROADMAP-001 /policies/0/roadmap/0", "DX-ROADMAP-002 /policies/0/measures/0/roadmap/0");
  }

  @Test
  void notRecoveredWithFigures_isAnError() {
    String yaml = POLICY + "    kpis:\n      - name: 満足度\n        unit: \"%\"\n        figures: NOT_RECOVERED\n"
        + "        direction: INCREASE\n";
    assertThat(codes(yaml, "DX-KPI")).containsExactly("DX-KPI-011 /policies/0/kpis/0/figures");
  }

  @Test
  void notRecoveredWithoutFigures_isOnlyNotedAndNotAMissingTarget() {
    String yaml = POLICY + "    kpis:\n      - name: 満足度\n        unit: \"%\"\n        figures: NOT_RECOVERED\n";
    List<Finding> f = PlanValidator.create().validate(read(yaml)).findings().stream()
        .filter(x -> x.code().startsWith("DX-KPI")).toList();
    assertThat(f).extracting(Finding::code).containsExactly("DX-KPI-013");
    assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void notSet_isNotAMissingTargetButATargetBesideItIsAnError() {
    String none = POLICY + "    kpis:\n      - name: 待ち時間\n        unit: 分\n        figures: NOT_SET\n";
    assertThat(codes(none, "DX-KPI")).isEmpty();
    assertThat(codes(none + "        target: {value: 5}\n", "DX-KPI"))
        .containsExactly("DX-KPI-012 /policies/0/kpis/0/figures");
  }

  @Test
  void kpiParts_areCheckedAsKpis() {
    String yaml = POLICY + "    kpis:\n      - name: 件数\n        unit: 件\n        target: {value: 3}\n"
        + "        parts:\n          - name: 子育て\n            target: {value: 1}\n";
    assertThat(codes(yaml, "DX-KPI-001")).containsExactly("DX-KPI-001 /policies/0/kpis/0/parts/0/unit");
  }

  @Test
  void draftWithAnAdoptionDate_isAnError() {
    assertThat(codes(HEAD + "status: DRAFT\nadopted: 2024-03\n", "DX-PERIOD-006"))
        .containsExactly("DX-PERIOD-006 /adopted");
    assertThat(codes(HEAD + "status: DRAFT\ndrafted: 2024-02-15\n", "DX-PERIOD-006")).isEmpty();
    assertThat(codes(HEAD + "status: ADOPTED\nadopted: 2024-03\n", "DX-PERIOD-006")).isEmpty();
  }

  @Test
  void kpiMeasuringAnUnknownMeasure_isAnError() {
    String yaml = POLICY + "    kpis:\n      - name: 件数\n        unit: 件\n        target: {value: 3}\n"
        + "        measures: [p1-m1, p1-m9]\n    measures:\n      - id: p1-m1\n        title: 施策\n";
    assertThat(codes(yaml, "DX-ID-008")).containsExactly("DX-ID-008 /policies/0/kpis/0/measures/1");
  }

  @Test
  void periodWithOneEnd_isNotMissing() {
    assertThat(codes("title: 計画\nperiod: {to: 2025}\n", "DX-PERIOD")).isEmpty();
  }

  @Test
  void newRules_haveJapaneseAndEnglishMessages() {
    String yaml = POLICY + "    roadmap:\n      - {label: 実施, from: 2025, to: 2026, extent: UNKNOWN}\n";
    ValidationReport report = PlanValidator.create().validate(read(yaml));
    Finding f = report.findings().stream().filter(x -> x.code().equals("DX-ROADMAP-004")).findFirst().orElseThrow();
    assertThat(f.message(Locale.JAPANESE)).contains("工程「実施」").contains("令和8年度");
    assertThat(f.message(Locale.ENGLISH)).contains("\"実施\" has extent UNKNOWN");
  }
}
