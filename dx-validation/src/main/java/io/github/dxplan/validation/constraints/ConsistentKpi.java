package io.github.dxplan.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.dxplan.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The KPI is consistent on its own: a unit, a target, baseline year not after target year, percentages within 0–100, direction agreeing with baseline → target and with the comparator (rules DX-KPI-001, 002, 004–009).
 *
 * <p>Applies to {@code io.github.dxplan.model.Kpi}. Rules that need the plan period (DX-KPI-003, 010) apply only through {@link ValidPlan}. Registered with {@link
 * io.github.dxplan.validation.DxplanConstraints#addTo}; each violation's message is the finding's
 * message and its dynamic payload the {@link io.github.dxplan.validation.Finding}.
 */
@Documented
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = {})
public @interface ConsistentKpi {
  /**
   * The message when no finding supplies one.
   *
   * @return the message template
   */
  String message() default "{dxplan.constraint.ConsistentKpi.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The profile whose severities apply: {@code publish} or {@code draft}.
   *
   * @return the profile's name
   */
  String profile() default "publish";

  /**
   * The least serious finding that is a violation; by default only errors are.
   *
   * @return the severity
   */
  Severity minSeverity() default Severity.ERROR;
}
