package io.github.dxplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dx template, convert to and from xlsx, --annotate, and the xlsx formats of check and corpus. */
class WorkbookCommandsTest {
  @TempDir Path dir;

  @Test
  void convert_yamlToXlsxToYaml_isByteIdentical() throws IOException {
    Path seed = Dx.seed("nasukarasuyama-2024.yaml");
    Path xlsx = dir.resolve("plan.xlsx");
    Dx.Result w = Dx.run("convert", seed.toString(), "--to", "xlsx", "--out", xlsx.toString());
    assertThat(w.exitCode()).as(w.err()).isZero();
    Dx.Result back = Dx.run("convert", xlsx.toString(), "--to", "yaml");
    assertThat(back.exitCode()).as(back.err()).isZero();
    assertThat(back.out()).isEqualTo(Files.readString(seed));
  }

  @Test
  void convert_toXlsx_withoutOut_isRefused() {
    Dx.Result r = Dx.run("convert", Dx.seedPath("itako-2023.yaml"), "--to", "xlsx");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--out");
  }

  @Test
  void template_isAWorkbookWithNoPlanYet_everyProblemListed_exit2_nothingWritten() throws IOException {
    Path t = dir.resolve("計画.xlsx");
    assertThat(Dx.run("template", "--national-plan", "2.0", "--out", t.toString()).exitCode()).isZero();
    Path yaml = dir.resolve("計画.yaml");
    Path marked = dir.resolve("確認用.xlsx");
    Dx.Result r = Dx.run("convert", t.toString(), "--to", "yaml", "--out", yaml.toString(), "--annotate", marked.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("計画.xlsx!計画!C3", "必須の値が空です", "確認用.xlsx");
    assertThat(yaml).doesNotExist();
    assertThat(marked).exists();
    Dx.Result en = Dx.run("--lang", "en", "convert", t.toString(), "--to", "json");
    assertThat(en.err()).contains("a required value is empty");
  }

  @Test
  void template_unknownVersion_andNotXlsx_areRefused() {
    assertThat(Dx.run("template", "--national-plan", "9.9", "--out", dir.resolve("a.xlsx").toString()).exitCode()).isEqualTo(2);
    assertThat(Dx.run("template", "--out", dir.resolve("a.yaml").toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void validateAndCheck_readAWorkbook_andCheckWritesThe対応表AsXlsx() throws IOException {
    Path xlsx = dir.resolve("itako.xlsx");
    Dx.run("convert", Dx.seedPath("itako-2023.yaml"), "--to", "xlsx", "--out", xlsx.toString());
    Dx.Result v = Dx.run("validate", xlsx.toString());
    assertThat(v.exitCode()).as(v.err()).isIn(0, 1);
    Path table = dir.resolve("対応表.xlsx");
    Dx.Result c = Dx.run("check", xlsx.toString(), "--format", "xlsx", "--out", table.toString());
    assertThat(c.exitCode()).as(c.err()).isIn(0, 1);
    var wb = io.github.dxplan.xlsx.internal.XlsxReader.read(Files.readAllBytes(table), "t", io.github.dxplan.xlsx.WorkbookLimits.DEFAULT);
    assertThat(wb.sheets()).extracting(s -> s.name()).containsExactly("対応表", "国の項目", "不足", "期限");
    String cells = wb.sheet("対応表").rows().toString();
    assertThat(cells).contains("行政手続のオンライン化", "●");
  }

  @Test
  void corpus_asXlsx_hasOneRowPerPlanWithItsCodeAndPrefecture() throws IOException {
    Path out = dir.resolve("corpus.xlsx");
    Dx.Result r = Dx.run("corpus", Dx.seed("itako-2023.yaml").getParent().toString(), "--format", "xlsx", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    var sheet = io.github.dxplan.xlsx.internal.XlsxReader.read(Files.readAllBytes(out), "c", io.github.dxplan.xlsx.WorkbookLimits.DEFAULT).sheet("計画×項目");
    assertThat(sheet.rows().get(0).cells().get(0).text()).isEqualTo("団体コード");
    assertThat(sheet.rows().stream().filter(x -> x.number() > 2).map(x -> x.cells().get(0).text())).contains("082236");
    assertThat(sheet.rows().toString()).contains("茨城県");
  }
}
