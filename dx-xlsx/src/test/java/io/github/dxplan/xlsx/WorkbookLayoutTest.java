package io.github.dxplan.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.examples.SeedPlans;
import io.github.dxplan.xlsx.internal.RawSheet;
import io.github.dxplan.xlsx.internal.XlsxReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a person opening the workbook sees: sheet names, headings over keys, frozen headings, dropdowns, text formats. */
class WorkbookLayoutTest {

  static byte[] template(String version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbook.template(version, out);
    return out.toByteArray();
  }

  @Test
  void template_hasTheJapaneseSheetsInOrder_headingsOverFormatKeys_andAnExampleRow() {
    var wb = XlsxReader.read(template("3.0"), "t", WorkbookLimits.DEFAULT);
    assertThat(wb.sheets()).extracting(RawSheet::name)
        .containsExactly("説明", "計画", "体系", "KPI", "実績", "工程表", "前計画の評価", "推進体制", "用語", "国の項目", "リスト");
    RawSheet kpi = wb.sheet("KPI");
    assertThat(kpi.rows().get(0).cells()).extracting(c -> c.text()).contains("指標名 *", "現状値の年度");
    assertThat(kpi.rows().get(1).cells()).extracting(c -> c.text()).contains("name", "baseline.fiscalYear");
    assertThat(kpi.rows().get(2).cells().get(0).text()).startsWith("【例】");
    assertThat(wb.sheet("リスト").hidden()).isTrue();
  }

  @Test
  void template_listsTheChosenVersionsItemsWithTheirTitles() {
    var items = XlsxReader.read(template("2.0"), "t", WorkbookLimits.DEFAULT).sheet("国の項目");
    assertThat(items.rows().get(0).cells().get(1).text()).contains("第2.0版");
    assertThat(items.rows().stream().skip(2).map(r -> r.cells().get(0).text())).contains("MYNUMBER_CARD", "ONLINE_PROCEDURES");
    assertThat(items.rows().stream().skip(2).map(r -> r.cells().get(1).text())).allMatch(t -> !t.isBlank());
  }

  @Test
  void dataSheets_freezeTheirHeadings_offerDropdowns_andFormatCellsAsText() {
    Map<String, byte[]> parts = Xlsx.parts(template(null));
    String kpi = Xlsx.text(parts, Xlsx.sheetPart(parts, "KPI"));
    assertThat(kpi).contains("ySplit=\"2\"", "state=\"frozen\"", "<dataValidation", "type=\"list\"");
    String styles = new String(parts.get("xl/styles.xml"), StandardCharsets.UTF_8);
    assertThat(styles).contains("formatCode=\"@\"");
    // Every dropdown offers what the import accepts: the direction list holds 増加（INCREASE）.
    String lists = Xlsx.text(parts, "xl/sharedStrings.xml");
    assertThat(lists).contains("INCREASE", "MYNUMBER_CARD");
  }

  @Test
  void exportedPlan_showsTheCitysLabelsAndYearsAsText() {
    var wb = XlsxReader.read(RoundTripTest.xlsx(SeedPlans.load("nasukarasuyama-2024")), "t", WorkbookLimits.DEFAULT);
    var plan = wb.sheet("計画").rows().get(2);
    assertThat(plan.cells()).allMatch(c -> !c.isNumber(), "every value is stored as text, so Excel keeps it as written");
    assertThat(wb.sheet("体系").rows().get(2).cells()).extracting(c -> c.text()).contains("基本方針");
  }
}
