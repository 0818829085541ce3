package io.github.dxplan.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.model.DxPlan;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** KPI figures as the reader takes them: exact, bounded, with digits and commas as people write them. */
@Timeout(15)
class PlanReaderFiguresTest {

  private static String yamlWithTarget(String value) {
    return "title: 計画\npolicies:\n  - title: 方針\n    kpis:\n      - name: 指標\n        target:\n          value: "
        + value
        + "\n          fiscalYear: 2025\n";
  }

  private static String jsonWithTarget(String value) {
    return "{\"title\":\"計画\",\"policies\":[{\"title\":\"方針\",\"kpis\":[{\"name\":\"指標\",\"target\":{\"value\":"
        + value
        + ",\"fiscalYear\":2025}}]}]}";
  }

  private static BigDecimal yamlTarget(String value) {
    DxPlan plan = PlanReader.yaml().readString(yamlWithTarget(value), "plan.yaml");
    return plan.policies().get(0).kpis().get(0).target().value();
  }

  private static PlanFormatException yamlError(String value) {
    try {
      PlanReader.yaml().readString(yamlWithTarget(value), "plan.yaml");
    } catch (PlanFormatException e) {
      return e;
    }
    throw new AssertionError("expected a PlanFormatException for " + value);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1e999999999", "1e-999999999", "\"1e999999999\"", "\"1e-999999999\"", "1e100000000",
        "10e2147483647", "1e2147483648", "1e-2147483649", "\"1e99999999999999999999\"", "1e101", "1e-101"
      })
  void read_refusesFiguresBeyondTheBounds_withALocatedShortError(String value) {
    PlanFormatException e = yamlError(value);
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.pointer()).isEqualTo("/policies/0/kpis/0/target/value");
    assertThat(e.problem()).contains("out of range").hasSizeLessThan(300);
  }

  @Test
  void read_refusesAHugeExponentInJsonToo() {
    assertThatThrownBy(() -> PlanReader.json().readString(jsonWithTarget("1e999999999"), "plan.json"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("out of range")
        .hasMessageContaining("/policies/0/kpis/0/target/value");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1e99|1E+99",
        "1e-100|1E-100",
        "19.0|19.0",
        "\"1,234\"|1234",
        "\"12,345.6\"|12345.6",
        "\"1,234,567\"|1234567",
        "\"１，２３４．５\"|1234.5",
        "\"−5\"|-5",
        "\"－5\"|-5",
        "-5|-5",
        "0|0",
      })
  void read_acceptsFiguresAsWritten(String value, String expected) {
    assertThat(yamlTarget(value)).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\"1,5\"", "\"0,5\"", "\"1,2,3,4\"", "\"12,34\"", "\"1,2345\"", "\",123\"", "\"1,234,5\""})
  void read_refusesCommasOutsideThousandsGroups(String value) {
    assertThat(yamlError(value).problem()).contains("a comma may only group thousands");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\"٥٠\"", "\"⑤\"", "\"²\"", "\"५\"", "\"Ⅴ\"", "\"1⁰\""})
  void read_refusesDigitsThatAreNotAsciiOrFullWidth(String value) {
    assertThat(yamlError(value).problem()).contains("is not a digit that is read");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"-0", "-0.0", "\"-0\"", "-0e5"})
  void read_refusesNegativeZeroRatherThanDroppingItsSign(String value) {
    assertThat(yamlError(value).problem()).contains("negative zero");
  }

  @Test
  void read_ofAFigureWithAMillionMarks_endsQuicklyWithoutEchoingIt() {
    String value = "\"10" + "\u0301\u0316".repeat(500_000) + "\"";
    PlanFormatException e = yamlError(value);
    assertThat(e.getMessage()).hasSizeLessThan(1200);
  }

  @Test
  void read_namesBinaryDataInsteadOfAJacksonTokenName() {
    assertThatThrownBy(() -> PlanReader.yaml().readString("title: !!binary 5pys5paH\npolicies: []\n", "plan.yaml"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("!!binary")
        .hasMessageNotContaining("VALUE_EMBEDDED_OBJECT");
  }

  @Test
  void read_explainsAYamlKeyOverTheLimitOfAPlainKey() {
    String yaml = "title: 計画\npolicies:\n  - title: 方針\n    " + "k".repeat(1025) + ": 1\n";
    assertThatThrownBy(() -> PlanReader.yaml().readString(yaml, "plan.yaml"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("1024 characters")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1200));
  }

  @Test
  void read_ofAJsonKeyOfSixtyThousandCharacters_saysUnknownKeyWithItsTrueLength() {
    String json = "{\"title\": \"計画\", \"policies\": [{\"title\": \"方針\", \"" + "k".repeat(60_000) + "\": 1}]}";
    assertThatThrownBy(() -> PlanReader.json().readString(json, "plan.json"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("unknown key")
        .hasMessageNotContaining("50000")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1200));
  }
}
