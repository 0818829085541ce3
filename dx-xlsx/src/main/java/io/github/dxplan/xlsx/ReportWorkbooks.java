package io.github.dxplan.xlsx;

import io.github.dxplan.catalog.NationalItem;
import io.github.dxplan.mapping.CorpusMatrix;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.mapping.CoverageStatus;
import io.github.dxplan.mapping.DeadlineCheck;
import io.github.dxplan.mapping.ElementCoverage;
import io.github.dxplan.mapping.ElementLink;
import io.github.dxplan.mapping.ItemCoverage;
import io.github.dxplan.mapping.LinkSource;
import io.github.dxplan.model.Municipality;
import io.github.dxplan.xlsx.internal.RowHeights;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The 対応表 of a check and the plans × items matrix of a corpus as workbooks, for a city to paste
 * into its own documents.
 *
 * <pre>{@code
 * CoverageReport report = CoverageMapper.create().map(plan);
 * try (OutputStream out = Files.newOutputStream(Path.of("対応表.xlsx"))) {
 *   ReportWorkbooks.coverage(report, out);
 * }
 * }</pre>
 */
public final class ReportWorkbooks {
  private ReportWorkbooks() {}

  private static final String HEAD_FILL = "DDEBF7";
  private static final String KEY_COLOR = "7F7F7F";
  private static final String CLAIMED = "●";
  private static final String INFERRED = "○";

