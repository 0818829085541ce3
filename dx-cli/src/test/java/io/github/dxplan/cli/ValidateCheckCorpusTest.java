package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.cli.internal.Json;
import io.github.dxplan.mapping.CorpusAnalysis;
import io.github.dxplan.mapping.CorpusMatrix;
import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.mapping.export.CoverageExporter;
import io.github.dxplan.model.format.PlanReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      JsonNode files = Json.mapper().readTree(r.out()).path("files");
      assertThat(files.size()).isEqualTo(3);
      // A file that could not be read is still listed, with errors[] instead of findings[].
      JsonNode missing = files.get(0);
      assertThat(missing.path("file").asString()).endsWith("none.yaml");
      assertThat(missing.has("findings")).isFalse();
      assertThat(missing.path("errors").get(0).path("message").asString()).contains("none.yaml");
      assertThat(missing.path("errors").get(0).path("line").isNull()).isTrue();
      JsonNode malformed = files.get(1).path("errors").get(0);
      assertThat(malformed.path("line").asInt()).isEqualTo(2);
      assertThat(malformed.path("column").asInt()).isPositive();
      assertThat(malformed.path("path").isString()).isTrue();
      assertThat(malformed.path("message").asString()).contains("title").doesNotContain(bad.toString());
      assertThat(files.get(2).path("findings").isArray()).isTrue();
    }

    private Path planWithFindings(int kpis) throws IOException {
      StringBuilder yaml = new StringBuilder("title: 計画\npolicies:\n  - title: 方針\n    kpis:\n");
      for (int i = 0; i < kpis; i++) {
        yaml.append("      - {name: 指標").append(i).append(", direction: INCREASE}\n");
      }
      return Files.writeString(dir.resolve("many.yaml"), yaml);
    }

    @Test
    void manyFindings_areCappedPerFileWithTheCountLeftOut() throws IOException {
      Path plan = planWithFindings(40); // no unit and no target: two warnings per KPI
      Dx.Result r = Dx.run("validate", "--format", "json", "--max-findings", "10", "--fail-on", "warning", plan.toString());
      JsonNode file = Json.mapper().readTree(r.out()).path("files").get(0);
      assertThat(file.path("findings").size()).isEqualTo(10);
      int all = Dx.run("validate", "--format", "json", "--max-findings", "0", plan.toString()).out().split("\"code\"", -1).length - 1;
      assertThat(all).isGreaterThan(80);
      assertThat(file.path("omittedFindings").asInt()).isEqualTo(all - 10);
      assertThat(r.exitCode()).isEqualTo(1); // every finding counts, shown or not

      Dx.Result text = Dx.run("--lang", "en", "validate", "--max-findings", "10", plan.toString());
      assertThat(text.out().lines().count()).isEqualTo(11);
      assertThat(text.out()).contains((all - 10) + " more findings left out");
    }

    @Test
    void manyFindings_byDefaultShowAThousandPerFile() throws IOException {
      Path plan = planWithFindings(600);
      JsonNode file = Json.mapper().readTree(Dx.run("validate", "--format", "json", plan.toString()).out()).path("files").get(0);
      assertThat(file.path("findings").size()).isEqualTo(1000);
      assertThat(file.path("omittedFindings").asInt()).isPositive();
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

    @Test
    void json_isTheExportersJson_oneShapeForLibraryAndCli() {
      Path plan = Dx.seed("itako-2023.yaml");
      CoverageReport report = CoverageMapper.create().map(PlanReader.auto().read(plan));
      Dx.Result r = Dx.run("check", plan.toString(), "--format", "json");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).isEqualTo(CoverageExporter.toJson(report));
      JsonNode root = Json.mapper().readTree(r.out());
      assertThat(root.path("nationalPlan").path("version").asString()).isEqualTo("2.0");
      JsonNode item = root.path("items").get(0);
      assertThat(item.has("code") && item.has("title") && item.has("category") && item.has("status")
          && item.has("elements")).isTrue();
      JsonNode link = root.path("elements").get(0).path("nationalItems").get(0);
      assertThat(root.path("elements").get(0).has("title")).isTrue();
      assertThat(link.has("code") && link.has("source") && link.has("score") && link.has("evidence")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "md", "html"})
    void exporterFormats_areTheExportersOutput(String format) {
      Path plan = Dx.seed("itako-2023.yaml");
      CoverageReport report = CoverageMapper.create().map(PlanReader.auto().read(plan));
      CoverageExporter.Format f = switch (format) {
        case "csv" -> CoverageExporter.Format.CSV;
        case "md" -> CoverageExporter.Format.MARKDOWN;
        default -> CoverageExporter.Format.HTML;
      };
      Dx.Result r = Dx.run("check", plan.toString(), "--format", format);
      assertThat(r.exitCode()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).isEqualTo(CoverageExporter.export(report, f));
      String start = switch (format) {
        case "csv" -> "\ufeffversion,code,title,category,status,";
        case "md" -> "# 潮来市DX推進計画 — 国の自治体DX推進計画との対応表";
        default -> "<!DOCTYPE html>";
      };
      assertThat(r.out()).startsWith(start);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "csv", "md", "html"})
    void everyFormat_keepsTheExitCodes(String format) throws IOException {
      String plan = Dx.seedPath("itako-2023.yaml");
      assertThat(Dx.run("check", plan, "--format", format).exitCode()).isZero();
      // 潮来市 under 3.0 misses items (its plan predates them): --fail-on missing fails whatever the format
      assertThat(Dx.run("check", plan, "--national-plan", "3.0", "--format", format, "--fail-on", "missing").exitCode())
          .isEqualTo(1);
      Path out = dir.resolve("out." + format);
      assertThat(Dx.run("check", plan, "--format", format, "--out", out.toString()).exitCode()).isZero();
      assertThat(Files.size(out)).isPositive();
      assertThat(Dx.run("check", dir.resolve("none.yaml").toString(), "--format", format).exitCode()).isEqualTo(2);
      assertThat(Dx.run("check", plan, "--format", format, "--national-plan", "9.9").exitCode()).isEqualTo(2);
      assertThat(Dx.run("check", plan, "--format", format, "--out", dir.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void utsunomiya2023_noDeadlineStatusFromARoadmapCellWhoseEndIsUnknown() {
      // its 工程表 lost the bars: every cell is extent UNKNOWN, so no due-by status may rest on one
      Dx.Result r = Dx.run("check", Dx.seedPath("utsunomiya-2023.yaml"), "--format", "json");
      assertThat(r.exitCode()).isZero();
      JsonNode items = Json.mapper().readTree(r.out()).get("items");
      List<String> statuses = new ArrayList<>();
      for (JsonNode item : items) {
        for (JsonNode d : item.get("deadlines")) {
          statuses.add(item.get("code").asString() + " " + d.get("status").asString());
          assertThat(d.get("basis").asString()).doesNotStartWith("roadmap");
        }
      }
      assertThat(statuses).contains("MYNUMBER_CARD CANNOT_TELL").doesNotContain("MYNUMBER_CARD LATE");
      assertThat(Dx.run("check", Dx.seedPath("utsunomiya-2023.yaml")).out()).contains("判定不能");
      assertThat(Dx.run("--lang", "en", "check", Dx.seedPath("utsunomiya-2023.yaml")).out()).contains("CANNOT_TELL");
    }

    @Test
    void text_showsDeadlineStatusesInTheChosenLanguage() {
      String ja = Dx.run("check", Dx.seedPath("itako-2023.yaml")).out();
      String en = Dx.run("--lang", "en", "check", Dx.seedPath("itako-2023.yaml")).out();
      assertThat(ja).contains("期限\n").containsPattern("  (期限内|期限超過|工程なし|対応なし) +STANDARDIZATION  FY2025 までに完了");
      assertThat(en).contains("Deadlines\n").containsPattern("  (ON_TIME|LATE|NO_ROADMAP|NOT_LINKED) +STANDARDIZATION  due by FY2025");
      assertThat(en).contains("Gaps (national items the plan does not address): ").contains("National items");
    }

    @Test
    void hostileTexts_areExportedSafelyAsCsvAndHtml() throws IOException {
      Path plan = hostilePlan();
      Dx.Result csv = Dx.run("check", plan.toString(), "--format", "csv");
      assertThat(csv.exitCode()).isZero();
      assertNoFormulaCell(csv.out());
      assertThat(csv.out()).contains("'+cmd|' /C calc'!A0").contains("<script>alert(1)</script>");

      Dx.Result html = Dx.run("check", plan.toString(), "--format", "html");
      assertThat(html.exitCode()).isZero();
      assertThat(html.out().toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script");
      assertThat(html.out()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("=HYPERLINK(");

      Dx.Result md = Dx.run("check", plan.toString(), "--format", "md");
      assertThat(md.out().toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script");
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
      assertThat(r.out()).startsWith("\ufeffversion,source,planId,municipality,title,");
      String[] lines = r.out().split("\r\n");
      assertThat(lines).hasSize(1 + Dx.SEEDS.length);
      // Each row names the file it came from, so a plan without an id can still be found.
      assertThat(lines[1]).contains(c.resolve("sub").resolve("itako-2023.yaml").toString()).contains("itako-2023");
      assertThat(lines[5]).contains("utsunomiya-2023");
      assertThat(r.err()).contains("broken.yaml:2:").contains("1 of 6");
      assertThat(r.err()).doesNotContain("[#");
    }

    @Test
    void fileSymlinkInTheFolder_isTheSamePlan_notASecondRow() throws IOException {
      Path c = Files.createDirectories(dir.resolve("linked"));
      Path plan = Files.copy(Dx.seed("itako-2023.yaml"), c.resolve("itako-2023.yaml"));
      Files.createSymbolicLink(c.resolve("a-latest.yaml"), plan.getFileName());
      Dx.Result r = Dx.run("--lang", "en", "corpus", c.toString());
      String[] lines = r.out().split("\r\n");
      assertThat(lines).hasSize(2);
      assertThat(lines[1]).contains(plan.toString()).doesNotContain("a-latest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "html", "json"})
    void output_isDeterministicAndTheExportersOwn(String format) throws IOException {
      Path c = corpus();
      Dx.Result first = Dx.run("corpus", c.toString(), "--format", format);
      assertThat(first.exitCode()).isZero();
      assertThat(Dx.run("corpus", c.toString(), "--format", format).out()).isEqualTo(first.out());
      CoverageMapper mapper = CoverageMapper.create();
      io.github.dxplan.catalog.NationalCatalog latest = mapper.catalogs().get("latest");
      java.util.List<CorpusMatrix.Row> rows = new java.util.ArrayList<>();
      for (String s : Dx.SEEDS) {
        Path file = c.resolve("sub").resolve(s);
        io.github.dxplan.model.DxPlan plan = PlanReader.auto().read(file);
        rows.add(CorpusMatrix.Row.of(file.toString(), plan, mapper.map(plan, latest.version())));
      }
      CorpusMatrix m = CorpusAnalysis.fromRows(latest, false, rows);
      String expected = switch (format) {
        case "csv" -> CoverageExporter.toCsv(m);
        case "html" -> CoverageExporter.toHtml(m);
        default -> CoverageExporter.toJson(m);
      };
      assertThat(first.out()).isEqualTo(expected);
      assertThat(Dx.run("corpus", c.toString(), "--format", format, "--fail-on", "skipped").exitCode()).isEqualTo(1);
      assertThat(Dx.run("corpus", dir.resolve("nope").toString(), "--format", format).exitCode()).isEqualTo(2);
    }

    @Test
    void json_holdsRatesAndRows() throws IOException {
      JsonNode root = Json.mapper().readTree(Dx.run("corpus", corpus().toString(), "--format", "json").out());
      assertThat(root.path("plans").asInt()).isEqualTo(5);
      assertThat(root.path("rows").size()).isEqualTo(5);
      assertThat(root.path("items").get(0).has("coveredRate")).isTrue();
      for (JsonNode row : root.path("rows")) {
        assertThat(row.path("prefecture").asString()).isIn("栃木県", "茨城県");
        assertThat(row.path("type").asString()).isEqualTo("city");
        assertThat(row.path("municipalityCode").asString()).hasSize(6);
      }
    }

    @Test
    void hostileTexts_areExportedSafelyAsCsvAndHtml() throws IOException {
      Path c = Files.createDirectories(dir.resolve("hostile"));
      Files.copy(hostilePlan(), c.resolve("hostile.yaml"));
      Files.copy(Dx.seed("itako-2023.yaml"), c.resolve("itako-2023.yaml"));
      Dx.Result csv = Dx.run("corpus", c.toString(), "--format", "csv");
      assertThat(csv.exitCode()).isZero();
      assertNoFormulaCell(csv.out());
      assertThat(csv.out()).contains("'=HYPERLINK(");
      Dx.Result html = Dx.run("corpus", c.toString(), "--format", "html");
      assertThat(html.exitCode()).isZero();
      assertThat(html.out().toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script");
      assertThat(html.out()).contains("&lt;script&gt;");
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

  /** A plan whose texts would run as script in a browser or as a formula in Excel if exported raw. */
  private Path hostilePlan() throws IOException {
    Path plan = dir.resolve("hostile-plan.yaml");
    Files.writeString(plan, """
        id: hostile
        title: '=HYPERLINK("http://example.invalid/?x","click") <script>alert(1)</script>'
        municipality:
          name: "@SUM(1+1)"
        nationalPlanVersion: "2.0"
        policies:
          - title: "<script>alert(1)</script>"
            nationalItems: [SECURITY]
            measures:
              - title: "+cmd|' /C calc'!A0"
                description: "マイナンバーカードの普及 <img src=x onerror=alert(1)>"
                nationalItems: [MYNUMBER_CARD]
              - title: '-2+3 =HYPERLINK("http://example.invalid")'
                description: "市独自の取組"
        """);
    return plan;
  }

  /** Fails if a cell of the CSV (RFC 4180) starts with a character Excel reads as a formula. */
  private static void assertNoFormulaCell(String csv) {
    String body = csv.startsWith("\ufeff") ? csv.substring(1) : csv;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < body.length(); i++) {
      char ch = body.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',' || ch == '\n') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (ch != '\r') {
        cell.append(ch);
      }
    }
    assertThat(cells).isNotEmpty();
    assertThat(cells).noneMatch(c -> !c.isEmpty() && "=+-@\t".indexOf(c.charAt(0)) >= 0);
  }
}
