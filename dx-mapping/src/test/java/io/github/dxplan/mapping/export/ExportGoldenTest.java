package io.github.dxplan.mapping.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.mapping.CorpusAnalysis;
import io.github.dxplan.mapping.CorpusMatrix;
import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.format.PlanReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Golden files of every export. Regenerate with {@code -Ddx.updateGolden=true} and review the diff.
 */
class ExportGoldenTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  /** The day of the check the golden files are as of: the notices (newer plan, period ended) depend on it. */
  static final java.time.Clock CLOCK =
      java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T00:00:00Z"), java.time.ZoneOffset.UTC);
  static final CoverageMapper MAPPER = CoverageMapper.builder().clock(CLOCK).build();
  static final Path PLANS = Path.of("..", "dx-examples", "src", "main", "resources", "plans");

  static DxPlan seed(String name) {
    return PlanReader.yaml().read(PLANS.resolve(name + ".yaml"));
  }

  /** A plan whose texts try script injection and spreadsheet formulas. */
  static DxPlan hostile() {
    Initiative i1 = Initiative.of("=HYPERLINK(\"http://evil.example/\",\"AIで業務効率化\")", "+cmd|' /C calc'!A0 のRPA");
    Initiative i2 = Initiative.of("-2+3 @SUM(A1) テレワーク", "\"quoted\", comma\r\nnew line");
    Measure m = new Measure("m<1>", "(1)<b>", "<script>alert('x')</script>マイナンバーカードの普及",
        "</td><img src=x onerror=alert(1)> | ** _md_ `code` [link](http://x) 情報セキュリティ", null, null, null,
        List.of("SECURITY"), null, List.of(i1, i2), null, null, null);
    return DxPlan.of("<script>document.title='pwned'</script>&計画\"", List.of(
        new BasicPolicy("p", "=1+1", "@方針 | <i>", null, null, List.of(m), null, null, null)));
  }

  static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("dx.updateGolden") || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.write(file, actual.getBytes(StandardCharsets.UTF_8));
      if (!Boolean.getBoolean("dx.updateGolden")) {
        throw new AssertionError("golden file was missing and has been written; review and commit it: " + file);
      }
    }
    String expected = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    assertThat(actual).as("golden %s (regenerate with -Ddx.updateGolden=true)", name).isEqualTo(expected);
  }

  @Test
  void itako_allFormats() throws IOException {
    CoverageReport r = MAPPER.map(seed("itako-2023"));
    golden("itako-2023.json", CoverageExporter.toJson(r));
    golden("itako-2023.csv", CoverageExporter.toCsv(r));
    golden("itako-2023.md", CoverageExporter.toMarkdown(r));
    golden("itako-2023.html", CoverageExporter.toHtml(r));
  }

  @Test
  void html_namesJapaneseFontsOfWindowsAndMacBeforeTheGenericOne() {
    String html = CoverageExporter.toHtml(CoverageMapper.create().map(seed("itako-2023")));
    String family = html.substring(html.indexOf("font-family:"), html.indexOf(';', html.indexOf("font-family:")));
    assertThat(family).containsSubsequence("Yu Gothic", "Meiryo", "Hiragino", "sans-serif");
  }

  @Test
  void itako_inferOnly_json() throws IOException {
    CoverageReport r = CoverageMapper.builder().inferOnly(true).clock(CLOCK).build().map(seed("itako-2023"), "2.0");
    golden("itako-2023-infer-only.json", CoverageExporter.toJson(r));
  }

  @Test
  void hostile_allFormatsAreSafe() throws IOException {
    CoverageReport r = MAPPER.map(hostile(), "2.3");
    String html = CoverageExporter.toHtml(r);
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("(1)<b>")
        .doesNotContain("<i>").contains("&lt;script&gt;").contains("(1)&lt;b&gt;");
    assertThat(html).doesNotContainPattern("(?i)<script|src=\"?http|href=\"?http");
    String csv = CoverageExporter.toCsv(r);
    assertThat(csv).startsWith("\ufeff");
    for (String line : csv.substring(1).split("\r\n")) {
      for (String cell : cells(line)) {
        assertThat(cell).as("CSV cell %s", cell).doesNotStartWith("=").doesNotStartWith("+")
            .doesNotStartWith("-").doesNotStartWith("@");
      }
    }
    String json = CoverageExporter.toJson(r);
    assertThat(json).doesNotContain("<").doesNotContain(">");
    String md = CoverageExporter.toMarkdown(r);
    assertThat(md).doesNotContain("<script").doesNotContain("<img");
    golden("hostile.json", json);
    golden("hostile.csv", csv);
    golden("hostile.md", md);
    golden("hostile.html", html);
  }

  @Test
  void corpus_allFormats() throws IOException {
    CorpusMatrix m = CorpusAnalysis.of(MAPPER, "2.0").analyze(
        Stream.of("itako-2023", "nasukarasuyama-2024", "oyama-2021", "utsunomiya-2020", "utsunomiya-2023")
            .map(ExportGoldenTest::seed));
    assertThat(m.rows()).hasSize(5);
    golden("corpus-2.0.csv", CoverageExporter.toCsv(m));
    golden("corpus-2.0.json", CoverageExporter.toJson(m));
    golden("corpus-2.0.html", CoverageExporter.toHtml(m));
  }

  /** Splits one RFC 4180 line (no embedded CRLF is expected in a line passed here). */
  static List<String> cells(String line) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (q) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          q = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        q = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