  /**
   * Writes the 対応表: sheet 対応表 (rows: the city's 基本方針/施策/取組 with their labels; columns: the
   * national items with their titles; ● claimed by the plan, ○ inferred), 国の項目 (each item's
   * status and the elements behind it), 不足 (items the plan does not claim) and 期限 (the national
   * deadlines against the plan's roadmap).
   *
   * @param report the check's report
   * @param out where to write (not closed)
   * @throws UncheckedIOException if writing fails
   */
  public static void coverage(CoverageReport report, OutputStream out) {
    try {
      Workbook wb = new Workbook(out, "dxplan", "1.0");
      wb.properties().setTitle(report.planTitle() + " × 自治体DX推進計画（第" + report.version() + "版）");
      List<ItemCoverage> items = report.items();
      matrix(wb.newWorksheet("対応表"), report, items);
      itemsSheet(wb.newWorksheet("国の項目"), items, report);
      gaps(wb.newWorksheet("不足"), items);
      deadlines(wb.newWorksheet("期限"), items, report);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void heading(Worksheet ws, int col, String ja, String key, double width) {
    ws.value(0, col, ja);
    ws.value(1, col, key);
    ws.width(col, width);
  }

  private static void headStyle(Worksheet ws, int cols) {
    ws.range(0, 0, 0, cols - 1).style().bold().fillColor(HEAD_FILL).wrapText(true).verticalAlignment("top").set();
    ws.range(1, 0, 1, cols - 1).style().fontColor(KEY_COLOR).fontSize(7).wrapText(true).set();
    ws.freezePane(0, 2);
    ws.pageOrientation("landscape");
    ws.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
    ws.repeatRows(0, 1);
    ws.setFitToPage(true);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
  }

  private static String level(ElementCoverage e) {
    return e.kind().displayName(false);
  }

  private static void matrix(Worksheet ws, CoverageReport report, List<ItemCoverage> items) {
    heading(ws, 0, "階層", "kind", 8);
    heading(ws, 1, "見出し番号", "label", 12);
    heading(ws, 2, "名称", "title", 40);
    for (int i = 0; i < items.size(); i++) {
      NationalItem item = items.get(i).item();
      heading(ws, 3 + i, (i + 1) + " " + item.title(), item.code(), 9);
    }
    int pathCol = 3 + items.size();
    heading(ws, pathCol, "パス", "path", 30);
    ws.rowHeight(0, 120);
    int r = 2;
    for (ElementCoverage e : report.elements()) {
      ws.value(r, 0, level(e));
      if (e.label() != null) {
        ws.value(r, 1, e.label());
      }
      ws.value(r, 2, e.title());
      ws.style(r, 2).indent(e.kind().ordinal()).wrapText(true).set();
      for (int i = 0; i < items.size(); i++) {
        String code = items.get(i).code();
        for (ElementLink l : e.links()) {
          if (l.code().equals(code)) {
            ws.value(r, 3 + i, l.source() == LinkSource.EXPLICIT ? CLAIMED : INFERRED);
            ws.style(r, 3 + i).horizontalAlignment("center").set();
            break;
          }
        }
      }
      ws.value(r, pathCol, e.path());
      ws.rowHeight(r, RowHeights.of(new String[] {e.label(), e.title()}, new double[] {12, 40}, new boolean[] {true, true}));
      if (e.kind().ordinal() == 0) {
        ws.range(r, 0, r, pathCol).style().bold().fillColor("F2F2F2").wrapText(true).set();
      }
      r++;
    }
    ws.value(r + 1, 0, CLAIMED + " 計画が明示　" + INFERRED + " 推定（計画の文から）");
    headStyle(ws, pathCol + 1);
    ws.freezePane(3, 2);
  }

  private static String status(CoverageStatus s) {
    return switch (s) {
      case COVERED -> "計画が明示";
      case INFERRED -> "推定のみ";
      case MISSING -> "なし";
    };
  }

  private static String titles(CoverageReport report, List<String> paths) {
    StringBuilder sb = new StringBuilder();
    for (String p : paths) {
      var e = report.element(p);
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(e.map(x -> (x.label() == null ? "" : x.label() + " ") + x.title()).orElse(p));
    }
    return sb.toString();
  }

  private static void itemsSheet(Worksheet ws, List<ItemCoverage> items, CoverageReport report) {
    heading(ws, 0, "番号", "order", 6);
    heading(ws, 1, "国の項目", "title", 36);
    heading(ws, 2, "コード", "code", 22);
    heading(ws, 3, "状態", "status", 11);
    heading(ws, 4, "計画が明示した要素", "claimedBy", 40);
    heading(ws, 5, "推定した要素", "inferredBy", 40);
    int r = 2;
    for (ItemCoverage i : items) {
      String claimedBy = titles(report, i.claimedBy());
      String inferredBy = titles(report, i.inferredBy());
      ws.value(r, 0, r - 1);
      ws.value(r, 1, i.item().title());
      ws.value(r, 2, i.code());
      ws.value(r, 3, status(i.status()));
      ws.value(r, 4, claimedBy);
      ws.value(r, 5, inferredBy);
      ws.range(r, 0, r, 5).style().wrapText(true).verticalAlignment("top").set();
      ws.rowHeight(r, RowHeights.of(new String[] {i.item().title(), claimedBy, inferredBy}, new double[] {36, 40, 40}, new boolean[] {true, true, true}));
      r++;
    }
    headStyle(ws, 6);
  }

  private static void gaps(Worksheet ws, List<ItemCoverage> items) {
    heading(ws, 0, "国の項目", "title", 40);
    heading(ws, 1, "コード", "code", 22);
    heading(ws, 2, "状態", "status", 11);
    heading(ws, 3, "分類", "category", 12);
    int r = 2;
    for (ItemCoverage i : items) {
      if (i.status() == CoverageStatus.COVERED) {
        continue;
      }
      ws.value(r, 0, i.item().title());
      ws.value(r, 1, i.code());
      ws.value(r, 2, status(i.status()));
      ws.value(r, 3, i.item().category().name());
      r++;
    }
    if (r == 2) {
      ws.value(r, 0, "国の項目はすべて計画が明示しています。");
    }
    headStyle(ws, 4);
  }

  private static String deadlineStatus(DeadlineCheck d) {
    return switch (d.status()) {
      case ON_TIME -> "期限内";
      case LATE -> "期限より遅い";
      case NO_ROADMAP -> "工程なし";
      case CANNOT_TELL -> "判断できない";
      case NOT_LINKED -> "対応する要素なし";
    };
  }

  private static void deadlines(Worksheet ws, List<ItemCoverage> items, CoverageReport report) {
    heading(ws, 0, "国の項目", "title", 32);
    heading(ws, 1, "期限", "due", 12);
    heading(ws, 2, "内容", "about", 36);
    heading(ws, 3, "判定", "status", 14);
    heading(ws, 4, "計画の予定", "planned", 14);
    heading(ws, 5, "根拠", "basis", 30);
    heading(ws, 6, "計画の要素", "elements", 40);
    int r = 2;
    for (ItemCoverage i : items) {
      for (DeadlineCheck d : i.deadlines()) {
        ws.value(r, 0, i.item().title());
        ws.value(r, 1, String.valueOf(d.deadline().due()));
        ws.value(r, 2, d.deadline().about());
        ws.value(r, 3, deadlineStatus(d));
        if (d.planned() != null) {
          ws.value(r, 4, d.planned());
        }
        if (d.basis() != null) {
          ws.value(r, 5, d.basis());
        }
        String elements = titles(report, d.elements());
        ws.value(r, 6, elements);
        ws.range(r, 0, r, 6).style().wrapText(true).verticalAlignment("top").set();
        ws.rowHeight(r, RowHeights.of(new String[] {i.item().title(), d.deadline().about(), d.basis(), elements}, new double[] {32, 36, 30, 40}, new boolean[] {true, true, true, true}));
        r++;
      }
    }
    headStyle(ws, 7);
  }

  /**
   * Writes the corpus matrix: one row per plan with its 団体コード, prefecture and name, one column
   * per national item with its title (● claimed, ○ inferred), and a sheet of the rates per item.
   *
   * @param matrix the matrix
   * @param municipalities each row's municipality by the row's source, where the plan states it
   * @param out where to write (not closed)
   * @throws UncheckedIOException if writing fails
   */
  public static void corpus(CorpusMatrix matrix, Map<String, Municipality> municipalities, OutputStream out) {
    try {
      Workbook wb = new Workbook(out, "dxplan", "1.0");
      Worksheet ws = wb.newWorksheet("計画×項目");
      List<NationalItem> items = matrix.catalog().items();
      heading(ws, 0, "団体コード", "municipality.code", 11);
      heading(ws, 1, "都道府県", "municipality.prefecture", 10);
      heading(ws, 2, "団体名", "municipality.name", 12);
      heading(ws, 3, "計画", "title", 36);
      heading(ws, 4, "ファイル", "source", 24);
      for (int i = 0; i < items.size(); i++) {
        heading(ws, 5 + i, (i + 1) + " " + items.get(i).title(), items.get(i).code(), 9);
      }
      ws.rowHeight(0, 120);
      int r = 2;
      for (CorpusMatrix.Row row : matrix.rows()) {
        Municipality m = municipalities.get(row.source());
        if (m != null && m.code() != null) {
          ws.value(r, 0, m.code().toString());
        }
        if (m != null && m.prefecture() != null) {
          ws.value(r, 1, m.prefecture());
        }
        String name = m != null && m.name() != null ? m.name() : row.municipality();
        if (name != null) {
          ws.value(r, 2, name);
        }
        ws.value(r, 3, row.title());
        ws.rowHeight(r, RowHeights.of(new String[] {row.title()}, new double[] {36}, new boolean[] {true}));
        ws.style(r, 3).wrapText(true).verticalAlignment("top").set();
        if (row.source() != null) {
          ws.value(r, 4, row.source());
        }
        for (int i = 0; i < row.statuses().size() && i < items.size(); i++) {
          CoverageStatus s = row.statuses().get(i);
          if (s != CoverageStatus.MISSING) {
            ws.value(r, 5 + i, s == CoverageStatus.COVERED ? CLAIMED : INFERRED);
            ws.style(r, 5 + i).horizontalAlignment("center").set();
          }
        }
        ws.style(r, 0).format("@").set();
        r++;
      }
      ws.value(r + 1, 0, CLAIMED + " 計画が明示　" + INFERRED + " 推定（計画の文から）");
      headStyle(ws, 5 + items.size());
      ws.freezePane(4, 2);
      Worksheet rates = wb.newWorksheet("項目別");
      heading(rates, 0, "国の項目", "title", 40);
      heading(rates, 1, "コード", "code", 22);
      heading(rates, 2, "明示した計画", "covered", 12);
      heading(rates, 3, "推定のみの計画", "inferred", 12);
      heading(rates, 4, "なしの計画", "missing", 12);
      int k = 2;
      for (CorpusMatrix.ItemRate rate : matrix.rates()) {
        rates.value(k, 0, matrix.catalog().item(rate.code()).map(NationalItem::title).orElse(rate.code()));
        rates.value(k, 1, rate.code());
        rates.value(k, 2, rate.covered());
        rates.value(k, 3, rate.inferred());
        rates.value(k, 4, rate.missing());
        k++;
      }
      headStyle(rates, 5);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
