package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How far a KPI has come toward its target, with the parts of the calculation so a report can show
 * its work.
 *
 * <p>The method, in the spirit of Open SDG's progress measure:
 *
 * <ol>
 *   <li>A KPI whose figures the document lost ({@link KpiFigures#NOT_RECOVERED}) is
 *       {@link Status#NOT_AVAILABLE}, whatever figures it holds: they are not the plan's.
 *   <li>The current value is the latest actual with a value. Without one, or without a target value,
 *       the status is {@link Status#NOT_AVAILABLE}.
 *   <li>{@link Status#ACHIEVED} when the current value meets the target: by the target's comparator
 *       when stated (「40人未満」 is met at 39, not at 40); otherwise by the KPI's effective direction
 *       (increase: at least the target; decrease: at most; maintain: equal).
 *   <li>The achievement ratio is {@code (current − baseline) / (target − baseline)}, 1 meaning the target
 *       is reached. It needs a baseline value different from the target, and all three values within
 *       the bounds of the plan format (at most 100 digits before and after the decimal point; a
 *       value built in code beyond them, such as {@code 1E+999999999}, gives no ratio rather than
 *       an {@link ArithmeticException} or minutes of arithmetic).
 *   <li>The expected ratio is the share of the baseline-to-target years that has elapsed at the current
 *       value's fiscal year. A KPI not yet achieved is {@link Status#ON_TRACK} when its ratio is at least
 *       the expected ratio and the target year has not passed, else {@link Status#BEHIND}. When the
 *       ratio or expected ratio cannot be computed, a KPI not achieved is {@link Status#BEHIND} if its
 *       target year has passed and {@link Status#NOT_AVAILABLE} otherwise.
 * </ol>
 *
 * <p>Example: baseline 15.9 (FY2022), target 50.0 (FY2028), actual 33.0 (FY2025) gives ratio 0.5015,
 * expected 0.5, status ON_TRACK. Ratios are rounded to four decimals, half-even.
 *
 * @param status the status
 * @param current the actual the status was judged on, or {@code null}
 * @param ratio the achievement ratio, or {@code null} when it cannot be computed
 * @param expectedRatio the share of time elapsed, or {@code null} when it cannot be computed
 * @param direction the direction used, or {@code null}
 */
public record KpiProgress(
    KpiProgress.Status status,
    Measurement current,
    BigDecimal ratio,
    BigDecimal expectedRatio,
    Direction direction) {

  /** The outcome of a progress check. */
  public enum Status {
    /** The current value meets the target. */
    ACHIEVED,
    /** Not yet met, but at least as far along as the elapsed time. */
    ON_TRACK,
    /** Not met and behind the elapsed time, or the target year has passed. */
    BEHIND,
    /** There is no actual, no target value, or not enough to judge. */
    NOT_AVAILABLE
  }

  private static final MathContext MC = MathContext.DECIMAL64;

  /**
   * Checks the status.
   *
   * @param status the status
   * @param current the actual the status was judged on, or {@code null}
   * @param ratio the achievement ratio, or {@code null} when it cannot be computed
   * @param expectedRatio the share of time elapsed, or {@code null} when it cannot be computed
   * @param direction the direction used, or {@code null}
   */
  public KpiProgress {
    requireNonNull(status, "status");
  }

  /**
   * Computes the progress of {@code kpi} by the method in the class description.
   *
   * @param kpi the KPI
   * @return its progress
   */
  public static KpiProgress of(Kpi kpi) {
    requireNonNull(kpi, "kpi");
    Direction direction = kpi.effectiveDirection().orElse(null);
    Target target = kpi.target();
    Measurement current = kpi.latestActual().orElse(null);
    if (kpi.figuresLost()) {
      return new KpiProgress(Status.NOT_AVAILABLE, null, null, null, direction);
    }
    if (current == null || target == null || target.value() == null) {
      return new KpiProgress(Status.NOT_AVAILABLE, current, null, null, direction);
    }
    BigDecimal value = current.value();
    boolean met;
    if (target.comparator() != null) {
      met = target.comparator().isMet(value, target.value());
    } else if (direction == Direction.DECREASE) {
      met = value.compareTo(target.value()) <= 0;
    } else if (direction == Direction.MAINTAIN) {
      met = value.compareTo(target.value()) == 0;
    } else {
      met = value.compareTo(target.value()) >= 0;
    }
    BigDecimal ratio = null;
    Measurement baseline = kpi.baseline();
    if (baseline != null
        && baseline.value() != null
        && target.value().compareTo(baseline.value()) != 0
        && Decimals.isBounded(value)
        && Decimals.isBounded(baseline.value())
        && Decimals.isBounded(target.value())) {
      ratio =
          value
              .subtract(baseline.value())
              .divide(target.value().subtract(baseline.value()), MC)
              .setScale(4, RoundingMode.HALF_EVEN);
    }
    BigDecimal expected = null;
    if (baseline != null
        && baseline.fiscalYear() != null
        && target.fiscalYear() != null
        && current.fiscalYear() != null
        && target.fiscalYear().isAfter(baseline.fiscalYear())) {
      long span = target.fiscalYear().value() - baseline.fiscalYear().value();
      long elapsed = current.fiscalYear().value() - baseline.fiscalYear().value();
      elapsed = Math.max(0, Math.min(span, elapsed));
      expected = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(span), MC).setScale(4, RoundingMode.HALF_EVEN);
    }
    if (met) {
      return new KpiProgress(Status.ACHIEVED, current, ratio, expected, direction);
    }
    boolean overdue =
        target.fiscalYear() != null
            && current.fiscalYear() != null
            && !current.fiscalYear().isBefore(target.fiscalYear());
    Status status;
    if (overdue) {
      status = Status.BEHIND;
    } else if (ratio != null && expected != null) {
      status = ratio.compareTo(expected) >= 0 ? Status.ON_TRACK : Status.BEHIND;
    } else {
      status = Status.NOT_AVAILABLE;
    }
    return new KpiProgress(status, current, ratio, expected, direction);
  }
}
