package consumer;

import com.fasterxml.jackson.databind.Module;
import io.github.dxplan.jackson2.DxplanJackson2Module;
import io.github.dxplan.model.DxPlan;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class PlanService {
  public static void main(String[] args) {
    SpringApplication.run(PlanService.class, args);
  }

  /** Spring Boot registers every Jackson {@code Module} bean on its ObjectMapper. */
  @Bean
  Module dxplan() {
    return new DxplanJackson2Module();
  }

  @PostMapping("/plans/summary")
  Map<String, Object> summary(@RequestBody DxPlan plan) {
    return Map.of("title", plan.title(), "policies", plan.policies().size());
  }

  @PostMapping("/plans/echo")
  DxPlan echo(@RequestBody DxPlan plan) {
    return plan;
  }
}
