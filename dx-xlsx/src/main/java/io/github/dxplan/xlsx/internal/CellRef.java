package io.github.dxplan.xlsx.internal;

/** A1 references: column letters and back. */
public final class CellRef {
  private CellRef() {}

  /**
   * Returns the letters of a 0-based column ({@code 0} is A, {@code 26} is AA).
   *
   * @param column the column
   * @return the letters
   */
  public static String column(int column) {
    StringBuilder sb = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      int r = (c - 1) % 26;
      sb.insert(0, (char) ('A' + r));
      c = (c - 1) / 26;
    }
    return sb.toString();
  }

  /**
   * Returns an A1 reference.
   *
   * @param column 0-based column
   * @param row 1-based row
   * @return e.g. {@code D7}
   */
  public static String of(int column, int row) {
    return column(column) + row;
  }

  /**
   * Returns the 0-based column of an A1 reference, or -1 if it has no letters.
   *
   * @param ref the reference
   * @return the column
   */
  public static int columnOf(String ref) {
    int c = 0;
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      char ch = Character.toUpperCase(ref.charAt(i));
      if (ch < 'A' || ch > 'Z' || c > 1_000_000) {
        return -1;
      }
      c = c * 26 + (ch - 'A' + 1);
      i++;
    }
    return i == 0 ? -1 : c - 1;
  }
}
