package io.github.dxplan.mapping;

import java.util.Locale;

/** How a report's catalogue version was chosen. */
public enum VersionBasis {
  /** The caller asked for it. */
  REQUESTED,
  /** The plan's own {@code nationalPlanVersion}. */
  PLAN,
  /** The version in force on the plan's adoption date. */
  ADOPTION,
  /** The version in force on the date of the draft (原案), for a plan that states no adoption. */
  DRAFT,
  /** The newest shipped version (the plan states neither). */
  LATEST;

  /**
   * Returns the name used in exports, e.g. {@code adoption}.
   *
   * @return the lower-case name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
