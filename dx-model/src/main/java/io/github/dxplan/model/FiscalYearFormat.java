package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Era;
import java.time.LocalDate;

/**
 * The Japanese text forms of a fiscal year: 令和6年度, 令和6（2024）年度 and R6.
 *
 * <p>Example: {@code FiscalYearFormat.japanese(FiscalYear.of(2019))} is {@code 令和元年度}. The
 * era is the one in force on December 31 of the starting year, and the era year counts calendar
 * years from 元年 — the official usage, in which all of FY2019 is 令和元年度 although April 2019
 * was still 平成. Formatting is done by hand rather than with {@code JapaneseDate}, whose
 * handling of 元年 has varied between JDK releases. Every output is read back by {@link
 * FiscalYear#parse} to the same fiscal year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FiscalYearFormat {

  private FiscalYearFormat() {}

  /**
   * Formats a fiscal year with its era: FY2024 is {@code 令和6年度}, FY2019 {@code 令和元年度},
   * FY1989 {@code 平成元年度}, FY1988 {@code 昭和63年度}.
   *
   * @param fy the fiscal year
   * @return the era form
   * @throws NullPointerException if {@code fy} is null
   */
  public static String japanese(FiscalYear fy) {
    requireNonNull(fy, "fy");
    Era era = eraOf(fy);
    return era.name() + eraYear(era, fy) + "年度";
  }

  /**
   * Formats a fiscal year with its era and, in full-width parentheses, its Western year: FY2024
   * is {@code 令和6（2024）年度}.
   *
   * @param fy the fiscal year
   * @return the era form with the Western year
   * @throws NullPointerException if {@code fy} is null
   */
  public static String japaneseWithWestern(FiscalYear fy) {
    requireNonNull(fy, "fy");
    Era era = eraOf(fy);
    return era.name() + eraYear(era, fy) + "（" + fy.value() + "）年度";
  }

  /**
   * Formats a fiscal year as the era letter and the era year, as roadmap tables do: FY2024 is
   * {@code R6}, FY2018 {@code H30}, FY2019 {@code R1}.
   *
   * @param fy the fiscal year
   * @return the short era form
   * @throws NullPointerException if {@code fy} is null
   */
  public static String shortJapanese(FiscalYear fy) {
    requireNonNull(fy, "fy");
    Era era = eraOf(fy);
    return era.letter() + era.eraYear(fy.value());
  }

  private static Era eraOf(FiscalYear fy) {
    LocalDate dec31 = LocalDate.of(fy.value(), 12, 31);
    return Era.on(dec31)
        .orElseThrow(() -> new IllegalStateException("no era on " + dec31));
  }

  private static String eraYear(Era era, FiscalYear fy) {
    int eraYear = era.eraYear(fy.value());
    return eraYear == 1 ? "元" : Integer.toString(eraYear);
  }
}
