package io.github.dxplan.mapping;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.catalog.CatalogNotice;
import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.catalog.VersionBasis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which national items one plan addresses, where, how sure, what is missing and whether the
 * national deadlines are met: the result of {@link CoverageMapper#map}.
 *
 * <p>Example: 潮来市DX推進計画 under 2.0 has 11 items {@link CoverageStatus#COVERED} by its 対応表
 * claims, STANDARDIZATION among them with its FY2025 deadline checked against the roadmap. Every
 * exporter reads this one model. This class is immutable and thread-safe.
 *
 * @param planId the plan's {@code id}, or {@code null}
 * @param planTitle the plan's title
 * @param municipality the municipality's name, or {@code null}
 * @param catalog the catalogue version the plan was checked against
 * @param versionBasis how that version was chosen
 * @param inferOnly whether the plan's own claims were ignored
 * @param threshold the inference threshold used
 * @param items one entry per item of the version, in the version's order
 * @param elements one entry per policy, measure and initiative, in plan order
 * @param unresolvedClaims claimed codes that the version does not know
 * @param notices what the reader must know about the version as of the day of the check (a newer
 *     national plan exists that dxplan does not ship; the version's period has ended; the plan's
 *     stated version is unknown)
 */
public record CoverageReport(
    String planId,
    String planTitle,
    String municipality,
    NationalCatalog catalog,
    VersionBasis versionBasis,
    boolean inferOnly,
    double threshold,
    List<ItemCoverage> items,
    List<ElementCoverage> elements,
    List<UnresolvedClaim> unresolvedClaims,
    List<CatalogNotice> notices) {

  /**
   * A report without notices.
   *
   * @param planId the plan's id
   * @param planTitle the plan's title
   * @param municipality the municipality's name
   * @param catalog the version
   * @param versionBasis how it was chosen
   * @param inferOnly whether claims were ignored
   * @param threshold the inference threshold
   * @param items the items
   * @param elements the elements
   * @param unresolvedClaims the unresolved claims
   */
  public CoverageReport(String planId, String planTitle, String municipality, NationalCatalog catalog,
      VersionBasis versionBasis, boolean inferOnly, double threshold, List<ItemCoverage> items,
      List<ElementCoverage> elements, List<UnresolvedClaim> unresolvedClaims) {
    this(planId, planTitle, municipality, catalog, versionBasis, inferOnly, threshold, items, elements,
        unresolvedClaims, List.of());
  }

  /** Checks the components and copies the lists. */
  public CoverageReport {
    notices = List.copyOf(notices);
    requireNonNull(planTitle, "planTitle");
    requireNonNull(catalog, "catalog");
    requireNonNull(versionBasis, "versionBasis");
    items = List.copyOf(items);
    elements = List.copyOf(elements);
    unresolvedClaims = List.copyOf(unresolvedClaims);
  }

  /**
   * Returns the catalogue version name.
   *
   * @return e.g. {@code 2.0}
   */
  public String version() {
    return catalog.version();
  }

  /**
   * Returns the coverage of one item.
   *
   * @param code the item code
   * @return the coverage, or empty if the version has no such item
   */
  public Optional<ItemCoverage> item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /**
   * Returns the codes with a status, in the version's order.
   *
   * @param status the status
   * @return the codes
   */
  public List<String> codes(CoverageStatus status) {
    List<String> out = new ArrayList<>();
    for (ItemCoverage i : items) {
      if (i.status() == status) {
        out.add(i.code());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the elements linked to no national item: the city's own priorities (not errors).
   *
   * @return the elements, in plan order
   */
  public List<ElementCoverage> ownPriorities() {
    return elements.stream().filter(ElementCoverage::ownPriority).toList();
  }

  /**
   * Returns one element by its JSON Pointer.
   *
   * @param path e.g. {@code /policies/0/measures/1}
   * @return the element, or empty
   */
  public Optional<ElementCoverage> element(String path) {
    return elements.stream().filter(e -> e.path().equals(path)).findFirst();
  }
}
