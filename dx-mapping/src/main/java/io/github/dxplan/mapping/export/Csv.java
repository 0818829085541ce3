package io.github.dxplan.mapping.export;

import java.util.List;

/** RFC 4180 CSV for Excel: UTF-8 BOM, CRLF, quoting, and formula-leading cells neutralised. */
final class Csv {
  private final StringBuilder out = new StringBuilder(4096).append('\ufeff');

  Csv row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  static String cell(String s) {
    if (s == null) {
      return "";
    }
    String v = s;
    if (!v.isEmpty()) {
      char c = v.charAt(0);
      // Excel reads these as the start of a formula (also after a leading tab or CR);
      // a leading apostrophe makes the cell text.
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
          || c == '＝' || c == '＋' || c == '－' || c == '＠') {
        v = "'" + v;
      }
    }
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0 || v.startsWith("'");
    if (!quote) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
