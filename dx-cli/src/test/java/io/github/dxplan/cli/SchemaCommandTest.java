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
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The schema printed by {@code dx schema}, checked with an independent validator against the reader. */
class SchemaCommandTest {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final Schema SCHEMA = load();

  private static Schema load() {
    Dx.Result r = Dx.run("schema");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode node = Json.mapper().readTree(r.out());
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
  }

  private static List<Error> validate(String yaml) {
    return SCHEMA.validate(YAML.readTree(yaml));
  }

  static final List<String> SEEDS = List.of(Dx.SEEDS);

  @ParameterizedTest
  @FieldSource("SEEDS")
  void everySeedPlan_isValid(String seed) throws IOException {
    List<Error> errors = validate(Files.readString(Dx.seed(seed)));
    assertThat(errors).as(seed).isEmpty();
  }

  @Test
  void schema_isDraft2020WithRequiredTitleAndNoUnknownKeys() {
    JsonNode node = Json.mapper().readTree(Dx.run("schema").out());
    assertThat(node.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(node.path("required").toString()).contains("title");
    assertThat(node.path("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void schema_writesToOut(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("plan.schema.json");
    assertThat(Dx.run("schema", "--out", out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out)).contains("\"$id\"");
  }

  /** Documents the reader rejects; the schema must reject them too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "titel: x\n",
        "title: x\nunknown: 1\n",
        "policies: []\n",
        "title: x\npolicies:\n  - label: p\n",
        "title: x\npolicies:\n  - title: a\n    titel: b\n",
        "title: x\npolicies: nope\n",
        "title: [a, b]\n",
        "title: x\nperiod: {}\n",
        "title: x\nperiod: {from: 2023, to: 2025, extra: 1}\n",
        "title: x\npolicies:\n  - title: a\n    measures:\n      - title: m\n        kpis:\n          - name: k\n            direction: increase\n",
        "title: x\npolicies:\n  - title: a\n    measures:\n      - title: m\n        initiatives:\n          - title: i\n            roadmap:\n              - kind: PLAN\n",
        "title: x\nschemaVersion: 3\n",
        "title: x\nmunicipality: {code: \"12\"}\n",
        "title: x\nnotes: [a, null]\n",
      })
  void brokenPlan_isRejectedByReaderAndSchema(String yaml) {
    boolean readerRejects;
    try {
      PlanReader.yaml().readString(yaml, "broken.yaml");
      readerRejects = false;
    } catch (PlanFormatException e) {
      readerRejects = true;
    }
    assertThat(readerRejects).as("reader rejects %s", yaml).isTrue();
    assertThat(validate(yaml)).as("schema rejects %s", yaml).isNotEmpty();
  }

  /** Documents the reader accepts in their non-canonical forms; the schema must accept them too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "title: x\n",
        "title: x\nperiod: 令和5年度～令和7年度\n",
        "title: x\nperiod: {from: R5, to: 令和7年度}\nadopted: 2023\n",
        "title: x\nadopted: 令和5年12月\nmunicipality: {code: \"08223\", name: 潮来市}\n",
        "title: x\npolicies:\n  - title: a\n    measures:\n      - title: m\n        departments: [DX戦略室]\n",
        "title: x\npolicies:\n  - title: a\n    measures:\n      - title: m\n        departments: 企画政策課\n",
        "title: x\nvision: null\n",
        "title: x\nperiod: {to: 令和7年度}\n",
        "title: x\npolicies:\n  - title: a\n    kpis:\n      - name: k\n        target: {value: \"19.0\", fiscalYear: R10, comparator: AT_LEAST}\n",
      })
  void nonCanonicalPlan_isAcceptedByReaderAndSchema(String yaml) {
    PlanReader.yaml().readString(yaml, "ok.yaml");
    assertThat(validate(yaml)).as(yaml).isEmpty();
  }
}
