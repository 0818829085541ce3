package io.github.dxplan.xlsx.internal;

import java.util.List;

/**
 * One row as stored: its 1-based number, whether it is hidden, and its non-empty cells in column order.
 *
 * @param number the row number, 1-based
 * @param hidden whether the row is hidden
 * @param cells the cells
 */
public record RawRow(int number, boolean hidden, List<RawCell> cells) {

  /**
   * Returns the cell in a column, or {@code null}.
   *
   * @param column 0-based
   * @return the cell
   */
  public RawCell cell(int column) {
    for (RawCell c : cells) {
      if (c.column() == column) {
        return c;
      }
      if (c.column() > column) {
        return null;
      }
    }
    return null;
  }
}
