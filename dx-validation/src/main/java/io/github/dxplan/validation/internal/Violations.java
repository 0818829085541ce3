package io.github.dxplan.validation.internal;

import io.github.dxplan.validation.Finding;
import io.github.dxplan.validation.Severity;
import io.github.dxplan.validation.ValidationProfile;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Turns findings into Jakarta Validation violations with our message keys and the finding as payload. */
public final class Violations {
  private Violations() {}

  /**
   * Returns the severity function of a profile, for a {@link Collector}.
   *
   * @param profile the profile
   * @return the function
   */
  public static Function<Rule, Severity> severities(ValidationProfile profile) {
    return rule -> profile.severityOf(rule.code()).orElse(null);
  }

  /**
   * Reports the findings at or above a severity as violations.
   *
   * @param findings the findings
   * @param min the least serious severity that is a violation
   * @param context the validator context
   * @return true if nothing was reported (the value is valid)
   */
  public static boolean report(List<Finding> findings, Severity min, ConstraintValidatorContext context) {
    boolean valid = true;
    HibernateConstraintValidatorContext h = null;
    for (Finding f : findings) {
      if (!f.severity().isAtLeast(min)) {
        continue;
      }
      if (valid) {
        context.disableDefaultConstraintViolation();
        h = context.unwrap(HibernateConstraintValidatorContext.class);
        valid = false;
      }
      for (Map.Entry<String, Object> e : f.arguments().entrySet()) {
        Object v = e.getValue();
        h.addMessageParameter(e.getKey(), v == null ? "—" : v instanceof BigDecimal b ? Messages.figure(b) : v);
      }
      h.withDynamicPayload(f);
      ConstraintViolationBuilder b = h.buildConstraintViolationWithTemplate("{" + Messages.messageKey(f.code()) + "}");
      addPath(b, f.path());
    }
    return valid;
  }

  /** Follows a JSON Pointer with property nodes: /policies/0/measures/1/title is policies[0].measures[1].title. */
  private static void addPath(ConstraintViolationBuilder builder, String pointer) {
    if (pointer.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    String[] segments = pointer.substring(1).split("/", -1);
    NodeBuilderCustomizableContext custom = null;
    NodeBuilderDefinedContext defined = null;
    Integer index = null;
    for (String s : segments) {
      if (isIndex(s)) {
        index = Integer.valueOf(s);
        continue;
      }
      NodeBuilderCustomizableContext next;
      if (custom != null) {
        next = custom.addPropertyNode(s);
      } else if (defined != null) {
        next = defined.addPropertyNode(s);
      } else {
        next = builder.addPropertyNode(s);
      }
      if (index != null) {
        defined = next.inIterable().atIndex(index);
        custom = null;
        index = null;
      } else {
        custom = next;
        defined = null;
      }
    }
    if (index != null) {
      (custom != null ? custom.addBeanNode() : defined.addBeanNode())
          .inIterable()
          .atIndex(index)
          .addConstraintViolation();
    } else if (custom != null) {
      custom.addConstraintViolation();
    } else {
      defined.addConstraintViolation();
    }
  }

  private static boolean isIndex(String s) {
    return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
