package io.github.dxplan.validation.internal;

import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.validation.Severity;
import io.github.dxplan.validation.ValidationProfile;
import io.github.dxplan.validation.constraints.OrderedFiscalYearRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link OrderedFiscalYearRange} (rule DX-PERIOD-001). */
public final class OrderedFiscalYearRangeValidator
    implements ConstraintValidator<OrderedFiscalYearRange, FiscalYearRange> {
  private ValidationProfile profile;
  private Severity min;

  /** Creates the validator; Hibernate Validator calls {@link #initialize}. */
  public OrderedFiscalYearRangeValidator() {}

  @Override
  public void initialize(OrderedFiscalYearRange annotation) {
    profile = ValidationProfile.named(annotation.profile());
    min = annotation.minSeverity();
  }

  @Override
  public boolean isValid(FiscalYearRange range, ConstraintValidatorContext context) {
    if (range == null || range.isOrdered()) {
      return true;
    }
    Collector c = new Collector(Violations.severities(profile));
    c.report(Rule.PERIOD_UNORDERED, "", range.from(), range.to());
    return Violations.report(c.findings(), min, context);
  }
}
