package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.cli.internal.PointerLocator;
import io.github.dxplan.cli.internal.PointerLocator.Location;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PointerLocatorTest {
  private static final String YAML =
      "title: x\n"
          + "policies:\n"
          + "  - title: a\n"
          + "    measures:\n"
          + "      - title: m1\n"
          + "      - title: m2\n"
          + "        initiatives:\n"
          + "          - title: i\n";

  @Test
  void locate_findsKeysAndListElementsInYaml() {
    PointerLocator l = PointerLocator.of(YAML.getBytes(StandardCharsets.UTF_8), "plan.yaml");
    assertThat(l.locate("/title")).isEqualTo(new Location(1, 1));
    assertThat(l.locate("/policies/0/title")).isEqualTo(new Location(3, 5));
    assertThat(l.locate("/policies/0/measures/1/title")).isEqualTo(new Location(6, 9));
    assertThat(l.locate("/policies/0/measures/1/initiatives/0/title")).isEqualTo(new Location(8, 13));
  }

  @Test
  void locate_fallsBackToTheNearestWrittenAncestor() {
    PointerLocator l = PointerLocator.of(YAML.getBytes(StandardCharsets.UTF_8), "plan.yaml");
    assertThat(l.locate("/policies/0/measures/1/kpis/0")).isEqualTo(l.locate("/policies/0/measures/1"));
  }

  @Test
  void locate_worksForJsonWithEscapedKeys() {
    String json = "{\n  \"title\": \"x\",\n  \"a/b\": {\"c~d\": 1}\n}\n";
    PointerLocator l = PointerLocator.of(json.getBytes(StandardCharsets.UTF_8), "plan.json");
    assertThat(l.locate("/title")).isEqualTo(new Location(2, 3));
    assertThat(l.locate("/a~1b/c~0d").line()).isEqualTo(3);
  }

  @Test
  void locate_findsNodesPastThreeMillionCharactersInYaml() {
    // snakeyaml-engine stops at 3 MB code points by default; the walk then ended early and a
    // finding at /policies/1 was placed at 2:1 (the nearest ancestor found).
    String yaml = "title: x\npolicies:\n  - title: a\n    description: " + "説".repeat(3_500_000)
        + "\n  - title: b\n    kpis:\n      - name: k\n";
    PointerLocator l = PointerLocator.of(yaml.getBytes(StandardCharsets.UTF_8), "plan.yaml");
    assertThat(l.locate("/policies/1/title")).isEqualTo(new Location(5, 5));
    assertThat(l.locate("/policies/1/kpis/0/name")).isEqualTo(new Location(7, 9));
  }

  @Test
  void locate_findsNodesAfterAKeyOfSixtyThousandCharactersInJson() {
    String json = "{\"title\": \"x\",\n\"" + "k".repeat(60_000) + "\": 1,\n\"policies\": [{\"title\": \"b\"}]}";
    PointerLocator l = PointerLocator.of(json.getBytes(StandardCharsets.UTF_8), "plan.json");
    assertThat(l.locate("/policies/0/title").line()).isEqualTo(3);
  }

  @Test
  void locate_withWantedPointers_placesEachAsTheFullWalkDoes() {
    PointerLocator all = PointerLocator.of(YAML.getBytes(StandardCharsets.UTF_8), "plan.yaml");
    java.util.List<String> wanted =
        java.util.List.of("/policies/0/measures/0/title", "/policies/0/measures/0/kpis/0", "/policies/0/measures/1/initiatives/0");
    PointerLocator some = PointerLocator.of(YAML.getBytes(StandardCharsets.UTF_8), "plan.yaml", wanted);
    for (String w : wanted) {
      assertThat(some.locate(w)).as(w).isEqualTo(all.locate(w));
    }
  }
}
