package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.dxplan.cli.internal.Json;
import io.github.dxplan.model.format.PlanFormatException;
import io.github.dxplan.model.format.PlanReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The schema printed by {@code dx schema} and the plan reader give the same verdict on the same
 * documents: an independent validator (networknt) over every seed, plans that use each format-2 key,
 * and broken plans the reader refuses.
 */
class SchemaReaderAgreementTest {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final String SCHEMA_TEXT = Dx.run("schema").out();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Json.mapper().readTree(SCHEMA_TEXT));

  private static final String P = "title: x\npolicies:\n  - title: p\n";
  private static final String K = P + "    kpis:\n      - name: k\n";

  /** Documents the reader refuses; the schema must refuse them too. */
  static final List<String> BROKEN =
      List.of(
          // structure
          "titel: x\n",
          "title: x\nunknown: 1\n",
          "policies: []\n",
          "title: x\npolicies:\n  - label: p\n",
          "title: x\npolicies: nope\n",
          "title: [a, b]\n",
          "title: x\nschemaVersion: 3\n",
          "title: x\nschemaVersion: 0\n",
          "title: x\nnotes: [a, null]\n",
          // text where text is expected
          "title: 5\n",
          "title: true\n",
          "title: 1.5\n",
          "title: x\nnotes: [1, 2]\n",
          P + "    label: 1\n",
          P + "    id: 7\n",
          // fiscal years
          "title: x\nperiod: {from: 令和0年度, to: 2025}\n",
          "title: x\nperiod: {from: banana}\n",
          "title: x\nperiod: {to: 1867}\n",
          "title: x\nperiod: {to: R982}\n",
          "title: x\nperiod: 令和5年度まで令和7\n",
          "title: x\nperiod: {}\n",
          "title: x\nperiod: {from: 2023, to: 2025, extra: 1}\n",
          P + "    roadmap: [{label: r, from: 令和⑥年度}]\n",
          // dates
          "title: x\nadopted: 2024-13\n",
          "title: x\nadopted: 2024-02-30\n",
          "title: x\ndrafted: banana\n",
          "title: x\nadopted: FY2024\n",
          "title: x\nadopted: 令和5年度\n",
          // codes
          "title: x\nmunicipality: {code: \"082237\"}\n",
          "title: x\nmunicipality: {code: \"12\"}\n",
          "title: x\nmunicipality: {code: \"482236\"}\n",
          "title: x\nmunicipality: {code: 82236}\n",
          // KPI figures
          K + "        target: {value: abc}\n",
          K + "        baseline: {value: \"19.0%\"}\n",
          K + "        direction: increase\n",
          K + "        figures: LOST\n",
          K + "        actuals: [{value: 1, comparator: ABOUT}]\n",
          K + "        parts: [{unit: x}]\n",
          // format 2 shapes
          "title: x\nstatus: draft\n",
          P + "    tags: {視点: 市民視点}\n",
          P + "    tags: {\" \": [a]}\n",
          P + "    source: {}\n",
          P + "    source: {page: 0}\n",
          P + "    source: {page: \"12\"}\n",
          P + "    source: {chapter: 1}\n",
          P + "    nationalItems: [{text: x}]\n",
          P + "    nationalItems: [{code: X, wording: x}]\n",
          P + "    nationalItems: [5]\n",
          P + "    roadmap: [{label: r, extent: unknown}]\n",
          P + "    roadmap: [{kind: PLAN}]\n",
          "title: x\ntables: [{columns: [a]}]\n",
          "title: x\ntables: [{title: t, rows: [a]}]\n",
          "title: x\ntables: [{title: t, rows: [[1]]}]\n",
          "title: x\nglossary: [{term: x}]\n",
          "title: x\nglossary: [{term: x, definition: y, page: 3}]\n",
          "title: x\npreviousPlan: {groups: [{assessment: x}]}\n",
          "title: x\npreviousPlan: {results: [{actual: {value: 1}, actuals: [{value: 2}]}]}\n",
          "title: x\npreviousPlan: {results: [{achieved: yes please}]}\n",
          "title: x\npreviousPlan: {period: {to: 2022}}\n");

  /** Documents the reader accepts, many in non-canonical forms; the schema must accept them too. */
  static final List<String> ACCEPTED =
      List.of(
          "title: x\n",
          "title: x\nschemaVersion: 1\n",
          "title: \"5\"\n",
          "title: x\nvision: null\n",
          "title: x\nperiod: 令和5年度～令和7年度\n",
          "title: x\nperiod: 令和5～7年度\n",
          "title: x\nperiod: R5-R7\n",
          "title: x\nperiod: {from: R5, to: 令和7年度}\nadopted: 2023\n",
          "title: x\nperiod: {to: 令和7年度}\n",
          "title: x\nperiod: {from: Ｒ６}\n",
          "title: x\nperiod: {from: 令和6（2024）年度, to: FY2028}\n",
          "title: x\nadopted: 令和5年12月\nmunicipality: {code: \"08223\", name: 潮来市}\n",
          "title: x\nadopted: R5.12\n",
          "title: x\nmunicipality: {code: 082236}\n",
          "title: x\nadopted: 令和7年度末\n",
          "title: x\nadopted: 2024年2月15日\nmunicipality: {code: \"０８２２３６\"}\n",
          "title: x\nstatus: DRAFT\ndrafted: 2024-02-15\n",
          P + "    measures:\n      - title: m\n        departments: [DX戦略室]\n",
          P + "    measures:\n      - title: m\n        departments: 企画政策課\n",
          K + "        target: {value: \"19.0\", fiscalYear: R10, comparator: AT_LEAST}\n",
          K + "        target: {value: \"１，２００\"}\n",
          K + "        baseline: {value: 15.9, comparator: LESS_THAN}\n        figures: STATED\n",
          K + "        figures: NOT_RECOVERED\n        qualifier: 規制のない手続\n        measures: [m1]\n",
          K + "        parts: [{name: 子育て, target: {value: 3}}]\n",
          P + "    tags: {視点: [市民視点, 行政視点]}\n    source: {page: 3, section: 第4章, line: 2}\n",
          P + "    nationalItems: [FRONTYARD, {code: STANDARDIZATION, text: 標準化, due: 2025年度, scope: 特定移行支援システム}]\n",
          P + "    roadmap: [{label: 実施, kind: IMPLEMENT, from: 2027, extent: UNKNOWN}]\n",
          P + "    measures:\n      - title: m\n        roadmap: [{label: 実施, from: 2024, to: 2026, extent: APPROXIMATE}]\n",
          "title: x\ntables: [{title: t, unit: \"%\", columns: [a, b], rows: [[\"1\", \"2\"], [x]], source: {page: 4}}]\n",
          "title: x\nglossary: [{term: RPA, definition: 自動化}]\n",
          P + "    roadmap: [{label: r, from: 令和六年度, to: 令和八年度}]\n",
          "title: x\npreviousPlan:\n  period: R1-R4\n  groups: [{name: g, challenges: [c], outlook: [o]}]\n"
              + "  results: [{group: g, actuals: [{value: 12, fiscalYear: R1}, {value: 9, fiscalYear: R2}]}]\n",
          "title: x\npreviousPlan: {results: [{actual: {value: 7}, achieved: true, assessment: 良好}]}\n");

  private static boolean readerAccepts(String yaml) {
    try {
      PlanReader.yaml().readString(yaml, "corpus.yaml");
      return true;
    } catch (PlanFormatException e) {
      return false;
    }
  }

  private static List<Error> validate(String yaml) {
    return SCHEMA.validate(YAML.readTree(yaml));
  }

  @Test
  void corpus_holdsAtLeastFortyBrokenPlans() {
    assertThat(BROKEN).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @FieldSource("BROKEN")
  void brokenPlan_isRefusedByReaderAndSchema(String yaml) {
    assertThat(readerAccepts(yaml)).as("reader accepts%n%s", yaml).isFalse();
    assertThat(validate(yaml)).as("schema accepts%n%s", yaml).isNotEmpty();
  }

  @ParameterizedTest
  @FieldSource("ACCEPTED")
  void acceptedPlan_isAcceptedByReaderAndSchema(String yaml) {
    assertThat(readerAccepts(yaml)).as("reader refuses%n%s", yaml).isTrue();
    assertThat(validate(yaml)).as("schema refuses%n%s", yaml).isEmpty();
  }

  static final List<String> SEEDS = List.of(Dx.SEEDS);

  @ParameterizedTest
  @FieldSource("SEEDS")
  void seed_isAcceptedByReaderAndSchema(String seed) throws IOException {
    String yaml = Files.readString(Dx.seed(seed));
    assertThat(readerAccepts(yaml)).as(seed).isTrue();
    assertThat(validate(yaml)).as(seed).isEmpty();
  }

  @Test
  void everyProperty_hasADescription() {
    List<String> missing = new ArrayList<>();
    walk(Json.mapper().readTree(SCHEMA_TEXT), "", missing);
    assertThat(missing).isEmpty();
  }

  private static void walk(JsonNode node, String path, List<String> missing) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && props.isObject()) {
        for (Map.Entry<String, JsonNode> e : props.properties()) {
          if (!e.getValue().hasNonNull("description")) {
            missing.add(path + "/properties/" + e.getKey());
          }
        }
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), path + "/" + e.getKey(), missing);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, missing);
      }
    }
  }

  @Test
  void enums_listTheirValues() {
    JsonNode schema = Json.mapper().readTree(SCHEMA_TEXT);
    String text = schema.toString();
    for (String value : new String[] {"DRAFT", "ADOPTED", "STATED", "APPROXIMATE", "UNKNOWN", "NOT_SET",
        "NOT_RECOVERED", "FORECAST", "BACKCAST", "AT_LEAST", "LESS_THAN", "INCREASE", "IMPLEMENT"}) {
      assertThat(text).contains("\"" + value + "\"");
    }
  }
}
