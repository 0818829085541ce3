package io.github.dxplan.catalog;

import java.util.Locale;

/** The status of a catalogue version on a day; see {@link NationalCatalogs#status}. */
public enum VersionStatus {
  /** Not yet published on that day. */
  NOT_YET_PUBLISHED("未公表", "not yet published"),
  /** In force: published, no newer version known, its period not ended. */
  IN_FORCE("適用中", "in force"),
  /** A newer shipped version replaced it. */
  SUPERSEDED("改定済み（後継版を収録）", "superseded"),
  /** A newer revision replaced it whose items dxplan does not ship. */
  SUPERSEDED_NOT_SHIPPED("改定済み（後継版は未収録）", "superseded by a revision not shipped"),
  /** Its 対象期間 has ended and no newer revision is known. */
  PERIOD_ENDED("対象期間終了", "period ended");

  private final String ja;
  private final String en;

  VersionStatus(String ja, String en) {
    this.ja = ja;
    this.en = en;
  }

  /**
   * Returns the status for people: Japanese unless the locale's language is English.
   *
   * @param locale the reader's locale
   * @return e.g. 適用中
   */
  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : ja;
  }

  /**
   * Returns the name used in JSON, e.g. {@code in_force}.
   *
   * @return the lower-case name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
