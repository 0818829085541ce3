package io.github.dxplan.catalog;

import io.github.dxplan.model.PlanDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dxplan.catalog.CatalogFormatException.Problem;
import io.github.dxplan.model.DxplanException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

  private static NationalCatalog load(String text, String source) {
    return CatalogLoader.load(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source);
  }

  private static List<Problem> problems(String text, String source) {
    return catchThrowableOfType(CatalogFormatException.class, () -> load(text, source)).problems();
  }

  /** A prefecture's own plan, in the same format, with its own codes. */
  static final String TOCHIGI =
      """
      catalogFormat: 1
      version: tochigi-2021
      title: とちぎデジタル戦略
      published:
        date: 2021-03
        verified: true
        source: seed 003 (令和3（2021）年3月に「とちぎデジタル戦略」を策定)
      items:
        - code: TOCHIGI_LIFE
          category: PRIORITY
          order: 1
          title: 暮らしのデジタル化
          description: A placeholder item for the test.
          verified: false
          source: test
          terms: [暮らし, 生活]
          x-note: extensions are ignored
        - code: STANDARDIZATION
          category: PRIORITY
          order: 2
          title: 自治体の情報システムの標準化・共通化
          description: Shared with the national plan.
          verified: false
          source: test
          deadlines:
            - {kind: DUE_BY, due: FY2025, about: migration, verified: false, source: test}
      """;

  @Test
  void load_acceptsAPrefecturePlanAndEverythingDownstreamWorks() {
    NationalCatalog tochigi = load(TOCHIGI, "tochigi.yaml");
    assertThat(tochigi.version()).isEqualTo("tochigi-2021");
    assertThat(tochigi.publishedOn()).isEqualTo(PlanDate.parse("2021-03"));
    assertThat(tochigi.item("TOCHIGI_LIFE").orElseThrow().terms()).containsExactly("暮らし", "生活");
    assertThat(tochigi.item("STANDARDIZATION").orElseThrow().deadlines().get(0).date())
        .isEqualTo(LocalDate.of(2026, 3, 31));

    NationalCatalogs series = NationalCatalogs.builder().add(tochigi).build();
    assertThat(series.codes("latest")).containsExactly("TOCHIGI_LIFE", "STANDARDIZATION");
    CatalogCrosswalk x = CatalogCrosswalk.between(NationalCatalogs.shipped().get("2.0"), tochigi);
    assertThat(x.added()).extracting(NationalItem::code).containsExactly("TOCHIGI_LIFE");
  }

  @Test
  void load_rejectsDuplicateCodeAndBadDeadlineNamingBoth() {
    String text =
        """
        catalogFormat: 1
        version: "3.1"
        title: 自治体DX推進計画（第3.1版）
        published: {date: 2025-03, verified: false, source: vendor}
        items:
          - code: AI_RPA
            category: PRIORITY
            order: 1
            title: 自治体のAI・RPAの利用推進
            description: AI and RPA.
            verified: true
            source: vendor
          - code: AI_RPA
            category: PRIORITY
            order: 2
            title: AIの活用
            description: Again.
            verified: true
            source: vendor
            deadlines:
              - kind: DUE_BY
                due: 2025/03
                about: something
                verified: true
                source: vendor
        """;
    CatalogFormatException e =
        catchThrowableOfType(CatalogFormatException.class, () -> load(text, "vendor-3.1.yaml"));

    assertThat(e).isInstanceOf(DxplanException.class);
    assertThat(e.source()).isEqualTo("vendor-3.1.yaml");
    assertThat(e.problems()).hasSize(2);
    Problem duplicate = e.problems().get(0);
    assertThat(duplicate)
        .isEqualTo(
            new Problem(
                "vendor-3.1.yaml",
                13,
                11,
                "/items/1/code",
                "duplicate code \"AI_RPA\" (first at line 6, column 11)"));
    Problem deadline = e.problems().get(1);
    assertThat(deadline.source()).isEqualTo("vendor-3.1.yaml");
    assertThat(deadline.line()).isEqualTo(22);
    assertThat(deadline.column()).isEqualTo(14);
    assertThat(deadline.pointer()).isEqualTo("/items/1/deadlines/0/due");
    assertThat(deadline.message()).startsWith("cannot read deadline \"2025/03\"");
    assertThat(e.getMessage())
        .contains("vendor-3.1.yaml has 2 problems")
        .contains("vendor-3.1.yaml:13:11 /items/1/code: duplicate code \"AI_RPA\"")
        .contains("vendor-3.1.yaml:22:14 /items/1/deadlines/0/due: cannot read deadline");
  }

  @Test
  void load_reportsEveryKindOfProblemAtOnce() {
    String text =
        """
        catalogFormat: 1
        version: latest
        title: x
        published: {date: 2024-13-01, verified: yes, source: x}
        items:
          - code: lower_case
            category: MANDATORY
            order: 0
            title: x
            description: x
            verified: true
            source: x
          - code: TELEWORK
            category: PRIORITY
            order: 1
            description: no title
            verified: true
            source: x
            colour: blue
          - code: SECURITY
            category: PRIORITY
            order: 1
            title: x
            description: x
            verified: true
            source: x
            deadlines:
              - {kind: SOMETIME, due: FY2025, about: x, verified: true, source: x}
        absorbed:
          - {code: ONLINE_PROCEDURES, into: FRONTYARD, verified: true, source: x}
          - {code: SECURITY, into: TELEWORK, verified: true, source: x}
        """;
    List<String> messages =
        problems(text, "all.yaml").stream().map(Problem::message).collect(java.util.stream.Collectors.toList());
    assertThat(messages)
        .anyMatch(m -> m.contains("version \"latest\" must be one word"))
        .anyMatch(m -> m.contains("cannot read plan date \"2024-13-01\""))
        .anyMatch(m -> m.contains("\"verified\" must be true or false, found the text \"yes\""))
        .anyMatch(m -> m.contains("code \"lower_case\" must be upper-case"))
        .anyMatch(m -> m.contains("unknown category \"MANDATORY\"; known categories: STRUCTURE, PRIORITY, COMPANION, OPTIONAL"))
        .anyMatch(m -> m.contains("order must be 1 or more, found 0"))
        .anyMatch(m -> m.contains("missing required key \"title\""))
        .anyMatch(m -> m.startsWith("unknown key \"colour\""))
        .anyMatch(m -> m.contains("order 1 repeats within PRIORITY (first at line 15, column 12)"))
        .anyMatch(m -> m.contains("unknown deadline kind \"SOMETIME\""))
        .anyMatch(m -> m.contains("\"into\" names \"FRONTYARD\", which is not an item of this version"))
        .anyMatch(m -> m.contains("absorbed code \"SECURITY\" is an item of this version"));
  }

  @Test
  void load_rejectsARepeatedKeyWithBothPlaces() {
    String text =
        """
        catalogFormat: 1
        version: "9"
        title: x
        title: y
        published: {date: 2030, verified: true, source: x}
        items:
          - {code: A, category: PRIORITY, order: 1, title: a, description: a, verified: true, source: x}
        """;
    assertThat(problems(text, "dup.yaml"))
        .containsExactly(
            new Problem("dup.yaml", 4, 1, "/title", "duplicate key \"title\" (first at line 3, column 1)"));
  }

  @Test
  void load_readsJsonWithLocations() {
    String json =
        "{\n"
            + "  \"catalogFormat\": 1,\n"
            + "  \"version\": \"j\",\n"
            + "  \"title\": \"json\",\n"
            + "  \"published\": {\"date\": \"2024\", \"verified\": true, \"source\": \"x\"},\n"
            + "  \"items\": [\n"
            + "    {\"code\": \"A\", \"category\": \"PRIORITY\", \"order\": 1, \"title\": \"a\","
            + " \"description\": \"a\", \"verified\": true, \"source\": \"x\",\n"
            + "     \"deadlines\": [{\"kind\": \"START_BY\", \"due\": \"2026-9\", \"about\": \"a\","
            + " \"verified\": true, \"source\": \"x\"}]}\n"
            + "  ]\n"
            + "}\n";
    List<Problem> problems = problems(json, "c.json");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(8);
    assertThat(problems.get(0).pointer()).isEqualTo("/items/0/deadlines/0/due");
    assertThat(problems.get(0).message()).contains("\"2026-9\"");

    NationalCatalog ok = load(json.replace("2026-9", "2026-09"), "c.json");
    assertThat(ok.item("A").orElseThrow().deadlines().get(0).kind()).isEqualTo(Deadline.Kind.START_BY);
  }

  @Test
  void load_reportsASyntaxErrorWithItsPlace() {
    List<Problem> problems = problems("catalogFormat: 1\nitems: [a, b\nversion: x\n", "broken.yaml");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).startsWith("cannot read the YAML syntax");
    assertThat(problems.get(0).line()).isPositive();
  }

  @Test
  void load_rejectsAnEmptyDocumentAndAnotherFormat() {
    assertThat(problems("", "empty.yaml")).extracting(Problem::message).containsExactly("the document is empty");
    assertThat(problems("catalogFormat: 2\n", "f2.yaml"))
        .extracting(Problem::message)
        .contains("unsupported catalogFormat 2; this version of dxplan reads 1");
  }

  @Test
  void load_keepsAnUnquotedVersionAsWritten() {
    String text =
        """
        catalogFormat: 1
        version: 3.10
        title: x
        published: {date: 2026, verified: false, source: x}
        items:
          - {code: A, category: OPTIONAL, order: 1, title: a, description: a, verified: true, source: x}
        """;
    assertThat(load(text, "v.yaml").version()).isEqualTo("3.10");
  }

  @Test
  void load_readsAFileByPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tochigi.yaml");
    Files.writeString(file, TOCHIGI);
    assertThat(CatalogLoader.load(file).version()).isEqualTo("tochigi-2021");
    assertThat(NationalCatalogs.builder().addFile(file).build().versionNames())
        .containsExactly("tochigi-2021");
  }

  @Test
  void load_missingFileIsADxplanException(@TempDir Path dir) {
    assertThatThrownBy(() -> CatalogLoader.load(dir.resolve("none.yaml")))
        .isInstanceOf(DxplanException.class)
        .hasMessageContaining("none.yaml");
  }
}
