package io.github.dxplan.model;

/**
 * Whether a KPI's figures (baseline, target, actuals) are what the plan states.
 *
 * <p>宇都宮市 2023 prints seven ■KPI panels whose figures were lost when the document was extracted: they
 * are {@link #NOT_RECOVERED}, which is not the same as a KPI for which the city set no target
 * ({@link #NOT_SET}). Progress and validation treat {@code NOT_RECOVERED} as unknown.
 */
public enum KpiFigures {
  /** The figures given are the plan's own (the default; none given means none stated). */
  STATED,
  /** The plan names the indicator but sets no figures for it (目標値は設定しない). */
  NOT_SET,
  /** The document had figures that were lost (for example in extraction); none are given. */
  NOT_RECOVERED
}
