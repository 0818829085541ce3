package io.github.dxplan.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.dxplan.examples.SeedPlans;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.format.DxplanModule;
import io.github.dxplan.model.format.PlanFormatException;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.model.format.PlanWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class DxplanJackson2ModuleTest {
  private final ObjectMapper jackson2 = new ObjectMapper().registerModule(new DxplanJackson2Module());
  private final JsonMapper jackson3 = JsonMapper.builder().addModule(new DxplanModule()).build();

  private static DxPlan itako() {
    return SeedPlans.load("itako-2023");
  }

  @Test
  void write_givesTheSameBytesAsTheJackson3Module() throws IOException {
    DxPlan plan = itako();
    assertThat(jackson2.writeValueAsString(plan)).isEqualTo(jackson3.writeValueAsString(plan));
  }

  @Test
  void write_followsTheUsersPrettyPrinter() throws IOException {
    DxPlan plan = itako();
    String pretty = jackson2.writerWithDefaultPrettyPrinter().writeValueAsString(plan);
    assertThat(pretty).contains("\n  \"schemaVersion\" : 2,\n");
    assertThat(PlanReader.json().readString(pretty, "pretty.json")).isEqualTo(plan);
  }

  @Test
  void read_roundTripsThePlan() throws IOException {
    DxPlan plan = itako();
    assertThat(jackson2.readValue(jackson2.writeValueAsBytes(plan), DxPlan.class)).isEqualTo(plan);
    assertThat(jackson2.readValue(PlanWriter.json().write(plan), DxPlan.class)).isEqualTo(plan);
  }

  @Test
  void read_insideTheUsersOwnType() throws IOException {
    DxPlan plan = itako();
    String body = "{\"plans\":[" + jackson2.writeValueAsString(plan) + "]}";
    Map<String, List<DxPlan>> read = jackson2.readValue(body, new TypeReference<Map<String, List<DxPlan>>>() {});
    assertThat(read.get("plans")).containsExactly(plan);
  }

  /** Each document read from text and from bytes, by both modules: the same message, line and column. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"title\":\"計画\",\n  \"polices\":[]}",
      "{\"title\":\"計画\",\n \"period\":{\"from\":\"令和0年度\",\"to\":2025}}",
      "{\"title\":\"計画\",\"title\":\"別\"}",
      "{\"title\":\"計画\",\n  \"policies\":[{\"title\":\"基本方針1\"},\n    {\"title\":\"二\",\"measures\":[{\"titel\":\"x\"}]}]}",
      "{\"title\":\"計画\",\"policies\":[{\"title\":",
      "{\"title\":\"計画\",\"policies\":[{\"title\" 1}]}",
      "{\"title\":\"\\ud800\"}",
      "[]"})
  void read_badPlan_failsAsAJacksonExceptionLocatedLikeTheJackson3Module(String json) {
    for (boolean bytes : new boolean[] {false, true}) {
      JacksonException three = catchThrowable3(json, bytes);
      assertThatThrownBy(() -> {
            if (bytes) {
              jackson2.readValue(json.getBytes(StandardCharsets.UTF_8), DxPlan.class);
            } else {
              jackson2.readValue(json, DxPlan.class);
            }
          })
          .as("%s (bytes: %s)", json, bytes)
          .isInstanceOfSatisfying(JsonParseException.class, e -> {
            assertThat(e.getCause()).isInstanceOf(PlanFormatException.class);
            PlanFormatException cause = (PlanFormatException) e.getCause();
            assertThat(e.getLocation().getLineNr()).isEqualTo(three.getLocation().getLineNr()).isEqualTo(cause.line());
            assertThat(e.getLocation().getColumnNr()).isEqualTo(three.getLocation().getColumnNr());
            if (!cause.problem().startsWith("malformed input") && !cause.problem().startsWith("the document ends")) {
              // Syntax errors are worded by each Jackson's own parser; everything else is the reader's.
              assertThat(e.getOriginalMessage()).isEqualTo(three.getOriginalMessage());
            } else {
              assertThat(e.getOriginalMessage()).startsWith(three.getOriginalMessage().substring(0, three.getOriginalMessage().indexOf(": ") + 2));
            }
          });
    }
  }

  private JacksonException catchThrowable3(String json, boolean bytes) {
    try {
      if (bytes) {
        jackson3.readValue(json.getBytes(StandardCharsets.UTF_8), DxPlan.class);
      } else {
        jackson3.readValue(json, DxPlan.class);
      }
    } catch (JacksonException e) {
      return e;
    }
    throw new AssertionError("the Jackson 3 module accepted " + json);
  }

  @Test
  void read_badPlan_messageNamesLineColumnAndPointer() {
    assertThatThrownBy(() -> jackson2.readValue("{\"title\":\"t\",\n \"period\":{\"from\":\"令和0年度\",\"to\":2025}}", DxPlan.class))
        .isInstanceOfSatisfying(JsonParseException.class, e -> assertThat(e.getOriginalMessage())
            .startsWith("<input>:2:")
            .contains("令和0年度")
            .endsWith("(at /period/from)"));
  }

  @Test
  void scalars_readAndWriteAsInTheJackson3Module() throws IOException {
    Map<String, Object> values = Map.of(
        "fy", FiscalYear.of(2024),
        "code", LocalGovernmentCode.parse("08223"),
        "date", PlanDate.parse("2024-03"),
        "range", new FiscalYearRange(FiscalYear.of(2023), FiscalYear.of(2027)));
    assertThat(jackson2.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(values))
        .isEqualTo(jackson3.writer().with(tools.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .writeValueAsString(values));
    assertThat(jackson2.readValue("\"令和6年度\"", FiscalYear.class)).isEqualTo(FiscalYear.of(2024));
    assertThat(jackson2.readValue("{\"from\":\"R5\",\"to\":2027}", FiscalYearRange.class))
        .isEqualTo(new FiscalYearRange(FiscalYear.of(2023), FiscalYear.of(2027)));
    assertThat(jackson2.readValue("\"08223\"", LocalGovernmentCode.class)).isEqualTo(LocalGovernmentCode.parse("082236"));
    assertThatThrownBy(() -> jackson2.readValue("\"令和0年度\"", FiscalYear.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("令和0年度");
    assertThatThrownBy(() -> jackson2.readValue("{\"from\":2023,\"until\":2027}", FiscalYearRange.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("until");
  }

  @Test
  void findAndRegisterModules_findsTheModuleThroughItsServiceFile() {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains("dxplan-jackson2");
  }
}
