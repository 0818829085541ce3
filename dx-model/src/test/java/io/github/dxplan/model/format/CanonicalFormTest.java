package io.github.dxplan.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.RoadmapKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hand-written excerpt of 潮来市's 基本方針1 (1) is in canonical form and survives a round trip. */
class CanonicalFormTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = CanonicalFormTest.class.getResourceAsStream("/plans/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void itakoExcerpt_loadsWithItsMeasureInitiativesRoadmapAndDepartments() throws IOException {
    DxPlan plan = PlanReader.yaml().readString(resource("itako-policy1-measure1.yaml"), "itako-policy1-measure1.yaml");
    Measure measure = plan.policies().get(0).measures().get(0);
    assertThat(measure.title()).isEqualTo("行政手続のオンライン化");
    assertThat(measure.nationalItems()).containsExactly("MYNUMBER_CARD", "ONLINE_PROCEDURES", "ANALOG_REGULATION", "BPR");
    assertThat(measure.challenges()).hasSize(5);
    assertThat(measure.initiatives()).extracting(Initiative::label).containsExactly("①", "②", "⑯");
    Initiative first = measure.initiatives().get(0);
    assertThat(first.departments().responsible()).containsExactly("DX戦略室 （庁内横断的）");
    assertThat(first.roadmap()).extracting(r -> r.kind()).containsExactly(RoadmapKind.STUDY, RoadmapKind.IMPLEMENT, RoadmapKind.EVALUATE);
    assertThat(first.roadmap().get(2).from().value()).isEqualTo(2025);
    assertThat(plan.municipality().code().value()).isEqualTo("082236");
    assertThat(plan.adopted().toString()).isEqualTo("2023-12");
  }

  @Test
  void itakoExcerpt_roundTripsByteIdenticallyThroughTheCanonicalYamlWriter() throws IOException {
    String original = resource("itako-policy1-measure1.yaml");
    DxPlan plan = PlanReader.yaml().readString(original, "itako-policy1-measure1.yaml");
    String written = PlanWriter.yaml().write(plan);
    assertThat(written).isEqualTo(original);
    assertThat(PlanReader.yaml().readString(written, "again.yaml")).isEqualTo(plan);
  }

  @Test
  void itakoExcerpt_roundTripsThroughJsonToAnEqualPlan() throws IOException {
    DxPlan plan = PlanReader.yaml().readString(resource("itako-policy1-measure1.yaml"), "x.yaml");
    String json = PlanWriter.json().write(plan);
    assertThat(json).contains("\"title\": \"潮来市DX推進計画\"").doesNotContain("\\u");
    DxPlan back = PlanReader.json().readString(json, "x.json");
    assertThat(back).isEqualTo(plan);
    assertThat(PlanWriter.json().write(back)).isEqualTo(json);
  }
}
