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
 *     .messageInterpolator(new ParameterMessageInterpolator())   // no Expression Language needed
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
 * <p>Violations use the messages of {@code ContributorValidationMessages}, which Hibernate Validator finds
 * on the class path; each violation carries its {@link io.github.dxplan.validation.Finding} as the
 * dynamic payload ({@code violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(
 * Finding.class)}). Hibernate Validator fills message parameters with {@code toString()}, so fiscal years
 * appear as {@code FY2024}; {@link io.github.dxplan.validation.DxplanConstraints#messageInterpolator}
 * renders them as {@link io.github.dxplan.validation.PlanValidator} does (令和6年度).
 */
package io.github.dxplan.validation;
