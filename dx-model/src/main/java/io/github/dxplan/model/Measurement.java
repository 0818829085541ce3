package io.github.dxplan.model;

import java.math.BigDecimal;

/**
 * A KPI figure: a value in a fiscal year, as a plan states it (a baseline 現状値 or an actual 実績).
 *
 * <p>Example: 那須烏山市's 「現状（R5年度）：19.0%」 is {@code new Measurement(new BigDecimal("19.0"),
 * FiscalYear.of(2023), "現状（R5年度）：19.0%")}; 「10%未満」 as an actual has the value 10 and the
 * comparator {@link Comparison#LESS_THAN}. Values are exact decimals. A figure lost when the source was
 * extracted has a {@code null} value; it is never guessed.
 *
 * @param value the value, or {@code null} when the plan does not give it
 * @param fiscalYear the fiscal year it refers to, or {@code null}
 * @param comparator how the figure is bounded (「10%未満」 is below 10), or {@code null} when it is exact
 * @param asWritten the city's own text for the figure, or {@code null}
 */
public record Measurement(BigDecimal value, FiscalYear fiscalYear, Comparison comparator, String asWritten) {

  /**
   * Creates an exact figure (no comparator), the shape of format 1.
   *
   * @param value the value, or {@code null}
   * @param fiscalYear the fiscal year, or {@code null}
   * @param asWritten the city's own text, or {@code null}
   */
  public Measurement(BigDecimal value, FiscalYear fiscalYear, String asWritten) {
    this(value, fiscalYear, null, asWritten);
  }
}
