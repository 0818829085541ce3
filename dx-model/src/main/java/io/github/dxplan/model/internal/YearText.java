package io.github.dxplan.model.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the year at the start of a text as Japanese documents write it: {@code 2024}, {@code
 * FY2024}, {@code R6}, {@code 令和6}, {@code 令和元}, {@code 令和6（2024）}, {@code 2024（令和6）}.
 *
 * <p>Example: {@code YearText.readYear(YearText.normalize("令和6年度"))} gives year 2024 with the
 * rest {@code 年度}. What follows the year is left to the caller. This class is immutable and
 * thread-safe.
 */
public final class YearText {

  /** The first Western year that dxplan reads (明治元年). */
  public static final int MIN_YEAR = 1868;

  /** The last Western year that dxplan reads. */
  public static final int MAX_YEAR = 2999;

  private static final String ERA = "(明治|大正|昭和|平成|令和|[A-Z])";
  private static final String ERA_YEAR = "(元|\\d+)";
  private static final Pattern ERA_THEN_WESTERN =
      Pattern.compile(ERA + ERA_YEAR + "(?:\\((\\d+)年?\\))?");
  private static final Pattern WESTERN_THEN_ERA =
      Pattern.compile("(\\d+)(年?)\\(" + ERA + ERA_YEAR + "年?\\)");
  private static final Pattern WESTERN = Pattern.compile("(FY)?(\\d+)");
  /** 令和6年（2024）度 and 令和5年（2023年）2月, as two of the seed documents write it. */
  private static final Pattern NEN_THEN_WESTERN = Pattern.compile("年\\((\\d+)年?\\)");
  private static final Pattern UNKNOWN_ERA = Pattern.compile("(\\D+?)(?:元|\\d)");

  private YearText() {}

