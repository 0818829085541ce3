package io.github.dxplan.model;

import java.util.Optional;

/**
 * A plan's period (計画期間) in fiscal years, as much of it as the plan states: both ends, or only one.
 *
 * <p>Example: 潮来市 states 令和5年度～令和7年度, {@code PlanPeriod.of(FiscalYearRange.of(2023, 2025))};
 * 小山市 states only that the plan runs to 令和7年度, {@code new PlanPeriod(null, FiscalYear.of(2025))}.
 *
 * @param from the first fiscal year, or {@code null} when the plan does not state it
 * @param to the last fiscal year, included, or {@code null} when the plan does not state it
 */
public record PlanPeriod(FiscalYear from, FiscalYear to) {
  /**
   * Checks that at least one end is given.
   *
   * @throws IllegalArgumentException if both ends are {@code null}
   */
  public PlanPeriod {
    if (from == null && to == null) {
      throw new IllegalArgumentException("a period needs at least one end (from or to)");
    }
  }

  /**
   * Returns the period of a complete range.
   *
   * @param range the range, or {@code null}
   * @return the period, or {@code null} when {@code range} is {@code null}
   */
  public static PlanPeriod of(FiscalYearRange range) {
    return range == null ? null : new PlanPeriod(range.from(), range.to());
  }

  /**
   * Returns the period as a range when both ends are stated.
   *
   * @return the range, or empty when an end is missing
   */
  public Optional<FiscalYearRange> range() {
    return isComplete() ? Optional.of(new FiscalYearRange(from, to)) : Optional.empty();
  }

  /**
   * Returns whether both ends are stated.
   *
   * @return {@code true} if {@code from} and {@code to} are both present
   */
  public boolean isComplete() {
    return from != null && to != null;
  }

  /**
   * Returns the period for messages: {@code FY2023-FY2025}, or {@code -FY2025} / {@code FY2023-} when
   * only one end is stated.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return (from == null ? "" : from.toString()) + "-" + (to == null ? "" : to.toString());
  }
}
