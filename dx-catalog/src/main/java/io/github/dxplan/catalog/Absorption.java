package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

/**
 * A code of earlier versions that a version folds into one of its own items.
 *
 * <p>Example: from 2.3, {@code new Absorption("ONLINE_PROCEDURES", "FRONTYARD", provenance)}:
 * 自治体の行政手続のオンライン化 continues inside 自治体フロントヤード改革の推進. A plan that claims
 * {@code ONLINE_PROCEDURES} under 2.3 is read as claiming {@code FRONTYARD}. This class is immutable
 * and thread-safe.
 *
 * @param code the absorbed code; not an item of the version
 * @param into the code of the item of the version that absorbs it
 * @param provenance whether the absorption is confirmed and where it comes from
 */
public record Absorption(String code, String into, Provenance provenance) {

  /** Checks that every component is present. */
  public Absorption {
    requireNonNull(code, "code");
    requireNonNull(into, "into");
    requireNonNull(provenance, "provenance");
  }
}
