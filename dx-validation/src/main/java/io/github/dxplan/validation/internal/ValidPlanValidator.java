package io.github.dxplan.validation.internal;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.validation.PlanValidator;
import io.github.dxplan.validation.Severity;
import io.github.dxplan.validation.ValidationProfile;
import io.github.dxplan.validation.constraints.ValidPlan;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidPlan}: runs {@link PlanValidator} and reports its findings. */
public final class ValidPlanValidator implements ConstraintValidator<ValidPlan, DxPlan> {
  private PlanValidator validator;
  private Severity min;

  /** Creates the validator; Hibernate Validator calls {@link #initialize}. */
  public ValidPlanValidator() {}

  @Override
  public void initialize(ValidPlan annotation) {
    validator = PlanValidator.builder().profile(ValidationProfile.named(annotation.profile())).build();
    min = annotation.minSeverity();
  }

  @Override
  public boolean isValid(DxPlan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    return Violations.report(validator.validate(plan).findings(), min, context);
  }
}
