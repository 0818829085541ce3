package io.github.dxplan.xlsx.internal;

/**
 * One cell as stored in the sheet XML.
 *
 * @param column the column, 0-based
 * @param type the cell type attribute ({@code s}, {@code n}, {@code str}, {@code inlineStr}, {@code b}, {@code e}, {@code d})
 * @param text the value: the string for text cells, the stored number's text for numbers
 * @param formula the formula, or {@code null}
 * @param dateStyled whether the cell's number format is a date or time format
 */
public record RawCell(int column, String type, String text, String formula, boolean dateStyled) {

  /** Returns whether the value is a stored number (not text). */
  public boolean isNumber() {
    return type.equals("n");
  }
}
