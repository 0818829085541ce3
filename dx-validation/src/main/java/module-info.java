/**
 * dxplan's validation of plans: {@link io.github.dxplan.validation.PlanValidator}, its rules and
 * findings, and the same rules as Jakarta Validation constraints for Hibernate Validator.
 *
 * <p>Only the API packages are exported. The constraint validators live in an internal package that is
 * opened to Hibernate Validator alone, which instantiates them.
 */
module io.github.dxplan.validation {
  requires transitive io.github.dxplan.model;
  requires transitive io.github.dxplan.catalog;
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator;

  exports io.github.dxplan.validation;
  exports io.github.dxplan.validation.constraints;

  opens io.github.dxplan.validation.internal to org.hibernate.validator;
}
