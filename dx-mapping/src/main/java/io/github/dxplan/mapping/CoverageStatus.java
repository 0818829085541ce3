package io.github.dxplan.mapping;

/**
 * Whether a plan addresses a national item.
 *
 * <p>A missing inference is not proof of a gap: {@link #MISSING} means only that the plan neither
 * claims the item nor contains the terms that suggest it.
 */
public enum CoverageStatus {
  /** The plan itself claims the item (its {@code nationalItems}), at any level. */
  COVERED,
  /** Not claimed, but inferred from the plan's texts with a score at or above the threshold. */
  INFERRED,
  /** Neither claimed nor inferred. */
  MISSING
}
