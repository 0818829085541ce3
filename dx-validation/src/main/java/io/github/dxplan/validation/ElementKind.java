package io.github.dxplan.validation;

/**
 * The kind of plan element a finding is about, as it appears in some findings' arguments.
 *
 * <p>Example: an empty 施策 title is reported as {@code DX-COMPLETE-001} with argument {@code element}
 * {@link #MEASURE}; the Japanese message calls it 「施策」.
 */
public enum ElementKind {
  /** The plan itself. */
  PLAN,
  /** A 基本方針, 基本目標 or 重点取組事項. */
  POLICY,
  /** A 施策. */
  MEASURE,
  /** A 取組. */
  INITIATIVE,
  /** A KPI. */
  KPI,
  /** A roadmap (工程表) entry. */
  ROADMAP_ENTRY
}
