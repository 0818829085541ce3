package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.cli.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ValidateCheckCorpusTest {
  @TempDir Path dir;

  @Nested
  class Validate {
    @Test
    void seed_textShowsFileLineColumnCodeAndPointer() {
      Dx.Result r = Dx.run("--lang", "en", "validate", Dx.seedPath("itako-2023.yaml"));
      assertThat(r.exitCode()).isIn(0, 1);
      assertThat(r.out()).containsPattern("itako-2023\\.yaml:\\d+:\\d+ DX-[A-Z]+-\\d+ (ERROR|WARNING|INFO) .* \\(at /.*\\)");
    }

    @Test
    void json_holdsFilesWithFindings() {
      Dx.Result r = Dx.run("validate", "--format", "json", Dx.seedPath("itako-2023.yaml"), Dx.seedPath("oyama-2021.yaml"));
      JsonNode root = Json.mapper().readTree(r.out());
      assertThat(root.path("files").size()).isEqualTo(2);
      JsonNode f = root.path("files").get(0).path("findings").get(0);
      assertThat(f.has("code") && f.has("severity") && f.has("path") && f.has("message")).isTrue();
    }

    @Test
    void errorFinding_exits1() throws IOException {
      Path plan = dir.resolve("empty-title.yaml");
      Files.writeString(plan, "title: \"\"\npolicies:\n  - title: \"\"\n");
      Dx.Result r = Dx.run("validate", plan.toString());
      assertThat(r.out()).contains(" ERROR ");
      assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void failOnInfo_exits1WhenThereIsAnyFinding() {
      Dx.Result r = Dx.run("validate", "--fail-on", "info", Dx.seedPath("itako-2023.yaml"));
      assertThat(r.out()).isNotEmpty();
      assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void missingAndMalformedFiles_exit2AndTheOthersAreStillValidated() throws IOException {
      Path bad = dir.resolve("bad.yaml");
      Files.writeString(bad, "title: x\ntitle: y\n");
      Dx.Result r = Dx.run("validate", "--format", "json", dir.resolve("none.yaml").toString(), bad.toString(), Dx.seedPath("oyama-2021.yaml"));
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("none.yaml").contains(bad + ":2:");
      assertThat(Json.mapper().readTree(r.out()).path("files").size()).isEqualTo(1);
    }

    @Test
    void directory_exits2() {
      assertThat(Dx.run("validate", dir.toString()).exitCode()).isEqualTo(2);
    }
  }

  @Nested
  class Check {
    @Test
    void text_isTheCoverageTable() {
      Dx.Result r = Dx.run("check", Dx.seedPath("itako-2023.yaml"));
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("対応表").contains("●").contains("○").contains("不足").contains("期限");
      assertThat(Dx.run("--lang", "en", "check", Dx.seedPath("itako-2023.yaml")).out()).contains("Coverage table");
    }

    @Test
    void json_holdsNationalPlanItemsAndElements() {
      Dx.Result r = Dx.run("check", Dx.seedPath("itako-2023.yaml"), "--national-plan", "2.3", "--format", "json");
      JsonNode root = Json.mapper().readTree(r.out());
      assertThat(root.path("nationalPlan").path("version").asString()).isEqualTo("2.3");
      JsonNode item = root.path("items").get(0);
      assertThat(item.path("status").asString()).isIn("COVERED", "INFERRED", "MISSING");
      assertThat(root.path("elements").get(0).path("path").asString()).startsWith("/policies/0");
      assertThat(root.toString()).contains("\"source\":\"explicit\"");
    }

    @Test
    void inferOnly_hasNoExplicitLinks() {
      Dx.Result r = Dx.run("check", Dx.seedPath("itako-2023.yaml"), "--infer-only", "--format", "json");
      assertThat(r.out()).doesNotContain("\"explicit\"");
    }

    @Test
    void failOnMissing_exits1WhenAnItemIsMissing() {
      Dx.Result r = Dx.run("check", Dx.seedPath("itako-2023.yaml"), "--fail-on", "missing", "--format", "json");
      boolean missing = Json.mapper().readTree(r.out()).toString().contains("\"MISSING\"");
      assertThat(r.exitCode()).isEqualTo(missing ? 1 : 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "md", "html"})
    void exporterFormats_sayWhatIsMissing(String format) {
      Dx.Result r = Dx.run("check", Dx.seedPath("itako-2023.yaml"), "--format", format);
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("io.github.dxplan.mapping.export");
    }

    @Test
    void malformedPlan_exits2WithLocation() throws IOException {
      Path bad = dir.resolve("bad.json");
      Files.writeString(bad, "{\"title\": \"x\", \"period\": {\"from\": \"令和0年度\", \"to\": 2025}}");
      Dx.Result r = Dx.run("check", bad.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).startsWith(bad + ":1:").contains("(at /period/from)");
    }
  }

  @Nested
  class Corpus {
    private Path corpus() throws IOException {
      Path c = Files.createDirectories(dir.resolve("plans/sub"));
      for (String s : Dx.SEEDS) {
        Files.copy(Dx.seed(s), c.resolve(s));
      }
      Files.writeString(c.getParent().resolve("broken.yaml"), "title: x\n  bad: [\n");
      Files.writeString(c.getParent().resolve("README.txt"), "not a plan");
      return c.getParent();
    }

    @Test
    void csv_onePerPlanInSortedOrder_badFileSkipped() throws IOException {
      Path c = corpus();
      Dx.Result r = Dx.run("--lang", "en", "corpus", c.toString());
      assertThat(r.exitCode()).isZero();
      String[] lines = r.out().split("\r\n");
      assertThat(lines).hasSize(1 + Dx.SEEDS.length);
      assertThat(lines[1]).contains("itako-2023");
      assertThat(lines[5]).contains("utsunomiya-2023");
      assertThat(r.err()).contains("broken.yaml:2:").contains("1 of 6");
      assertThat(r.err()).doesNotContain("[#");
    }

    @Test
    void output_isDeterministic() throws IOException {
      Path c = corpus();
      String first = Dx.run("corpus", c.toString(), "--format", "json").out();
      assertThat(Dx.run("corpus", c.toString(), "--format", "json").out()).isEqualTo(first);
      assertThat(Json.mapper().readTree(first).path("plans").size()).isEqualTo(5);
    }

    @Test
    void failOnSkipped_exits1() throws IOException {
      assertThat(Dx.run("corpus", corpus().toString(), "--fail-on", "skipped").exitCode()).isEqualTo(1);
    }

    @Test
    void emptyDirectoryAndMissingPath_exit2() throws IOException {
      Path empty = Files.createDirectories(dir.resolve("empty"));
      assertThat(Dx.run("corpus", empty.toString()).exitCode()).isEqualTo(2);
      assertThat(Dx.run("corpus", dir.resolve("nope").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void onlyBadFiles_exit2() throws IOException {
      Path bad = dir.resolve("bad.yaml");
      Files.writeString(bad, "titel: x\n");
      assertThat(Dx.run("corpus", bad.toString()).exitCode()).isEqualTo(2);
    }
  }
}
