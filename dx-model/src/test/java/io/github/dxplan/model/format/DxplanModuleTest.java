package io.github.dxplan.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.LocalGovernmentCode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class DxplanModuleTest {
  private final JsonMapper mapper = JsonMapper.builder().addModule(new DxplanModule()).build();

  @Test
  void userMapper_readsAndWritesAPlanLikeTheReaderAndWriter() {
    String json = "{\"title\":\"計画\",\"period\":{\"from\":\"R5\",\"to\":2025},\"policies\":[{\"title\":\"基本方針1\"}]}";
    DxPlan plan = mapper.readValue(json, DxPlan.class);
    assertThat(plan).isEqualTo(PlanReader.json().readString(json, "x.json"));
    String written = mapper.writeValueAsString(plan);
    assertThat(PlanReader.json().readString(written, "back.json")).isEqualTo(plan);
  }

  @Test
  void userMapper_handlesTheScalarsInsideItsOwnTypes() {
    @SuppressWarnings("unchecked")
    Map<String, Object> back =
        mapper.readValue(mapper.writeValueAsString(Map.of("fy", FiscalYear.of(2024), "code", LocalGovernmentCode.parse("08223"))), Map.class);
    assertThat(back).containsEntry("fy", 2024).containsEntry("code", "082236");
    assertThat(mapper.readValue("\"令和6年度\"", FiscalYear.class)).isEqualTo(FiscalYear.of(2024));
    assertThatThrownBy(() -> mapper.readValue("\"令和0年度\"", FiscalYear.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("令和0年度");
  }

  @Test
  void userMapper_reportsPlanErrorsAsJacksonExceptionsWithTheReadersLocatedMessage() {
    String json = "{\"title\":\"t\",\n \"polices\":[]}";
    PlanFormatException expected = catchPlanFormat(json);
    assertThatThrownBy(() -> mapper.readValue(json, DxPlan.class))
        .isInstanceOfSatisfying(StreamReadException.class, e -> {
          assertThat(e.getOriginalMessage()).isEqualTo(expected.getMessage());
          assertThat(e.getOriginalMessage()).contains("did you mean \"policies\"").contains("(at /polices)");
          assertThat(e.getLocation().getLineNr()).isEqualTo(expected.line()).isEqualTo(2);
          assertThat(e.getLocation().getColumnNr()).isEqualTo(expected.column());
          assertThat(e.getCause()).isInstanceOfSatisfying(PlanFormatException.class,
              c -> assertThat(c.pointer()).isEqualTo("/polices"));
        });
  }

  @Test
  void userMapper_reportsBadFiscalYearAndTruncatedJsonAsJacksonExceptions() {
    for (String json : new String[] {
        "{\"title\":\"t\",\"period\":{\"from\":\"令和0年度\",\"to\":2025}}",
        "{\"title\":\"t\",\"policies\":[{\"title\":",
        "{\"title\":\"t\",\"title\":\"u\"}"}) {
      PlanFormatException expected = catchPlanFormat(json);
      assertThatThrownBy(() -> mapper.readValue(json, DxPlan.class))
          .as(json)
          .isInstanceOfSatisfying(JacksonException.class, e -> {
            assertThat(e.getOriginalMessage()).isEqualTo(expected.getMessage());
            assertThat(e.getLocation().getLineNr()).isEqualTo(expected.line());
          });
    }
  }

  @Test
  void planReader_keepsThrowingPlanFormatException() {
    assertThatThrownBy(() -> PlanReader.json().readString("{\"title\":\"t\",\"polices\":[]}", "x.json"))
        .isExactlyInstanceOf(PlanFormatException.class);
  }

  @Test
  void findAndAddModules_findsTheModuleThroughItsServiceFile() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules()).anySatisfy(m -> assertThat(m).isInstanceOf(DxplanModule.class));
    DxPlan plan = found.readValue("{\"title\":\"計画\",\"period\":{\"from\":\"R5\",\"to\":2025}}", DxPlan.class);
    assertThat(plan.period().from()).isEqualTo(FiscalYear.of(2023));
  }

  private static PlanFormatException catchPlanFormat(String json) {
    try {
      PlanReader.json().readString(json, "<input>");
    } catch (PlanFormatException e) {
      return e;
    }
    throw new AssertionError("the reader accepted " + json);
  }
}
