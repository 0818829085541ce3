package io.github.dxplan.validation;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.catalog.LocalGovernments;
import io.github.dxplan.catalog.NationalCatalogs;
import io.github.dxplan.model.DxPlan;
import java.time.Clock;
import java.time.LocalDate;
import io.github.dxplan.validation.internal.Collector;
import io.github.dxplan.validation.internal.PlanChecks;

/**
 * Validates a plan against every rule of a profile and returns all findings at once.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.builder()
 *     .profile(ValidationProfile.named("draft"))
 *     .catalogs(NationalCatalogs.shipped())    // the default; a user's own catalogues work the same way
 *     .build();
 * ValidationReport report = validator.validate(plan);
 * for (Finding f : report.findings()) {
 *   System.out.println(f.code() + " " + f.path() + " " + f.message());
 * }
 * }</pre>
 *
 * <p>{@link #create()} uses the {@code publish} profile, as {@code dx validate} does, and checks the
 * national item codes a plan claims against the version {@link NationalCatalogs#choose} picks (the
 * same rule the coverage mapper uses), and the municipality against the official list of
 * {@link LocalGovernments}. Validation is one
 * pass of plain Java over the records: it does not start Hibernate Validator, never modifies the plan, and
 * never throws for any plan the model can hold; a broken 取組 does not hide the others. This class is
 * immutable and thread-safe: one instance can serve any number of threads.
 */
public final class PlanValidator {
  private final ValidationProfile profile;
  private final NationalItemCodes nationalItems;
  private final NationalCatalogs catalogs;
  private final LocalGovernments localGovernments;
  private final Clock clock;

  private PlanValidator(Builder b) {
    this.profile = b.profile;
    this.nationalItems = b.nationalItems;
    this.catalogs = b.catalogs;
    this.localGovernments = b.localGovernments;
    this.clock = b.clock;
  }

  /**
   * Returns a validator with the {@code publish} profile, the shipped catalogue and the shipped list of
   * local governments.
   *
   * @return the validator
   */
  public static PlanValidator create() {
    return builder().build();
  }

  /**
   * Returns a builder, initially with the {@code publish} profile, the shipped catalogue and the shipped
   * list of local governments.
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
    new PlanChecks(plan, nationalItems, catalogs, localGovernments, LocalDate.now(clock), collector).run();
    return ValidationReport.of(collector.findings());
  }

  @Override
  public String toString() {
    return "PlanValidator[" + profile.name() + (nationalItems != null ? ", own national items"
        : catalogs != null ? ", " + catalogs : "") + "]";
  }

  /** Builds a {@link PlanValidator}. Not thread-safe; the validators it builds are. */
  public static final class Builder {
    private ValidationProfile profile = ValidationProfile.named("publish");
    private NationalItemCodes nationalItems;
    private NationalCatalogs catalogs = NationalCatalogs.shipped();
    private LocalGovernments localGovernments = LocalGovernments.shipped();
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * Sets the catalogue versions claims are checked against (DX-ID-005, 008, 009, 010); the default
     * is {@link NationalCatalogs#shipped()}.
     *
     * @param catalogs the versions, or {@code null} to skip the check
     * @return this builder
     */
    public Builder catalogs(NationalCatalogs catalogs) {
      this.catalogs = catalogs;
      return this;
    }

    /**
     * Sets the official local government list the municipality is checked against (DX-ID-011 to
     * 015); the default is {@link LocalGovernments#shipped()}.
     *
     * @param localGovernments the list, e.g. a newer one from {@link LocalGovernments#load}, or
     *     {@code null} to skip these checks
     * @return this builder
     */
    public Builder localGovernments(LocalGovernments localGovernments) {
      this.localGovernments = localGovernments;
      return this;
    }

    /**
     * Sets the clock that gives the day of the check; the default is the system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = java.util.Objects.requireNonNull(clock, "clock");
      return this;
    }

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
     * Sets the caller's own national item codes: when set, they replace the catalogue check (DX-ID-005
     * and DX-ID-006 against these codes).
     *
     * @param nationalItems the codes, or {@code null} to use the catalogue ({@link #catalogs})
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
