/**
 * Validation of municipal DX plans: findings with stable codes, severities, JSON Pointer paths and
 * messages in Japanese and English.
 *
 * <p>{@link io.github.dxplan.validation.PlanValidator} is the one call: it applies the rules listed in
 * {@link io.github.dxplan.validation.Rules} under a {@link io.github.dxplan.validation.ValidationProfile}
 * ({@code draft} or {@code publish}) and returns a {@link io.github.dxplan.validation.ValidationReport}.
 * It runs as plain Java and does not start Hibernate Validator.
 *
 * <h2>With Jakarta Validation</h2>
 *
 * <p>The same rules are available to a Jakarta Validation {@code Validator} as class-level constraints
 * on {@code DxPlan}, {@code Kpi}, {@code FiscalYearRange} and {@code RoadmapEntry} (see {@link
 * io.github.dxplan.validation.constraints}). The model types carry no annotations, so the constraints are
 * registered programmatically with Hibernate Validator:
 *
 * <pre>{@code
 * Validator validator = DxplanConstraints.addTo(
 *         Validation.byProvider(HibernateValidator.class).configure())
 *     .buildValidatorFactory()
 *     .getValidator();
 * }</pre>
 *
 * <p>or, without code, by naming {@link io.github.dxplan.validation.DxplanConstraintMappingContributor}
 * in the property {@code hibernate.validator.constraint_mapping_contributors} (in {@code
 * META-INF/validation.xml}, or in Spring Boot as {@code
 * spring.jpa.properties.hibernate.validator.constraint_mapping_contributors} for JPA's validator). A Spring
 * Boot application registers them on its own {@code LocalValidatorFactoryBean} with a bean:
 *
 * <pre>{@code
 * @Bean
 * ValidationConfigurationCustomizer dxplanConstraints() {
 *   return configuration -> DxplanConstraints.addTo((HibernateValidatorConfiguration) configuration);
 * }
 * }</pre>
 *
 * <p>Both routes may be used at once (the constraints are defined once). Violations use the messages of
 * {@code ContributorValidationMessages}, which Hibernate Validator finds on the class path, and read as
 * {@link io.github.dxplan.validation.PlanValidator}'s do: 令和6年度 and 基本方針 in Japanese, FY2024 and
 * basic policy in English, whichever interpolator is configured (Hibernate Validator's default, its
 * {@code ParameterMessageInterpolator} without Expression Language, or {@link
 * io.github.dxplan.validation.DxplanConstraints#messageInterpolator}). Each violation carries its {@link
 * io.github.dxplan.validation.Finding} as the dynamic payload:
 *
 * <pre>{@code
 * for (ConstraintViolation<DxPlan> violation : validator.validate(plan)) {
 *   HibernateConstraintViolation<?> h = violation.unwrap(HibernateConstraintViolation.class);
 *   Finding finding = h.getDynamicPayload(Finding.class);
 *   System.out.println(finding.code() + " " + finding.path() + " " + violation.getMessage());
 * }
 * }</pre>
 *
 * <p>The snippets on this page and on {@code DxplanConstraints} are compiled by a test.
 */
package io.github.dxplan.validation;
