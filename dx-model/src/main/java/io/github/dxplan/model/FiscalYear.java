package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.SafeText;
import io.github.dxplan.model.internal.TextException;
import io.github.dxplan.model.internal.YearText;
import io.github.dxplan.model.internal.YearText.YearToken;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;

/**
 * A Japanese local-government fiscal year (年度), April 1 to March 31 of the next year,
 * identified by the Western year in which it starts.
 *
 * <p>Example: {@code FiscalYear.parse("令和6年度")} is {@code FY2024}, which runs from 2024-04-01
 * to 2025-03-31 (地方自治法 第208条). The canonical text form is {@code FY2024}; Japanese forms
 * such as 令和6年度 are written by {@link FiscalYearFormat}.
 *
 * <p>Supported fiscal years are {@value #MIN_VALUE} (明治元年度) to {@value #MAX_VALUE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FiscalYear implements Comparable<FiscalYear>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The first supported fiscal year, 1868 (明治元年度). */
  public static final int MIN_VALUE = YearText.MIN_YEAR;

  /** The last supported fiscal year, 2999. */
  public static final int MAX_VALUE = YearText.MAX_YEAR;

  static final String ACCEPTED_FORMS =
      "accepted forms: 2024, FY2024, 2024年度, R6, Ｒ６, 令和6年度, 令和元年度, 令和6（2024）年度,"
          + " 2024（令和6）年度, H30, 平成30年度";

  private static final FiscalYear[] CACHE = new FiscalYear[MAX_VALUE - MIN_VALUE + 1];

  static {
    for (int y = MIN_VALUE; y <= MAX_VALUE; y++) {
      CACHE[y - MIN_VALUE] = new FiscalYear(y);
    }
  }

  /** The Western year in which the fiscal year starts. */
  private final int value;

  private FiscalYear(int value) {
    this.value = value;
  }

  /**
   * Obtains the fiscal year that starts in April of a Western year: {@code of(2024)} is
   * 令和6年度.
   *
   * @param startYear the Western year of April 1, {@value #MIN_VALUE} to {@value #MAX_VALUE}
   * @return the fiscal year
   * @throws InvalidValueException if the year is outside {@value #MIN_VALUE}..{@value
   *     #MAX_VALUE}
   */
  public static FiscalYear of(int startYear) {
    return checked(startYear);
  }

  private static FiscalYear checked(long startYear) {
    if (startYear < MIN_VALUE || startYear > MAX_VALUE) {
      throw new InvalidValueException(
          Long.toString(startYear),
          String.format(
              Locale.ROOT,
              "fiscal year out of range: %d (supported: %d..%d)",
              startYear,
              MIN_VALUE,
              MAX_VALUE));
    }
    return CACHE[(int) startYear - MIN_VALUE];
  }

  /**
   * Reads a fiscal year as Japanese plans write it: {@code parse("令和6（2024）年度")} is {@code
   * FY2024}.
   *
   * <p>The text is NFKC-normalized first (so {@code Ｒ６} and {@code ２０２４年度} are read) and
   * whitespace anywhere is ignored. Accepted forms:
   *
   * <ul>
   *   <li>Western: {@code 2024}, {@code FY2024} (any case), {@code 2024年度}, {@code 2024年};
   *   <li>era: {@code 令和6年度}, {@code 令和6年}, {@code 令和元年度}, {@code R6}, {@code R6年度},
   *       with 明治/大正/昭和/平成/令和 or M/T/S/H/R (and the ligatures ㍾㍽㍼㍻㋿);
   *   <li>both: {@code 令和6（2024）年度}, {@code 2024（令和6）年度}, {@code 令和6年（2024）度} — the
   *       two years must agree.
   * </ul>
   *
   * <p>An era year counts calendar years from the era's first year (元年 = 1): 令和N年度 is
   * FY(2018 + N), and 平成31年度 is FY2019 like 令和元年度. An era year after the era ended is
   * accepted and counted on ({@code 平成32年度} is FY2020), because plans drafted before the 2019
   * era change name later years that way, for up to 10 years past the era's last year: {@code
   * 昭和100年度} is refused, naming 昭和64 (1989). Kanji numerals are read ({@code 令和六年度});
   * digits other than ASCII and full-width ({@code 令和⑥年度}, {@code ２⁰２⁴}) are refused. Era year 0, unknown eras, years after {@value #MAX_VALUE}, years
   * with more than 4 digits and text after the year are rejected; {@code 2024年度末} is rejected
   * because it is a deadline (a {@link PlanDate}), not a fiscal year.
   *
   * @param text the text, e.g. {@code R6}
   * @return the fiscal year
   * @throws InvalidValueException if the text is not a fiscal year; the message says why
   * @throws NullPointerException if {@code text} is null
   */
  public static FiscalYear parse(CharSequence text) {
    requireNonNull(text, "text");
    if (text.length() == 4) {
      // The canonical form (2024), read by hand: the same result as the general path below.
      int year = 0;
      for (int i = 0; i < 4; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          year = -1;
          break;
        }
        year = year * 10 + (c - '0');
      }
      if (year >= MIN_VALUE && year <= MAX_VALUE) {
        return CACHE[year - MIN_VALUE];
      }
    }
    try {
      return read(YearText.normalize(text));
    } catch (TextException e) {
      throw new InvalidValueException(
          text,
          String.format(
              Locale.ROOT,
              "cannot read fiscal year \"%s\": %s; %s",
              SafeText.shown(text),
              e.reason(),
              ACCEPTED_FORMS));
    }
  }

  /** Reads normalized text; the reason for a failure is in the TextException. */
  static FiscalYear read(String normalized) {
    YearToken token = YearText.readYear(normalized);
    String rest = token.rest();
    if (rest.isEmpty() || rest.equals("年度") || rest.equals("年")) {
      return CACHE[token.year() - MIN_VALUE];
    }
    if (rest.startsWith("年度末")) {
      throw new TextException(
          String.format(
              Locale.ROOT,
              "年度末 (the end of the fiscal year, %s) is a deadline, not a fiscal year; read it"
                  + " as a PlanDate, or write the fiscal year without 末",
              CACHE[token.year() - MIN_VALUE].endDate()));
    }
    String extra =
        rest.startsWith("年度")
            ? rest.substring(2)
            : rest.startsWith("年") ? rest.substring(1) : rest;
    if (extra.matches("\\d{1,2}月.*")) {
      throw new TextException(
          String.format(
              Locale.ROOT,
              "\"%s\" gives a month, so it is a date, not a fiscal year; read it as a PlanDate",
              SafeText.shown(extra)));
    }
    throw new TextException(
        String.format(Locale.ROOT, "unexpected \"%s\" after the year", SafeText.shown(extra)));
  }

  /**
   * Obtains the fiscal year that contains a date, changing on April 1: 2024-03-31 is in FY2023,
   * 2024-04-01 in FY2024.
   *
   * @param date the date
   * @return the fiscal year containing it
   * @throws InvalidValueException if that fiscal year is outside the supported range
   * @throws NullPointerException if {@code date} is null
   */
  public static FiscalYear from(LocalDate date) {
    requireNonNull(date, "date");
    int year = date.getYear();
    return checked(date.getMonthValue() >= Month.APRIL.getValue() ? year : (long) year - 1);
  }

  /**
   * Obtains the current fiscal year from a clock, using the clock's zone: {@code
   * FiscalYear.now(Clock.system(ZoneId.of("Asia/Tokyo")))}.
   *
   * @param clock the clock; its zone decides the date
   * @return the current fiscal year
   * @throws NullPointerException if {@code clock} is null
   */
  public static FiscalYear now(Clock clock) {
    requireNonNull(clock, "clock");
    return from(LocalDate.now(clock));
  }

  /**
   * Returns the Western year in which this fiscal year starts: 2024 for 令和6年度.
   *
   * @return the starting year
   */
  public int value() {
    return value;
  }

  /**
   * Returns the first day of this fiscal year: 2024-04-01 for FY2024.
   *
   * @return April 1 of the starting year
   */
  public LocalDate startDate() {
    return LocalDate.of(value, 4, 1);
  }

  /**
   * Returns the last day of this fiscal year (年度末): 2025-03-31 for FY2024.
   *
   * @return March 31 of the following year
   */
  public LocalDate endDate() {
    return LocalDate.of(value + 1, 3, 31);
  }

  /**
   * Returns the fiscal year a number of years later: {@code FY2024.plusYears(2)} is FY2026.
   *
   * @param years the years to add, may be negative
   * @return the later fiscal year
   * @throws InvalidValueException if the result is outside the supported range
   */
  public FiscalYear plusYears(long years) {
    if (years == 0) {
      return this;
    }
    if (years > MAX_VALUE || years < -MAX_VALUE) {
      throw outOfRange("plusYears", years);
    }
    return checked(value + years);
  }

  /**
   * Returns the fiscal year a number of years earlier: {@code FY2024.minusYears(5)} is FY2019.
   *
   * @param years the years to subtract, may be negative
   * @return the earlier fiscal year
   * @throws InvalidValueException if the result is outside the supported range
   */
  public FiscalYear minusYears(long years) {
    if (years == 0) {
      return this;
    }
    if (years > MAX_VALUE || years < -MAX_VALUE) {
      throw outOfRange("minusYears", years);
    }
    return checked(value - years);
  }

  private InvalidValueException outOfRange(String operation, long years) {
    String input = String.format(Locale.ROOT, "%s.%s(%d)", this, operation, years);
    return new InvalidValueException(
        input,
        String.format(
            Locale.ROOT,
            "fiscal year out of range: %s (supported: %d..%d)",
            input,
            MIN_VALUE,
            MAX_VALUE));
  }

  /**
   * Checks whether this fiscal year is earlier than another: FY2023 is before FY2024.
   *
   * @param other the other fiscal year
   * @return true if this one starts earlier
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isBefore(FiscalYear other) {
    requireNonNull(other, "other");
    return value < other.value;
  }

  /**
   * Checks whether this fiscal year is later than another: FY2025 is after FY2024.
   *
   * @param other the other fiscal year
   * @return true if this one starts later
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isAfter(FiscalYear other) {
    requireNonNull(other, "other");
    return value > other.value;
  }

  /**
   * Checks whether a date falls in this fiscal year: FY2024 contains 2025-03-31 but not
   * 2025-04-01.
   *
   * @param date the date
   * @return true if {@code startDate() <= date <= endDate()}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /**
   * Compares by starting year: FY2023 sorts before FY2024.
   *
   * @param other the other fiscal year
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(value, other.value);
  }

  /**
   * Checks whether this is the same fiscal year as another object.
   *
   * @param obj the other object
   * @return true if it is a FiscalYear with the same starting year
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof FiscalYear && ((FiscalYear) obj).value == value;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Integer.hashCode(value);
  }

  /**
   * Returns the canonical, locale-free form {@code FY2024}, which {@link #parse} reads back.
   *
   * @return {@code FY} followed by the starting year
   */
  @Override
  public String toString() {
    return "FY" + value;
  }

  /**
   * Rejects a serialized form that {@code of} would not accept.
   *
   * @param in the stream
   * @throws java.io.IOException if the stream fails or the value is invalid
   * @throws ClassNotFoundException never, in practice
   */
  private void readObject(ObjectInputStream in) throws java.io.IOException,
      ClassNotFoundException {
    in.defaultReadObject();
    if (value < MIN_VALUE || value > MAX_VALUE) {
      throw new InvalidObjectException("fiscal year out of range: " + value);
    }
  }

  /**
   * Returns the shared instance for the year.
   *
   * @return the cached fiscal year
   */
  private Object readResolve() {
    return CACHE[value - MIN_VALUE];
  }
}
