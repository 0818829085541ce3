package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a national deadline falls: the end of a fiscal year (年度末) or a month (令和8年9月).
 *
 * <p>Examples: the standardisation of 2.0 is due by {@code DueDate.parse("FY2025")}, the end of
 * fiscal year 2025 (令和7年度末), whose {@link #date()} is 2026-03-31; eLTAX collection of public
 * funds is to start by {@code DueDate.parse("2026-09")} (令和8年9月), whose {@link #date()} is
 * 2026-09-30.
 *
 * <p>{@link #date()} is always the <em>last</em> day on which the deadline is still met: the
 * national plan writes deadlines as "by" (までに) a fiscal year or a month, so the whole of that
 * period counts. A fiscal year runs 4月1日 – 3月31日 (地方自治法 第208条), so the end of FY{@code n}
 * is March 31 of {@code n + 1}. Comparing two {@code DueDate}s by {@link #date()} orders them in
 * time. {@link #parse(CharSequence)} is the exact inverse of {@link #toString()}. This class is
 * immutable and thread-safe.
 */
public final class DueDate implements Comparable<DueDate> {

  private static final Pattern FISCAL_YEAR = Pattern.compile("FY(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  private final int fiscalYear; // 0 when this is a month
  private final YearMonth month; // null when this is a fiscal year end

  private DueDate(int fiscalYear, YearMonth month) {
    this.fiscalYear = fiscalYear;
    this.month = month;
  }

  /**
   * Returns the end of the given fiscal year.
   *
   * @param fiscalYear the fiscal year by its starting calendar year (令和7年度 = 2025), 1000 to 9998
   * @return the end of that fiscal year
   * @throws IllegalArgumentException if the year is out of range
   */
  public static DueDate endOfFiscalYear(int fiscalYear) {
    if (fiscalYear < 1000 || fiscalYear > 9998) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "fiscal year out of range: %d", fiscalYear));
    }
    return new DueDate(fiscalYear, null);
  }

  /**
   * Returns a deadline given as a month.
   *
   * @param month the month, e.g. 2026-09
   * @return the deadline
   */
  public static DueDate ofMonth(YearMonth month) {
    requireNonNull(month, "month");
    if (month.getYear() < 1000 || month.getYear() > 9999) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "month out of range: %s", month));
    }
    return new DueDate(0, month);
  }

  /**
   * Reads the text form: {@code FY2025} (end of a fiscal year) or {@code 2026-09} (a month).
   *
   * @param text the text
   * @return the deadline
   * @throws InvalidValueException if the text is in neither form
   */
  public static DueDate parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher fy = FISCAL_YEAR.matcher(text);
    if (fy.matches()) {
      return endOfFiscalYear(Integer.parseInt(fy.group(1)));
    }
    Matcher m = MONTH.matcher(text);
    if (m.matches()) {
      try {
        return ofMonth(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      } catch (DateTimeException e) {
        // fall through to the message below
      }
    }
    throw new InvalidValueException(
        text,
        String.format(
            Locale.ROOT,
            "cannot read deadline \"%s\": accepted forms are FY2025 (the end of fiscal year 2025,"
                + " i.e. 2026-03-31) and 2026-09 (a month)",
            text));
  }

  /**
   * Returns the fiscal year whose end this is, if this is a fiscal-year end.
   *
   * @return the fiscal year, or empty for a month
   */
  public OptionalInt fiscalYear() {
    return month == null ? OptionalInt.of(fiscalYear) : OptionalInt.empty();
  }

  /**
   * Returns the month, if this deadline is given as a month.
   *
   * @return the month, or empty for a fiscal-year end
   */
  public Optional<YearMonth> month() {
    return Optional.ofNullable(month);
  }

  /**
   * Returns the last day on which the deadline is met: March 31 after the fiscal year, or the last
   * day of the month.
   *
   * @return the comparable day
   */
  public LocalDate date() {
    return month == null ? LocalDate.of(fiscalYear + 1, 3, 31) : month.atEndOfMonth();
  }

  /** Orders by {@link #date()}; a fiscal-year end sorts before a month ending the same day. */
  @Override
  public int compareTo(DueDate other) {
    int c = date().compareTo(other.date());
    if (c != 0) {
      return c;
    }
    return Boolean.compare(month != null, other.month != null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DueDate
        && ((DueDate) o).fiscalYear == fiscalYear
        && Objects.equals(((DueDate) o).month, month);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fiscalYear, month);
  }

  /** Returns {@code FY2025} for a fiscal-year end, {@code 2026-09} for a month. */
  @Override
  public String toString() {
    return month == null ? String.format(Locale.ROOT, "FY%04d", fiscalYear) : month.toString();
  }
}
