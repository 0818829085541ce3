package io.github.dxplan.xlsx;

import io.github.dxplan.model.DxplanException;
import java.util.List;
import java.util.Locale;

/**
 * A workbook that could not be read as a plan, with every problem found (not only the first).
 *
 * <pre>{@code
 * try {
 *   DxPlan plan = PlanWorkbook.read(Path.of("計画.xlsx"));
 * } catch (WorkbookException e) {
 *   e.problems().forEach(p -> System.err.println(p.message(Locale.JAPANESE)));
 * }
 * }</pre>
 */
public final class WorkbookException extends DxplanException {
  private static final long serialVersionUID = 1L;

  private final transient List<CellProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   */
  public WorkbookException(List<CellProblem> problems) {
    super(join(problems, Locale.JAPANESE));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the problems, in sheet and cell order.
   *
   * @return the problems, unmodifiable
   */
  public List<CellProblem> problems() {
    return problems;
  }

  /**
   * Returns every problem's message, one per line.
   *
   * @param locale the language
   * @return the messages
   */
  public String message(Locale locale) {
    return join(problems, locale);
  }

  private static String join(List<CellProblem> problems, Locale locale) {
    StringBuilder sb = new StringBuilder();
    for (CellProblem p : problems) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(p.message(locale));
    }
    return sb.toString();
  }
}
