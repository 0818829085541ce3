package io.github.dxplan.model.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text helpers that keep hostile input cheap: NFKC over stream-safe text, and values shortened
 * before they go into a message.
 *
 * <p>Java's {@link Normalizer} reorders a run of combining marks by insertion, so a text holding a
 * run of 100,000 marks takes minutes to normalize. {@link #nfkc} first makes the text stream-safe
 * as Unicode Standard Annex #15 defines it (after 30 non-starters in a row, a COMBINING GRAPHEME
 * JOINER U+034F is inserted), which bounds that work by the length of the text. No real word
 * carries more than a handful of marks, so the result is NFKC for every text a person writes.
 *
 * <p>Example: {@code SafeText.nfkc("２０２４")} is {@code "2024"}; {@code SafeText.shown(s)} of a
 * 1,000,000-character {@code s} is its first 60 characters followed by {@code … (1000000 characters in all)}.
 * This class is immutable and thread-safe.
 */
public final class SafeText {

  /** The most non-starters in a row that stream-safe text holds (UAX #15). */
  public static final int MAX_NON_STARTERS = 30;

  /** The most code points of a value that a message repeats. */
  public static final int SHOWN_CODE_POINTS = 60;

  private static final char CGJ = '\u034f';

  private SafeText() {}

  /**
   * Returns the NFKC form of the stream-safe form of a text, in time linear in its length.
   *
   * @param text the text
   * @return its normalized form
   */
  public static String nfkc(CharSequence text) {
    return Normalizer.normalize(streamSafe(text), Normalizer.Form.NFKC);
  }

  /**
   * Returns the text with a COMBINING GRAPHEME JOINER after every {@value #MAX_NON_STARTERS}
   * non-starters in a row (UAX #15 stream-safe text format); the text itself when it needs none.
   *
   * @param text the text
   * @return stream-safe text
   */
  public static CharSequence streamSafe(CharSequence text) {
    int n = text.length();
    int run = 0;
    StringBuilder sb = null;
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(text, i);
      int next = i + Character.charCount(cp);
      if (isNonStarter(cp)) {
        if (run == MAX_NON_STARTERS) {
          if (sb == null) {
            sb = new StringBuilder(n + n / MAX_NON_STARTERS + 1).append(text, 0, i);
          }
          sb.append(CGJ);
          run = 0;
        }
        run++;
      } else {
        run = 0;
      }
      if (sb != null) {
        sb.append(text, i, next);
      }
      i = next;
    }
    return sb == null ? text : sb;
  }

  /**
   * Whether NFKC may reorder or compose a code point with what precedes it: combining marks
   * (general categories Mn, Mc, Me) and the half-width voicing marks U+FF9E and U+FF9F, which NFKC
   * turns into combining marks. This is a superset of the non-starters of UAX #15.
   *
   * @param cp the code point
   * @return whether it counts towards a run of non-starters
   */
  public static boolean isNonStarter(int cp) {
    if (cp < 0x300) {
      return false;
    }
    if (cp == 0xff9e || cp == 0xff9f) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Returns a value as a message may repeat it: whole when it has at most {@value
   * #SHOWN_CODE_POINTS} code points and no run of marks, else its first {@value
   * #SHOWN_CODE_POINTS} code points (marks in a row cut to three) and its length, e.g. {@code
   * 2023̖̖́́́…(100009 文字)}.
   *
   * @param text the value
   * @return a short form of it
   */
  public static String shown(CharSequence text) {
    if (text == null) {
      return "null";
    }
    int n = text.length();
    StringBuilder sb = new StringBuilder(Math.min(n, SHOWN_CODE_POINTS * 2) + 16);
    int shown = 0;
    int marks = 0;
    boolean cut = false;
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (isNonStarter(cp)) {
        if (++marks > 3) {
          cut = true;
          continue;
        }
      } else {
        marks = 0;
      }
      if (shown == SHOWN_CODE_POINTS) {
        cut = true;
        break;
      }
      sb.appendCodePoint(cp);
      shown++;
    }
    if (cut) {
      sb.append(String.format(Locale.ROOT, "… (%d characters in all)", Character.codePointCount(text, 0, n)));
    }
    return sb.toString();
  }

  /** The most code points a whole message keeps; see {@link #clip}. */
  public static final int MAX_MESSAGE_CODE_POINTS = 1000;

  /**
   * Bounds a whole message, whatever values were put into it: runs of more than three marks are
   * cut to three, and a message still longer than {@value #MAX_MESSAGE_CODE_POINTS} code points
   * keeps its first and last 400 with the count of what was left out between them.
   *
   * @param message the message, or {@code null}
   * @return the message, or a bounded form of it ({@code null} for {@code null})
   */
  public static String clip(String message) {
    if (message == null) {
      return null;
    }
    int n = message.length();
    if (n <= MAX_MESSAGE_CODE_POINTS && !hasMarkRun(message)) {
      return message;
    }
    StringBuilder sb = new StringBuilder(Math.min(n, MAX_MESSAGE_CODE_POINTS * 2));
    int marks = 0;
    for (int i = 0; i < n; ) {
      int cp = message.codePointAt(i);
      i += Character.charCount(cp);
      if (isNonStarter(cp)) {
        if (++marks > 3) {
          continue;
        }
      } else {
        marks = 0;
      }
      sb.appendCodePoint(cp);
    }
    int cps = sb.codePointCount(0, sb.length());
    if (cps <= MAX_MESSAGE_CODE_POINTS) {
      return sb.toString();
    }
    int head = sb.offsetByCodePoints(0, 400);
    int tail = sb.offsetByCodePoints(sb.length(), -400);
    return sb.substring(0, head)
        + String.format(Locale.ROOT, " … (%d characters left out) … ", cps - 800)
        + sb.substring(tail);
  }

  private static boolean hasMarkRun(String s) {
    int marks = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x300 && isNonStarter(c)) {
        if (++marks > 3) {
          return true;
        }
      } else {
        marks = 0;
      }
    }
    return false;
  }
}
