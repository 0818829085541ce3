package io.github.dxplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanPlanTest {
  @Test
  void cleanPlan_hasNoFindingUnderEitherProfile() {
    assertThat(PlanValidator.create().validate(Fixtures.clean()).findings()).isEmpty();
    assertThat(
            PlanValidator.builder().profile(ValidationProfile.named("draft")).build().validate(Fixtures.clean())
                .findings())
        .isEmpty();
  }
}
