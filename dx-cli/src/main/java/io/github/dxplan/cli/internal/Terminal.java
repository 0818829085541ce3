package io.github.dxplan.cli.internal;

/**
 * Makes text from a plan or a file name safe to print on a terminal.
 *
 * <p>A plan is data from anyone: a title may hold ESC sequences (which a terminal obeys: colours, a
 * cleared screen, a changed window title, on some terminals worse), a carriage return that hides what
 * came before it on the line, or a bidirectional override (U+202E) that shows text backwards. These are
 * written as visible escapes in Java/JSON form ({@code \u001B}, {@code \u202E}), so nothing is lost
 * and nothing acts. The file formats (JSON, CSV, Markdown, HTML) have their own escaping and do not
 * pass through here.
 */
public final class Terminal {
  private Terminal() {}

  /**
   * Returns the text for one line: every control character, line break and tab included, escaped.
   *
   * @param s the text, or {@code null}
   * @return the safe text ({@code "null"} for {@code null})
   */
  public static String line(String s) {
    return escape(String.valueOf(s), false);
  }

  /**
   * Returns the text with its line breaks (LF, CRLF) and tabs kept: every other control character
   * escaped.
   *
   * @param s the text
   * @return the safe text
   */
  public static String text(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean keepLines) {
    int i = 0;
    while (i < s.length() && !needsEscape(s, i, keepLines)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!needsEscape(s, i, keepLines)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }

  private static boolean needsEscape(String s, int i, boolean keepLines) {
    char c = s.charAt(i);
    if (c == '\n') {
      return !keepLines;
    }
    if (keepLines && (c == '\t' || c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n')) {
      return false; // a CSV's CRLF and a TSV's tabs do nothing harmful on a terminal
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return c == 0x061C // Arabic letter mark
        || c == 0x200E || c == 0x200F // LRM, RLM
        || (c >= 0x202A && c <= 0x202E) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // isolates
        || c == 0x2028 || c == 0x2029; // line and paragraph separators
  }
}
