package io.github.dxplan.cli.internal;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.DxplanException;
import io.github.dxplan.xlsx.CellProblem;
import io.github.dxplan.xlsx.PlanWorkbook;
import io.github.dxplan.xlsx.WorkbookException;
import io.github.dxplan.xlsx.WorkbookLimits;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The CLI's use of dx-xlsx, kept in this one class so that the workbook code is loaded only when a
 * command meets a workbook: a YAML or JSON plan never touches it.
 */
public final class Workbooks {
  private Workbooks() {}

  /**
   * Returns whether a file is read as a workbook ({@code .xlsx}, or {@code .xlsm}, read without its macros).
   *
   * @param file the file
   * @return whether it is a workbook
   */
  public static boolean isWorkbook(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".xlsx") || n.endsWith(".xlsm");
  }

  /**
   * Reads a plan from a workbook.
   *
   * @param file the file
   * @param messages the messages (their language is the problems')
   * @return the plan file (no bytes: a workbook's findings are located by path)
   * @throws CliException (exit 2) with every problem, one per line
   */
  public static PlanFile readPlan(Path file, Messages messages) {
    return readPlan(file, messages, null);
  }

  /**
   * Reads a plan from a workbook; when it has problems and {@code annotate} is given, writes there a
   * copy of the workbook with each bad cell filled and commented.
   *
   * @param file the file
   * @param messages the messages
   * @param annotate where the annotated copy goes, or {@code null}
   * @return the plan file
   * @throws CliException (exit 2) with every problem, one per line
   */
  public static PlanFile readPlan(Path file, Messages messages, Path annotate) {
    byte[] bytes = InputFile.read(file, (int) WorkbookLimits.DEFAULT.maxFileBytes(), messages);
    try {
      DxPlan plan = PlanWorkbook.read(bytes, file.toString(), WorkbookLimits.DEFAULT);
      return new PlanFile(file, bytes, plan);
    } catch (WorkbookException e) {
      StringBuilder sb = new StringBuilder();
      for (CellProblem p : e.problems()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(Terminal.line(p.message(messages.lang().locale())));
      }
      if (annotate != null) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanWorkbook.annotate(bytes, file.toString(), e.problems(), messages.lang().locale(), out);
        Output.writeFile(annotate, out.toByteArray(), messages);
        sb.append('\n').append(messages.get("xlsx.annotated", annotate, e.problems().size()));
      }
      throw new CliException(ExitCodes.UNUSABLE, sb.toString(), e);
    } catch (DxplanException e) {
      throw new CliException(ExitCodes.UNUSABLE, Terminal.line(e.getMessage()), e);
    }
  }

  /**
   * Writes a plan as a workbook.
   *
   * @param plan the plan
   * @return the workbook's bytes
   */
  public static byte[] write(DxPlan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbook.write(plan, out);
    return out.toByteArray();
  }

  /**
   * Writes the empty template.
   *
   * @param version the national plan version, or {@code null}
   * @return the workbook's bytes
   */
  public static byte[] template(String version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanWorkbook.template(version, out);
    return out.toByteArray();
  }

  /**
   * Writes the 対応表 of a check.
   *
   * @param report the report
   * @return the workbook's bytes
   */
  public static byte[] coverage(io.github.dxplan.mapping.CoverageReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    io.github.dxplan.xlsx.ReportWorkbooks.coverage(report, out);
    return out.toByteArray();
  }

  /**
   * Writes the corpus matrix.
   *
   * @param matrix the matrix
   * @param municipalities each row's municipality by source
   * @return the workbook's bytes
   */
  public static byte[] corpus(io.github.dxplan.mapping.CorpusMatrix matrix, java.util.Map<String, io.github.dxplan.model.Municipality> municipalities) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    io.github.dxplan.xlsx.ReportWorkbooks.corpus(matrix, municipalities, out);
    return out.toByteArray();
  }
}
