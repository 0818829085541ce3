package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Era;
import io.github.dxplan.model.internal.SafeText;
import io.github.dxplan.model.internal.TextException;
import io.github.dxplan.model.internal.YearText;
import io.github.dxplan.model.internal.YearText.YearToken;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precisely as a plan states it: a year, a year and month, or a full date.
 *
 * <p>Example: {@code PlanDate.parse("令和5年12月")} is {@code 2023-12}, covering 2023-12-01 to
 * 2023-12-31 and falling in FY2023. Plans date their adoption and their deadlines this way
 * (令和5年12月, 令和8年9月, 2025年度末); a {@code PlanDate} keeps what was said without inventing
 * a day.
 *
 * <p>Years run from 1868 to 2999. This class is immutable and thread-safe.
 */
public final class PlanDate implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String ACCEPTED_FORMS =
      "accepted forms: 2023, 2023-12, 2023-12-01, 2023年12月, 2024年2月15日, 令和5年12月,"
          + " 令和5年12月1日, 令和5（2023）年12月, R5.12, 令和7年度末";

  private static final Pattern JAPANESE_MONTH_DAY =
      Pattern.compile("年(?:(\\d+)月(?:(\\d+)日)?)?");
  private static final Pattern SEPARATED_MONTH_DAY =
      Pattern.compile("([-/.])(\\d+)(?:\\1(\\d+))?");

  /** How precisely a {@link PlanDate} is stated. */
  public enum Precision {
    /** Only the year: {@code 2023}. */
    YEAR,
    /** The year and month: {@code 2023-12}. */
    MONTH,
    /** A full date: {@code 2023-12-01}. */
    DAY
  }

  /** The Western year, 1868..2999. */
  private final int year;
  /** 1..12, or 0 when not stated. */
  private final int month;
  /** 1..31, or 0 when not stated. */
  private final int day;

  private PlanDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Obtains a year-precise date: {@code of(2025)}.
   *
   * @param year the Western year, 1868 to 2999
   * @return the date
   * @throws InvalidValueException if the year is out of range
   */
  public static PlanDate of(int year) {
    return create(Integer.toString(year), year, 0, 0);
  }

  /**
   * Obtains a month-precise date: {@code of(2026, 9)} for 令和8年9月.
   *
   * @param year the Western year, 1868 to 2999
   * @param month the month, 1 to 12
   * @return the date
   * @throws InvalidValueException if the year or month is out of range
   */
  public static PlanDate of(int year, int month) {
    String input = String.format(Locale.ROOT, "%d-%d", year, month);
    if (month < 1 || month > 12) {
      // Checked here because 0 means "no month" inside this class.
      throw new InvalidValueException(
          input,
          String.format(
              Locale.ROOT, "invalid plan date %s: month %d is not between 1 and 12", input, month));
    }
    return create(input, year, month, 0);
  }

  /**
   * Obtains a day-precise date: {@code of(LocalDate.of(2024, 2, 15))}.
   *
   * @param date the date; its year must be 1868 to 2999
   * @return the date
   * @throws InvalidValueException if the year is out of range
   * @throws NullPointerException if {@code date} is null
   */
  public static PlanDate of(LocalDate date) {
    requireNonNull(date, "date");
    return create(date.toString(), date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Obtains a month-precise date: {@code of(YearMonth.of(2023, 12))}.
   *
   * @param yearMonth the year and month; the year must be 1868 to 2999
   * @return the date
   * @throws InvalidValueException if the year is out of range
   * @throws NullPointerException if {@code yearMonth} is null
   */
  public static PlanDate of(YearMonth yearMonth) {
    requireNonNull(yearMonth, "yearMonth");
    return create(
        yearMonth.toString(), yearMonth.getYear(), yearMonth.getMonthValue(), 0);
  }

  private static PlanDate create(String input, long year, long month, long day) {
    try {
      return checked(year, month, day);
    } catch (TextException e) {
      throw new InvalidValueException(
          input,
          String.format(Locale.ROOT, "invalid plan date %s: %s", input, e.reason()));
    }
  }

  private static PlanDate checked(long year, long month, long day) {
    YearText.requireInRange(year);
    if (month != 0 && (month < 1 || month > 12)) {
      throw new TextException(
          String.format(Locale.ROOT, "month %d is not between 1 and 12", month));
    }
    if (day != 0) {
      int length = YearMonth.of((int) year, (int) month).lengthOfMonth();
      if (day < 1 || day > length) {
        throw new TextException(
            String.format(
                Locale.ROOT,
                "day %d does not exist in %04d-%02d (it has %d days)",
                day,
                year,
                month,
                length));
      }
    }
    return new PlanDate((int) year, (int) month, (int) day);
  }

  /**
   * Reads a date as plans write it: {@code parse("令和5年12月")} is 2023-12.
   *
   * <p>The text is NFKC-normalized (full-width digits are read) and whitespace is ignored.
   * Accepted forms, with any year form of {@link FiscalYear#parse} that names a calendar year
   * (2023, 令和5, 令和元, R5, 令和5（2023）, 2023（令和5）):
   *
   * <ul>
   *   <li>ISO and separated: {@code 2023}, {@code 2023-12}, {@code 2023-12-01}, {@code
   *       2023/12/1}, {@code R5.12}, {@code R5.12.1};
   *   <li>Japanese: {@code 2023年}, {@code 2023年12月}, {@code 2024年2月15日}, {@code 令和5年12月},
   *       {@code 令和5年12月1日}, {@code 令和5（2023）年12月}, {@code 令和5年（2023年）2月};
   *   <li>the end of a fiscal year, a common deadline: {@code 令和7年度末} and {@code 2025年度末}
   *       are the day 2026-03-31.
   * </ul>
   *
   * <p>Rejected: months outside 1..12, days that the month does not have, a fiscal year ({@code
   * 令和5年度}, {@code FY2023}: use {@link FiscalYear}), and an era date wholly before its era
   * began ({@code 令和元年4月}: 令和 began on 2019-05-01), an era date in the era's last year but
   * wholly after its last day ({@code 昭和64年1月8日}: that day is 平成元年), and kanji numerals
   * are read ({@code 令和六年三月}). A later era year is counted on, as in {@link
   * FiscalYear#parse}: {@code 平成32年3月} is 2020-03, but {@code 昭和100年} is refused.
   *
   * @param text the text
   * @return the date
   * @throws InvalidValueException if the text is not a date; the message says why
   * @throws NullPointerException if {@code text} is null
   */
  public static PlanDate parse(CharSequence text) {
    requireNonNull(text, "text");
    try {
      return read(YearText.normalize(text));
    } catch (TextException e) {
      throw new InvalidValueException(
          text,
          String.format(
              Locale.ROOT,
              "cannot read plan date \"%s\": %s; %s",
              SafeText.shown(text),
              e.reason(),
              ACCEPTED_FORMS));
    }
  }

  private static PlanDate read(String s) {
    YearToken token = YearText.readYear(s);
    String rest = token.rest();
    if (token.fyPrefix()) {
      throw new TextException(
          "FY names a fiscal year, not a date; read it with FiscalYear.parse");
    }
    if (rest.equals("年度末")) {
      if (token.year() >= YearText.MAX_YEAR) {
        // The end of FY2999 is in 3000, past the last year read: it could be written but not read back.
        throw new TextException(
            String.format(
                Locale.ROOT,
                "年度末 of FY%d is %d-03-31, after the last supported year %d",
                token.year(),
                token.year() + 1,
                YearText.MAX_YEAR));
      }
      return new PlanDate(token.year() + 1, 3, 31);
    }
    if (rest.startsWith("年度")) {
      throw new TextException(
          "年度 names a fiscal year, not a date; read it with FiscalYear.parse, or write 年度末"
              + " for its last day");
    }
    PlanDate date;
    if (rest.isEmpty()) {
      date = new PlanDate(token.year(), 0, 0);
    } else {
      Matcher m = JAPANESE_MONTH_DAY.matcher(rest);
      if (!m.matches()) {
        m = SEPARATED_MONTH_DAY.matcher(rest);
        if (!m.matches()) {
          throw new TextException(
              String.format(Locale.ROOT, "unexpected \"%s\" after the year", SafeText.shown(rest)));
        }
        m = rereadSeparated(m);
      }
      date = checked(token.year(), number(m.group(1), "month"), number(m.group(2), "day"));
    }
    Era era = token.era();
    if (era != null && date.latest().isBefore(era.start())) {
      throw new TextException(
          String.format(
              Locale.ROOT,
              "%s is before %s began on %s",
              date,
              era.name(),
              era.start()));
    }
    if (era != null && era.lastDay().isPresent()) {
      LocalDate last = era.lastDay().get();
      if (date.year() == last.getYear() && date.earliest().isAfter(last)) {
        Era then = Era.on(date.earliest()).orElseThrow();
        throw new TextException(
            String.format(
                Locale.ROOT,
                "%s is after %s ended on %s: that is %s%s年 (%d)",
                date,
                era.name(),
                last,
                then.name(),
                then.eraYear(date.year()) == 1 ? "元" : Integer.toString(then.eraYear(date.year())),
                date.year()));
      }
    }
    return date;
  }

  /** Shifts the groups of SEPARATED_MONTH_DAY so that group 1 is the month, 2 the day. */
  private static Matcher rereadSeparated(Matcher separated) {
    String month = separated.group(2);
    String day = separated.group(3);
    Matcher m = JAPANESE_MONTH_DAY.matcher("年" + month + "月" + (day == null ? "" : day + "日"));
    m.matches();
    return m;
  }

  private static long number(String digits, String what) {
    if (digits == null) {
      return 0;
    }
    if (digits.length() > 2) {
      throw new TextException(
          String.format(Locale.ROOT, "the %s %s has more than 2 digits", what, SafeText.shown(digits)));
    }
    long n = Long.parseLong(digits);
    if (n == 0) {
      throw new TextException(String.format(Locale.ROOT, "%s 0 does not exist", what));
    }
    return n;
  }

  /**
   * Returns how precisely the date is stated: {@code MONTH} for 令和5年12月.
   *
   * @return the precision
   */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /**
   * Returns the Western year: 2023 for 令和5年12月.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the month, if stated: 12 for 令和5年12月, empty for 2023.
   *
   * @return the month 1 to 12, or empty
   */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * Returns the day of the month, if stated: 15 for 2024年2月15日, empty for 2023-12.
   *
   * @return the day, or empty
   */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * Returns the first day this date covers: 2023-12-01 for 2023-12, 2023-01-01 for 2023.
   *
   * @return the earliest day
   */
  public LocalDate earliest() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /**
   * Returns the last day this date covers: 2023-12-31 for 2023-12, 2024-02-29 for 2024-02.
   *
   * @return the latest day
   */
  public LocalDate latest() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    if (month != 0) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  /**
   * Checks whether a day falls within the days this date covers: 2023-12 contains 2023-12-15.
   *
   * @param date the day
   * @return true if {@code earliest() <= date <= latest()}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(earliest()) && !date.isAfter(latest());
  }

  /**
   * Checks whether every day this date covers is before a day: 2023-12 is certainly before
   * 2024-01-01, but not before 2023-12-15.
   *
   * @param date the day
   * @return true if {@code latest()} is before it
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isCertainlyBefore(LocalDate date) {
    requireNonNull(date, "date");
    return latest().isBefore(date);
  }

  /**
   * Checks whether every day this date covers is after a day: 2023-12 is certainly after
   * 2023-11-30, but not after 2023-12-15.
   *
   * @param date the day
   * @return true if {@code earliest()} is after it
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isCertainlyAfter(LocalDate date) {
    requireNonNull(date, "date");
    return earliest().isAfter(date);
  }

  /**
   * Returns the fiscal year of this date when it is determined: FY2023 for 2023-12 and for
   * 2024-02, empty for the year 2023 (which spans FY2022 and FY2023).
   *
   * @return the fiscal year, or empty if the date spans two or lies before FY1868
   */
  public Optional<FiscalYear> fiscalYear() {
    if (month == 0) {
      return Optional.empty();
    }
    int start = month >= 4 ? year : year - 1;
    return start < FiscalYear.MIN_VALUE ? Optional.empty() : Optional.of(FiscalYear.of(start));
  }

  /**
   * Checks whether this is the same date, at the same precision, as another object: 2023-12 is
   * not equal to 2023-12-01.
   *
   * @param obj the other object
   * @return true if year, month and day (where stated) are equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PlanDate)) {
      return false;
    }
    PlanDate other = (PlanDate) obj;
    return year == other.year && month == other.month && day == other.day;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (year * 16 + month) * 32 + day;
  }

  /**
   * Returns the ISO form at this date's precision, which {@link #parse} reads back: {@code 2023},
   * {@code 2023-12} or {@code 2023-12-01}.
   *
   * @return the ISO text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(10).append(year);
    if (month != 0) {
      sb.append(month < 10 ? "-0" : "-").append(month);
    }
    if (day != 0) {
      sb.append(day < 10 ? "-0" : "-").append(day);
    }
    return sb.toString();
  }

  /**
   * Rejects a serialized form that {@code of} would not accept.
   *
   * @param in the stream
   * @throws java.io.IOException if the stream fails or the value is invalid
   * @throws ClassNotFoundException never, in practice
   */
  private void readObject(ObjectInputStream in)
      throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    try {
      checked(year, month, day);
    } catch (TextException e) {
      throw new InvalidObjectException(e.reason());
    }
    if (day != 0 && month == 0) {
      throw new InvalidObjectException("a day without a month");
    }
  }
}
