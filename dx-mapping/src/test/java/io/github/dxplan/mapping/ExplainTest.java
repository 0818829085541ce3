package io.github.dxplan.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.mapping.export.ExplanationExporter;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link CoverageMapper#explain}: every item of the version, why, from the rules that decide. */
class ExplainTest {
  static final CoverageMapper MAPPER = CoverageMapper.builder().inferOnly(true).build();

  static final String PLAN = """
      schemaVersion: 1
      id: explain
      title: 説明の確認用
      policies:
        - id: p1
          label: 基本方針1
          title: 区役所サービスの改革
          measures:
            - id: p1-m1
              label: (1)
              title: 区役所の手続の見直し
              initiatives:
                - id: p1-m1-i1
                  label: ①
                  title: 行政手続のオンライン化
                  description: 子育てや介護の手続を、自宅のスマートフォンから行えるようにします。
                - id: p1-m1-i2
                  label: ②
                  title: 区役所窓口の接遇の研修
                  description: 区役所の窓口で応対する職員に接遇の研修を行い、来庁者の満足度を高めます。
                - id: p1-m1-i3
                  label: ①
                  title: 一度提出した情報の再提出不要化（ワンスオンリー）
      """;

  static DxPlan plan() {
    return PlanReader.yaml().readString(PLAN, "explain.yaml");
  }

