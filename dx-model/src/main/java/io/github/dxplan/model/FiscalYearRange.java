package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.SafeText;
import io.github.dxplan.model.internal.TextException;
import io.github.dxplan.model.internal.YearText;
import io.github.dxplan.model.internal.YearText.YearToken;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A span of fiscal years, both ends included, such as a plan period or a roadmap bar.
 *
 * <p>Example: {@code FiscalYearRange.parse("令和5年度～令和7年度")} is {@code FY2023-FY2025},
 * three years from 2023-04-01 to 2026-03-31.
 *
 * <p>A range whose start is after its end can be built and read, because plans contain such
 * mistakes and validation reports them as findings; {@link #isOrdered()} tells them apart, and
 * an unordered range covers no year.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the first fiscal year
 * @param to the last fiscal year, included
 * @serial exclude (javadoc 17 reports the components of a serializable record as undocumented)
 */
public record FiscalYearRange(FiscalYear from, FiscalYear to) implements Serializable {
  /** The default of a record, stated. */
  private static final long serialVersionUID = 0L;


  private static final String ACCEPTED_FORMS =
      "accepted forms: FY2023-FY2025, 2023-2025, 令和5年度～令和7年度, 令和5年度から令和7年度まで,"
          + " R5〜R7, R5-R7, 令和5～7年度";

  /** Separators between the two ends, after NFKC (which turns ～ into ~ and － into -). */
  private static final Pattern SEPARATOR = Pattern.compile("から|[-~〜‐‑–—―−ー]");

  private static final Pattern BARE_ERA_YEAR = Pattern.compile("(?:元|\\d{1,2})(?:年度|年)?");

  /**
   * Creates a range; the ends may be in either order.
   *
   * @param from the first fiscal year
   * @param to the last fiscal year, included
   * @throws NullPointerException if either is null
   */
  public FiscalYearRange {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
  }

  /**
   * Obtains a range: {@code of(FiscalYear.of(2023), FiscalYear.of(2025))} is FY2023-FY2025.
   *
   * @param from the first fiscal year
   * @param to the last fiscal year, included
   * @return the range
   * @throws NullPointerException if either is null
   */
  public static FiscalYearRange of(FiscalYear from, FiscalYear to) {
    return new FiscalYearRange(from, to);
  }

  /**
   * Obtains a range from starting years: {@code of(2023, 2025)} is FY2023-FY2025.
   *
   * @param from the starting year of the first fiscal year
   * @param to the starting year of the last fiscal year
   * @return the range
   * @throws InvalidValueException if a year is outside the supported range
   */
  public static FiscalYearRange of(int from, int to) {
    return new FiscalYearRange(FiscalYear.of(from), FiscalYear.of(to));
  }

  /**
   * Obtains the range of a single fiscal year: {@code single(FiscalYear.of(2024))} is
   * FY2024-FY2024.
   *
   * @param year the fiscal year
   * @return a one-year range
   * @throws NullPointerException if {@code year} is null
   */
  public static FiscalYearRange single(FiscalYear year) {
    return new FiscalYearRange(year, year);
  }

  /**
   * Reads a range as plans write it: {@code parse("令和5～7年度")} is FY2023-FY2025.
   *
   * <p>Accepted: {@code FY2023-FY2025}, {@code 2023-2025}, {@code 令和5年度～令和7年度}, {@code
   * 令和5年度から令和7年度まで}, {@code R5〜R7}, {@code R5-R7}, and an end that gives only the era
   * year, which takes the era of the start ({@code 令和5～7年度}, {@code R6-10}). The separator
   * may be -, ～, 〜, から, or a dash; each end is any form {@link FiscalYear#parse} accepts. A
   * single fiscal year such as {@code 令和6年度} is read as a one-year range. An end before the
   * start is read as written (see {@link #isOrdered()}).
   *
   * @param text the text
   * @return the range
   * @throws InvalidValueException if the text is not a range; the message says which end is wrong
   *     and why
   * @throws NullPointerException if {@code text} is null
   */
  public static FiscalYearRange parse(CharSequence text) {
    requireNonNull(text, "text");
    try {
      String s = YearText.normalize(text);
      if (s.endsWith("まで")) {
        s = s.substring(0, s.length() - 2);
      }
      var m = SEPARATOR.matcher(s);
      if (!m.find()) {
        if (s.isEmpty()) {
          throw new TextException("the text is empty");
        }
        return single(end(s, "the year"));
      }
      String left = s.substring(0, m.start());
      String right = s.substring(m.end());
      if (m.find()) {
        throw new TextException(
            String.format(Locale.ROOT, "it has more than one separator (\"%s\")", SafeText.shown(m.group())));
      }
      if (left.isEmpty() || right.isEmpty()) {
        throw new TextException(left.isEmpty() ? "the start is missing" : "the end is missing");
      }
      FiscalYear start = end(left, "the start");
      if (BARE_ERA_YEAR.matcher(right).matches()) {
        YearToken token = YearText.readYear(left);
        if (token.era() != null) {
          right = token.era().name() + right;
        }
      }
      return new FiscalYearRange(start, end(right, "the end"));
    } catch (TextException e) {
      throw new InvalidValueException(
          text,
          String.format(
              Locale.ROOT,
              "cannot read fiscal year range \"%s\": %s; %s",
              SafeText.shown(text),
              e.reason(),
              ACCEPTED_FORMS));
    }
  }

  private static FiscalYear end(String part, String which) {
    try {
      return FiscalYear.read(part);
    } catch (TextException e) {
      throw new TextException(
          String.format(
              Locale.ROOT, "%s \"%s\" is not a fiscal year: %s", which, SafeText.shown(part), e.reason()));
    }
  }

  /**
   * Checks whether the start is not after the end: FY2023-FY2025 and FY2024-FY2024 are ordered,
   * FY2025-FY2023 is not.
   *
   * @return true if {@code from <= to}
   */
  public boolean isOrdered() {
    return !from.isAfter(to);
  }

  /**
   * Returns the number of fiscal years, {@code to - from + 1}: 3 for FY2023-FY2025. It is zero or
   * negative for an unordered range.
   *
   * @return the length in years
   */
  public int lengthInYears() {
    return to.value() - from.value() + 1;
  }

  /**
   * Checks whether a fiscal year is within this range: FY2023-FY2025 contains FY2025.
   *
   * @param year the fiscal year
   * @return true if the range is ordered and includes it
   * @throws NullPointerException if {@code year} is null
   */
  public boolean contains(FiscalYear year) {
    requireNonNull(year, "year");
    return !year.isBefore(from) && !year.isAfter(to);
  }

  /**
   * Checks whether another range lies entirely within this one: FY2023-FY2027 contains
   * FY2024-FY2025. Both ranges must be ordered.
   *
   * @param other the other range
   * @return true if both are ordered and every year of {@code other} is in this range
   * @throws NullPointerException if {@code other} is null
   */
  public boolean contains(FiscalYearRange other) {
    requireNonNull(other, "other");
    return isOrdered() && other.isOrdered() && contains(other.from) && contains(other.to);
  }

  /**
   * Checks whether two ranges share at least one fiscal year: FY2023-FY2025 overlaps
   * FY2025-FY2027.
   *
   * @param other the other range
   * @return true if both are ordered and have a year in common
   * @throws NullPointerException if {@code other} is null
   */
  public boolean overlaps(FiscalYearRange other) {
    requireNonNull(other, "other");
    return isOrdered()
        && other.isOrdered()
        && !from.isAfter(other.to)
        && !other.from.isAfter(to);
  }

  /**
   * Returns the first day of the range: 2023-04-01 for FY2023-FY2025.
   *
   * @return the start date of {@code from}
   */
  public LocalDate startDate() {
    return from.startDate();
  }

  /**
   * Returns the last day of the range: 2026-03-31 for FY2023-FY2025.
   *
   * @return the end date of {@code to}
   */
  public LocalDate endDate() {
    return to.endDate();
  }

  /**
   * Returns every fiscal year in the range, in order: [FY2023, FY2024, FY2025] for
   * FY2023-FY2025.
   *
   * @return the years, unmodifiable; empty if the range is unordered
   */
  public List<FiscalYear> years() {
    if (!isOrdered()) {
      return List.of();
    }
    List<FiscalYear> years = new ArrayList<>(lengthInYears());
    for (int y = from.value(); y <= to.value(); y++) {
      years.add(FiscalYear.of(y));
    }
    return Collections.unmodifiableList(years);
  }

  /**
   * Returns the canonical form {@code FY2023-FY2025}, which {@link #parse} reads back.
   *
   * @return the two ends joined by a hyphen
   */
  @Override
  public String toString() {
    return from + "-" + to;
  }
}
