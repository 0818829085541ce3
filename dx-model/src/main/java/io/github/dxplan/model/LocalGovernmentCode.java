package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.SafeText;
import io.github.dxplan.model.internal.TextException;
import io.github.dxplan.model.internal.YearText;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Locale;

/**
 * A 全国地方公共団体コード: the six-digit code of a prefecture or municipality, made of the
 * prefecture (2 digits), the municipality (3 digits) and a check digit.
 *
 * <p>Example: {@code LocalGovernmentCode.parse("09201")} is {@code 092011}, 宇都宮市 (栃木県);
 * its JIS X 0402 code is {@code 09201} and its prefecture code {@code 09}.
 *
 * <p>The check digit of d1…d5 is {@code (11 − (6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5) mod 11) mod 10}.
 * The prefecture part must be 01 to 47. Whether a municipality with the code exists is not
 * checked here; that is catalogue data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LocalGovernmentCode implements Comparable<LocalGovernmentCode>, Serializable {
  private static final long serialVersionUID = 1L;

  private static final String ACCEPTED_FORMS =
      "accepted forms: 6 digits with the check digit (092011) or the 5-digit JIS X 0402 code"
          + " (09201)";

  /** The six digits. */
  private final String value;

  private LocalGovernmentCode(String value) {
    this.value = value;
  }

  /**
   * Obtains a code from its six digits, checking the check digit: {@code of("092088")} is
   * 小山市.
   *
   * @param sixDigits exactly six ASCII digits
   * @return the code
   * @throws InvalidValueException if the text is not six digits, the prefecture is not 01..47 or
   *     the check digit is wrong (the message gives the correct code)
   * @throws NullPointerException if {@code sixDigits} is null
   */
  public static LocalGovernmentCode of(String sixDigits) {
    requireNonNull(sixDigits, "sixDigits");
    String problem = problemOf(sixDigits, sixDigits);
    if (problem != null) {
      throw new InvalidValueException(sixDigits, problem);
    }
    return new LocalGovernmentCode(sixDigits);
  }

  /**
   * Reads a code as people write it: {@code parse("０９２０１１")} and {@code parse(" 09201 ")}
   * are both 092011.
   *
   * <p>The text is NFKC-normalized (full-width digits become ASCII) and trimmed. Six digits are
   * read as by {@link #of}; five digits, the JIS X 0402 form, are completed with their check
   * digit.
   *
   * @param text the text
   * @return the code
   * @throws InvalidValueException if the text is neither form; the message says why
   * @throws NullPointerException if {@code text} is null
   */
  public static LocalGovernmentCode parse(CharSequence text) {
    requireNonNull(text, "text");
    try {
      YearText.requireReadableDigits(text);
    } catch (TextException e) {
      throw new InvalidValueException(
          text, "local government code \"" + SafeText.shown(text) + "\": " + e.reason());
    }
    String s = SafeText.nfkc(text).strip();
    String problem;
    if (s.length() == 5 && allDigits(s)) {
      problem = prefectureProblem(s, text);
      if (problem == null) {
        return new LocalGovernmentCode(s + checkDigitOf(s));
      }
    } else {
      problem = problemOf(s, text);
      if (problem == null) {
        return new LocalGovernmentCode(s);
      }
    }
    throw new InvalidValueException(text, problem);
  }

  /**
   * Obtains a code from the five-digit JIS X 0402 code by adding the check digit: {@code
   * fromJisCode("08223")} is 082236, 潮来市.
   *
   * @param fiveDigits exactly five ASCII digits
   * @return the code
   * @throws InvalidValueException if the text is not five digits or the prefecture is not 01..47
   * @throws NullPointerException if {@code fiveDigits} is null
   */
  public static LocalGovernmentCode fromJisCode(String fiveDigits) {
    requireNonNull(fiveDigits, "fiveDigits");
    if (fiveDigits.length() != 5 || !allDigits(fiveDigits)) {
      throw new InvalidValueException(
          fiveDigits,
          String.format(
              Locale.ROOT,
              "JIS X 0402 code \"%s\" is not 5 ASCII digits (e.g. 09201)",
              SafeText.shown(fiveDigits)));
    }
    String problem = prefectureProblem(fiveDigits, fiveDigits);
    if (problem != null) {
      throw new InvalidValueException(fiveDigits, problem);
    }
    return new LocalGovernmentCode(fiveDigits + checkDigitOf(fiveDigits));
  }

  /**
   * Computes the check digit of a five-digit code: {@code checkDigit("09201")} is 1.
   *
   * @param fiveDigits exactly five ASCII digits
   * @return the check digit, 0 to 9
   * @throws InvalidValueException if the text is not five ASCII digits
   * @throws NullPointerException if {@code fiveDigits} is null
   */
  public static int checkDigit(CharSequence fiveDigits) {
    requireNonNull(fiveDigits, "fiveDigits");
    if (fiveDigits.length() != 5 || !allDigits(fiveDigits)) {
      throw new InvalidValueException(
          fiveDigits,
          String.format(
              Locale.ROOT,
              "cannot compute a check digit for \"%s\": it is not 5 ASCII digits (e.g. 09201)",
              SafeText.shown(fiveDigits)));
    }
    return checkDigitOf(fiveDigits);
  }

  /**
   * Checks, without throwing, whether text is a valid six-digit code: {@code isValid("092011")}
   * is true, {@code isValid("092012")} false.
   *
   * @param sixDigits the text; exactly six ASCII digits are required, nothing is normalized
   * @return true if {@link #of} would accept it
   * @throws NullPointerException if {@code sixDigits} is null
   */
  public static boolean isValid(CharSequence sixDigits) {
    requireNonNull(sixDigits, "sixDigits");
    return sixDigits.length() == 6
        && allDigits(sixDigits)
        && prefectureNumber(sixDigits) >= 1
        && prefectureNumber(sixDigits) <= 47
        && sixDigits.charAt(5) - '0' == checkDigitOf(sixDigits);
  }

  private static String problemOf(String s, CharSequence input) {
    if (s.length() != 6 || !allDigits(s)) {
      return String.format(
          Locale.ROOT,
          "local government code \"%s\" is not 6 digits; %s",
          SafeText.shown(input),
          ACCEPTED_FORMS);
    }
    String problem = prefectureProblem(s, input);
    if (problem != null) {
      return problem;
    }
    int expected = checkDigitOf(s);
    int actual = s.charAt(5) - '0';
    if (actual != expected) {
      String jis = s.substring(0, 5);
      return String.format(
          Locale.ROOT,
          "local government code \"%s\" has check digit %d, but the digit for %s is %d: did you"
              + " mean %s%d?",
          SafeText.shown(input),
          actual,
          jis,
          expected,
          jis,
          expected);
    }
    return null;
  }

  private static String prefectureProblem(String s, CharSequence input) {
    int prefecture = prefectureNumber(s);
    if (prefecture < 1 || prefecture > 47) {
      return String.format(
          Locale.ROOT,
          "local government code \"%s\" has prefecture code %s, but prefecture codes run from 01"
              + " to 47",
          SafeText.shown(input),
          s.substring(0, 2));
    }
    return null;
  }

  private static int prefectureNumber(CharSequence s) {
    return (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
  }

  private static boolean allDigits(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int checkDigitOf(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += (6 - i) * (s.charAt(i) - '0');
    }
    return (11 - sum % 11) % 10;
  }

  /**
   * Returns the six digits: {@code 092011}.
   *
   * @return the code with its check digit
   */
  public String value() {
    return value;
  }

  /**
   * Returns the five-digit JIS X 0402 code, without the check digit: {@code 09201}.
   *
   * @return the first five digits
   */
  public String jisCode() {
    return value.substring(0, 5);
  }

  /**
   * Returns the two-digit prefecture code: {@code 09} (栃木県) for 092011.
   *
   * @return the first two digits
   */
  public String prefectureCode() {
    return value.substring(0, 2);
  }

  /**
   * Checks whether this is the code of a prefecture itself (municipality part 000), such as
   * 090000 for 栃木県.
   *
   * @return true for a prefecture, false for a municipality
   */
  public boolean isPrefecture() {
    return value.startsWith("000", 2);
  }

  /**
   * Compares by the digits: 082236 sorts before 092011.
   *
   * @param other the other code
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(LocalGovernmentCode other) {
    return value.compareTo(other.value);
  }

  /**
   * Checks whether this is the same code as another object.
   *
   * @param obj the other object
   * @return true if it is a LocalGovernmentCode with the same digits
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof LocalGovernmentCode && ((LocalGovernmentCode) obj).value.equals(value);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the six digits, which {@link #parse} and {@link #of} read back: {@code 092011}.
   *
   * @return the six digits
   */
  @Override
  public String toString() {
    return value;
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
    if (value == null || !isValid(value)) {
      throw new InvalidObjectException("invalid local government code: " + value);
    }
  }
}
