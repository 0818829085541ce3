package io.github.dxplan.catalog;

import java.util.Locale;

/** Why a catalogue version was chosen for a plan; see {@link NationalCatalogs#choose}. */
public enum VersionBasis {
  /** The caller asked for it (e.g. {@code --national-plan 2.3}). */
  REQUESTED,
  /** The plan's own {@code nationalPlanVersion}. */
  PLAN,
  /** The version in force on the plan's adoption date. */
  ADOPTION,
  /** The version in force on the plan's draft date (a 原案 not yet adopted). */
  DRAFT,
  /** The newest version (the plan states neither a known version nor a date). */
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
