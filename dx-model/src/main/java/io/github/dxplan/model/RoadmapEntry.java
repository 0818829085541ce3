package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

/**
 * One row or bar of a 工程表 / ロードマップ: the city's label, a kind, and the fiscal years it spans.
 *
 * <p>Example: {@code new RoadmapEntry("ワンストップ窓口構築検討", RoadmapKind.STUDY, FiscalYear.of(2024),
 * FiscalYear.of(2026), null)}.
 *
 * @param label the city's own words in the cell
 * @param kind the kind of stage, or {@code null} if not classified
 * @param from the first fiscal year, or {@code null} when not given
 * @param to the last fiscal year, or {@code null} when not given
 * @param note a remark, or {@code null}
 */
public record RoadmapEntry(String label, RoadmapKind kind, FiscalYear from, FiscalYear to, String note) {
  /**
   * Checks that the label is present.
   *
   * @param label the city's own words in the cell
   * @param kind the kind of stage, or {@code null} if not classified
   * @param from the first fiscal year, or {@code null} when not given
   * @param to the last fiscal year, or {@code null} when not given
   * @param note a remark, or {@code null}
   */
  public RoadmapEntry {
    requireNonNull(label, "label");
  }
}
