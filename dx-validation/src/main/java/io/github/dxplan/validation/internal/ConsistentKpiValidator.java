package io.github.dxplan.validation.internal;

import io.github.dxplan.model.Kpi;
import io.github.dxplan.validation.Severity;
import io.github.dxplan.validation.ValidationProfile;
import io.github.dxplan.validation.constraints.ConsistentKpi;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ConsistentKpi} with the KPI rules that need no plan. */
public final class ConsistentKpiValidator implements ConstraintValidator<ConsistentKpi, Kpi> {
  private ValidationProfile profile;
  private Severity min;

  /** Creates the validator; Hibernate Validator calls {@link #initialize}. */
  public ConsistentKpiValidator() {}

  @Override
  public void initialize(ConsistentKpi annotation) {
    profile = ValidationProfile.named(annotation.profile());
    min = annotation.minSeverity();
  }

  @Override
  public boolean isValid(Kpi kpi, ConstraintValidatorContext context) {
    if (kpi == null) {
      return true;
    }
    Collector c = new Collector(Violations.severities(profile));
    KpiChecks.check(kpi, "", null, c);
    return Violations.report(c.findings(), min, context);
  }
}
