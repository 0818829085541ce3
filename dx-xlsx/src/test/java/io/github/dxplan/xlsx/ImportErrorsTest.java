package io.github.dxplan.xlsx;

import static io.github.dxplan.xlsx.Xlsx.cell;
import static io.github.dxplan.xlsx.Xlsx.inline;
import static io.github.dxplan.xlsx.Xlsx.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dxplan.examples.SeedPlans;
import io.github.dxplan.model.DxPlan;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What city staff do to a workbook, and what the import says: every problem, at its cell, with the
 * value read and what was expected. Based on the nasukarasuyama seed exported (体系 columns: A 番号, B 階層,
 * C 親の番号, D ID, E 見出し番号, F 名称; KPI: A KPI番号, B 所属の番号, ..., I 現状値の年度).
 */
class ImportErrorsTest {

  static final DxPlan PLAN = SeedPlans.load("nasukarasuyama-2024");
  static final byte[] WB = RoundTripTest.xlsx(PLAN);

  static DxPlan read(byte[] wb) {
    return PlanWorkbook.read(wb, "計画.xlsx", WorkbookLimits.DEFAULT);
  }

  static List<CellProblem> problems(byte[] wb) {
    WorkbookException e = catchThrowableOfType(WorkbookException.class, () -> read(wb));
    assertThat(e).as("the workbook should be refused").isNotNull();
    return e.problems();
  }

  static String col(String sheet, String key) {
    // The column letter of a key in an exported sheet, from row 2.
    var raw = io.github.dxplan.xlsx.internal.XlsxReader.read(WB, "x", WorkbookLimits.DEFAULT).sheet(sheet);
    for (var r : raw.rows()) {
      if (r.number() == 2) {
        for (var c : r.cells()) {
          if (c.text().equals(key)) {
            return io.github.dxplan.xlsx.internal.CellRef.column(c.column());
          }
        }
      }
    }
    throw new AssertionError(key);
  }

  @Test
  void exported_readsBack() {
    assertThat(read(WB)).isEqualTo(PLAN);
  }

  @Test
  void formula_isALocatedErrorWithTheFormulaAndTheCachedValue() {
    String ref = col("体系", "title") + "4";
    byte[] wb = Xlsx.edit(WB, "体系", x -> cell(x, ref, "<c r=\"" + ref + "\" t=\"str\"><f>CONCAT(\"a\",\"b\")</f><v>ab</v></c>"));
    List<CellProblem> p = problems(wb);
    assertThat(p).extracting(CellProblem::kind).containsExactly(ProblemKind.FORMULA);
    assertThat(p.get(0).location()).isEqualTo("計画.xlsx!体系!" + ref);
    assertThat(p.get(0).message(Locale.JAPANESE)).contains("数式は使えません", "=CONCAT", "読んだ値:「ab」");
  }

  @Test
  void numberWhereAYearIsExpected_saysSoWithAnExample() {
    String ref = col("KPI", "baseline.fiscalYear") + "3";
    byte[] wb = Xlsx.edit(WB, "KPI", x -> cell(x, ref, number(ref, "45292")));
    List<CellProblem> p = problems(wb);
    assertThat(p).extracting(CellProblem::kind).containsExactly(ProblemKind.BAD_YEAR);
    assertThat(p.get(0).message(Locale.JAPANESE)).startsWith("計画.xlsx!KPI!" + ref + ": 年度として読めません").contains("45292", "例: 令和6年度");
    assertThat(p.get(0).message(Locale.ENGLISH)).contains("not a fiscal year", "for example: 令和6年度");
  }

  @Test
  void yearTypedAsANumber_2024_isAccepted() {
    String ref = col("KPI", "baseline.fiscalYear") + "3";
    byte[] wb = Xlsx.edit(WB, "KPI", x -> cell(x, ref, number(ref, "2021")));
    assertThat(read(wb).allKpis().get(0).baseline().fiscalYear().value()).isEqualTo(2021);
  }

  @Test
  void numberWhereACodeIsExpected_isRefusedBecauseLeadingZerosAreLost() {
    String ref = col("計画", "municipality.code") + "3";
    byte[] wb = Xlsx.edit(WB, "計画", x -> cell(x, ref, number(ref, "82368")));
    assertThat(problems(wb)).extracting(CellProblem::kind).containsExactly(ProblemKind.NUMBER_FOR_TEXT);
  }

