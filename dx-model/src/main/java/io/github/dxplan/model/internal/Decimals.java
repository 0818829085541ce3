package io.github.dxplan.model.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads KPI figures as exact decimals within explicit bounds, and prints them short.
 *
 * <p>A figure has at most {@value #MAX_DIGITS} digits before and {@value #MAX_DIGITS} after the
 * decimal point once its exponent is applied, and at most {@value #MAX_PRECISION} significant digits: {@code 1e100} and {@code 1e-100} are read, {@code
 * 1e999999999} is refused (its plain form would have a billion digits, and printing or subtracting
 * it would exhaust memory). Digits are ASCII or full-width; commas only group thousands ({@code
 * 1,234.5}); {@code −} (U+2212) is a minus sign; {@code -0} is refused rather than read as 0.
 *
 * <p>Example: {@code Decimals.read("１，２３４.５")} is 1234.5; {@code Decimals.read("1,5")}
 * throws, naming the commas. This class is immutable and thread-safe.
 */
public final class Decimals {

  /** The most digits a figure has before, and after, its decimal point. */
  public static final int MAX_DIGITS = 100;

  /**
   * The most significant digits of a figure, so that the writer's form of any figure read (plain or
   * scientific) fits the reader's number length of 100 characters.
   */
  public static final int MAX_PRECISION = 90;

  /** The longest text read as a figure, in characters. */
  public static final int MAX_TEXT_LENGTH = 400;

  private static final Pattern NUMBER =
      Pattern.compile("([+-]?)(\\d+|\\d{1,3}(?:,\\d{3})+)?(?:\\.(\\d*))?(?:[eE]([+-]?\\d+))?");

  private Decimals() {}

  /**
   * Reads a figure from text: a number token as written in JSON or YAML, or a string value.
   *
   * @param text the text
   * @return the value, with the scale as written ({@code 19.0} stays 19.0)
   * @throws TextException if the text is not a figure within the bounds; the reason says why
   */
  public static BigDecimal read(String text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new TextException(
          String.format(
              Locale.ROOT,
              "\"%s\" is longer than %d characters, too long for a figure",
              SafeText.shown(text),
              MAX_TEXT_LENGTH));
    }
    YearText.requireReadableDigits(text);
    String s = SafeText.nfkc(text).strip().replace('\u2212', '-');
    Matcher m = NUMBER.matcher(s);
    String intPart = m.matches() ? m.group(2) : null;
    String fraction = m.matches() ? m.group(3) : null;
    if (!m.matches() || ((intPart == null || intPart.isEmpty()) && (fraction == null || fraction.isEmpty()))) {
      if (s.contains(",")) {
        throw new TextException(
            String.format(
                Locale.ROOT,
                "\"%s\" is not a figure: a comma may only group thousands (1,234 or 12,345.6),"
                    + " and a decimal point is written \".\"",
                SafeText.shown(text)));
      }
      throw new TextException(
          String.format(Locale.ROOT, "\"%s\" is not a figure", SafeText.shown(text)));
    }
    String digits = (intPart == null ? "" : intPart.replace(",", "")) + (fraction == null ? "" : fraction);
    long exponent = 0;
    if (m.group(4) != null) {
      String e = m.group(4).startsWith("+") ? m.group(4).substring(1) : m.group(4);
      String magnitude = e.startsWith("-") ? e.substring(1) : e;
      magnitude = magnitude.replaceFirst("^0+(?=.)", "");
      if (magnitude.length() > 9) {
        throw outOfBounds(text);
      }
      exponent = Long.parseLong(e.startsWith("-") ? "-" + magnitude : magnitude);
    }
    BigDecimal value =
        new BigDecimal(m.group(1) + (digits.isEmpty() ? "0" : digits), java.math.MathContext.UNLIMITED)
            .scaleByPowerOfTen((int) exponent - (fraction == null ? 0 : fraction.length()));
    if (!isBounded(value)) {
      throw outOfBounds(text);
    }
    boolean zero = value.signum() == 0;
    if (zero && m.group(1).equals("-")) {
      throw new TextException(
          String.format(
              Locale.ROOT,
              "\"%s\" is a negative zero, which a figure cannot be: write 0",
              SafeText.shown(text)));
    }
    return value;
  }

  private static TextException outOfBounds(String text) {
    return new TextException(
        String.format(
            Locale.ROOT,
            "the figure \"%s\" is out of range: at most %d digits before and %d after the decimal"
                + " point, %d in all, are read",
            SafeText.shown(text),
            MAX_DIGITS,
            MAX_DIGITS,
            MAX_PRECISION));
  }

  /**
   * Whether a value is within the bounds {@link #read} accepts, so that arithmetic on it and its
   * plain form stay small.
   *
   * @param value the value
   * @return true when it has at most {@value #MAX_DIGITS} digits before the point and a scale of
   *     at most {@value #MAX_DIGITS}
   */
  public static boolean isBounded(BigDecimal value) {
    if (value.signum() == 0) {
      return Math.abs((long) value.scale()) <= MAX_DIGITS;
    }
    return (long) value.precision() - value.scale() <= MAX_DIGITS
        && value.scale() <= MAX_DIGITS
        && value.precision() <= MAX_PRECISION;
  }
}
