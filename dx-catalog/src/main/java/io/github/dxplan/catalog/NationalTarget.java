package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A national target attached to one item of one catalogue version, with a number where the plan
 * gives one.
 *
 * <p>Example: from 2.0 on, {@code STANDARDIZATION} targets {@code quantity = 20}, {@code unit =
 * "業務"} ("core business systems moved to standard-compliant systems"); the My Number Card target
 * of 1.0 and 2.0 ("nearly every resident holds a card") has no number. This class is immutable and
 * thread-safe.
 *
 * @param about what is targeted, in a few words
 * @param quantity the number, if the plan gives one
 * @param unit the unit of the number as the plan writes it (業務, 手続), if there is a number
 * @param provenance whether the target is confirmed and where it comes from
 */
public record NationalTarget(
    String about, OptionalInt quantity, Optional<String> unit, Provenance provenance) {

  /**
   * Checks that every component is present.
   *
   * @param about what is targeted, in a few words
   * @param quantity the number, if the plan gives one
   * @param unit the unit of the number as the plan writes it (業務, 手続), if there is a number
   * @param provenance whether the target is confirmed and where it comes from
   */
  public NationalTarget {
    requireNonNull(about, "about");
    requireNonNull(quantity, "quantity");
    requireNonNull(unit, "unit");
    requireNonNull(provenance, "provenance");
  }

  /**
   * Returns the target as a short text, e.g. {@code 20 業務} or the {@code about} text when there is
   * no number.
   *
   * @return the short text
   */
  public String text() {
    if (quantity.isEmpty()) {
      return about;
    }
    return unit.map(u -> quantity.getAsInt() + " " + u).orElse(String.valueOf(quantity.getAsInt()));
  }
}
