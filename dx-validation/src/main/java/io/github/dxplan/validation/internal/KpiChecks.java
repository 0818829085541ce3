package io.github.dxplan.validation.internal;

import io.github.dxplan.model.Comparison;
import io.github.dxplan.model.Direction;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.KpiFigures;
import io.github.dxplan.model.Measurement;
import io.github.dxplan.model.Target;
import io.github.dxplan.model.ElementKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * The rules about one KPI, shared by the plan validator and the {@code @ConsistentKpi} constraint.
 */
public final class KpiChecks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private KpiChecks() {}

  /**
   * Checks one KPI.
   *
   * @param kpi the KPI
   * @param path its JSON Pointer ({@code ""} when the KPI is validated on its own)
   * @param period the plan period when known and ordered, else {@code null}
   * @param r where findings go
   */
  public static void check(Kpi kpi, String path, FiscalYearRange period, Reporter r) {
    String name = kpi.name();
    if (Texts.isBlank(name)) {
      r.report(Rule.COMPLETE_EMPTY_TITLE, path + "/name", ElementKind.KPI);
    }
    TextChecks.check(name, path, "/name", r);
    TextChecks.check(kpi.note(), path, "/note", r);
    TextChecks.check(kpi.qualifier(), path, "/qualifier", r);
    if (Texts.isBlank(kpi.unit())) {
      r.report(Rule.KPI_UNIT_MISSING, path + "/unit", name);
    }
    for (int i = 0; i < kpi.parts().size(); i++) {
      check(kpi.parts().get(i), path + "/parts/" + i, period, r);
    }
    if (kpi.figures() != KpiFigures.STATED) {
      // Figures the plan does not state, or that were lost: none may be given, and none is judged.
      boolean given = kpi.direction() != null || kpi.baseline() != null || kpi.target() != null
          || !kpi.actuals().isEmpty();
      if (kpi.figures() == KpiFigures.NOT_RECOVERED) {
        r.report(given ? Rule.KPI_LOST_FIGURES_GIVEN : Rule.KPI_FIGURES_NOT_RECOVERED, path + "/figures", name);
      } else if (kpi.target() != null || kpi.direction() != null) {
        r.report(Rule.KPI_NOT_SET_FIGURES_GIVEN, path + "/figures", name);
      }
      return;
    }
    Measurement baseline = kpi.baseline();
    Target target = kpi.target();
    if (baseline != null
        && target != null
        && baseline.fiscalYear() != null
        && target.fiscalYear() != null
        && baseline.fiscalYear().isAfter(target.fiscalYear())) {
      r.report(
          Rule.KPI_BASELINE_AFTER_TARGET,
          path + "/baseline/fiscalYear",
          name,
          baseline.fiscalYear(),
          target.fiscalYear());
    }
    if (target == null) {
      r.report(Rule.KPI_NO_TARGET, path + "/target", name);
    } else if (target.value() == null) {
      r.report(Rule.KPI_NO_TARGET, path + "/target/value", name);
    }
    if (period != null && target != null && target.fiscalYear() != null && !period.contains(target.fiscalYear())) {
      r.report(Rule.KPI_TARGET_OUTSIDE_PERIOD, path + "/target/fiscalYear", name, target.fiscalYear(), period);
    }
    if (isPercent(kpi.unit())) {
      percent(kpi, baseline == null ? null : baseline.value(), path, "/baseline/value", -1, r);
      percent(kpi, target == null ? null : target.value(), path, "/target/value", -1, r);
      List<Measurement> actuals = kpi.actuals();
      for (int i = 0; i < actuals.size(); i++) {
        percent(kpi, actuals.get(i).value(), path, null, i, r);
      }
    }
    direction(kpi, path, r);
    if (period != null) {
      List<Measurement> actuals = kpi.actuals();
      for (int i = 0; i < actuals.size(); i++) {
        Measurement a = actuals.get(i);
        if (a.fiscalYear() != null && !period.contains(a.fiscalYear())) {
          r.report(
              Rule.KPI_ACTUAL_OUTSIDE_PERIOD, path + "/actuals/" + i + "/fiscalYear", name, a.fiscalYear(), period);
        }
      }
    }
  }

  private static void direction(Kpi kpi, String path, Reporter r) {
    Direction d = kpi.direction();
    Target target = kpi.target();
    if (d == null || target == null) {
      return;
    }
    Comparison cmp = target.comparator();
    if (cmp != null && cmp.impliedDirection() != null && d != Direction.MAINTAIN && cmp.impliedDirection() != d) {
      r.report(Rule.KPI_COMPARATOR_CONTRADICTS, path + "/target/comparator", kpi.name(), d, cmp);
    }
    Measurement baseline = kpi.baseline();
    if (baseline == null || baseline.value() == null || target.value() == null) {
      return;
    }
    BigDecimal b = baseline.value();
    BigDecimal t = target.value();
    int c = t.compareTo(b);
    // The pointer is built only for a finding.
    switch (d) {
      case INCREASE:
        if (c < 0) {
          r.report(Rule.KPI_AGAINST_DIRECTION, path + "/target/value", kpi.name(), d, b, t);
        } else if (c == 0 && cmp != Comparison.MORE_THAN) {
          r.report(Rule.KPI_NO_CHANGE, path + "/target/value", kpi.name(), d, t);
        }
        break;
      case DECREASE:
        if (c > 0) {
          r.report(Rule.KPI_AGAINST_DIRECTION, path + "/target/value", kpi.name(), d, b, t);
        } else if (c == 0 && cmp != Comparison.LESS_THAN) {
          r.report(Rule.KPI_NO_CHANGE, path + "/target/value", kpi.name(), d, t);
        }
        break;
      default:
        if (c != 0 && (cmp == null || cmp == Comparison.EQUAL)) {
          r.report(Rule.KPI_MAINTAIN_CHANGES, path + "/target/value", kpi.name(), b, t);
        }
        break;
    }
  }

  /** The value's pointer is {@code path + suffix}, or that of actual {@code actual} when it is at least 0. */
  private static void percent(Kpi kpi, BigDecimal value, String path, String suffix, int actual, Reporter r) {
    if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      String at = actual >= 0 ? path + "/actuals/" + actual + "/value" : path + suffix;
      r.report(Rule.KPI_PERCENT_OUT_OF_RANGE, at, kpi.name(), value, kpi.unit());
    }
  }

  /** A unit is a percentage when it starts with % or ％ or is パーセント (「%（累計）」 too). */
  static boolean isPercent(String unit) {
    if (unit == null) {
      return false;
    }
    String u = unit.strip();
    return u.startsWith("%") || u.startsWith("％") || u.equals("パーセント");
  }
}
