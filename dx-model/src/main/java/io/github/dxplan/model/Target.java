package io.github.dxplan.model;

import java.math.BigDecimal;

/**
 * A KPI target (目標値): a value to reach by a fiscal year, with how it is compared.
 *
 * <p>Example: 「40人未満」 by 令和10年度 is {@code new Target(new BigDecimal("40"), FiscalYear.of(2028),
 * Comparison.LESS_THAN, "40人未満")}.
 *
 * @param value the target value, or {@code null} when the plan does not give it
 * @param fiscalYear the fiscal year by which it is to be reached, or {@code null}
 * @param comparator how the target is stated (以上, 未満, …), or {@code null} when the plan states none
 * @param asWritten the city's own text for the target, or {@code null}
 */
public record Target(BigDecimal value, FiscalYear fiscalYear, Comparison comparator, String asWritten) {}
