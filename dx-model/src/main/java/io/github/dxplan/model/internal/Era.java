package io.github.dxplan.model.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A Japanese era (元号) as data: its name, its one-letter abbreviation and the day it began.
 *
 * <p>Example: {@code new Era("令和", "R", LocalDate.of(2019, 5, 1))}. Eras are government-defined
 * data, so they live in a list here rather than in a public enum; a new era is one more line.
 * This class is immutable and thread-safe.
 *
 * @param name the era name in kanji, e.g. {@code 令和}
 * @param letter the upper-case Latin abbreviation, e.g. {@code R}
 * @param start the first day of the era
 */
public record Era(String name, String letter, LocalDate start) {

  /** The eras since 明治, oldest first. 明治 is taken to begin on the day of the 改元 edict. */
  private static final List<Era> ALL =
      List.of(
          new Era("明治", "M", LocalDate.of(1868, 10, 23)),
          new Era("大正", "T", LocalDate.of(1912, 7, 30)),
          new Era("昭和", "S", LocalDate.of(1926, 12, 25)),
          new Era("平成", "H", LocalDate.of(1989, 1, 8)),
          new Era("令和", "R", LocalDate.of(2019, 5, 1)));

  /**
   * Creates an era; all components are required.
   *
   * @param name the era name in kanji
   * @param letter the Latin abbreviation
   * @param start the first day
   */
  public Era {
    requireNonNull(name, "name");
    requireNonNull(letter, "letter");
    requireNonNull(start, "start");
  }

  /**
   * Returns every known era, oldest first.
   *
   * @return the eras, unmodifiable
   */
  public static List<Era> all() {
    return ALL;
  }

  /**
   * Finds an era by its kanji name or its Latin letter (upper case), e.g. {@code 令和} or {@code R}.
   *
   * @param nameOrLetter the name or letter
   * @return the era, or empty if none is called that
   */
  public static Optional<Era> byNameOrLetter(String nameOrLetter) {
    for (Era era : ALL) {
      if (era.name.equals(nameOrLetter) || era.letter.equals(nameOrLetter)) {
        return Optional.of(era);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the era in force on a day, e.g. 平成 on 2019-04-30 and 令和 on 2019-05-01.
   *
   * @param date the day
   * @return the era, or empty before 明治 began
   */
  public static Optional<Era> on(LocalDate date) {
    Era found = null;
    for (Era era : ALL) {
      if (!era.start.isAfter(date)) {
        found = era;
      }
    }
    return Optional.ofNullable(found);
  }

  /** How many years after its last year an era's name is still read for a year: see {@link #lastYear}. */
  public static final int FORWARD_YEARS = 10;

  /**
   * Returns the last day of the era: the day before the next era began, or empty for the current
   * era. 昭和 ends on 1989-01-07, 平成 on 2019-04-30.
   *
   * @return the last day, or empty
   */
  public Optional<LocalDate> lastDay() {
    for (int i = 0; i < ALL.size() - 1; i++) {
      if (ALL.get(i).equals(this)) {
        return Optional.of(ALL.get(i + 1).start.minusDays(1));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the last era year in which the era was in force (昭和64, 平成31), or empty for the
   * current era.
   *
   * <p>Plans drafted before an era change name later years in the old era (平成32年度 is
   * FY2020), so dxplan reads an era year up to {@value #FORWARD_YEARS} years past this one;
   * beyond that ({@code 昭和100年度}) the text is refused with this year in the message.
   *
   * @return the last era year, or empty
   */
  public Optional<Integer> lastYear() {
    return lastDay().map(d -> eraYear(d.getYear()));
  }

  /**
   * Returns the Western calendar year of an era year, counting 元年 (year 1) as the calendar year
   * the era began: 令和6 is 2024.
   *
   * @param eraYear the era year, 1 or more
   * @return the Western year
   */
  public int westernYear(int eraYear) {
    return start.getYear() + eraYear - 1;
  }

  /**
   * Returns the era year of a Western calendar year: 2024 is 令和6.
   *
   * @param westernYear the Western year
   * @return the era year (1 for 元年)
   */
  public int eraYear(int westernYear) {
    return westernYear - start.getYear() + 1;
  }

  /**
   * Returns the text forms accepted as era names, for error messages.
   *
   * @return e.g. {@code 明治 (M), 大正 (T), 昭和 (S), 平成 (H), 令和 (R)}
   */
  public static String knownEras() {
    StringBuilder sb = new StringBuilder();
    for (Era era : ALL) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(era.name).append(" (").append(era.letter).append(')');
    }
    return sb.toString();
  }
}
