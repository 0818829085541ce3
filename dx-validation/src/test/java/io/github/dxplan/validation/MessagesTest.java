package io.github.dxplan.validation;

import static io.github.dxplan.validation.Fixtures.kpi;
import static io.github.dxplan.validation.Fixtures.m;
import static io.github.dxplan.validation.Fixtures.stage;
import static io.github.dxplan.validation.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.Comparison;
import io.github.dxplan.model.Direction;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.Municipality;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.RoadmapKind;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.validation.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)\\}");
  private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

  /** Findings of every rule, from plans that each break a few. */
  static List<Finding> findingsOfEveryRule() {
    List<DxPlan> plans = new ArrayList<>();
    plans.add(Fixtures.withInitiative(Fixtures.initiative("p1-m1", "デジタルデバインド、デジタルデバйд、Ｒ5", List.of(), List.of())));
    plans.add(
        Fixtures.withInitiative(
            new Initiative(null, null, "", null, null, null, null, "nowhere", null, null, List.of("kpi-x"), null)));
    plans.add(Fixtures.plan(null, null, new Municipality(LocalGovernmentCode.of("082236"), null, "栃木県"), List.of()));
    plans.add(Fixtures.plan(FiscalYearRange.of(2028, 2024), null, null, Fixtures.clean().policies()));
    plans.add(Fixtures.plan(FiscalYearRange.of(2024, 2040), PlanDate.of(2042, 1), null, Fixtures.clean().policies()));
    plans.add(Fixtures.plan(Fixtures.PERIOD, PlanDate.of(2020, 1), null, Fixtures.clean().policies()));
    plans.add(Fixtures.withKpi(kpi("利用率", null, Direction.INCREASE, m("60", 2029), t("50", 2026, null))));
    plans.add(Fixtures.withKpi(kpi("利用率", "%", Direction.INCREASE, m("10", 2023), t("150", 2030, Comparison.AT_MOST), m("5", 2020))));
    plans.add(Fixtures.withKpi(kpi("利用率", "%", Direction.DECREASE, m("10", 2023), t("10", 2028, null))));
    plans.add(Fixtures.withKpi(kpi("件数", "件", Direction.MAINTAIN, m("0", 2023), t("2", 2028, null))));
    plans.add(Fixtures.withKpi(kpi("件数", "件", Direction.MAINTAIN, m("0", 2023), null)));
    plans.add(
        Fixtures.withRoadmap(
            stage("運用", RoadmapKind.OPERATE, 2024, 2025),
            stage("検討", RoadmapKind.STUDY, 2026, 2030),
            stage("導入", RoadmapKind.IMPLEMENT, 2027, 2026)));
    plans.add(Fixtures.withMeasure(new Measure(null, null, "施策", null, null, null, null, null, null, List.of(
        Initiative.of("取組", null)), null, null, null)));
    plans.add(NationalAndMunicipalityRulesTest.claiming("9.9", PlanDate.of(2021, 6), "ONLINE_PROCEDURES", "NOT_A_NATIONAL_ITEM"));
    plans.add(NationalAndMunicipalityRulesTest.claiming("2.0", PlanDate.of(2023, 6), "FRONTYARD"));
    plans.add(NationalAndMunicipalityRulesTest.claiming("3.0", PlanDate.of(2024, 6), "ONLINE_PROCEDURES"));
    plans.add(NationalAndMunicipalityRulesTest.at(new Municipality(LocalGovernmentCode.of("082210"), "潮来市", "茨城県")));
    plans.add(NationalAndMunicipalityRulesTest.at(new Municipality(LocalGovernmentCode.of("082210"), "架空市", "茨城県")));
    plans.add(NationalAndMunicipalityRulesTest.at(new Municipality(LocalGovernmentCode.of("089991"), "架空市", "茨城県")));
    plans.add(NationalAndMunicipalityRulesTest.at(new Municipality(null, "潮来市", "茨城県")));
    plans.add(NationalAndMunicipalityRulesTest.at(new Municipality(null, "府中市", null)));
    // The rules of format 2's keys.
    plans.add(
        PlanReader.yaml()
            .readString(
                "title: 計画\nstatus: DRAFT\nadopted: 2024-03\nperiod: {from: 2024, to: 2028}\npolicies:\n"
                    + "  - title: 基本方針\n    roadmap: [{label: 実施, from: 2025, to: 2026, extent: UNKNOWN}]\n"
                    + "    kpis:\n      - {name: 満足度, unit: '%', figures: NOT_RECOVERED, direction: INCREASE}\n"
                    + "      - {name: 件数, unit: 件, figures: NOT_RECOVERED}\n"
                    + "      - {name: 待ち時間, unit: 分, figures: NOT_SET, target: {value: 5}}\n"
                    + "      - {name: 手続数, unit: 件, target: {value: 5}, measures: [nowhere]}\n",
                "format2.yaml"));
    // 再掲 cycle (DX-ID-017), a repeated KPI reference (DX-ID-018), 再掲 of a measure id (DX-ID-019).
    plans.add(Fixtures.withMeasure(Fixtures.measure(List.of(Fixtures.onlineRate()), List.of(
        new Initiative("a", null, "（再掲）a", null, null, null, null, "a", null, null, List.of("kpi-1", "kpi-1"), null),
        new Initiative("b", null, "（再掲）b", null, null, null, null, "p1-m1", null, null, null, null)))));
    List<Finding> findings = new ArrayList<>();
    for (DxPlan p : plans) {
      findings.addAll(PlanValidator.create().validate(p).findings());
    }
    findings.addAll(
        PlanValidator.builder().nationalItems(p -> Optional.of(Set.of())).build().validate(Fixtures.clean()).findings());
    findings.addAll(
        PlanValidator.builder().nationalItems(p -> Optional.empty()).build().validate(Fixtures.clean()).findings());
    return findings;
  }

  @Test
  void everyRule_isTriggered_andItsMessageIsCompleteInJapaneseAndEnglish() {
    List<Finding> findings = findingsOfEveryRule();
    Set<String> codes = findings.stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    assertThat(codes).containsExactlyInAnyOrderElementsOf(Rules.all().stream().map(RuleDescriptor::code).toList());
    for (Finding f : findings) {
      String ja = f.message(Locale.JAPANESE);
      String en = f.message(Locale.ENGLISH);
      assertThat(ja).as(f.code()).doesNotContain("{", "}", "$").containsPattern(JAPANESE);
      assertThat(en).as(f.code()).doesNotContain("{", "}", "$").isNotEqualTo(ja);
      assertThat(f.message(Locale.JAPANESE)).isEqualTo(ja);
      assertThat(f.message(Locale.forLanguageTag("hi-IN"))).isEqualTo(en);
      assertThat(f.message(Locale.JAPAN)).isEqualTo(ja);
      assertThat(f.arguments().keySet())
          .as(f.code())
          .containsExactlyElementsOf(Rules.find(f.code()).orElseThrow().arguments());
    }
  }

  @Test
  void bundles_haveTheSameKeys_andRootIsEnglish() {
    Map<String, String> root = Messages.load("");
    Map<String, String> en = Messages.load("_en");
    Map<String, String> ja = Messages.load("_ja");
    assertThat(en.keySet()).isEqualTo(root.keySet());
    assertThat(ja.keySet()).isEqualTo(root.keySet());
    assertThat(en).isEqualTo(root);
  }

  @Test
  void everyRule_hasTitleMessageAndRationale_usingExactlyItsArguments() {
    for (RuleDescriptor r : Rules.all()) {
      for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
        assertThat(r.title(locale)).as(r.code()).doesNotContain("{", "$").isNotBlank();
        assertThat(r.rationale(locale)).as(r.code()).doesNotContain("{", "$").isNotBlank();
        Set<String> used = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(r.messageTemplate(locale));
        while (m.find()) {
          used.add(m.group(1));
        }
        // Every placeholder is an argument; some arguments (an offset) are only for user interfaces.
        assertThat(r.arguments()).as(r.code() + " " + locale).containsAll(used);
        assertThat(used).as(r.code()).isEqualTo(placeholders(r.messageTemplate(Locale.JAPANESE)));
      }
    }
  }

  private static Set<String> placeholders(String template) {
    Set<String> used = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      used.add(m.group(1));
    }
    return used;
  }

  @Test
  void japaneseText_isNotMojibake() {
    assertThat(Rules.find("DX-KPI-003").orElseThrow().title(Locale.JAPANESE)).isEqualTo("KPIの目標年度が計画期間の外");
  }
}
