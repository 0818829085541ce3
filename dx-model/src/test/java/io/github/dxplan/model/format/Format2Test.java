package io.github.dxplan.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.Comparison;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.KpiFigures;
import io.github.dxplan.model.KpiProgress;
import io.github.dxplan.model.NationalClaim;
import io.github.dxplan.model.PlanStatus;
import io.github.dxplan.model.PreviousResult;
import io.github.dxplan.model.RoadmapExtent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The keys of format 2, read from the example in docs/plan-format.md's shape, and the text rules. */
class Format2Test {

  static String resource(String name) throws IOException {
    try (InputStream in = Format2Test.class.getResourceAsStream("/plans/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static DxPlan example() throws IOException {
    return PlanReader.yaml().readString(resource("format2-example.yaml"), "format2-example.yaml");
  }

  @Test
  void example_readsEveryFormat2Key() throws IOException {
    DxPlan plan = example();
    assertThat(plan.schemaVersion()).isEqualTo(2);
    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(plan.isDraft()).isTrue();
    assertThat(plan.adopted()).isNull();
    assertThat(plan.drafted().toString()).isEqualTo("2024-02-15");
    assertThat(plan.period().from()).isNull();
    assertThat(plan.period().to()).isEqualTo(FiscalYear.of(2025));
    assertThat(plan.periodRange()).isNull();

    BasicPolicy p = plan.policies().get(0);
    assertThat(p.nationalItems()).containsExactly("FRONTYARD", "STANDARDIZATION");
    assertThat(p.nationalClaims().get(1))
        .isEqualTo(new NationalClaim("STANDARDIZATION", "自治体情報システムの標準化・共通化", "2025年度", "特定移行支援システム"));
    assertThat(p.tags()).containsOnlyKeys("視点", "社会に貢献するデジタル");
    assertThat(p.tags().keySet()).containsExactly("視点", "社会に貢献するデジタル");
    assertThat(p.tags().get("社会に貢献するデジタル")).containsExactly("サービス", "手続・業務");
    assertThat(p.source().page()).isEqualTo(12);
    assertThat(p.roadmap()).hasSize(2);
    assertThat(p.roadmap().get(1).extent()).isEqualTo(RoadmapExtent.UNKNOWN);
    assertThat(p.roadmap().get(1).to()).isNull();
    assertThat(p.roadmap().get(1).hasKnownEnd()).isFalse();
    assertThat(p.roadmap().get(0).extent()).isEqualTo(RoadmapExtent.STATED);
    assertThat(p.measures().get(0).roadmap().get(0).extent()).isEqualTo(RoadmapExtent.APPROXIMATE);

    Kpi kpi = p.kpis().get(0);
    assertThat(kpi.name()).isEqualTo("行政手続オンライン化数");
    assertThat(kpi.qualifier()).isEqualTo("規制のない手続");
    assertThat(kpi.baseline().comparator()).isEqualTo(Comparison.AT_LEAST);
    assertThat(kpi.actuals().get(0).comparator()).isEqualTo(Comparison.LESS_THAN);
    assertThat(kpi.measures()).containsExactly("p1-m1");
    assertThat(kpi.parts()).extracting(Kpi::name).containsExactly("子育て関係");
    assertThat(kpi.figures()).isEqualTo(KpiFigures.STATED);
    Kpi lost = p.kpis().get(1);
    assertThat(lost.figures()).isEqualTo(KpiFigures.NOT_RECOVERED);
    assertThat(lost.progress().status()).isEqualTo(KpiProgress.Status.NOT_AVAILABLE);
    assertThat(p.kpis().get(2).figures()).isEqualTo(KpiFigures.NOT_SET);
    assertThat(p.tables().get(0).rows()).containsExactly(List.of("知っている", "38.2"), List.of("知らない", "61.8"));

    assertThat(plan.previousPlan().groups().get(0).outlook()).containsExactly("⇒伴走型支援等の環境づくりを進める");
    PreviousResult r = plan.previousPlan().results().get(0);
    assertThat(r.actuals()).hasSize(4);
    assertThat(r.actual().value()).isEqualByComparingTo("1");
    assertThat(r.assessment()).isEqualTo("コロナの影響により開催数が減少した");
    assertThat(plan.tables()).hasSize(1);
    assertThat(plan.glossary()).extracting(g -> g.term()).containsExactly("BPR", "※1");
  }

  @Test
  void example_isCanonicalAndRoundTripsThroughJson() throws IOException {
    String original = resource("format2-example.yaml");
    DxPlan plan = example();
    assertThat(PlanWriter.yaml().write(plan)).isEqualTo(original);
    String json = PlanWriter.json().write(plan);
    assertThat(PlanReader.json().readString(json, "x.json")).isEqualTo(plan);
    assertThat(PlanWriter.json().write(PlanReader.json().readString(json, "x.json"))).isEqualTo(json);
  }

  @Test
  void version1File_readsUnchangedAndIsWrittenAsVersion2() throws IOException {
    String v1 = resource("itako-policy1-measure1.yaml").replace("schemaVersion: 2", "schemaVersion: 1");
    DxPlan plan = PlanReader.yaml().readString(v1, "v1.yaml");
    assertThat(plan.schemaVersion()).isEqualTo(1);
    String written = PlanWriter.yaml().write(plan);
    assertThat(written).startsWith("schemaVersion: 2\n").isEqualTo(resource("itako-policy1-measure1.yaml"));
  }

  @Test
  void version1Actual_isReadAsOneActual() {
    DxPlan plan =
        PlanReader.yaml()
            .readString(
                "schemaVersion: 1\ntitle: t\npreviousPlan:\n  results:\n    - indicator: x\n      actual: {value: 7}\n",
                "v1.yaml");
    assertThat(plan.previousPlan().results().get(0).actuals()).hasSize(1);
    assertThat(PlanWriter.yaml().write(plan)).contains("actuals:\n        - value: 7");
  }

  private static PlanFormatException yamlError(String yaml) {
    try {
      PlanReader.yaml().readString(yaml, "bad.yaml");
    } catch (PlanFormatException e) {
      return e;
    }
    throw new AssertionError("expected a PlanFormatException for:\n" + yaml);
  }

  @ParameterizedTest
  @ValueSource(strings = {"title: 5\n", "title: true\n", "title: 1.10\n", "title: t\nnotes: [1, 2]\n",
      "title: t\npolicies:\n  - title: p\n    label: 1\n"})
  void nonTextScalarWhereTextIsExpected_isAnErrorWithAHintToQuote(String yaml) {
    PlanFormatException e = yamlError(yaml);
    assertThat(e.problem()).contains("expected text").contains("quote it");
    assertThat(e.line()).isPositive();
  }

  @Test
  void numberAsTitle_namesTheNumberAsWritten() {
    assertThat(yamlError("title: 1.10\n").problem()).contains("\"1.10\"");
    assertThat(yamlError("title: 1.10\n").pointer()).isEqualTo("/title");
  }

  @Test
  void actualAndActualsTogether_areAnError() {
    PlanFormatException e =
        yamlError("title: t\npreviousPlan:\n  results:\n    - actual: {value: 1}\n      actuals: [{value: 2}]\n");
    assertThat(e.problem()).contains("not both");
    assertThat(e.pointer()).isEqualTo("/previousPlan/results/0/actuals");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title: t\nperiod: {}\n",
        "title: t\npolicies:\n  - title: p\n    source: {}\n",
        "title: t\npolicies:\n  - title: p\n    source: {page: 0}\n",
        "title: t\npolicies:\n  - title: p\n    source: {page: \"12\"}\n",
        "title: t\npolicies:\n  - title: p\n    tags: {視点: 市民視点}\n",
        "title: t\npolicies:\n  - title: p\n    tags: {視点: [a], 視点: [b]}\n",
        "title: t\npolicies:\n  - title: p\n    nationalItems: [{text: x}]\n",
        "title: t\npolicies:\n  - title: p\n    nationalItems: [{code: X, wording: x}]\n",
        "title: t\npolicies:\n  - title: p\n    nationalItems: [5]\n",
        "title: t\nstatus: draft\n",
        "title: t\ntables: [{columns: [a]}]\n",
        "title: t\ntables: [{title: x, rows: [a]}]\n",
        "title: t\ntables: [{title: x, rows: [[1]]}]\n",
        "title: t\nglossary: [{term: x}]\n",
        "title: t\npolicies:\n  - title: p\n    roadmap: [{label: x, extent: unknown}]\n",
        "title: t\npolicies:\n  - title: p\n    kpis: [{name: k, figures: LOST}]\n",
        "title: t\npreviousPlan: {groups: [{assessment: x}]}\n",
      })
  void brokenFormat2Value_isALocatedError(String yaml) {
    PlanFormatException e = yamlError(yaml);
    assertThat(e.line()).as(e.getMessage()).isPositive();
    assertThat(e.pointer()).as(e.getMessage()).isNotNull();
  }

  @Test
  void unknownStatus_suggestsTheSpelling() {
    assertThat(yamlError("title: t\nstatus: draft\n").problem()).contains("did you mean DRAFT");
  }

  @Test
  void futureVersion_isStillRefused() {
    assertThatThrownBy(() -> PlanReader.yaml().readString("schemaVersion: 3\ntitle: t\n", "x.yaml"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("1 to 2");
  }
}