  /**
   * Normalizes text for reading: NFKC (full-width digits and letters become ASCII, ㋿ becomes
   * 令和) over {@linkplain SafeText#nfkc stream-safe} text, every whitespace character removed,
   * ASCII letters upper-cased, and kanji numerals read as digits ({@code 令和六年度} becomes {@code
   * 令和6年度}, {@code 二〇二四年} becomes {@code 2024年}).
   *
   * @param text the text as written
   * @return the normalized text
   * @throws TextException if the text holds a digit other than ASCII or full-width ({@code ⑥},
   *     {@code ²}, {@code ٥}): NFKC would turn some of them into digits a person did not write
   */
  public static String normalize(CharSequence text) {
    requireReadableDigits(text);
    String nfkc = SafeText.nfkc(text);
    StringBuilder sb = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      sb.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
    }
    return KanjiNumerals.toDigits(sb);
  }

  /**
   * Refuses digits other than ASCII {@code 0-9} and full-width {@code ０-９}: circled, superscript,
   * Arabic-Indic and other scripts' digits, and number forms (Ⅵ, ½). {@code 〇} is a kanji numeral
   * and allowed.
   *
   * @param text the text as written
   * @throws TextException naming the first such character
   */
  public static void requireReadableDigits(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp < 0x80 || (cp >= 0xff10 && cp <= 0xff19) || cp == 0x3007) {
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.DECIMAL_DIGIT_NUMBER
          || type == Character.OTHER_NUMBER
          || type == Character.LETTER_NUMBER) {
        throw new TextException(
            String.format(
                Locale.ROOT,
                "\"%s\" (U+%04X) is not a digit that is read: write the number with 0-9 or ０-９",
                new String(Character.toChars(cp)),
                cp));
      }
    }
  }

  /**
   * The year read at the start of a text.
   *
   * @param year the Western year
   * @param era the era the text named, or {@code null} if it gave only a Western year
   * @param fyPrefix whether the text began with {@code FY}
   * @param rest what follows the year, normalized
   */
  public record YearToken(int year, Era era, boolean fyPrefix, String rest) {

    /**
     * Returns the era the text named.
     *
     * @return the era, or empty for a Western year
     */
    public Optional<Era> namedEra() {
      return Optional.ofNullable(era);
    }
  }

  /**
   * Reads the year at the start of normalized text.
   *
   * @param s the text, already {@linkplain #normalize normalized}
   * @return the year and what follows it
   * @throws TextException if the text does not start with a readable year
   */
  public static YearToken readYear(String s) {
    if (s.isEmpty()) {
      throw new TextException("the text is empty");
    }
    Matcher m = WESTERN_THEN_ERA.matcher(s);
    if (m.lookingAt()) {
      int western = westernYear(m.group(1));
      Era era = era(m.group(3));
      int year = fromEra(era, m.group(4));
      requireAgreement(era, m.group(4), year, western);
      // 2024年（令和6年）度: the 年 before the parenthesis belongs to what follows.
      return afterYear(year, era, false, m.group(2) + s.substring(m.end()));
    }
    m = ERA_THEN_WESTERN.matcher(s);
    if (m.lookingAt()) {
      Era era = era(m.group(1));
      int year = fromEra(era, m.group(2));
      if (m.group(3) != null) {
        requireAgreement(era, m.group(2), year, westernYear(m.group(3)));
      }
      return afterYear(year, era, false, s.substring(m.end()));
    }
    m = WESTERN.matcher(s);
    if (m.lookingAt()) {
      requireDecimalYear(s, m.group(2), s.substring(m.end()));
      int year = westernYear(m.group(2));
      return afterYear(year, null, m.group(1) != null, s.substring(m.end()));
    }
    m = UNKNOWN_ERA.matcher(s);
    if (m.lookingAt()) {
      String prefix = m.group(1);
      if (prefix.length() == 1 && prefix.charAt(0) >= 'A' && prefix.charAt(0) <= 'Z') {
        throw new TextException(
            String.format(
                Locale.ROOT,
                "unknown era letter %s (known: %s)",
                SafeText.shown(prefix),
                Era.knownEras()));
      }
      if (prefix.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp)
          == Character.UnicodeScript.HAN)) {
        throw new TextException(
            String.format(
                Locale.ROOT, "unknown era %s (known: %s)", SafeText.shown(prefix), Era.knownEras()));
      }
    }
    throw new TextException("it does not start with a year or an era");
  }

  /** 0x7E8, 0b…, 2_024: notations a program writes, refused with what they are. */
  private static void requireDecimalYear(String s, String digits, String rest) {
    if (rest.length() < 2) {
      return;
    }
    char c = rest.charAt(0);
    char next = rest.charAt(1);
    boolean alnum = (next >= '0' && next <= '9') || (next >= 'A' && next <= 'Z');
    if (digits.equals("0") && (c == 'X' || c == 'B' || c == 'O') && alnum) {
      throw new TextException(
          String.format(
              Locale.ROOT,
              "\"%s\" is written in %s notation; write the year in decimal digits, e.g. 2024",
              SafeText.shown(s),
              c == 'X' ? "hexadecimal" : c == 'B' ? "binary" : "octal"));
    }
    if (c == '_' && next >= '0' && next <= '9') {
      throw new TextException(
          String.format(
              Locale.ROOT,
              "\"%s\" groups digits with _; write the year as 4 digits without separators, e.g. 2024",
              SafeText.shown(s)));
    }
  }

  private static YearToken afterYear(int year, Era era, boolean fyPrefix, String rest) {
    Matcher m = NEN_THEN_WESTERN.matcher(rest);
    if (era != null && m.lookingAt()) {
      int eraYear = era.eraYear(year);
      requireAgreement(
          era, eraYear == 1 ? "元" : Integer.toString(eraYear), year, westernYear(m.group(1)));
      rest = "年" + rest.substring(m.end());
    }
    return new YearToken(year, era, fyPrefix, rest);
  }

  private static Era era(String nameOrLetter) {
    return Era.byNameOrLetter(nameOrLetter)
        .orElseThrow(
            () ->
                new TextException(
                    String.format(
                        Locale.ROOT,
                        nameOrLetter.length() == 1
                            ? "unknown era letter %s (known: %s)"
                            : "unknown era %s (known: %s)",
                        SafeText.shown(nameOrLetter),
                        Era.knownEras())));
  }

  private static int fromEra(Era era, String eraYearText) {
    if (eraYearText.equals("元")) {
      return era.westernYear(1);
    }
    if (eraYearText.length() > 3) {
      throw new TextException(
          String.format(
              Locale.ROOT, "the era year %s%s has more than 3 digits", era.name(), SafeText.shown(eraYearText)));
    }
    int eraYear = Integer.parseInt(eraYearText);
    if (eraYear == 0) {
      throw new TextException(
          String.format(
              Locale.ROOT,
              "era year 0 does not exist (%s starts at 元年 = %d)",
              era.name(),
              era.start().getYear()));
    }
    int year = era.westernYear(eraYear);
    Optional<Integer> last = era.lastYear();
    if (last.isPresent() && eraYear > last.get() + Era.FORWARD_YEARS) {
      int lastYear = last.get();
      throw new TextException(
          String.format(
              Locale.ROOT,
              "%s%d would be the year %d, but %s ended in %s%d (%d); write the year as %s era year"
                  + " or as a Western year",
              era.name(),
              eraYear,
              year,
              era.name(),
              era.name(),
              lastYear,
              era.westernYear(lastYear),
              Era.on(java.time.LocalDate.of(Math.min(year, MAX_YEAR), 12, 31))
                  .map(e -> "a " + e.name())
                  .orElse("an")));
    }
    if (year > MAX_YEAR) {
      throw new TextException(
          String.format(
              Locale.ROOT,
              "%s%d is the year %d, after the last supported year %d",
              era.name(),
              eraYear,
              year,
              MAX_YEAR));
    }
    return year;
  }

  private static int westernYear(String digits) {
    if (digits.length() > 4) {
      throw new TextException(
          String.format(Locale.ROOT, "the year %s has more than 4 digits", SafeText.shown(digits)));
    }
    int year = Integer.parseInt(digits);
    requireInRange(year);
    return year;
  }

  /**
   * Checks that a Western year is within {@value #MIN_YEAR}..{@value #MAX_YEAR}.
   *
   * @param year the year
   * @throws TextException if it is not
   */
  public static void requireInRange(long year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new TextException(
          String.format(
              Locale.ROOT,
              "the year %d is outside %d..%d (Western years have 4 digits)",
              year,
              MIN_YEAR,
              MAX_YEAR));
    }
  }

  private static void requireAgreement(Era era, String eraYearText, int year, int western) {
    if (year != western) {
      throw new TextException(
          String.format(
              Locale.ROOT,
              "%s%s is %d, but the text also gives the Western year %d",
              era.name(),
              eraYearText,
              year,
              western));
    }
  }
}
