package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Lists;
import java.util.ArrayList;
import java.util.List;

/**
 * A table a plan prints: survey results, statistics, current-state indicators. Cells are text as
 * written, so 「19.0%」 and 「—」 stay as they are.
 *
 * <p>Example from 那須烏山市's 市民アンケート: title 「行政手続のオンライン化の認知度」, unit {@code "%"},
 * columns {@code ["回答", "割合"]}, rows {@code [["知っている", "38.2"], ["知らない", "61.8"]]}.
 *
 * @param id the plan-unique id, or {@code null}
 * @param title the caption as written
 * @param unit the unit of the figures, or {@code null}
 * @param source where the table stands in the source document, or {@code null}
 * @param columns the column headings, in order (may be empty)
 * @param rows the rows, each a list of cells (rows may differ in length, as printed)
 * @param note a remark such as the table's 出典 line, or {@code null}
 */
public record DataTable(
    String id,
    String title,
    String unit,
    SourceLocation source,
    List<String> columns,
    List<List<String>> rows,
    String note) {

  /** Checks the title and copies the lists, the rows deeply. */
  public DataTable {
    requireNonNull(title, "title");
    columns = Lists.copy(columns, "columns");
    rows = copyRows(rows);
  }

  private static List<List<String>> copyRows(List<List<String>> rows) {
    if (rows == null) {
      return List.of();
    }
    List<List<String>> out = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      requireNonNull(row, "rows must not contain null");
      out.add(Lists.copy(row, "rows"));
    }
    return List.copyOf(out);
  }
}
