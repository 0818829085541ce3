package io.github.dxplan.xlsx.internal;

import io.github.dxplan.xlsx.CellProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a copy of a workbook, every sheet and cell value as read, with each cell that has a
 * problem filled and commented. The copy keeps values, not the original's styles or macros.
 */
public final class Annotator {
  private Annotator() {}

  private static final String BAD_FILL = "FFC7CE";

  /**
   * Writes the annotated copy.
   *
   * @param wb the workbook as read
   * @param problems the problems
   * @param locale the language of the comments
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void annotate(RawWorkbook wb, List<CellProblem> problems, Locale locale, OutputStream out) throws IOException {
    Workbook copy = new Workbook(out, "dxplan", "1.0");
    for (RawSheet s : wb.sheets()) {
      Worksheet ws = copy.newWorksheet(s.name());
      Map<String, StringBuilder> notes = new LinkedHashMap<>();
      for (CellProblem p : problems) {
        boolean here = s.name().equals(p.sheet()) || (p.sheet() == null && s == wb.sheets().get(0));
        if (!here) {
          continue;
        }
        String cell = p.cell() == null ? "A1" : Character.isDigit(p.cell().charAt(0)) ? "A" + p.cell() : p.cell();
        notes.computeIfAbsent(cell, k -> new StringBuilder()).append(notes.get(cell) == null || notes.get(cell).length() == 0 ? "" : "\n").append(p.message(locale));
      }
      for (RawRow r : s.rows()) {
        for (RawCell c : r.cells()) {
          int row = r.number() - 1;
          if (c.isNumber() && c.formula() == null) {
            try {
              ws.value(row, c.column(), new BigDecimal(c.text()));
              continue;
            } catch (NumberFormatException e) {
              // kept as text below
            }
          }
          ws.value(row, c.column(), c.text());
        }
        if (r.hidden()) {
          ws.hideRow(r.number() - 1);
        }
      }
      for (var e : notes.entrySet()) {
        int col = Math.max(0, CellRef.columnOf(e.getKey()));
        int row = Math.max(1, Integer.parseInt(e.getKey().replaceAll("^[A-Za-z]+", ""))) - 1;
        ws.style(row, col).fillColor(BAD_FILL).set();
        ws.comment(row, col, e.getValue().toString());
      }
    }
    copy.finish();
  }
}
