package io.github.dxplan.validation;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.validation.internal.Collector;
import io.github.dxplan.validation.internal.PlanChecks;

/**
 * Validates a plan against every rule of a profile and returns all findings at once.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.builder()
 *     .profile(ValidationProfile.named("draft"))
 *     .nationalItems(catalog::codesFor)      // optional; without it, claimed codes are not checked
 *     .build();
 * ValidationReport report = validator.validate(plan);
 * for (Finding f : report.findings()) {
 *   System.out.println(f.code() + " " + f.path() + " " + f.message());
 * }
 * }</pre>
 *
 * <p>{@link #create()} uses the {@code publish} profile, as {@code dx validate} does. Validation is one
 * pass of plain Java over the records: it does not start Hibernate Validator, never modifies the plan, and
 * never throws for any plan the model can hold; a broken 取組 does not hide the others. This class is
 * immutable and thread-safe: one instance can serve any number of threads.
 */
public final class PlanValidator {
  private final ValidationProfile profile;
  private final NationalItemCodes nationalItems;

  private PlanValidator(Builder b) {
    this.profile = b.profile;
    this.nationalItems = b.nationalItems;
  }

  /**
   * Returns a validator with the {@code publish} profile and no national item check.
   *
   * @return the validator
   */
  public static PlanValidator create() {
    return builder().build();
  }

  /**
   * Returns a builder, initially with the {@code publish} profile and no national item check.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the profile this validator applies.
   *
   * @return the profile
   */
  public ValidationProfile profile() {
    return profile;
  }

  /**
   * Validates a plan.
   *
   * @param plan the plan
   * @return the findings, in the report's deterministic order
   * @throws NullPointerException if {@code plan} is null
   */
  public ValidationReport validate(DxPlan plan) {
    requireNonNull(plan, "plan");
    Collector collector = new Collector(profile::severity);
    new PlanChecks(plan, nationalItems, collector).run();
    return ValidationReport.of(collector.findings());
  }

  @Override
  public String toString() {
    return "PlanValidator[" + profile.name() + (nationalItems == null ? "" : ", national items") + "]";
  }

  /** Builds a {@link PlanValidator}. Not thread-safe; the validators it builds are. */
  public static final class Builder {
    private ValidationProfile profile = ValidationProfile.named("publish");
    private NationalItemCodes nationalItems;

    private Builder() {}

    /**
     * Sets the profile.
     *
     * @param profile the profile, such as {@code ValidationProfile.named("draft")}
     * @return this builder
     */
    public Builder profile(ValidationProfile profile) {
      this.profile = requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets where the national item codes of a plan's catalogue version come from; without it the rules
     * DX-ID-005 and DX-ID-006 are skipped.
     *
     * @param nationalItems the codes, or {@code null} to skip the check
     * @return this builder
     */
    public Builder nationalItems(NationalItemCodes nationalItems) {
      this.nationalItems = nationalItems;
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     */
    public PlanValidator build() {
      return new PlanValidator(this);
    }
  }
}
