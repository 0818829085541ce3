package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue version a plan is checked against, why, and what the reader must know about it as of
 * the day of the check. Made by {@link NationalCatalogs#choose}, the one rule that validation,
 * mapping and {@code dx} all use.
 *
 * <p>Example: a plan adopted in 2024-06 that states no version, checked on 2026-12-01: {@code
 * catalog().version()} is 3.0, {@code basis()} {@link VersionBasis#ADOPTION}, and the notices say a
 * newer plan (2025-12) exists and that 3.0's period ended on 2026-03-31. This class is immutable and
 * thread-safe.
 *
 * @param catalog the version used
 * @param basis why it was chosen
 * @param basisDate the plan's date the version was chosen by (adoption or draft), if that was the basis
 * @param unknownStated the plan's {@code nationalPlanVersion} when the catalogue does not know it
 * @param knownVersions the names of the versions the catalogue knows, oldest first
 * @param asOf the day of the check
 * @param reasonJa why, in Japanese
 * @param reasonEn why, in English
 * @param notices what the reader must know, possibly none
 */
public record VersionChoice(
    NationalCatalog catalog,
    VersionBasis basis,
    Optional<LocalDate> basisDate,
    Optional<String> unknownStated,
    List<String> knownVersions,
    LocalDate asOf,
    String reasonJa,
    String reasonEn,
    List<CatalogNotice> notices) {

  /** Checks the components and copies the lists. */
  public VersionChoice {
    requireNonNull(catalog, "catalog");
    requireNonNull(basis, "basis");
    requireNonNull(basisDate, "basisDate");
    requireNonNull(unknownStated, "unknownStated");
    knownVersions = List.copyOf(knownVersions);
    requireNonNull(asOf, "asOf");
    requireNonNull(reasonJa, "reasonJa");
    requireNonNull(reasonEn, "reasonEn");
    notices = List.copyOf(notices);
  }

  /**
   * Returns why the version was chosen, in a language: Japanese unless the locale's language is English.
   *
   * @param locale the reader's locale
   * @return e.g. "in force on the plan's adoption (2024-06)"
   */
  public String reason(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? reasonEn : reasonJa;
  }

  /**
   * Returns whether a notice of a kind is present.
   *
   * @param code the kind
   * @return true if {@link #notices()} holds one
   */
  public boolean has(CatalogNotice.Code code) {
    return notices.stream().anyMatch(n -> n.code() == code);
  }
}
