package io.github.dxplan.xlsx.internal;

import static io.github.dxplan.xlsx.internal.Col.Type.DATE;
import static io.github.dxplan.xlsx.internal.Col.Type.DECIMAL;
import static io.github.dxplan.xlsx.internal.Col.Type.ID;
import static io.github.dxplan.xlsx.internal.Col.Type.INT;
import static io.github.dxplan.xlsx.internal.Col.Type.JSON;
import static io.github.dxplan.xlsx.internal.Col.Type.LG_CODE;
import static io.github.dxplan.xlsx.internal.Col.Type.LINES;
import static io.github.dxplan.xlsx.internal.Col.Type.PARAGRAPHS;
import static io.github.dxplan.xlsx.internal.Col.Type.TAGS;
import static io.github.dxplan.xlsx.internal.Col.Type.TEXT;
import static io.github.dxplan.xlsx.internal.Col.Type.YEAR;

import io.github.dxplan.model.Approach;
import io.github.dxplan.model.Comparison;
import io.github.dxplan.model.Direction;
import io.github.dxplan.model.KpiFigures;
import io.github.dxplan.model.PlanStatus;
import io.github.dxplan.model.RoadmapExtent;
import io.github.dxplan.model.RoadmapKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The sheets of the workbook and their columns. Row 1 holds the Japanese headings, row 2 the format
 * keys (which the import goes by), data starts in row 3; a row whose first cell starts with
 * {@value #EXAMPLE} is an example and is not read.
 */
public final class Layout {
  private Layout() {}

  /** The marker of the template's example rows. */
  public static final String EXAMPLE = "【例】";
  /** The first data row (1-based). */
  public static final int FIRST_ROW = 3;

  public static final String GUIDE = "説明";
  public static final String PLAN = "計画";
  public static final String ELEMENTS = "体系";
  public static final String KPIS = "KPI";
  public static final String ACTUALS = "実績";
  public static final String ROADMAP = "工程表";
  public static final String PREVIOUS = "前計画の評価";
  public static final String GOVERNANCE = "推進体制";
  public static final String TABLES = "表";
  public static final String GLOSSARY = "用語";
  /** The hidden sheet holding the dropdown lists; the import does not read it. */
  public static final String LISTS = "リスト";
  /** The sheet listing the national items of the chosen version; the import does not read it. */
  public static final String ITEMS = "国の項目";

  /** The levels of the 体系 sheet. */
  public static final List<String> LEVELS = List.of("基本方針", "施策", "取組");

  /** The sheets the import reads, in order. */
  public static final List<String> DATA_SHEETS = List.of(PLAN, ELEMENTS, KPIS, ACTUALS, ROADMAP, PREVIOUS, GOVERNANCE, GLOSSARY);
  /** The sheets the import knows and skips. */
  public static final List<String> INFO_SHEETS = List.of(GUIDE, LISTS, ITEMS);

  static List<String> names(Class<? extends Enum<?>> e) {
    List<String> out = new ArrayList<>();
    for (Enum<?> c : e.getEnumConstants()) {
      out.add(c.name());
    }
    return out;
  }

  /** The national-item columns of the 体系 sheet: at least three, more when a plan needs them. */
  static List<Col> itemColumns(int n) {
    List<Col> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(Col.of("nationalItems#" + i, "国の項目" + i, Col.Type.ITEM, 34));
    }
    return out;
  }

  static List<Col> plan() {
    return List.of(
        Col.of("schemaVersion", "形式の版", INT, 8),
        Col.of("id", "計画ID", ID, 16),
        Col.required("title", "計画の名称", TEXT, 30),
        Col.of("municipality.code", "団体コード", LG_CODE, 11),
        Col.of("municipality.name", "団体名", TEXT, 12),
        Col.of("municipality.prefecture", "都道府県", TEXT, 10),
        Col.choice("status", "状態", 14, names(PlanStatus.class)),
        Col.of("drafted", "原案の日付", DATE, 12),
        Col.of("adopted", "策定日", DATE, 12),
        Col.of("period.from", "計画期間（開始年度）", YEAR, 12),
        Col.of("period.to", "計画期間（終了年度）", YEAR, 12),
        Col.of("nationalPlanVersion", "国の計画の版", ID, 10),
        Col.of("vision", "基本理念・目指す姿", TEXT, 40),
        Col.of("description", "計画の趣旨", TEXT, 40),
        Col.of("governance.description", "推進体制", TEXT, 40),
        Col.of("notes", "備考", PARAGRAPHS, 40),
        Col.of("previousPlan.title", "前計画の名称", TEXT, 24),
        Col.of("previousPlan.period.from", "前計画（開始年度）", YEAR, 12),
        Col.of("previousPlan.period.to", "前計画（終了年度）", YEAR, 12),
        Col.of("previousPlan.evaluatedOn", "前計画の評価日", DATE, 12),
        Col.of("#extra", "その他（JSON）", JSON, 30));
  }

  static List<Col> elements(int itemColumns) {
    List<Col> cols = new ArrayList<>(List.of(
        Col.of("#ref", "番号", ID, 8),
        new Col("#level", "階層", Col.Type.CHOICE, 9, true, LEVELS),
        Col.of("#parent", "親の番号", ID, 8),
        Col.of("id", "ID", ID, 12),
        Col.of("label", "見出し番号", TEXT, 12),
        Col.required("title", "名称", TEXT, 36),
        Col.of("description", "内容", TEXT, 50),
        Col.of("challenges", "課題", LINES, 30),
        Col.of("goal", "目指す姿", TEXT, 30),
        Col.of("departments.responsible", "担当課", LINES, 16),
        Col.of("departments.related", "関係課", LINES, 16)));
    cols.addAll(itemColumns(itemColumns));
    cols.addAll(List.of(
        Col.choice("approach", "アプローチ", 16, names(Approach.class)),
        Col.of("relistOf", "再掲元", ID, 10),
        Col.of("previousMeasures", "前計画の施策", LINES, 20),
        Col.of("kpiRefs", "KPI（参照）", LINES, 12),
        Col.of("notes", "備考", PARAGRAPHS, 40),
        Col.of("tags", "分類", TAGS, 20),
        Col.of("source.page", "原文のページ", INT, 8),
        Col.of("source.section", "原文の章節", TEXT, 14),
        Col.of("source.line", "原文の行", INT, 8),
        Col.of("#extra", "その他（JSON）", JSON, 30)));
    return cols;
  }

  static List<Col> kpis() {
    return List.of(
        Col.of("#ref", "KPI番号", ID, 8),
        Col.required("#owner", "所属の番号", ID, 10),
        Col.of("id", "ID", ID, 12),
        Col.required("name", "指標名", TEXT, 36),
        Col.of("qualifier", "指標の但し書き", TEXT, 16),
        Col.of("unit", "単位", TEXT, 8),
        Col.choice("direction", "方向", 14, names(Direction.class)),
        Col.choice("figures", "数値", 16, names(KpiFigures.class)),
        Col.of("baseline.value", "現状値", DECIMAL, 10),
        Col.of("baseline.fiscalYear", "現状値の年度", YEAR, 10),
        Col.of("baseline.asWritten", "現状値（原文）", TEXT, 24),
        Col.of("target.value", "目標値", DECIMAL, 10),
        Col.of("target.fiscalYear", "目標年度", YEAR, 10),
        Col.choice("target.comparator", "目標の比較", 14, names(Comparison.class)),
        Col.of("target.asWritten", "目標値（原文）", TEXT, 24),
        Col.of("measures", "測る施策（ID）", LINES, 14),
        Col.of("note", "備考", TEXT, 30),
        Col.of("tags", "分類", TAGS, 20),
        Col.of("source.page", "原文のページ", INT, 8),
        Col.of("source.section", "原文の章節", TEXT, 14),
        Col.of("source.line", "原文の行", INT, 8),
        Col.of("#extra", "その他（JSON）", JSON, 30));
  }

  static List<Col> actuals() {
    return List.of(
        Col.required("#kpi", "KPI番号", ID, 10),
        Col.of("value", "実績値", DECIMAL, 10),
        Col.of("fiscalYear", "年度", YEAR, 10),
        Col.choice("comparator", "比較", 14, names(Comparison.class)),
        Col.of("asWritten", "実績（原文）", TEXT, 30),
        Col.of("#extra", "その他（JSON）", JSON, 30));
  }

  static List<Col> roadmap() {
    return List.of(
        Col.required("#owner", "所属の番号", ID, 10),
        Col.required("label", "工程", TEXT, 30),
        Col.choice("kind", "種類", 14, names(RoadmapKind.class)),
        Col.of("from", "開始年度", YEAR, 10),
        Col.of("to", "終了年度", YEAR, 10),
        Col.choice("extent", "期間の確かさ", 16, names(RoadmapExtent.class)),
        Col.of("note", "備考", TEXT, 30),
        Col.of("source.page", "原文のページ", INT, 8),
        Col.of("source.section", "原文の章節", TEXT, 14),
        Col.of("source.line", "原文の行", INT, 8),
        Col.of("#extra", "その他（JSON）", JSON, 30));
  }

  static List<Col> previous() {
    return List.of(
        Col.of("group", "区分", TEXT, 16),
        Col.of("title", "取組・施策", TEXT, 30),
        Col.of("indicator", "指標", TEXT, 30),
        Col.of("target.value", "目標値", DECIMAL, 10),
        Col.of("target.fiscalYear", "目標年度", YEAR, 10),
        Col.of("target.asWritten", "目標（原文）", TEXT, 20),
        Col.of("actual.value", "実績値", DECIMAL, 10),
        Col.of("actual.fiscalYear", "実績の年度", YEAR, 10),
        Col.choice("actual.comparator", "実績の比較", 14, names(Comparison.class)),
        Col.of("actual.asWritten", "実績（原文）", TEXT, 20),
        Col.of("unit", "単位", TEXT, 8),
        Col.of("achieved", "達成", Col.Type.BOOL, 9),
        Col.of("assessment", "評価", TEXT, 30),
        Col.of("note", "備考", TEXT, 30),
        Col.of("source.page", "原文のページ", INT, 8),
        Col.of("source.section", "原文の章節", TEXT, 14),
        Col.of("source.line", "原文の行", INT, 8),
        Col.of("#extra", "その他（JSON）", JSON, 30));
  }

  static List<Col> governance() {
    return List.of(
        Col.required("name", "会議・組織", TEXT, 30),
        Col.of("role", "役割", TEXT, 40),
        Col.of("members", "構成員", LINES, 40),
        Col.of("#extra", "その他（JSON）", JSON, 30));
  }

  static List<Col> glossary() {
    return List.of(
        Col.required("term", "用語", TEXT, 24),
        Col.required("definition", "説明", TEXT, 70),
        Col.of("#extra", "その他（JSON）", JSON, 30));
  }

  static List<Col> forSheet(String sheet, int itemColumns) {
    return switch (sheet) {
      case PLAN -> plan();
      case ELEMENTS -> elements(itemColumns);
      case KPIS -> kpis();
      case ACTUALS -> actuals();
      case ROADMAP -> roadmap();
      case PREVIOUS -> previous();
      case GOVERNANCE -> governance();
      case GLOSSARY -> glossary();
      default -> throw new IllegalArgumentException(sheet);
    };
  }
}
