package io.github.dxplan.xlsx;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.InputFiles;
import io.github.dxplan.xlsx.internal.Annotator;
import io.github.dxplan.xlsx.internal.Importer;
import io.github.dxplan.xlsx.internal.Items;
import io.github.dxplan.xlsx.internal.WorkbookWriter;
import io.github.dxplan.xlsx.internal.XlsxReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A plan as an Excel workbook: the sheets 説明, 計画, 体系, KPI, 実績, 工程表, 前計画の評価 (with
 * Japanese headings and the format key under each), a template to fill in, and the import back,
 * which reports every problem at its cell. {@code read(write(plan))} equals {@code plan}.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("計画.xlsx"))) {
 *   PlanWorkbook.write(plan, out);
 * }
 * DxPlan back = PlanWorkbook.read(Path.of("計画.xlsx"));   // back.equals(plan)
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PlanWorkbook {
  private PlanWorkbook() {}

  /**
   * Writes a plan as a workbook. Its national items are offered from the plan's own
   * {@code nationalPlanVersion} when it is shipped, else from the latest version.
   *
   * @param plan the plan
   * @param out where to write (not closed)
   * @throws UncheckedIOException if writing fails
   */
  public static void write(DxPlan plan, OutputStream out) {
    try {
      WorkbookWriter.plan(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an empty workbook to fill in, with an example row on each sheet (which the import skips).
   *
   * @param nationalPlanVersion the national plan version whose items the dropdowns offer ({@code
   *     "2.0"}), or {@code null} for the latest
   * @param out where to write (not closed)
   * @throws io.github.dxplan.catalog.UnknownCatalogVersionException for an unknown version
   * @throws UncheckedIOException if writing fails
   */
  public static void template(String nationalPlanVersion, OutputStream out) {
    Items items = Items.of(nationalPlanVersion);
    try {
      WorkbookWriter.template(items, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a plan from a workbook file, within {@link WorkbookLimits#DEFAULT}.
   *
   * @param file the file
   * @return the plan
   * @throws WorkbookException with every problem, each at its sheet and cell
   * @throws io.github.dxplan.model.format.UnreadableFileException if the file cannot be read
   */
  public static DxPlan read(Path file) {
    return read(file, WorkbookLimits.DEFAULT);
  }

  /**
   * Reads a plan from a workbook file.
   *
   * @param file the file
   * @param limits the bounds
   * @return the plan
   * @throws WorkbookException with every problem, each at its sheet and cell
   * @throws io.github.dxplan.model.format.UnreadableFileException if the file cannot be read
   */
  public static DxPlan read(Path file, WorkbookLimits limits) {
    byte[] bytes = InputFiles.read(file, (int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes()));
    return read(bytes, String.valueOf(file.getFileName()), limits);
  }

  /**
   * Reads a plan from a workbook's bytes.
   *
   * @param bytes the workbook
   * @param name the name messages give the file ({@code 計画.xlsx})
   * @param limits the bounds
   * @return the plan
   * @throws WorkbookException with every problem, each at its sheet and cell
   */
  public static DxPlan read(byte[] bytes, String name, WorkbookLimits limits) {
    return Importer.read(XlsxReader.read(bytes, name, limits), name);
  }

  /**
   * Writes a copy of a workbook with each cell that has a problem filled and commented with the
   * problem's message; problems of a whole sheet or row are commented on its first cell.
   *
   * @param bytes the workbook as read
   * @param name its name
   * @param problems the problems (from {@link WorkbookException#problems()})
   * @param locale the language of the comments
   * @param out where to write (not closed)
   * @throws WorkbookException if the workbook itself cannot be read
   * @throws UncheckedIOException if writing fails
   */
  public static void annotate(byte[] bytes, String name, List<CellProblem> problems, java.util.Locale locale, OutputStream out) {
    try {
      Annotator.annotate(XlsxReader.read(bytes, name, WorkbookLimits.DEFAULT), problems, locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
