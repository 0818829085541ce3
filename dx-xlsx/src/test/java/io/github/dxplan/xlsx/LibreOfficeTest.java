package io.github.dxplan.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dxplan.examples.SeedPlans;
import io.github.dxplan.model.DxPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks in a real spreadsheet program: LibreOffice opens the template and an exported plan
 * and saves them again as xlsx, and the saved files import to the same plan. Skipped, with the
 * reason, where LibreOffice is not installed (.ci/run installs it).
 */
class LibreOfficeTest {

  @TempDir static Path dir;
  static Path resaved;
  static final DxPlan PLAN = SeedPlans.load("nasukarasuyama-2024");
  static final DxPlan PLAN2 = SeedPlans.load("utsunomiya-2023");

  static String soffice() {
    for (String p : List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice")) {
      if (Files.isExecutable(Path.of(p))) {
        return p;
      }
    }
    return null;
  }

  static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("LibreOffice did not finish in 180 s");
    }
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
  }

  static List<String> convert(String to, Path outDir, Path... files) {
    List<String> c = new ArrayList<>(List.of(soffice(), "--headless", "--norestore",
        "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", to, "--outdir", outDir.toString()));
    for (Path f : files) {
      c.add(f.toString());
    }
    return c;
  }

  @BeforeAll
  static void resave() throws Exception {
    assumeTrue(soffice() != null, "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
    ByteArrayOutputStream t = new ByteArrayOutputStream();
    PlanWorkbook.template("3.0", t);
    Files.write(dir.resolve("template.xlsx"), t.toByteArray());
    Files.write(dir.resolve("plan.xlsx"), RoundTripTest.xlsx(PLAN));
    Files.write(dir.resolve("plan2.xlsx"), RoundTripTest.xlsx(PLAN2));
    resaved = Files.createDirectories(dir.resolve("resaved"));
    run(convert("xlsx:Calc MS Excel 2007 XML", resaved, dir.resolve("template.xlsx"), dir.resolve("plan.xlsx"), dir.resolve("plan2.xlsx")));
  }

  static DxPlan readResaved(String name) throws IOException {
    return PlanWorkbook.read(resaved.resolve(name));
  }

  @Test
  void exportedPlan_resavedByLibreOffice_importsToTheSamePlan() throws IOException {
    assertThat(readResaved("plan.xlsx")).isEqualTo(PLAN);
    assertThat(readResaved("plan2.xlsx")).isEqualTo(PLAN2);
  }

  @Test
  void template_resavedByLibreOffice_stillHasItsSheetsAndSkipsItsExamples() throws IOException {
    WorkbookException e = org.assertj.core.api.Assertions.catchThrowableOfType(WorkbookException.class, () -> readResaved("template.xlsx"));
    assertThat(e.problems()).extracting(CellProblem::kind).containsExactly(ProblemKind.REQUIRED);
    var raw = io.github.dxplan.xlsx.internal.XlsxReader.read(Files.readAllBytes(resaved.resolve("template.xlsx")), "t", WorkbookLimits.DEFAULT);
    assertThat(raw.sheets()).extracting(s -> s.name()).contains("説明", "計画", "体系", "KPI", "実績", "工程表", "前計画の評価", "用語");
    String sheet = String.join("", Xlsx.parts(Files.readAllBytes(resaved.resolve("template.xlsx"))).entrySet().stream()
        .filter(x -> x.getKey().startsWith("xl/worksheets/")).map(x -> new String(x.getValue(), java.nio.charset.StandardCharsets.UTF_8)).toList());
    // LibreOffice kept the dropdowns and the text format of the data cells. (A headless re-save
    // drops frozen panes, a view setting with no view to keep it; the file we write has them,
    // WorkbookLayoutTest.)
    assertThat(sheet).contains("<dataValidation", "type=\"list\"");
    String styles = new String(Xlsx.parts(Files.readAllBytes(resaved.resolve("template.xlsx"))).get("xl/styles.xml"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(styles).contains("formatCode=\"@\"");
  }

  @Test
  void exportedPlan_rendersToPdfAndPng() throws Exception {
    Path pdf = Files.createDirectories(dir.resolve("pdf"));
    run(convert("pdf", pdf, dir.resolve("plan2.xlsx")));
    assertThat(Files.size(pdf.resolve("plan2.pdf"))).isGreaterThan(10_000);
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "pdftoppm (poppler-utils) is not installed");
    run(List.of("/usr/bin/pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "3", pdf.resolve("plan2.pdf").toString(), pdf.resolve("page").toString()));
    try (var pngs = Files.list(pdf)) {
      assertThat(pngs.filter(p -> p.toString().endsWith(".png")).count()).isEqualTo(3);
    }
  }
}
