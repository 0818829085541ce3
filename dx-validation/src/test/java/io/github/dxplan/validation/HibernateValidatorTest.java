package io.github.dxplan.validation;

import static io.github.dxplan.validation.Fixtures.kpi;
import static io.github.dxplan.validation.Fixtures.m;
import static io.github.dxplan.validation.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.Direction;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A plain Hibernate Validator, configured as a Spring or Jakarta EE user would, applies our constraints. */
class HibernateValidatorTest {
  private static ValidatorFactory japanese;
  private static ValidatorFactory english;

  @BeforeAll
  static void bootstrap() {
    japanese = factory(Locale.JAPANESE);
    english = factory(Locale.ENGLISH);
  }

  private static ValidatorFactory factory(Locale locale) {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
    return DxplanConstraints.addTo(configuration)
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, false))
        .buildValidatorFactory();
  }

  @AfterAll
  static void close() {
    japanese.close();
    english.close();
  }

  private static <T> List<ConstraintViolation<T>> sorted(Set<ConstraintViolation<T>> violations) {
    return violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
  }

  private static Finding finding(ConstraintViolation<?> v) {
    HibernateConstraintViolation<?> h = v.unwrap(HibernateConstraintViolation.class);
    return h.getDynamicPayload(Finding.class);
  }

  private static DxPlan brokenPlan() {
    return Fixtures.withKpi(kpi("利用率", "%", Direction.INCREASE, m("60", 2023), t("50", 2030, null)));
  }

  @Test
  void plan_reportsErrorFindingsWithPathsAndOurMessages() {
    List<ConstraintViolation<DxPlan>> violations = sorted(japanese.getValidator().validate(brokenPlan()));
    // DX-KPI-005 is an error; DX-KPI-003 (target year outside the period) only a warning.
    assertThat(violations).hasSize(1);
    ConstraintViolation<DxPlan> v = violations.get(0);
    assertThat(v.getPropertyPath()).hasToString("policies[0].measures[0].kpis[0].target.value");
    Finding finding = finding(v);
    // Hibernate Validator's own interpolation, and the message PlanValidator gives.
    assertThat(v.getMessage()).isEqualTo("KPI「利用率」は増加を目指すものですが、目標値（50）が現状値（60）から逆の方向になっています。")
        .isEqualTo(finding.message(Locale.JAPANESE));
    assertThat(finding.code()).isEqualTo("DX-KPI-005");
    assertThat(finding.path()).isEqualTo(Fixtures.K1 + "/target/value");
  }

  @Test
  void plan_inEnglish() {
    ConstraintViolation<DxPlan> v = english.getValidator().validate(brokenPlan()).iterator().next();
    assertThat(v.getMessage()).isEqualTo(finding(v).message(Locale.ENGLISH)).doesNotContain("INCREASE");
  }

  @Test
  void ourInterpolator_localizesValuesAsPlanValidatorDoes() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
    try (ValidatorFactory f =
        DxplanConstraints.addTo(configuration)
            .messageInterpolator(
                DxplanConstraints.messageInterpolator(new ParameterMessageInterpolator(), Locale.JAPANESE))
            .buildValidatorFactory()) {
      Validator validator = f.getValidator();
      ConstraintViolation<DxPlan> v = validator.validate(brokenPlan()).iterator().next();
      Finding finding = finding(v);
      assertThat(v.getMessage()).isEqualTo(finding.message(Locale.JAPANESE)).contains("増加");
      ConstraintViolation<FiscalYearRange> range = validator.validate(FiscalYearRange.of(2028, 2024)).iterator().next();
      assertThat(range.getMessage()).isEqualTo("期間の開始が令和10年度なのに、終了がそれより前の令和6年度になっています。");
    }
  }

  @Test
  void kpi_onItsOwn_reportsFieldLevelProblems() {
    Kpi k = kpi("利用率", "%", Direction.INCREASE, m("60", 2029), t("150", 2028, null));
    List<ConstraintViolation<Kpi>> violations = sorted(japanese.getValidator().validate(k));
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("baseline.fiscalYear", "target.value");
    assertThat(violations)
        .extracting(v -> finding(v).code())
        .containsExactly("DX-KPI-002", "DX-KPI-004");
    assertThat(violations.get(0).getMessage()).isEqualTo("KPI「利用率」の現状値の年度（令和11年度）が目標年度（令和10年度）より後になっています。")
        .isEqualTo(finding(violations.get(0)).message(Locale.JAPANESE));
  }

  @Test
  void consistentValues_haveNoViolations() {
    Validator validator = japanese.getValidator();
    assertThat(validator.validate(Fixtures.clean())).isEmpty();
    assertThat(validator.validate(Fixtures.onlineRate())).isEmpty();
    assertThat(validator.validate(FiscalYearRange.of(2024, 2028))).isEmpty();
    assertThat(validator.validate(new RoadmapEntry("導入", RoadmapKind.IMPLEMENT, FiscalYear.of(2025), FiscalYear.of(2026), null)))
        .isEmpty();
  }

  @Test
  void rangeAndRoadmapEntry_onTheirOwn() {
    Validator validator = english.getValidator();
    assertThat(validator.validate(FiscalYearRange.of(2028, 2024)))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.getPropertyPath().toString()).isEmpty();
          assertThat(v.getMessage()).isEqualTo("The period starts in FY2028 but ends in FY2024, before it starts.");
        });
    assertThat(validator.validate(new RoadmapEntry("", RoadmapKind.IMPLEMENT, FiscalYear.of(2026), FiscalYear.of(2025), null)))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("", "label");
  }

  @Test
  void contributor_isUsableByName() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .addProperty(
                "hibernate.validator.constraint_mapping_contributors",
                DxplanConstraintMappingContributor.class.getName())
            .messageInterpolator(new ParameterMessageInterpolator());
    try (ValidatorFactory f = configuration.buildValidatorFactory()) {
      assertThat(f.getValidator().validate(FiscalYearRange.of(2028, 2024))).hasSize(1);
    }
  }

  @Test
  void bothRegistrationRoutes_together_defineTheConstraintsOnce() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
        .configure()
        .addProperty("hibernate.validator.constraint_mapping_contributors", DxplanConstraintMappingContributor.class.getName())
        .messageInterpolator(new ParameterMessageInterpolator());
    DxplanConstraints.addTo(DxplanConstraints.addTo(configuration));
    try (ValidatorFactory f = configuration.buildValidatorFactory()) {
      assertThat(f.getValidator().validate(FiscalYearRange.of(2028, 2024))).hasSize(1);
    }
  }

  @Test
  void addTo_keepsTheContributorsAlreadyNamed() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
        .configure()
        .addProperty("hibernate.validator.constraint_mapping_contributors", OtherContributor.class.getName())
        .messageInterpolator(new ParameterMessageInterpolator());
    DxplanConstraints.addTo(configuration);
    OtherContributor.CALLED.set(false);
    try (ValidatorFactory f = configuration.buildValidatorFactory()) {
      assertThat(f.getValidator().validate(FiscalYearRange.of(2028, 2024))).hasSize(1);
      assertThat(OtherContributor.CALLED).isTrue();
    }
  }

  /** A user's own contributor, which must still be called. */
  public static final class OtherContributor implements org.hibernate.validator.spi.cfg.ConstraintMappingContributor {
    static final java.util.concurrent.atomic.AtomicBoolean CALLED = new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public void createConstraintMappings(ConstraintMappingBuilder builder) {
      CALLED.set(true);
    }
  }

  @Test
  void everyMessage_throughHibernateValidatorsInterpolation_isPlanValidatorsMessage() {
    // Plans that break many rules at once; each violation's message equals its finding's.
    for (DxPlan plan : List.of(brokenPlan(), Fixtures.withKpi(kpi("", "%", Direction.INCREASE, m("60", 2031), t("50", 2030, null))))) {
      for (ConstraintViolation<DxPlan> v : japanese.getValidator().validate(plan)) {
        assertThat(v.getMessage()).isEqualTo(finding(v).message(Locale.JAPANESE)).doesNotContain("FY20");
      }
      for (ConstraintViolation<DxPlan> v : english.getValidator().validate(plan)) {
        assertThat(v.getMessage()).isEqualTo(finding(v).message(Locale.ENGLISH));
      }
    }
  }
}
