package io.github.dxplan.mapping;

import io.github.dxplan.model.ElementKind;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One policy, measure or initiative of the plan and the national items it is linked to.
 *
 * <p>Example: {@code /policies/1/measures/0}, measure (1) 「情報システムの標準化・共通化」, linked to
 * STANDARDIZATION. An element with no links is one of the city's own priorities. This class is
 * immutable and thread-safe.
 *
 * @param path JSON Pointer of the element in the plan
 * @param kind its level
 * @param label the city's own label, e.g. {@code 基本方針1} or {@code (1)}; may be {@code null}
 * @param title the element's title
 * @param links the links, in the catalogue's item order
 */
public record ElementCoverage(String path, ElementKind kind, String label, String title, List<ElementLink> links) {

  /**
   * Checks the components and copies the list.
   *
   * @param path JSON Pointer of the element in the plan
   * @param kind its level
   * @param label the city's own label, e.g. {@code 基本方針1} or {@code (1)}; may be {@code null}
   * @param title the element's title
   * @param links the links, in the catalogue's item order
   */
  public ElementCoverage {
    requireNonNull(path, "path");
    requireNonNull(kind, "kind");
    requireNonNull(title, "title");
    links = List.copyOf(links);
  }

  /**
   * Returns whether the element is linked to no national item: one of the city's own priorities.
   *
   * @return {@code true} if there are no links
   */
  public boolean ownPriority() {
    return links.isEmpty();
  }
}
