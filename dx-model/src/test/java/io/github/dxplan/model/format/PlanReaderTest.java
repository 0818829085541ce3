package io.github.dxplan.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.model.Comparison;
import io.github.dxplan.model.Direction;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.Kpi;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PlanReaderTest {

  private static final String MINIMAL_YAML =
      "title: 最小の計画\npolicies:\n  - title: 基本方針1\n    measures:\n      - title: 施策\n        initiatives:\n          - title: 取組\n            description: 説明\n";

  private static PlanFormatException yamlError(String yaml) {
    try {
      PlanReader.yaml().readString(yaml, "plan.yaml");
    } catch (PlanFormatException e) {
      return e;
    }
    throw new AssertionError("expected a PlanFormatException for:\n" + yaml);
  }

  private static PlanFormatException jsonError(String json) {
    try {
      PlanReader.json().readString(json, "plan.json");
    } catch (PlanFormatException e) {
      return e;
    }
    throw new AssertionError("expected a PlanFormatException for:\n" + json);
  }

  @Nested
  class Reading {
    @Test
    void read_acceptsAMinimalPlanWithOnlyTitles() {
      DxPlan plan = PlanReader.yaml().readString(MINIMAL_YAML, "min.yaml");
      assertThat(plan.title()).isEqualTo("最小の計画");
      assertThat(plan.schemaVersion()).isEqualTo(DxPlan.SCHEMA_VERSION);
      assertThat(plan.policies().get(0).measures().get(0).initiatives().get(0).description()).isEqualTo("説明");
      assertThat(plan.period()).isNull();
      assertThat(plan.policies().get(0).nationalItems()).isEmpty();
    }

    @Test
    void read_acceptsFiscalYearsInTheFormsCitiesWrite() {
      DxPlan plan =
          PlanReader.yaml()
              .readString("title: t\nperiod: {from: 令和6（2024）年度, to: Ｒ１０}\npolicies: []\n", "p.yaml");
      assertThat(plan.period().from()).isEqualTo(FiscalYear.of(2024));
      assertThat(plan.period().to()).isEqualTo(FiscalYear.of(2028));
    }

    @Test
    void read_keepsDecimalsExactlyAsWritten() {
      String yaml =
          "title: t\npolicies:\n  - title: p\n    kpis:\n      - name: 利用率\n        unit: \"%\"\n        baseline: {value: 19.0, fiscalYear: 2023}\n        target: {value: 40, fiscalYear: R10, comparator: LESS_THAN, asWritten: 40人未満}\n";
      Kpi kpi = PlanReader.yaml().readString(yaml, "p.yaml").policies().get(0).kpis().get(0);
      assertThat(kpi.baseline().value().toString()).isEqualTo("19.0");
      assertThat(kpi.target().comparator()).isEqualTo(Comparison.LESS_THAN);
      assertThat(kpi.effectiveDirection()).contains(Direction.DECREASE);
    }

    @Test
    void read_keepsTheLeadingZeroOfAnUnquotedYamlCode() {
      // YAML reads 082236 as text (a leading zero is not a YAML 1.2 integer), so the zero stays.
      DxPlan plan = PlanReader.yaml().readString("title: t\nmunicipality: {code: 082236}\npolicies: []\n", "p.yaml");
      assertThat(plan.municipality().code().toString()).isEqualTo("082236");
    }

    @Test
    void read_refusesACodeWrittenAsANumberWithAHintToQuoteIt() {
      assertThatThrownBy(
              () -> PlanReader.json().readString("{\"title\": \"t\", \"municipality\": {\"code\": 82236}}", "p.json"))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("quote it, \"82236\"")
          .hasMessageContaining("/municipality/code");
    }

    @Test
    void read_acceptsAUtf8ByteOrderMark() {
      byte[] body = ("\uFEFF" + MINIMAL_YAML).getBytes(StandardCharsets.UTF_8);
      assertThat(PlanReader.yaml().read(body, "bom.yaml").title()).isEqualTo("最小の計画");
      byte[] json = "\uFEFF{\"title\":\"t\",\"policies\":[]}".getBytes(StandardCharsets.UTF_8);
      assertThat(PlanReader.json().read(json, "bom.json").title()).isEqualTo("t");
    }

    @Test
    void read_acceptsDepartmentsAsAPlainList() {
      String yaml = "title: t\npolicies:\n  - title: p\n    measures:\n      - title: m\n        departments: [総務課, 市民課]\n";
      DxPlan plan = PlanReader.yaml().readString(yaml, "p.yaml");
      assertThat(plan.policies().get(0).measures().get(0).departments().responsible()).containsExactly("総務課", "市民課");
    }

    @Test
    void read_keepsCharactersOutsideTheBmpAcrossTheYamlEngineBuffer() {
      // 𠮷 is a surrogate pair; place one on every offset around the engine's 1024-character buffer.
      for (int pad = 1000; pad < 1030; pad++) {
        String title = "あ".repeat(pad - 7) + "𠮷野家";
        DxPlan plan = PlanReader.yaml().readString("title: " + title + "\nnotes: [x]\n", "bmp.yaml");
        assertThat(plan.title()).isEqualTo(title);
      }
    }

    @Test
    void detect_prefersTheExtensionThenTheFirstCharacter() {
      assertThat(PlanFormat.detect("plan.yml", "{\"title\": \"t\"}")).isEqualTo(PlanFormat.YAML);
      assertThat(PlanFormat.detect("stdin", "\uFEFF  \n {\"title\": \"t\"}")).isEqualTo(PlanFormat.JSON);
      assertThat(PlanFormat.detect("stdin", "title: t")).isEqualTo(PlanFormat.YAML);
      assertThat(PlanFormat.detect("stdin", "")).isEqualTo(PlanFormat.YAML);
    }

    @Test
    void auto_picksTheSyntaxByExtensionOrContent() {
      assertThat(PlanReader.auto().readString("{\"title\":\"t\"}", "stdin").title()).isEqualTo("t");
      assertThat(PlanReader.auto().readString("title: t\n", "stdin").title()).isEqualTo("t");
      assertThat(
              PlanReader.auto()
                  .read(new ByteArrayInputStream("title: y\n".getBytes(StandardCharsets.UTF_8)), "x.yml")
                  .title())
          .isEqualTo("y");
    }
  }

  @Nested
  class Errors {
    @Test
    void unknownKey_isRejectedWithItsLocationAndTheKnownKeys() {
      PlanFormatException e = yamlError("title: t\npolicies:\n  - title: p\n    titel: typo\n");
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.column()).isEqualTo(5);
      assertThat(e.pointer()).isEqualTo("/policies/0/titel");
      assertThat(e.problem()).contains("unknown key \"titel\"").contains("did you mean \"title\"");
      assertThat(e.getMessage()).startsWith("plan.yaml:4:5: ");
    }

    @Test
    void duplicateKey_isAnErrorInYamlAndJson() {
      PlanFormatException y = yamlError("title: a\ntitle: b\n");
      assertThat(y.problem()).contains("duplicate key \"title\"");
      assertThat(y.line()).isEqualTo(2);
      PlanFormatException j = jsonError("{\"title\":\"a\",\n\"policies\":[{\"title\":\"p\",\"id\":\"x\",\"id\":\"y\"}]}");
      assertThat(j.pointer()).isEqualTo("/policies/0/id");
      assertThat(j.line()).isEqualTo(2);
    }

    @Test
    void truncatedJson_namesTheEndOfInput() {
      PlanFormatException e = jsonError("{\"title\": \"t\", \"policies\": [{\"title\": \"p\"");
      assertThat(e.problem()).contains("truncated");
      assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void truncatedYaml_isReportedNotDropped() {
      PlanFormatException e = yamlError("title: t\npolicies:\n  - title: \"unterminated\n");
      assertThat(e.getMessage()).contains("plan.yaml:");
    }

    @Test
    void wrongType_namesWhatWasExpected() {
      PlanFormatException e = yamlError("title: t\npolicies:\n  - title: p\n    measures: 施策\n");
      assertThat(e.pointer()).isEqualTo("/policies/0/measures");
      assertThat(e.problem()).contains("expected a list, found text");
    }

    @Test
    void badFiscalYear_carriesTheValueMessageAndLocation() {
      PlanFormatException e = yamlError("title: t\nperiod:\n  from: 令和0年度\n  to: 2025\n");
      assertThat(e.pointer()).isEqualTo("/period/from");
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.problem()).contains("令和0年度");
      assertThat(e.getCause()).isNotNull();
    }

    @Test
    void badCheckDigit_givesTheCorrectCode() {
      PlanFormatException e = yamlError("title: t\nmunicipality:\n  code: \"092012\"\n");
      assertThat(e.pointer()).isEqualTo("/municipality/code");
      assertThat(e.problem()).contains("092011");
    }

    @Test
    void invalidUtf8_isRejectedWithItsPosition() {
      byte[] bytes = "title: 計画\npolicies: []\n".getBytes(StandardCharsets.UTF_8);
      byte[] broken = new byte[bytes.length + 1];
      System.arraycopy(bytes, 0, broken, 0, 13);
      broken[13] = (byte) 0xFF;
      System.arraycopy(bytes, 13, broken, 14, bytes.length - 13);
      assertThatThrownBy(() -> PlanReader.yaml().read(broken, "bad.yaml"))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("invalid UTF-8")
          .hasMessageContaining("byte offset 13")
          .hasMessageStartingWith("bad.yaml:1:10:");
    }

    @Test
    void controlCharacterInYaml_isNamedAtItsOwnLineAndColumn() {
      PlanFormatException e = yamlError("title: 計画\npolicies:\n  - title: a\u0000b\n");
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).isEqualTo(13);
      assertThat(e.problem()).startsWith("U+0000 (a control character) is not allowed in YAML");
      // Tabs, line breaks and NEL are YAML's own; they read as before.
      assertThat(PlanReader.yaml().readString("title:\t\"計画\u0085\"\r\n", "plan.yaml").title()).isEqualTo("計画\u0085");
    }

    @Test
    void byteOrderMarkOnly_isAnEmptyDocumentAtLineOneColumnOne() {
      for (String name : new String[] {"bom.json", "bom.yaml"}) {
        PlanFormatException e = org.junit.jupiter.api.Assertions.assertThrows(PlanFormatException.class,
            () -> PlanReader.auto().read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, name));
        assertThat(e).hasMessageStartingWith(name + ":1:1: the document is empty");
      }
    }

    @Test
    void escapedLoneSurrogate_isRejectedAtItsString_inJsonBytesJsonTextAndYaml() {
      String json = "{\"title\": \"t\",\n \"policies\": [{\"title\": \"a\\ud800b\"}]}";
      PlanFormatException fromBytes = org.junit.jupiter.api.Assertions.assertThrows(PlanFormatException.class,
          () -> PlanReader.json().read(json.getBytes(StandardCharsets.UTF_8), "plan.json"));
      for (PlanFormatException e : new PlanFormatException[] {fromBytes, jsonError(json)}) {
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.pointer()).isEqualTo("/policies/0/title");
        assertThat(e.problem()).startsWith("the text holds \\uD800, half of a UTF-16 surrogate pair");
      }
      PlanFormatException yaml = yamlError("title: t\npolicies:\n  - title: \"x\\uDC00\"\n");
      assertThat(yaml.line()).isEqualTo(3);
      assertThat(yaml.pointer()).isEqualTo("/policies/0/title");
      assertThat(yaml.problem()).contains("\\uDC00");
    }

    @Test
    void escapedSurrogatePair_isReadAsTheCharacterItMakes() {
      DxPlan plan = PlanReader.json().readString("{\"title\": \"\\ud83d\\ude00 C:\\\\ud800\"}", "plan.json");
      assertThat(plan.title()).isEqualTo("\uD83D\uDE00 C:\\ud800");
    }

    @Test
    void invalidUtf8InJson_isRejectedWithItsPosition() {
      byte[] bytes = "{\"title\": \"計画\",\n\"policies\": []}\n".getBytes(StandardCharsets.UTF_8);
      for (int at : new int[] {3, 11, 14}) { // in a key, before 計, between 計 and 画
        byte[] broken = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, broken, 0, at);
        broken[at] = (byte) 0xFF;
        System.arraycopy(bytes, at, broken, at + 1, bytes.length - at);
        assertThatThrownBy(() -> PlanReader.json().read(broken, "bad.json"))
            .isInstanceOf(PlanFormatException.class)
            .hasMessageContaining("invalid UTF-8")
            .hasMessageContaining("byte offset " + at)
            .hasMessageStartingWith("bad.json:1:");
      }
      // Overlong forms and encoded surrogates are not UTF-8 either, though a lenient decoder takes them.
      for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}}) {
        byte[] doc = new byte[bad.length + 13];
        byte[] head = "{\"title\": \"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, doc, 0, head.length);
        System.arraycopy(bad, 0, doc, head.length, bad.length);
        doc[head.length + bad.length] = '"';
        doc[head.length + bad.length + 1] = '}';
        assertThatThrownBy(() -> PlanReader.json().read(doc, "bad.json"))
            .isInstanceOf(PlanFormatException.class)
            .hasMessageContaining("invalid UTF-8")
            .hasMessageContaining("byte offset " + head.length);
      }
    }

    @Test
    void jsonErrorsFromBytes_countColumnsInCharsAsForText() {
      String[] docs = {
        "{\"title\": \"計画\", \"titel\": \"x\"}",
        "{\"title\": \"計画\",\n  \"policies\": [{\"title\": \"施策😀\", \"measures\": 1}]}",
        "{\"title\": \"計画\", \"period\": {\"from\": \"令和0年度\", \"to\": 2025}}",
        "{\"title\": \"計画\", \"policies\": [{\"title\": \"施策\"} x]}",
        "{\"title\": \"計画\",\r\n \"policies\": [{\"title\": \"ｐ\"}, ]}",
        "{\"title\": \"計画\", \"policies\": [{\"title\": \"施策\"",
      };
      for (String doc : docs) {
        PlanFormatException text = jsonError(doc);
        PlanFormatException bytes = null;
        try {
          PlanReader.json().read(doc.getBytes(StandardCharsets.UTF_8), "plan.json");
        } catch (PlanFormatException e) {
          bytes = e;
        }
        assertThat(bytes).as(doc).isNotNull();
        assertThat(bytes.getMessage()).as(doc).isEqualTo(text.getMessage());
      }
    }

    @Test
    void missingTitle_isNamed() {
      PlanFormatException e = yamlError("policies:\n  - title: p\n");
      assertThat(e.problem()).contains("title").contains("missing");
    }

    @Test
    void nullListElement_isRejected() {
      PlanFormatException e = yamlError("title: t\npolicies:\n  -\n");
      assertThat(e.pointer()).isEqualTo("/policies/0");
    }

    @Test
    void secondYamlDocument_isRejected() {
      PlanFormatException e = yamlError("title: a\n---\ntitle: b\n");
      assertThat(e.problem()).contains("exactly one plan");
    }

    @Test
    void emptyDocument_isRejected() {
      assertThat(yamlError("").problem()).contains("empty");
      assertThat(jsonError("   ").problem()).contains("empty");
    }

    @Test
    void futureSchemaVersion_isRejected() {
      assertThat(yamlError("schemaVersion: 3\ntitle: t\n").problem()).contains("unsupported schemaVersion 3");
    }

    @Test
    void unknownEnumValue_listsTheAcceptedOnes() {
      PlanFormatException e =
          yamlError("title: t\npolicies:\n  - title: p\n    kpis:\n      - name: k\n        direction: increase\n");
      assertThat(e.problem()).contains("did you mean INCREASE").contains("MAINTAIN");
    }
  }

  @Nested
  class Limits {
    @Test
    void documentSize_isLimited() {
      PlanReader reader = PlanReader.yaml().withLimits(ReadLimits.DEFAULTS.withMaxDocumentBytes(100));
      String big = "title: " + "あ".repeat(100) + "\n";
      assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), "big.yaml"))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("larger than the limit of 100 bytes");
    }

    @Test
    void stringLength_isLimited() {
      PlanReader reader = PlanReader.json().withLimits(ReadLimits.DEFAULTS.withMaxStringLength(10));
      assertThatThrownBy(() -> reader.readString("{\"title\": \"" + "x".repeat(50) + "\"}", "s.json"))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("s.json:1:");
    }

    @Test
    void numberLength_isLimited() {
      PlanReader reader = PlanReader.json().withLimits(ReadLimits.DEFAULTS.withMaxNumberLength(20));
      String json =
          "{\"title\":\"t\",\"policies\":[{\"title\":\"p\",\"kpis\":[{\"name\":\"k\",\"baseline\":{\"value\":"
              + "1".repeat(50)
              + "}}]}]}";
      assertThatThrownBy(() -> reader.readString(json, "n.json")).isInstanceOf(PlanFormatException.class);
    }

    @Test
    void nesting_isLimited() {
      PlanReader reader = PlanReader.json().withLimits(ReadLimits.DEFAULTS.withMaxNestingDepth(3));
      String json = "{\"title\":\"t\",\"policies\":[{\"title\":\"p\",\"measures\":[{\"title\":\"m\"}]}]}";
      assertThatThrownBy(() -> reader.readString(json, "d.json"))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("nesting");
    }

    @Test
    void deeplyNestedGarbage_failsFastWithoutStackOverflow() {
      String json = "{\"title\":\"t\",\"notes\":" + "[".repeat(100_000);
      assertThatThrownBy(() -> PlanReader.json().readString(json, "deep.json"))
          .isInstanceOf(PlanFormatException.class);
    }

    @Test
    @Timeout(5)
    void billionLaughs_failsFastAtTheFirstAlias() {
      StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
      char prev = 'a';
      for (char c = 'b'; c <= 'j'; c++) {
        yaml.append(c).append(": &").append(c).append(" [");
        for (int i = 0; i < 9; i++) {
          yaml.append(i == 0 ? "" : ",").append('*').append(prev);
        }
        yaml.append("]\n");
        prev = c;
      }
      String doc = "title: t\nnotes: " + "*a\n";
      assertThat(yamlError(doc).getMessage()).isNotEmpty();
      String laughs = "title: t\nnotes:\n  - &x lol\n  - *x\n";
      PlanFormatException e = yamlError(laughs);
      assertThat(e.problem()).contains("aliases");
      assertThat(e.pointer()).isEqualTo("/notes/1");
      String bomb = yaml.toString().replace("a: &a", "title: &a").replaceFirst("\nb:", "\nnotes:");
      assertThat(yamlError(bomb).getMessage()).isNotEmpty();
      assertThat(Duration.ZERO).isNotNull();
    }

    @Test
    void yamlTypeTags_areNeverInstantiated() {
      PlanFormatException e = yamlError("title: !!java.lang.ProcessBuilder [\"calc\"]\n");
      assertThat(e.getMessage()).isNotEmpty();
      PlanFormatException local = yamlError("title: !custom 計画\n");
      assertThat(local.problem()).contains("type tags");
    }
  }
}
