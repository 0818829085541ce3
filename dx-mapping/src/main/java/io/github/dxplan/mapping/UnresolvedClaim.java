package io.github.dxplan.mapping;

import static java.util.Objects.requireNonNull;

/**
 * A code the plan claims that the report's catalogue version neither contains nor absorbs, e.g.
 * {@code FRONTYARD} claimed by a plan checked under 2.0.
 *
 * <p>When a revision of the national plan that dxplan does not ship added the code and the plan may
 * already follow it (FRONTYARD in a plan adopted in 2023, checked against 2.0), {@link #addedBy()}
 * names that revision: the claim is not unknown, only not checkable against the version used.
 *
 * @param path JSON Pointer of the {@code nationalItems} entry
 * @param code the code as written
 * @param addedBy the revision not shipped that added the code (e.g. {@code 2023}), if any
 */
public record UnresolvedClaim(String path, String code, java.util.Optional<String> addedBy) {

  /** Checks the components. */
  public UnresolvedClaim {
    requireNonNull(path, "path");
    requireNonNull(code, "code");
    requireNonNull(addedBy, "addedBy");
  }

  /**
   * A claim no revision explains.
   *
   * @param path JSON Pointer of the entry
   * @param code the code as written
   */
  public UnresolvedClaim(String path, String code) {
    this(path, code, java.util.Optional.empty());
  }
}
