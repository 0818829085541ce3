package io.github.dxplan.model.internal;

/**
 * Reads kanji numerals in dates and years as Japanese documents write them: {@code 六} is 6, {@code
 * 三十一} is 31, {@code 二〇二四} is 2024, {@code 千九百八十九} is 1989.
 *
 * <p>Example: {@code KanjiNumerals.toDigits("令和六年三月三十一日")} is {@code 令和6年3月31日}. A run
 * that is not a well-formed number ({@code 十十}, {@code 三百百}) is left as written, so the caller's
 * error names it. This class is immutable and thread-safe.
 */
public final class KanjiNumerals {

  private static final String DIGITS = "〇一二三四五六七八九";

  private KanjiNumerals() {}

  /**
   * Replaces each run of kanji numerals by its value in ASCII digits.
   *
   * @param text the text
   * @return the text with readable runs replaced
   */
  public static String toDigits(CharSequence text) {
    StringBuilder out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isNumeral(text.charAt(i))) {
        if (out != null) {
          out.append(text.charAt(i));
        }
        i++;
        continue;
      }
      int end = i;
      while (end < n && isNumeral(text.charAt(end))) {
        end++;
      }
      long value = value(text, i, end);
      if (out == null) {
        out = new StringBuilder(n).append(text, 0, i);
      }
      if (value < 0) {
        out.append(text, i, end);
      } else {
        out.append(value);
      }
      i = end;
    }
    return out == null ? text.toString() : out.toString();
  }

  private static boolean isNumeral(char c) {
    return DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千';
  }

  /** The value of text[from, to), or -1 when it is not a well-formed numeral. */
  private static long value(CharSequence text, int from, int to) {
    if (to - from > 9) {
      return -1;
    }
    boolean positional = true;
    for (int i = from; i < to; i++) {
      if (DIGITS.indexOf(text.charAt(i)) < 0) {
        positional = false;
        break;
      }
    }
    if (positional) {
      long v = 0;
      for (int i = from; i < to; i++) {
        v = v * 10 + DIGITS.indexOf(text.charAt(i));
      }
      return v;
    }
    // 千九百八十九: each unit at most once, in falling order, with an optional digit 1-9 before it.
    long total = 0;
    int lastUnit = 10_000;
    int pending = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int d = DIGITS.indexOf(c);
      if (d >= 0) {
        if (pending >= 0 || d == 0) {
          return -1;
        }
        pending = d;
        continue;
      }
      int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
      if (unit >= lastUnit) {
        return -1;
      }
      total += (long) (pending < 0 ? 1 : pending) * unit;
      pending = -1;
      lastUnit = unit;
    }
    return pending < 0 ? total : total + pending;
  }
}
