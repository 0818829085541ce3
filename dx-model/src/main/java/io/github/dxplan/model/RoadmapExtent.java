package io.github.dxplan.model;

/**
 * How well a roadmap entry's span is known.
 *
 * <p>宇都宮市 2023's 工程表 lost its bars when the document was extracted: each cell's text stands in the
 * column of the year it starts, and where it ends is not known. Such an entry is {@link #UNKNOWN}, with
 * {@code from} the column's year and no {@code to}; a deadline check then says it cannot tell, instead of
 * reading the start as the end.
 */
public enum RoadmapExtent {
  /** The span is stated in the plan (the default). */
  STATED,
  /** The span is read from a chart or from approximate wording (「R7頃」), and may be off by a year. */
  APPROXIMATE,
  /** The end is not known; the entry has no {@code to}. */
  UNKNOWN
}
