package io.github.dxplan.mapping;

/**
 * Whether the plan's schedule meets a national deadline of an item; see docs/mapping.md.
 *
 * <p>Example: STANDARDIZATION is due by the end of FY2025; an initiative linked to it whose
 * roadmap implements in FY2024 is {@link #ON_TIME}, one implementing through FY2026 is {@link
 * #LATE}.
 */
public enum DeadlineStatus {
  /** The linked initiatives' roadmaps or KPI target years reach the deadline. */
  ON_TIME,
  /** The linked initiatives' schedule ends after the deadline. */
  LATE,
  /** Elements are linked to the item, but none states an implementation year. */
  NO_ROADMAP,
  /**
   * Cannot tell: the schedule that would decide rests on roadmap entries whose end is not known
   * ({@code extent: UNKNOWN}) or KPIs whose figures were lost ({@code figures: NOT_RECOVERED}), and
   * nothing stated decides without them.
   */
  CANNOT_TELL,
  /** No element of the plan is linked to the item. */
  NOT_LINKED
}
