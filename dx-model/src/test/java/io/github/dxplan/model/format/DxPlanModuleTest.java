package io.github.dxplan.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.LocalGovernmentCode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class DxPlanModuleTest {
  private final JsonMapper mapper = JsonMapper.builder().addModule(new DxPlanModule()).build();

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
  void userMapper_reportsPlanErrorsWithThePointer() {
    assertThatThrownBy(() -> mapper.readValue("{\"title\":\"t\",\"polices\":[]}", DxPlan.class))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("/polices")
        .hasMessageContaining("did you mean \"policies\"");
  }
}
