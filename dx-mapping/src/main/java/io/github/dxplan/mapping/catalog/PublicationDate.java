package io.github.dxplan.mapping.catalog;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a catalogue version was published, as precisely as it is known: a day, a month or only
 * a year.
 *
 * <p>Example: 2.3 is {@code PublicationDate.parse("2024-02-05")} (precision {@link Precision#DAY}),
 * while for 3.0 only the year is confirmed: {@code PublicationDate.of(2024)}, whose {@link
 * #earliest()} is 2024-01-01 and {@link #latest()} 2024-12-31. The text form is ISO-8601 with as
 * many fields as are known ({@code 2024}, {@code 2024-02}, {@code 2024-02-05}); {@link
 * #parse(CharSequence)} is the exact inverse of {@link #toString()}.
 *
 * <p>The shape follows {@code io.github.dxplan.model.PlanDate} (announced for dx-model), so the two
 * can be converted one to one. This class is immutable and thread-safe.
 */
public final class PublicationDate {

  /** How much of a {@link PublicationDate} is known. */
  public enum Precision {
    /** Only the year is known. */
    YEAR,
    /** The year and the month are known. */
    MONTH,
    /** The exact day is known. */
    DAY
  }

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private final LocalDate earliest;
  private final Precision precision;

  private PublicationDate(LocalDate earliest, Precision precision) {
    this.earliest = earliest;
    this.precision = precision;
  }

  /**
   * Returns a date of which only the year is known.
   *
   * @param year the year, 1000 to 9999
   * @return the date with {@link Precision#YEAR}
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PublicationDate of(int year) {
    checkYear(year);
    return new PublicationDate(LocalDate.of(year, 1, 1), Precision.YEAR);
  }

  /**
   * Returns a date of which the year and the month are known.
   *
   * @param month the month
   * @return the date with {@link Precision#MONTH}
   */
  public static PublicationDate of(YearMonth month) {
    requireNonNull(month, "month");
    checkYear(month.getYear());
    return new PublicationDate(month.atDay(1), Precision.MONTH);
  }

  /**
   * Returns a date of which the day is known.
   *
   * @param date the day
   * @return the date with {@link Precision#DAY}
   */
  public static PublicationDate of(LocalDate date) {
    requireNonNull(date, "date");
    checkYear(date.getYear());
    return new PublicationDate(date, Precision.DAY);
  }

  /**
   * Reads the text form: {@code 2024}, {@code 2024-02} or {@code 2024-02-05}.
   *
   * @param text the text
   * @return the date
   * @throws InvalidValueException if the text is not one of these forms or not a real date
   */
  public static PublicationDate parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new InvalidValueException(
          text,
          String.format(
              Locale.ROOT,
              "cannot read publication date \"%s\": accepted forms are 2024, 2024-02 and 2024-02-05",
              text));
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return of(year);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return of(YearMonth.of(year, month));
      }
      return of(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new InvalidValueException(
          text,
          String.format(Locale.ROOT, "cannot read publication date \"%s\": not a real date", text));
    }
  }

  private static void checkYear(int year) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "publication year out of range: %d", year));
    }
  }

  /**
   * Returns how much of the date is known.
   *
   * @return the precision
   */
  public Precision precision() {
    return precision;
  }

  /**
   * Returns the first day the date can stand for: the day itself, or the first day of the month or
   * year.
   *
   * @return the earliest possible day
   */
  public LocalDate earliest() {
    return earliest;
  }

  /**
   * Returns the last day the date can stand for: the day itself, or the last day of the month or
   * year. From this day on the publication is certain.
   *
   * @return the latest possible day
   */
  public LocalDate latest() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(earliest.getYear(), 12, 31);
      case MONTH:
        return YearMonth.from(earliest).atEndOfMonth();
      default:
        return earliest;
    }
  }

  /**
   * Returns whether the given day lies within the span this date can stand for.
   *
   * @param day the day
   * @return {@code true} if {@code earliest() <= day <= latest()}
   */
  public boolean covers(LocalDate day) {
    requireNonNull(day, "day");
    return !day.isBefore(earliest) && !day.isAfter(latest());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicationDate
        && ((PublicationDate) o).earliest.equals(earliest)
        && ((PublicationDate) o).precision == precision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(earliest, precision);
  }

  /**
   * Returns the ISO-8601 form with as many fields as are known, e.g. {@code 2024} or {@code
   * 2024-02-05}.
   */
  @Override
  public String toString() {
    switch (precision) {
      case YEAR:
        return String.format(Locale.ROOT, "%04d", earliest.getYear());
      case MONTH:
        return YearMonth.from(earliest).toString();
      default:
        return earliest.toString();
    }
  }
}
