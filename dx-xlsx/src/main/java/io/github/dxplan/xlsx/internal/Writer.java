package io.github.dxplan.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes the sheets with fastexcel: headings, format keys, text formats, dropdowns, frozen headers. */
final class Writer {
  private Writer() {}

  private static final String HEAD_FILL = "DDEBF7";
  private static final String KEY_COLOR = "7F7F7F";
  private static final String POLICY_FILL = "F2F2F2";
  private static final String EXAMPLE_COLOR = "808080";
  /** Rows below the data that still get dropdowns and text formats, for rows the city adds. */
  private static final int SPARE_ROWS = 300;

  static void write(List<SheetData> sheets, Items items, boolean template, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "dxplan", "1.0");
    wb.properties().setTitle(template ? "自治体DX推進計画 記入用ひな形" : "自治体DX推進計画");
    guide(wb.newWorksheet(Layout.GUIDE), items);
    List<Worksheet> data = new ArrayList<>();
    for (SheetData s : sheets) {
      data.add(wb.newWorksheet(s.name));
    }
    Worksheet itemSheet = wb.newWorksheet(Layout.ITEMS);
    Worksheet lists = wb.newWorksheet(Layout.LISTS);
    Map<String, org.dhatim.fastexcel.Range> ranges = lists(lists, sheets, items);
    itemSheet(itemSheet, items);
    for (int i = 0; i < sheets.size(); i++) {
      sheet(data.get(i), sheets.get(i), ranges);
    }
    lists.setVisibilityState(VisibilityState.HIDDEN);
    wb.finish();
  }

  private static void guide(Worksheet ws, Items items) {
    ws.width(0, 110);
    String[] lines = Guide.lines(items.version);
    for (int i = 0; i < lines.length; i++) {
      ws.value(i, 0, lines[i]);
      ws.style(i, 0).wrapText(true).set();
    }
    ws.style(0, 0).bold().fontSize(14).set();
  }

  private static void itemSheet(Worksheet ws, Items items) {
    ws.value(0, 0, "コード");
    ws.value(0, 1, "国の自治体DX推進計画（第" + items.version + "版）の項目");
    ws.value(1, 0, "code");
    ws.value(1, 1, "title");
    ws.range(0, 0, 0, 1).style().bold().fillColor(HEAD_FILL).set();
    ws.range(1, 0, 1, 1).style().fontColor(KEY_COLOR).fontSize(9).set();
    ws.width(0, 28);
    ws.width(1, 60);
    int r = 2;
    for (var e : items.titles.entrySet()) {
      ws.value(r, 0, e.getKey());
      ws.value(r, 1, e.getValue());
      r++;
    }
    ws.freezePane(0, 2);
  }

  /** The dropdown lists, one column per kind, on the hidden リスト sheet. */
  private static Map<String, org.dhatim.fastexcel.Range> lists(Worksheet ws, List<SheetData> sheets, Items items) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (SheetData s : sheets) {
      for (Col c : s.cols) {
        switch (c.type()) {
          case CHOICE -> lists.putIfAbsent(String.join(",", c.choices()), c.key().equals("#level") ? c.choices() : Choices.displays(c.choices()));
          case BOOL -> lists.putIfAbsent("#bool", List.of("達成", "未達成"));
          case ITEM -> {
            List<String> shown = new ArrayList<>();
            for (String code : items.titles.keySet()) {
              shown.add(Cells.item(code, items::title));
            }
            lists.putIfAbsent("#item", shown);
          }
          default -> {}
        }
      }
    }
    Map<String, org.dhatim.fastexcel.Range> ranges = new LinkedHashMap<>();
    int col = 0;
    for (var e : lists.entrySet()) {
      List<String> values = e.getValue();
      for (int r = 0; r < values.size(); r++) {
        ws.value(r, col, values.get(r));
      }
      ranges.put(e.getKey(), ws.range(0, col, values.size() - 1, col));
      col++;
    }
    return ranges;
  }

  private static void sheet(Worksheet ws, SheetData s, Map<String, org.dhatim.fastexcel.Range> ranges) {
    int n = s.cols.size();
    int last = Layout.FIRST_ROW - 1 + s.rows.size() + (s.example == null ? 0 : 1) + SPARE_ROWS;
    for (int c = 0; c < n; c++) {
      Col col = s.cols.get(c);
      ws.width(c, col.width());
      ws.value(0, c, col.ja() + (col.required() ? " *" : ""));
      ws.value(1, c, col.key());
      ws.comment(0, c, Guide.column(s.name, col));
      // Text format for the whole column (a column style, so rows the city adds get it without a
      // file full of empty styled cells): Excel then keeps 001, 2024, 令和6年度 and 1-2 as typed.
      ws.style(c).format("@").wrapText(wraps(col)).verticalAlignment("top").set();
      String list = switch (col.type()) {
        case CHOICE -> String.join(",", col.choices());
        case BOOL -> "#bool";
        case ITEM -> "#item";
        default -> null;
      };
      if (list != null && ranges.containsKey(list)) {
        ws.range(Layout.FIRST_ROW - 1, c, last, c)
            .validateWithList(ranges.get(list))
            .allowBlank(true)
            .showErrorMessage(true)
            .errorStyle(col.type() == Col.Type.ITEM ? DataValidationErrorStyle.WARNING : DataValidationErrorStyle.STOP)
            .errorTitle("一覧にない値")
            .error("一覧から選んでください。");
      }
    }
    ws.range(0, 0, 0, n - 1).style().bold().fillColor(HEAD_FILL).wrapText(true).verticalAlignment("center").set();
    ws.range(1, 0, 1, n - 1).style().fontColor(KEY_COLOR).fontSize(8).set();
    ws.rowHeight(0, 30);
    int r = Layout.FIRST_ROW - 1;
    if (s.example != null) {
      for (int c = 0; c < n; c++) {
        if (s.example[c] != null) {
          ws.value(r, c, s.example[c]);
        }
      }
      ws.range(r, 0, r, n - 1).style().format("@").italic().fontColor(EXAMPLE_COLOR).wrapText(true).verticalAlignment("top").set();
      r++;
    }
    for (String[] row : s.rows) {
      for (int c = 0; c < n; c++) {
        if (row[c] != null) {
          ws.value(r, c, row[c]);
          ws.style(r, c).format("@").wrapText(wraps(s.cols.get(c))).verticalAlignment("top").set();
        }
      }
      ws.rowHeight(r, height(row, s.cols));
      int level = s.index("#level") < 0 || row[s.index("#level")] == null ? -1 : Layout.LEVELS.indexOf(row[s.index("#level")]);
      if (level == 0) {
        // A 基本方針 row stands out; 施策 and 取組 titles are indented under it.
        ws.range(r, 0, r, n - 1).style().format("@").bold().fillColor(POLICY_FILL).wrapText(true).verticalAlignment("top").set();
      } else if (level > 0) {
        ws.style(r, s.index("title")).format("@").indent(level).wrapText(true).verticalAlignment("top").set();
      }
      r++;
    }
    ws.freezePane(1, Layout.FIRST_ROW - 1);
    print(ws, s.cols);
  }

  /** Landscape A4, the heading rows on every page, as many pages wide as the columns need. */
  static void print(Worksheet ws, List<Col> cols) {
    double width = 0;
    for (Col c : cols) {
      width += c.width();
    }
    ws.pageOrientation("landscape");
    ws.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
    ws.repeatRows(0, 1);
    ws.setFitToPage(true);
    ws.fitToWidth((short) Math.max(1, Math.ceil(width / 190)));
    ws.fitToHeight((short) 0);
  }

  static double height(String[] row, List<Col> cols) {
    double[] widths = new double[cols.size()];
    boolean[] wraps = new boolean[cols.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = cols.get(i).width();
      wraps[i] = wraps(cols.get(i));
    }
    return RowHeights.of(row, widths, wraps);
  }

  private static boolean wraps(Col c) {
    return c.type() == Col.Type.TEXT || c.type() == Col.Type.LINES || c.type() == Col.Type.PARAGRAPHS || c.type() == Col.Type.JSON;
  }
}
