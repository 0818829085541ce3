package io.github.dxplan.mapping;

import static java.util.Objects.requireNonNull;

/**
 * A code the plan claims that the report's catalogue version neither contains nor absorbs, e.g.
 * {@code FRONTYARD} claimed by a plan checked under 2.0.
 *
 * @param path JSON Pointer of the {@code nationalItems} entry
 * @param code the code as written
 */
public record UnresolvedClaim(String path, String code) {

  /**
   * Checks the components.
   *
   * @param path JSON Pointer of the {@code nationalItems} entry
   * @param code the code as written
   */
  public UnresolvedClaim {
    requireNonNull(path, "path");
    requireNonNull(code, "code");
  }
}
