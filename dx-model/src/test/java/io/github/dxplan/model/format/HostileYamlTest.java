package io.github.dxplan.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.InvalidValueException;
import io.github.dxplan.model.PlanDate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** YAML tags, !!null with text, and values the writer could write but the reader could not read back. */
class HostileYamlTest {

  private static PlanFormatException yamlError(String yaml) {
    try {
      PlanReader.yaml().readString(yaml, "plan.yaml");
    } catch (PlanFormatException e) {
      return e;
    }
    throw new AssertionError("expected a PlanFormatException for:\n" + yaml);
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!java.lang.ProcessBuilder x", "!!python/object:foo x", "!!timestamp 2024-01-01", "!!set x"})
  void read_refusesTagsOtherThanYamlsOwnTypes(String value) {
    PlanFormatException e = yamlError("title: " + value + "\npolicies:\n  - title: 方針\n");
    assertThat(e.problem()).contains("YAML type tags");
    assertThat(e.pointer()).isEqualTo("/title");
  }

  @Test
  void read_refusesATagOnAListToo() {
    assertThat(yamlError("title: 計画\npolicies: !!java.util.ArrayList []\n").problem()).contains("YAML type tags");
  }

  @Test
  void read_acceptsYamlsStandardTags() {
    DxPlan plan = PlanReader.yaml().readString("title: !!str 計画\npolicies: !!seq\n  - !!map {title: 方針}\n", "plan.yaml");
    assertThat(plan.title()).isEqualTo("計画");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!foo 2023-2025", "!!java.lang.Object 2023-2025"})
  void read_checksTheTagOfAPeriodWrittenAsText(String value) {
    PlanFormatException e = yamlError("title: 計画\nperiod: " + value + "\npolicies:\n  - title: 方針\n");
    assertThat(e.problem()).contains("YAML type tags");
    assertThat(e.pointer()).isEqualTo("/period");
  }

  @Test
  void read_refusesANullTagOnText_ratherThanDroppingTheKey() {
    PlanFormatException e = yamlError("title: 計画\ndescription: !!null 大切な説明\npolicies:\n  - title: 方針\n");
    assertThat(e.problem()).contains("!!null").contains("大切な説明");
    assertThat(e.pointer()).isEqualTo("/description");
  }

  @Test
  void read_refusesTheEndOfTheLastFiscalYear_whichCouldNotBeReadBack() {
    assertThatThrownBy(() -> PlanDate.parse("2999年度末"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("after the last supported year 2999");
    assertThat(PlanDate.parse("2998年度末")).hasToString("2999-03-31");
  }

  @Test
  void write_refusesAFigureTheReaderWouldRefuse() {
    for (String figure : new String[] {"10e2147483647", "1" + "0".repeat(100), "0." + "1".repeat(101)}) {
      var kpi = new io.github.dxplan.model.Kpi("k", "指標", "件", null, null,
          new io.github.dxplan.model.Target(new BigDecimal(figure), io.github.dxplan.model.FiscalYear.of(2025), null, null),
          java.util.List.of(), null);
      var policy = new io.github.dxplan.model.BasicPolicy(null, null, "方針", null, java.util.List.of(), java.util.List.of(),
          java.util.List.of(kpi), java.util.List.of(), java.util.List.of());
      DxPlan bad = DxPlan.of("計画", java.util.List.of(policy));
      for (PlanWriter w : new PlanWriter[] {PlanWriter.yaml(), PlanWriter.json()}) {
        assertThatThrownBy(() -> w.write(bad)).as(figure).isInstanceOf(InvalidValueException.class)
            .hasMessageContaining("cannot write the figure");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"~", "Null", "NULL", "null", ""})
  void read_takesYamlsNullFormsAsNull_whenPlain(String value) {
    DxPlan plan = PlanReader.yaml().readString("title: 計画\ndescription: " + value + "\npolicies:\n  - title: 方針\n", "plan.yaml");
    assertThat(plan.description()).isNull();
    assertThat(yamlError("title: " + value + "\npolicies:\n  - title: 方針\n").problem()).contains("needs a title");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"~\"", "'Null'", "\"NULL\"", "\"\"", "!!str ~"})
  void read_keepsQuotedNullWordsAsText(String value) {
    DxPlan plan = PlanReader.yaml().readString("title: 計画\ndescription: " + value + "\npolicies:\n  - title: 方針\n", "plan.yaml");
    assertThat(plan.description()).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"  -\n", "  - ~\n", "  - NULL\n"})
  void read_refusesANullListElement_asTheDocsSay(String element) {
    PlanFormatException e = yamlError("title: 計画\nnotes:\n" + element + "policies:\n  - title: 方針\n");
    assertThat(e.problem()).contains("a list element must not be null");
    assertThat(e.pointer()).isEqualTo("/notes/0");
  }
}
