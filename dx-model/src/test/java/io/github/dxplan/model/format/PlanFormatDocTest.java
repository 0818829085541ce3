package io.github.dxplan.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.DxPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The complete example of docs/plan-format.md is the canonical example file and round-trips. */
class PlanFormatDocTest {
  private static final Path DOC = Path.of("..", "docs", "plan-format.md");

  private static String example() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int section = doc.indexOf("## A complete example");
    assertThat(section).as("the section of the complete example").isPositive();
    int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
    int end = doc.indexOf("```", start);
    return doc.substring(start, end);
  }

  @Test
  void completeExample_isTheCanonicalExampleFile() throws IOException {
    assertThat(example()).isEqualTo(Format2Test.resource("format2-example.yaml"));
  }

  @Test
  void completeExample_roundTripsInYamlAndJson() throws IOException {
    String yaml = example();
    DxPlan plan = PlanReader.yaml().readString(yaml, "plan-format.md");
    assertThat(plan.schemaVersion()).isEqualTo(2);
    assertThat(PlanWriter.yaml().write(plan)).isEqualTo(yaml);
    String json = PlanWriter.json().write(plan);
    assertThat(PlanReader.json().readString(json, "x.json")).isEqualTo(plan);
  }
}
