package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Something a check must tell its reader about the catalogue version it used, as of the day of the
 * check: a newer national plan exists that dxplan does not ship, the version's period has ended, or
 * the version the plan states is unknown.
 *
 * <p>Example: checked on 2026-12-01 against 3.0, {@link Code#NEWER_REVISION_NOT_SHIPPED} says "a newer
 * national plan (2025-12) exists whose items dxplan does not ship; checked against 3.0". This class
 * is immutable and thread-safe.
 *
 * @param code what kind of notice
 * @param ja the message in Japanese
 * @param en the message in English
 */
public record CatalogNotice(Code code, String ja, String en) {

  /** The kinds of notice; their names are part of {@code dx check --format json}. */
  public enum Code {
    /** A revision newer than the version used exists (as of the day of the check) that dxplan does not ship. */
    NEWER_REVISION_NOT_SHIPPED,
    /** The 対象期間 of the version used has ended. */
    PERIOD_ENDED,
    /** The plan states a {@code nationalPlanVersion} the catalogue does not know. */
    UNKNOWN_PLAN_VERSION
  }

  /** Checks that every component is present. */
  public CatalogNotice {
    requireNonNull(code, "code");
    requireNonNull(ja, "ja");
    requireNonNull(en, "en");
  }

  /**
   * Returns the message in a language: Japanese unless the locale's language is English.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String message(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : ja;
  }
}