  static Explanation.Item item(Explanation e, String code) {
    return e.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void absorbedItem_onlineProceduresTextIsEvidenceForFrontyardFromTwoPointThree() {
    Explanation e23 = MAPPER.explain(plan(), "2.3", "p1-m1-i1");
    Explanation.Item f = item(e23, "FRONTYARD");
    assertThat(f.linked()).isTrue();
    assertThat(f.reason()).isEqualTo(Explanation.Reason.LINKED);
    assertThat(f.terms()).extracting(Explanation.Term::term).contains("行政手続のオンライン化");
    assertThat(e23.items()).extracting(Explanation.Item::code).doesNotContain("ONLINE_PROCEDURES");
    assertThat(item(MAPPER.explain(plan(), "3.0", "/policies/0/measures/0/initiatives/2"), "FRONTYARD").linked()).isTrue();
    Explanation e20 = MAPPER.explain(plan(), "2.0", "p1-m1-i1");
    assertThat(item(e20, "ONLINE_PROCEDURES").reason()).isEqualTo(Explanation.Reason.LINKED);
    assertThat(e20.items()).extracting(Explanation.Item::code).doesNotContain("FRONTYARD");
  }

  @Test
  void everyItemOfTheVersion_isListedWithItsReasonAndTheTextAroundEachTerm() {
    Explanation e = MAPPER.explain(plan(), "2.3", "/policies/0/measures/0/initiatives/0");
    assertThat(e.items()).hasSize(MAPPER.catalogs().get("2.3").items().size());
    assertThat(e.threshold()).isEqualTo(0.5);
    assertThat(item(e, "OPEN_DATA").reason()).isEqualTo(Explanation.Reason.NO_TERMS);
    Explanation.Term t = item(e, "FRONTYARD").terms().stream().filter(x -> x.term().equals("行政手続のオンライン化"))
        .findFirst().orElseThrow();
    assertThat(t.field()).isEqualTo("/policies/0/measures/0/initiatives/0/title");
    assertThat(t.weight() * t.fieldWeight()).isEqualTo(t.contribution());
    assertThat(t.counted()).isTrue();
    Explanation.Term s = item(e, "FRONTYARD").terms().stream()
        .filter(x -> x.field().endsWith("/description") && x.text().equals("手続")).findFirst().orElseThrow();
    assertThat(s.before()).isEqualTo("子育てや介護の");
    assertThat(s.after()).isEqualTo("を、自宅のスマートフォン");
  }

  @Test
  void weakWordsWithoutTheItemsContext_areNotALink_andSaySo() {
    // 窓口・来庁者 (FRONTYARD) and 研修・職員 (DIGITAL_TALENT) are weak words of a course in manners.
    Explanation e = MAPPER.explain(plan(), "2.3", "②");
    assertThat(item(e, "FRONTYARD").linked()).isFalse();
    assertThat(item(e, "FRONTYARD").reason()).isEqualTo(Explanation.Reason.NO_CONTEXT);
    assertThat(item(e, "DIGITAL_TALENT").linked()).isFalse();
    assertThat(item(e, "DIGITAL_TALENT").reason()).isEqualTo(Explanation.Reason.NO_CONTEXT);
    assertThat(item(e, "DIGITAL_TALENT").terms()).allMatch(x -> !x.counted());
  }

  @Test
  void measure_saysWhichItemsItCarriesFromItsInitiatives() {
    Explanation e = MAPPER.explain(plan(), "2.3", "(1)");
    Explanation.Item f = item(e, "FRONTYARD");
    assertThat(f.linked()).isTrue();
    assertThat(f.reason()).isIn(Explanation.Reason.ROLLED_UP, Explanation.Reason.LINKED);
    if (f.reason() == Explanation.Reason.ROLLED_UP) {
      assertThat(f.from()).allMatch(p -> p.startsWith("/policies/0/measures/0/initiatives/"));
    }
  }

  @Test
  void element_isFoundByPointerIdLabelOrTitle_andAnAmbiguousOrUnknownOneIsNamed() {
    String byTitle = MAPPER.explain(plan(), "2.3", "区役所窓口の接遇の研修").path();
    assertThat(byTitle).isEqualTo(MAPPER.explain(plan(), "2.3", "p1-m1-i2").path())
        .isEqualTo(MAPPER.explain(plan(), "2.3", "/policies/0/measures/0/initiatives/1").path());
    assertThatThrownBy(() -> MAPPER.explain(plan(), "2.3", "①")).isInstanceOfSatisfying(UnknownElementException.class,
        x -> assertThat(x.candidates()).containsExactly("/policies/0/measures/0/initiatives/0",
            "/policies/0/measures/0/initiatives/2"));
    assertThatThrownBy(() -> MAPPER.explain(plan(), "2.3", "/policies/4")).isInstanceOf(UnknownElementException.class)
        .hasMessageContaining("/policies/4");
    assertThatThrownBy(() -> MAPPER.explain(plan(), "2.3", "ない取組")).isInstanceOf(UnknownElementException.class)
        .hasMessageContaining("ない取組");
  }

  @Test
  void explanation_agreesWithTheReportOnEveryElementOfEverySeed() {
    for (String seed : List.of("itako-2023", "nasukarasuyama-2024", "oyama-2021", "utsunomiya-2020", "utsunomiya-2023")) {
      DxPlan plan = Plans.seed(seed);
      for (CoverageMapper m : List.of(MAPPER, CoverageMapper.create())) {
        CoverageReport r = m.map(plan);
        for (ElementCoverage el : r.elements()) {
          Explanation e = m.explain(plan, r.version(), el.path());
          Set<String> linked = e.items().stream().filter(Explanation.Item::linked).map(Explanation.Item::code)
              .collect(Collectors.toCollection(TreeSet::new));
          Set<String> reported = el.links().stream().map(ElementLink::code).collect(Collectors.toCollection(TreeSet::new));
          assertThat(linked).as(seed + " " + el.path()).isEqualTo(reported);
          for (Explanation.Item i : e.items()) {
            boolean says = i.reason() == Explanation.Reason.CLAIMED || i.reason() == Explanation.Reason.LINKED
                || i.reason() == Explanation.Reason.ROLLED_UP;
            assertThat(says).as(seed + " " + el.path() + " " + i.code() + " " + i.reason()).isEqualTo(i.linked());
            if (i.reason() == Explanation.Reason.LINKED) {
              assertThat(i.score()).isGreaterThanOrEqualTo(e.threshold());
            }
          }
        }
      }
    }
  }

  @Test
  void text_isJapaneseByDefaultAndEnglishOnRequest_json_holdsEveryItem() {
    Explanation e = MAPPER.explain(plan(), "2.3", "p1-m1-i1");
    String ja = ExplanationExporter.toText(e, Locale.JAPANESE);
    assertThat(ja).contains("しきい値 0.5", "[対応] FRONTYARD", "行政手続のオンライン化");
    String en = ExplanationExporter.toText(e, Locale.ENGLISH);
    assertThat(en).contains("threshold 0.5", "[linked] FRONTYARD", "[not linked] OPEN_DATA");
    String json = ExplanationExporter.toJson(e);
    assertThat(json).contains("\"reason\": \"LINKED\"", "\"before\":", "\"threshold\": 0.5");
    assertThat(json.split("\"code\":", -1)).hasSize(e.items().size() + 1);
  }
}
