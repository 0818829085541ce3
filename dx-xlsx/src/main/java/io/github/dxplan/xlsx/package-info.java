/**
 * The plan as an Excel workbook: {@link io.github.dxplan.xlsx.PlanWorkbook} writes a plan, or an
 * empty template, as {@code .xlsx} and reads one back, reporting every problem at its cell
 * ({@link io.github.dxplan.xlsx.CellProblem}).
 */
package io.github.dxplan.xlsx;
