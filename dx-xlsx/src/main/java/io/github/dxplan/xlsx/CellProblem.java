package io.github.dxplan.xlsx;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One problem found in a workbook, at the cell it is in.
 *
 * <pre>{@code
 * CellProblem p = ...;
 * p.location();                 // 計画.xlsx!KPI!D7
 * p.message(Locale.JAPANESE);   // 計画.xlsx!KPI!D7: 年度として読めません（…）: 読んだ値「45292」。例: 令和6年度
 * }</pre>
 *
 * @param file the file name as the user named it
 * @param sheet the sheet, or {@code null} for a problem of the whole workbook
 * @param cell the cell in A1 form ({@code D7}), a row ({@code 7}), or {@code null}
 * @param kind the class of problem
 * @param detail what the kind's text needs filled in (a limit, the accepted values), or {@code null}
 * @param value the value as read from the cell, or {@code null}
 * @param example an example of what is expected, or {@code null}
 */
public record CellProblem(
    String file, String sheet, String cell, ProblemKind kind, String detail, String value, String example) {

  /** Checks the required parts. */
  public CellProblem {
    requireNonNull(file, "file");
    requireNonNull(kind, "kind");
  }

  /**
   * Returns where the problem is: {@code 計画.xlsx!KPI!D7}, {@code 計画.xlsx!KPI}, or the file.
   *
   * @return the location
   */
  public String location() {
    StringBuilder sb = new StringBuilder(file);
    if (sheet != null) {
      sb.append('!').append(sheet);
      if (cell != null) {
        sb.append('!').append(cell);
      }
    }
    return sb.toString();
  }

  /**
   * Returns the one-line message: location, problem, the value read and an example.
   *
   * @param locale Japanese unless English is asked for
   * @return the message
   */
  public String message(Locale locale) {
    boolean en = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder(location()).append(": ").append(kind.text(locale, detail));
    if (value != null) {
      sb.append(en ? "; read: \"" : "。読んだ値:「").append(visible(value)).append(en ? "\"" : "」");
    }
    if (example != null) {
      sb.append(en ? "; for example: " : "。例: ").append(example);
    }
    return sb.toString();
  }

  private static String visible(String value) {
    String v = value.length() > 80 ? value.substring(0, 80) + "…" : value;
    StringBuilder sb = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '\n') {
        sb.append("⏎");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return message(Locale.JAPANESE);
  }
}
