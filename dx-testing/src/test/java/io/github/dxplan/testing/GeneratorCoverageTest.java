package io.github.dxplan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.format.PlanWriter;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/**
 * The generated plans use every key of format 2, so the round-trip properties cover them: a key the
 * generator never writes would be a key whose round trip nobody checks.
 */
class GeneratorCoverageTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static void collect(JsonNode node, String path, Set<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        // tags keys are the city's axes, not format keys
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        out.add(p);
        if (!e.getKey().equals("tags")) {
          collect(e.getValue(), p, out);
        } else {
          out.add(p + ".*");
        }
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        if (child.isValueNode()) {
          out.add(path + "[]:" + (child.isString() ? "text" : "other"));
        }
        collect(child, path + "[]", out);
      }
    }
  }

  @Test
  void generatedPlans_useEveryKeyOfFormat2() {
    Set<String> paths = new TreeSet<>();
    Random random = new Random(20261202L);
    for (int i = 0; i < 150; i++) {
      collect(JSON.readTree(PlanWriter.json().write(PlanGenerator.plan(random))), "", paths);
    }
    String policy = "policies[].";
    String measure = policy + "measures[].";
    String initiative = measure + "initiatives[].";
    assertThat(paths)
        .contains(
            "status",
            "drafted",
            "adopted",
            "period.from",
            "period.to",
            "tables[].id",
            "tables[].title",
            "tables[].unit",
            "tables[].source.page",
            "tables[].source.section",
            "tables[].source.line",
            "tables[].columns[]:text",
            "tables[].rows[][]:text",
            "tables[].note",
            "glossary[].term",
            "glossary[].definition",
            "previousPlan.groups[].name",
            "previousPlan.groups[].assessment",
            "previousPlan.groups[].challenges",
            "previousPlan.groups[].outlook",
            "previousPlan.groups[].notes",
            "previousPlan.results[].actuals[].comparator",
            "previousPlan.results[].target.comparator",
            "previousPlan.results[].assessment",
            "previousPlan.results[].source");
    for (String element : new String[] {policy, measure, initiative}) {
      assertThat(paths)
          .as(element)
          .contains(
              element + "tags.*",
              element + "source.page",
              element + "roadmap[].extent",
              element + "roadmap[].source",
              element + "tables[].rows",
              element + "nationalItems[]:text",
              element + "nationalItems[].code",
              element + "nationalItems[].text",
              element + "nationalItems[].due",
              element + "nationalItems[].scope",
              element + "kpis[].figures",
              element + "kpis[].qualifier",
              element + "kpis[].baseline.comparator",
              element + "kpis[].actuals[].comparator",
              element + "kpis[].tags.*",
              element + "kpis[].source");
    }
    assertThat(paths)
        .contains(
            policy + "kpis[].measures[]:text",
            measure + "kpis[].parts[].name",
            measure + "kpis[].parts[].parts[].name");
  }
}
