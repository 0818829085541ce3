package io.github.dxplan.validation.internal;

import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.validation.Severity;
import io.github.dxplan.validation.ValidationProfile;
import io.github.dxplan.validation.constraints.ConsistentRoadmapEntry;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ConsistentRoadmapEntry} with the roadmap rules that need no plan. */
public final class ConsistentRoadmapEntryValidator
    implements ConstraintValidator<ConsistentRoadmapEntry, RoadmapEntry> {
  private ValidationProfile profile;
  private Severity min;

  /** Creates the validator; Hibernate Validator calls {@link #initialize}. */
  public ConsistentRoadmapEntryValidator() {}

  @Override
  public void initialize(ConsistentRoadmapEntry annotation) {
    profile = ValidationProfile.named(annotation.profile());
    min = annotation.minSeverity();
  }

  @Override
  public boolean isValid(RoadmapEntry entry, ConstraintValidatorContext context) {
    if (entry == null) {
      return true;
    }
    Collector c = new Collector(Violations.severities(profile));
    RoadmapChecks.entry(entry, "", null, c);
    return Violations.report(c.findings(), min, context);
  }
}
