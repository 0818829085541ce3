package io.github.dxplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.testing.PlanGenerator;
import io.github.dxplan.testing.Property;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TotalityTest {
  private static final Pattern POINTER = Pattern.compile("(/[A-Za-z]+(/[0-9]+)?)*(/[A-Za-z]+|/[0-9]+)?");
  private static final List<PlanValidator> VALIDATORS =
      List.of(
          PlanValidator.create(),
          PlanValidator.builder()
              .profile(ValidationProfile.named("draft"))
              .nationalItems(p -> "2.0".equals(p.nationalPlanVersion())
                  ? java.util.Optional.of(java.util.Set.of("FRONTYARD", "BPR"))
                  : java.util.Optional.empty())
              .build());

  private static void total(Random random, Function<Random, DxPlan> generator) {
    long seed = random.nextLong();
    DxPlan plan = generator.apply(new Random(seed));
    DxPlan twin = generator.apply(new Random(seed));
    for (PlanValidator v : VALIDATORS) {
      ValidationReport report = v.validate(plan);
      assertThat(v.validate(plan)).isEqualTo(report);
      for (Finding f : report.findings()) {
        assertThat(f.path()).matches(POINTER);
        assertThat(v.profile().severityOf(f.code())).contains(f.severity());
        // Values may hold braces themselves (a KPI named "{}"), so look for the placeholders.
        String ja = f.message(Locale.JAPANESE);
        String en = f.message(Locale.ENGLISH);
        for (String name : f.arguments().keySet()) {
          assertThat(ja).doesNotContain("{" + name + "}");
          assertThat(en).doesNotContain("{" + name + "}");
        }
      }
    }
    assertThat(plan).isEqualTo(twin);
  }

  @Test
  void validate_isTotal_onGeneratedPlans() {
    Property.check("validate is total on generated plans", 2000, r -> total(r, PlanGenerator::plan));
  }

  @Test
  void validate_isTotal_onMinimalPlans() {
    Property.check("validate is total on minimal plans", 2000, r -> total(r, PlanGenerator::minimalPlan));
  }
}