  @Test
  void fullWidthDigitsAndSurroundingSpaces_inYearsAndReferences_areRead() {
    String year = col("KPI", "target.fiscalYear") + "3";
    String owner = col("KPI", "#owner") + "3";
    String ownerBefore = io.github.dxplan.xlsx.internal.XlsxReader.read(WB, "x", WorkbookLimits.DEFAULT).sheet("KPI").rows().stream()
        .filter(r -> r.number() == 3).findFirst().orElseThrow().cell(io.github.dxplan.xlsx.internal.CellRef.columnOf(owner)).text();
    String wide = ownerBefore.chars().mapToObj(c -> c >= '0' && c <= '9' ? String.valueOf((char) (c - '0' + '０')) : c == '-' ? "－" : String.valueOf((char) c)).reduce("", String::concat);
    byte[] wb = Xlsx.edit(WB, "KPI", x -> cell(cell(x, year, inline(year, " 令和７年度 ")), owner, inline(owner, "  " + wide + " ")));
    DxPlan back = read(wb);
    assertThat(back.allKpis().get(0).target().fiscalYear().value()).isEqualTo(2025);
    assertThat(back).isEqualTo(PLAN.allKpis().get(0).target().fiscalYear().value() == 2025 ? PLAN : back);
  }

  @Test
  void mergedCells_hiddenRows_andHiddenSheets_areEachReported() {
    byte[] wb = Xlsx.edit(WB, "体系", x -> x.replace("<row r=\"5\"", "<row r=\"5\" hidden=\"1\"").replace("</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"B3:B4\"/></mergeCells>"));
    Map<String, byte[]> parts = Xlsx.parts(wb);
    String book = Xlsx.text(parts, "xl/workbook.xml");
    parts.put("xl/workbook.xml", book.replaceFirst("(<sheet name=\"KPI\")", "$1 state=\"hidden\"").getBytes(StandardCharsets.UTF_8));
    List<CellProblem> p = problems(Xlsx.zip(parts));
    assertThat(p).extracting(CellProblem::kind).contains(ProblemKind.MERGED_CELLS, ProblemKind.HIDDEN_ROW, ProblemKind.HIDDEN_SHEET);
    assertThat(p).filteredOn(x -> x.kind() == ProblemKind.MERGED_CELLS).extracting(CellProblem::location).containsExactly("計画.xlsx!体系!B3");
    assertThat(p).filteredOn(x -> x.kind() == ProblemKind.HIDDEN_ROW).extracting(CellProblem::location).containsExactly("計画.xlsx!体系!5");
  }

  @Test
  void parentThatDoesNotExist_andDuplicateIds_areLocated() {
    String parent = col("体系", "#parent") + "4";
    String id = col("体系", "id");
    byte[] wb = Xlsx.edit(WB, "体系", x -> cell(cell(x, parent, inline(parent, "99")), id + "6", inline(id + "6", "dup")).replace("<c r=\"" + id + "7\"", "<c r=\"" + id + "7\"") );
    wb = Xlsx.edit(wb, "体系", x -> cell(x, id + "7", inline(id + "7", "dup")));
    List<CellProblem> p = problems(wb);
    assertThat(p).extracting(CellProblem::kind).contains(ProblemKind.UNKNOWN_REFERENCE, ProblemKind.DUPLICATE_ID);
    assertThat(p).filteredOn(x -> x.kind() == ProblemKind.UNKNOWN_REFERENCE).extracting(CellProblem::location).containsExactly("計画.xlsx!体系!" + parent);
    assertThat(p).filteredOn(x -> x.kind() == ProblemKind.DUPLICATE_ID).extracting(CellProblem::location).containsExactly("計画.xlsx!体系!" + id + "7");
  }

