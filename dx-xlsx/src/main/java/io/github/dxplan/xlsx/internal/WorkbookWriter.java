package io.github.dxplan.xlsx.internal;

import io.github.dxplan.model.DxPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Entry points of the writer for {@link io.github.dxplan.xlsx.PlanWorkbook}. */
public final class WorkbookWriter {
  private WorkbookWriter() {}

  /**
   * Writes a plan.
   *
   * @param plan the plan
   * @param out where to
   * @throws IOException if writing fails
   */
  public static void plan(DxPlan plan, OutputStream out) throws IOException {
    Items items = Items.forPlan(plan.nationalPlanVersion());
    Writer.write(Exporter.export(Trees.tree(plan), items), items, false, out);
  }

  /**
   * Writes the template.
   *
   * @param items the items offered
   * @param out where to
   * @throws IOException if writing fails
   */
  public static void template(Items items, OutputStream out) throws IOException {
    List<SheetData> sheets = Exporter.empty(items);
    Examples.fill(sheets, items);
    Writer.write(sheets, items, true, out);
  }
}
