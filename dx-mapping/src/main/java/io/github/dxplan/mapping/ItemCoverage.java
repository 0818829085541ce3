package io.github.dxplan.mapping;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.catalog.NationalItem;
import java.util.List;

/**
 * How a plan addresses one national item of the report's catalogue version.
 *
 * <p>Example: 潮来市 under 2.0: STANDARDIZATION is {@link CoverageStatus#COVERED}, claimed by
 * {@code /policies/1/measures/0}. This class is immutable and thread-safe.
 *
 * @param item the catalogue item (code, title, category, order, deadlines)
 * @param status covered, inferred or missing
 * @param score 1 when claimed, else the best inference score (0 when missing)
 * @param claimedBy JSON Pointers of the elements that claim the item, in plan order
 * @param inferredBy JSON Pointers of the elements inferred to address it, in plan order
 * @param deadlines one check per national deadline of the item, empty if it has none
 */
public record ItemCoverage(
    NationalItem item,
    CoverageStatus status,
    double score,
    List<String> claimedBy,
    List<String> inferredBy,
    List<DeadlineCheck> deadlines) {

  /** Checks the components and copies the lists. */
  public ItemCoverage {
    requireNonNull(item, "item");
    requireNonNull(status, "status");
    claimedBy = List.copyOf(claimedBy);
    inferredBy = List.copyOf(inferredBy);
    deadlines = List.copyOf(deadlines);
  }

  /**
   * Returns the item code.
   *
   * @return e.g. {@code STANDARDIZATION}
   */
  public String code() {
    return item.code();
  }

  /**
   * Returns the elements behind the status: claimers first, then the inferred ones not claiming.
   *
   * @return JSON Pointers
   */
  public List<String> elements() {
    if (inferredBy.isEmpty()) {
      return claimedBy;
    }
    java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>(claimedBy);
    s.addAll(inferredBy);
    return List.copyOf(s);
  }
}
