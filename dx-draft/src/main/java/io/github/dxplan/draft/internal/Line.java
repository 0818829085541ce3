package io.github.dxplan.draft.internal;

import java.util.List;

/**
 * One line of a source document as it stands there: its page, its line number (in the text file, or
 * counted down the page of a PDF) and its text; a table row keeps its cells, a cell its list items.
 *
 * @param page 1-based page (1 when the text has no page marks)
 * @param number 1-based line number: the text file's line, or the line on the PDF page
 * @param text the line's text as written (cells joined by a tab)
 * @param cells the cells of a table row, each with its list items (one item when the cell is plain)
 * @param heading a Markdown heading level (1–6) the extractor gave the line, or 0
 */
public record Line(int page, int number, String text, List<List<String>> cells, int heading) {
  public Line {
    cells = cells.stream().map(List::copyOf).toList();
  }

  /** True when the line came as a table row of two or more cells. */
  public boolean isRow() {
    return cells.size() > 1;
  }

  /** The text of a cell (items joined by a space), or "" past the last. */
  public String cell(int i) {
    return i < cells.size() ? String.join(" ", cells.get(i)) : "";
  }
}
