package consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.DxplanModule;
import io.github.dxplan.model.format.PlanFormatException;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.model.format.PlanWriter;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanServiceTest {
  @Value("${local.server.port}")
  int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> post(String path, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static DxPlan itako() throws Exception {
    try (InputStream in = PlanServiceTest.class.getResourceAsStream("/itako-2023.yaml")) {
      return PlanReader.yaml().read(in, "itako-2023.yaml");
    }
  }

  @Test
  void aPlan_isReadAndWrittenInTheCanonicalJson() throws Exception {
    DxPlan plan = itako();
    HttpResponse<String> summary = post("/plans/summary", PlanWriter.json().write(plan));
    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(summary.body()).contains(plan.title());

    HttpResponse<String> echo = post("/plans/echo", PlanWriter.json().write(plan));
    assertThat(echo.statusCode()).isEqualTo(200);
    // The same bytes as dx-model's own Jackson 3 module writes: the canonical keys and order.
    assertThat(echo.body()).isEqualTo(JsonMapper.builder().addModule(new DxplanModule()).build().writeValueAsString(plan));
    assertThat(PlanReader.json().readString(echo.body(), "echo.json")).isEqualTo(plan);
  }

  @Test
  void aMalformedPlan_isAnswered400WithTheReadersLocatedMessage() throws Exception {
    String[] bodies = {
        "{\"title\":\"t\",\n  \"polices\":[]}",
        "{\"title\":\"t\",\n  \"period\":{\"from\":\"R0\",\"to\":2025}}",
        "{\"title\":\"t\",\"title\":\"u\"}"};
    for (String body : bodies) {
      HttpResponse<String> response = post("/plans/summary", body);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      String message = JsonMapper.builder().build().readTree(response.body()).path("message").asString();
      assertThat(message).as(body).endsWith(expectedMessage(body));
    }
  }

  @Test
  void aTruncatedPlan_isAnswered400WithItsLocation() throws Exception {
    HttpResponse<String> response = post("/plans/summary", "{\"title\":\"t\",\"policies\":[{\"title\":");
    assertThat(response.statusCode()).isEqualTo(400);
    String message = JsonMapper.builder().build().readTree(response.body()).path("message").asString();
    assertThat(message).contains("<input>:1:").contains("the document ends too early");
  }

  private static String expectedMessage(String body) {
    try {
      PlanReader.json().readString(body, "<input>");
    } catch (PlanFormatException e) {
      return e.getMessage();
    }
    throw new AssertionError("the reader accepted " + body);
  }
}
