package io.github.dxplan.xlsx.internal;

import java.util.List;

/**
 * A workbook as stored: its sheets in order.
 *
 * @param sheets the sheets
 * @param hadMacros whether the file held a VBA part (which was not read)
 */
public record RawWorkbook(List<RawSheet> sheets, boolean hadMacros) {

  /**
   * Returns the sheet of a name, or {@code null}.
   *
   * @param name the name
   * @return the sheet
   */
  public RawSheet sheet(String name) {
    for (RawSheet s : sheets) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
