package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

/**
 * One row or bar of a 工程表 / ロードマップ: the city's label, a kind, the fiscal years it spans and how
 * well that span is known.
 *
 * <p>Example: {@code new RoadmapEntry("ワンストップ窓口構築検討", RoadmapKind.STUDY, FiscalYear.of(2024),
 * FiscalYear.of(2026), null)}. A cell whose bar was lost, standing in the 令和7年度 column, is {@code new
 * RoadmapEntry("実施", RoadmapKind.IMPLEMENT, FiscalYear.of(2025), null, RoadmapExtent.UNKNOWN, null,
 * null)}.
 *
 * @param label the city's own words in the cell
 * @param kind the kind of stage, or {@code null} if not classified
 * @param from the first fiscal year, or {@code null} when not given
 * @param to the last fiscal year, or {@code null} when not given (always absent when the extent is
 *     {@link RoadmapExtent#UNKNOWN}; validation reports one that is present)
 * @param extent how well the span is known; {@code null} means {@link RoadmapExtent#STATED}
 * @param note a remark, or {@code null}
 * @param source where the entry stands in the source document, or {@code null}
 */
public record RoadmapEntry(
    String label,
    RoadmapKind kind,
    FiscalYear from,
    FiscalYear to,
    RoadmapExtent extent,
    String note,
    SourceLocation source) {

  /** Checks that the label is present; a {@code null} extent becomes {@link RoadmapExtent#STATED}. */
  public RoadmapEntry {
    requireNonNull(label, "label");
    extent = extent == null ? RoadmapExtent.STATED : extent;
  }

  /**
   * Creates an entry whose span is as stated, the shape of format 1.
   *
   * @param label the city's own words
   * @param kind the kind, or {@code null}
   * @param from the first fiscal year, or {@code null}
   * @param to the last fiscal year, or {@code null}
   * @param note a remark, or {@code null}
   */
  public RoadmapEntry(String label, RoadmapKind kind, FiscalYear from, FiscalYear to, String note) {
    this(label, kind, from, to, RoadmapExtent.STATED, note, null);
  }

  /**
   * Returns whether the last year of this entry is known: stated or approximate, and given.
   *
   * @return {@code true} if {@code to} is present and the extent is not {@link RoadmapExtent#UNKNOWN}
   */
  public boolean hasKnownEnd() {
    return to != null && extent != RoadmapExtent.UNKNOWN;
  }
}