  @Test
  void missingRequiredColumn_unknownColumn_andUnknownSheet_areErrorsNotIgnored() {
    String title = col("体系", "title");
    String note = col("KPI", "note");
    byte[] wb = Xlsx.edit(WB, "体系", x -> cell(cell(x, title + "2", inline(title + "2", "")), title + "1", inline(title + "1", "")));
    wb = Xlsx.edit(wb, "KPI", x -> cell(x, note + "2", inline(note + "2", "memo")));
    Map<String, byte[]> parts = Xlsx.parts(wb);
    parts.put("xl/workbook.xml", Xlsx.text(parts, "xl/workbook.xml").replace("name=\"&#x56fd;&#x306e;&#x9805;&#x76ee;\"", "name=\"メモ\"").replace("name=\"国の項目\"", "name=\"メモ\"").getBytes(StandardCharsets.UTF_8));
    List<CellProblem> p = problems(Xlsx.zip(parts));
    assertThat(p).extracting(CellProblem::kind).contains(ProblemKind.MISSING_COLUMN, ProblemKind.UNKNOWN_COLUMN, ProblemKind.UNKNOWN_SHEET);
    assertThat(p).filteredOn(x -> x.kind() == ProblemKind.MISSING_COLUMN).extracting(CellProblem::location).containsExactly("計画.xlsx!体系!2");
    // The unknown key, and the names column left without a heading.
    assertThat(p).filteredOn(x -> x.kind() == ProblemKind.UNKNOWN_COLUMN).extracting(CellProblem::location)
        .containsExactlyInAnyOrder("計画.xlsx!KPI!" + note + "2", "計画.xlsx!体系!" + title + "2");
    assertThat(p).filteredOn(x -> x.kind() == ProblemKind.UNKNOWN_SHEET).extracting(CellProblem::location).containsExactly("計画.xlsx!メモ");
  }

  @Test
  void everyProblem_isReported_notOnlyTheFirst() {
    String year = col("KPI", "baseline.fiscalYear");
    String dir = col("KPI", "direction");
    byte[] wb = Xlsx.edit(WB, "KPI", x -> cell(cell(cell(x, year + "3", inline(year + "3", "来年")), year + "4", inline(year + "4", "第3期")), dir + "5", inline(dir + "5", "上がる")));
    List<CellProblem> p = problems(wb);
    assertThat(p).extracting(CellProblem::location).containsExactly("計画.xlsx!KPI!" + year + "3", "計画.xlsx!KPI!" + year + "4", "計画.xlsx!KPI!" + dir + "5");
    assertThat(p.get(2).message(Locale.JAPANESE)).contains("一覧にない値", "増加（INCREASE）", "読んだ値:「上がる」");
  }

  @Test
  void emptyWorkbook_withNoPlanSheet_isNamedAsSuch() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      var wb = new org.dhatim.fastexcel.Workbook(out, "t", "1.0");
      wb.newWorksheet("Sheet1");
      wb.finish();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(problems(out.toByteArray())).extracting(CellProblem::kind).containsExactly(ProblemKind.EMPTY_WORKBOOK);
  }

  @Test
  void template_readsAsNoPlanYet_theExampleRowsAreNotRead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbook.template("2.0", out);
    List<CellProblem> p = problems(out.toByteArray());
    // Only the missing title: no example row was taken for data.
    assertThat(p).extracting(CellProblem::kind).containsExactly(ProblemKind.REQUIRED);
    assertThat(p.get(0).sheet()).isEqualTo("計画");
  }

  @Test
  void templateWithATitle_isAPlan() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbook.template(null, out);
    byte[] wb = Xlsx.edit(out.toByteArray(), "計画", x -> cell(x, "C4", inline("C4", "テスト市DX推進計画")));
    wb = Xlsx.edit(wb, "体系", x -> cell(cell(x, "B4", inline("B4", "基本方針")), "F4", inline("F4", "行政のデジタル化")));
    DxPlan plan = read(wb);
    assertThat(plan.title()).isEqualTo("テスト市DX推進計画");
    assertThat(plan.policies()).extracting(p -> p.title()).containsExactly("行政のデジタル化");
  }

  @Test
  void annotate_fillsAndCommentsTheBadCells() {
    String ref = col("KPI", "baseline.fiscalYear") + "3";
    byte[] wb = Xlsx.edit(WB, "KPI", x -> cell(x, ref, inline(ref, "来年")));
    List<CellProblem> p = problems(wb);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbook.annotate(wb, "計画.xlsx", p, Locale.JAPANESE, out);
    Map<String, byte[]> parts = Xlsx.parts(out.toByteArray());
    String comments = parts.entrySet().stream().filter(e -> e.getKey().contains("comments")).map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).reduce("", String::concat);
    assertThat(unescape(comments)).contains("年度として読めません", ref);
    // The copy still reads as the same (bad) workbook: same problems.
    assertThat(problems(out.toByteArray())).extracting(CellProblem::location).containsExactly(p.get(0).location());
  }

  static String unescape(String xml) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
