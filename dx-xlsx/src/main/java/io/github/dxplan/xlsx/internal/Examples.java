package io.github.dxplan.xlsx.internal;

import java.util.List;
import java.util.Map;

/** The template's example rows (first cell marked 【例】, so the import skips them). */
final class Examples {
  private Examples() {}

  private static final Map<String, Map<String, String>> ROWS = Map.of(
      Layout.PLAN, Map.of(
          "schemaVersion", Layout.EXAMPLE + "1",
          "id", "itako-2023",
          "title", "潮来市DX推進計画",
          "municipality.code", "082236",
          "municipality.name", "潮来市",
          "municipality.prefecture", "茨城県",
          "adopted", "2023-03",
          "period.from", "令和5年度",
          "period.to", "令和7年度",
          "nationalPlanVersion", "2.0"),
      Layout.ELEMENTS, Map.of(
          "#ref", Layout.EXAMPLE + "1-1",
          "#level", "施策",
          "#parent", "1",
          "label", "(1)",
          "title", "行政手続のオンライン化",
          "description", "住民がいつでもどこでも手続できるよう、申請をオンライン化します。",
          "departments.responsible", "DX推進課\n市民課",
          "nationalItems#1", "ONLINE_PROCEDURES"),
      Layout.KPIS, Map.of(
          "#ref", Layout.EXAMPLE + "K1",
          "#owner", "1-1",
          "name", "オンラインで申請できる手続の数",
          "unit", "件",
          "direction", "INCREASE",
          "baseline.value", "12",
          "baseline.fiscalYear", "令和4年度",
          "target.value", "50",
          "target.fiscalYear", "令和7年度",
          "target.comparator", "AT_LEAST"),
      Layout.ACTUALS, Map.of(
          "#kpi", Layout.EXAMPLE + "K1",
          "value", "20",
          "fiscalYear", "令和5年度"),
      Layout.ROADMAP, Map.of(
          "#owner", Layout.EXAMPLE + "1-1-1",
          "label", "対象手続の選定",
          "kind", "STUDY",
          "from", "令和5年度",
          "to", "令和5年度"),
      Layout.PREVIOUS, Map.of(
          "group", Layout.EXAMPLE + "基本目標1",
          "title", "電子申請の拡充",
          "indicator", "電子申請の件数",
          "target.value", "1000",
          "actual.value", "1200",
          "unit", "件",
          "achieved", "達成"));

  static void fill(List<SheetData> sheets, Items items) {
    for (SheetData s : sheets) {
      Map<String, String> row = ROWS.get(s.name);
      if (row == null) {
        continue;
      }
      String[] ex = new String[s.cols.size()];
      for (int i = 0; i < ex.length; i++) {
        Col c = s.cols.get(i);
        String v = row.get(c.key());
        if (v != null) {
          ex[i] = switch (c.type()) {
            case CHOICE -> c.key().equals("#level") ? v : Choices.display(v);
            case ITEM -> Cells.item(v, items::title);
            default -> v;
          };
        }
      }
      // The marker goes first, in column A.
      if (ex[0] == null) {
        ex[0] = Layout.EXAMPLE;
      } else if (!ex[0].startsWith(Layout.EXAMPLE)) {
        ex[0] = Layout.EXAMPLE + ex[0];
      }
      s.example = ex;
    }
  }
}
