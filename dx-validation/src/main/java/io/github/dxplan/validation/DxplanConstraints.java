package io.github.dxplan.validation;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.validation.constraints.ConsistentKpi;
import io.github.dxplan.validation.constraints.ConsistentRoadmapEntry;
import io.github.dxplan.validation.constraints.OrderedFiscalYearRange;
import io.github.dxplan.validation.constraints.ValidPlan;
import io.github.dxplan.validation.internal.ConsistentKpiValidator;
import io.github.dxplan.validation.internal.ConsistentRoadmapEntryValidator;
import io.github.dxplan.validation.internal.Messages;
import io.github.dxplan.validation.internal.OrderedFiscalYearRangeValidator;
import io.github.dxplan.validation.internal.ValidPlanValidator;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.spi.ConfigurationState;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Registers dxplan's constraints with Hibernate Validator, so a user's own {@code Validator} applies
 * them to the model.
 *
 * <pre>{@code
 * Validator validator = DxplanConstraints.addTo(Validation.byProvider(HibernateValidator.class).configure())
 *     .buildValidatorFactory().getValidator();
 * Set<ConstraintViolation<DxPlan>> violations = validator.validate(plan);
 * }</pre>
 *
 * <p>Hibernate Validator's own interpolation (with or without Expression Language) then gives the
 * messages {@link PlanValidator} gives, fiscal years as 令和6年度 in Japanese; so does {@link
 * #messageInterpolator}, which is not needed for that.
 *
 * <p>This puts {@link ValidPlan} on {@code DxPlan}, {@link ConsistentKpi} on {@code Kpi}, {@link
 * OrderedFiscalYearRange} on {@code FiscalYearRange} and {@link ConsistentRoadmapEntry} on {@code
 * RoadmapEntry}, and registers their validators. This class is thread-safe.
 */
public final class DxplanConstraints {
  private static final Pattern OWN_TEMPLATE = Pattern.compile("\\{dxplan\\.(DX-[A-Z]+-[0-9]{3})\\.message\\}");

  private DxplanConstraints() {}

  /**
   * Adds the constraints to a configuration, by naming {@link DxplanConstraintMappingContributor} in its
   * property {@code hibernate.validator.constraint_mapping_contributors}, next to the contributors
   * already named there or in {@code META-INF/validation.xml}. The constraints are therefore defined
   * once however many routes name them: calling this on a configuration whose {@code validation.xml}
   * (or a framework's properties) also names the contributor, or calling it twice, is harmless.
   *
   * @param configuration the configuration
   * @return the same configuration, for chaining
   */
  public static HibernateValidatorConfiguration addTo(HibernateValidatorConfiguration configuration) {
    requireNonNull(configuration, "configuration");
    String key = HibernateValidatorConfiguration.CONSTRAINT_MAPPING_CONTRIBUTORS;
    Set<String> names = new LinkedHashSet<>();
    addNames(names, configuration.getBootstrapConfiguration().getProperties().get(key));
    if (configuration instanceof ConfigurationState state) {
      addNames(names, state.getProperties().get(key));
    }
    names.add(DxplanConstraintMappingContributor.class.getName());
    configuration.addProperty(key, String.join(",", names));
    return configuration;
  }

  private static void addNames(Set<String> names, String list) {
    if (list != null) {
      for (String name : list.split(",")) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
    }
  }

  /**
   * Defines the constraints and puts them on the model types in a mapping.
   *
   * @param mapping a mapping of the configuration being built
   */
  public static void define(ConstraintMapping mapping) {
    requireNonNull(mapping, "mapping");
    mapping.constraintDefinition(ValidPlan.class).includeExistingValidators(false).validatedBy(ValidPlanValidator.class);
    mapping
        .constraintDefinition(ConsistentKpi.class)
        .includeExistingValidators(false)
        .validatedBy(ConsistentKpiValidator.class);
    mapping
        .constraintDefinition(OrderedFiscalYearRange.class)
        .includeExistingValidators(false)
        .validatedBy(OrderedFiscalYearRangeValidator.class);
    mapping
        .constraintDefinition(ConsistentRoadmapEntry.class)
        .includeExistingValidators(false)
        .validatedBy(ConsistentRoadmapEntryValidator.class);
    mapping.type(DxPlan.class).constraint(new GenericConstraintDef<>(ValidPlan.class));
    mapping.type(Kpi.class).constraint(new GenericConstraintDef<>(ConsistentKpi.class));
    mapping.type(FiscalYearRange.class).constraint(new GenericConstraintDef<>(OrderedFiscalYearRange.class));
    mapping.type(RoadmapEntry.class).constraint(new GenericConstraintDef<>(ConsistentRoadmapEntry.class));
  }

  /**
   * Returns a message interpolator that renders dxplan's messages with {@link Finding#message(Locale)}'s
   * texts and passes every other template to {@code delegate}. It needs no Expression Language.
   * Hibernate Validator's default interpolation gives the same messages; use this one to choose the
   * locale used when Hibernate Validator asks without one.
   *
   * @param delegate the interpolator for other templates, such as a {@code ParameterMessageInterpolator}
   * @param defaultLocale the locale when Hibernate Validator asks without one
   * @return the interpolator
   */
  public static MessageInterpolator messageInterpolator(MessageInterpolator delegate, Locale defaultLocale) {
    requireNonNull(delegate, "delegate");
    requireNonNull(defaultLocale, "defaultLocale");
    return new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return interpolate(template, context, defaultLocale);
      }

      @Override
      public String interpolate(String template, Context context, Locale locale) {
        Matcher m = OWN_TEMPLATE.matcher(template);
        if (m.matches()) {
          HibernateMessageInterpolatorContext h = context.unwrap(HibernateMessageInterpolatorContext.class);
          return Messages.format(m.group(1), h.getMessageParameters(), locale);
        }
        return delegate.interpolate(template, context, locale);
      }
    };
  }
}
