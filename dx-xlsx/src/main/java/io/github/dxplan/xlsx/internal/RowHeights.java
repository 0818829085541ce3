package io.github.dxplan.xlsx.internal;

/**
 * The height a row needs to show its wrapped texts whole: spreadsheet programs do not all size rows
 * when they open a file (LibreOffice shows the first lines only), so the writer sets it.
 */
public final class RowHeights {
  private RowHeights() {}

  /**
   * Returns the height in points: the most lines any cell wraps to, at 14 points a line, within
   * Excel's 409.
   *
   * @param texts the cell texts ({@code null} for empty)
   * @param widths the column widths in characters
   * @param wraps whether each column wraps
   * @return the height
   */
  public static double of(String[] texts, double[] widths, boolean[] wraps) {
    int lines = 1;
    for (int c = 0; c < texts.length; c++) {
      if (texts[c] == null) {
        continue;
      }
      double room = Math.max(4, widths[c] - 1);
      int n = 0;
      for (String line : texts[c].split("\n", -1)) {
        double w = 0;
        for (int i = 0; i < line.length(); ) {
          int cp = line.codePointAt(i);
          w += cp < 0x1100 || (cp >= 0xFF61 && cp <= 0xFF9F) ? 1 : 2;
          i += Character.charCount(cp);
        }
        n += wraps[c] ? Math.max(1, (int) Math.ceil(w / room)) : 1;
      }
      lines = Math.max(lines, n);
    }
    return Math.min(409, 4 + 14.0 * lines);
  }
}
