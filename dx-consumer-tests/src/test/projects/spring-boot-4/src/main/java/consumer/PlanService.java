package consumer;

import io.github.dxplan.model.DxPlan;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class PlanService {
  public static void main(String[] args) {
    SpringApplication.run(PlanService.class, args);
  }

  // No bean: Spring Boot 4 builds its JsonMapper with findAndAddModules(), which finds DxplanModule
  // through dx-model's service file.

  @PostMapping("/plans/summary")
  Map<String, Object> summary(@RequestBody DxPlan plan) {
    return Map.of("title", plan.title(), "policies", plan.policies().size());
  }

  @PostMapping("/plans/echo")
  DxPlan echo(@RequestBody DxPlan plan) {
    return plan;
  }
}
