package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.cli.internal.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CatalogCommandTest {

  @Test
  void list_json_holdsVersionPublishedOnAndItemsInOrder() {
    Dx.Result r = Dx.run("catalog", "list", "--national-plan", "2.3", "--format", "json");
    assertThat(r.exitCode()).isZero();
    JsonNode root = Json.mapper().readTree(r.out());
    assertThat(root.path("version").asString()).isEqualTo("2.3");
    assertThat(root.path("publishedOn").asString()).isNotEmpty();
    JsonNode items = root.path("items");
    assertThat(items.size()).isGreaterThan(10);
    assertThat(items.get(0).path("code").asString()).isEqualTo("ORGANIZATION");
    for (JsonNode item : items) {
      assertThat(item.has("code") && item.has("category") && item.has("title") && item.path("deadlines").isArray()).isTrue();
    }
  }

  @Test
  void list_text_defaultsToTheLatestVersion() {
    Dx.Result r = Dx.run("catalog", "list");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("(3.0,").contains("STANDARDIZATION");
  }

  @Test
  void list_unknownVersionIsExit2() {
    Dx.Result r = Dx.run("catalog", "list", "--national-plan", "9.9");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("9.9").contains("2.3");
  }

  @Test
  void show_textAndJson() {
    Dx.Result text = Dx.run("catalog", "show", "STANDARDIZATION");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("STANDARDIZATION").contains("FY2025");
    Dx.Result json = Dx.run("catalog", "show", "ELTAX_PUBLIC_FUNDS", "--format", "json");
    JsonNode node = Json.mapper().readTree(json.out());
    assertThat(node.path("code").asString()).isEqualTo("ELTAX_PUBLIC_FUNDS");
    assertThat(node.path("deadlines").get(0).path("kind").asString()).isEqualTo("START_BY");
  }

  @Test
  void show_unknownCodeIsExit2AndListsTheCodes() {
    Dx.Result r = Dx.run("--lang", "en", "catalog", "show", "NOPE");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("NOPE").contains("STANDARDIZATION");
  }

  @Test
  void diff_showsAbsorptionAndAdditions() {
    Dx.Result text = Dx.run("catalog", "diff", "2.0", "3.0");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("+ FRONTYARD").contains("ONLINE_PROCEDURES → FRONTYARD");
    JsonNode json = Json.mapper().readTree(Dx.run("catalog", "diff", "2.0", "3.0", "--format", "json").out());
    assertThat(json.path("from").asString()).isEqualTo("2.0");
    assertThat(json.path("absorbed").get(0).path("into").asString()).isEqualTo("FRONTYARD");
  }

  @Test
  void diff_ofAVersionWithItselfIsEmpty() {
    Dx.Result r = Dx.run("--lang", "en", "catalog", "diff", "2.3", "2.3");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("no changes");
  }

  @Test
  void catalog_withoutSubcommandIsAUsageError() {
    assertThat(Dx.run("catalog").exitCode()).isEqualTo(2);
  }
}
