package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.PlanDate;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 対象期間 of a catalogue version, each end as precisely as it is known.
 *
 * <p>Example: 3.0 runs to 2026-03-31 (its start is not stated apart from 1.0's 2021-01), so {@code
 * period.hasEndedOn(LocalDate.of(2026, 12, 1))} is true. This class is immutable and thread-safe.
 *
 * @param from when the period begins, if stated
 * @param to when it ends: its last day is {@code to.latest()}
 * @param provenance whether the period is confirmed, and from where
 */
public record CatalogPeriod(Optional<PlanDate> from, PlanDate to, Provenance provenance) {

  /** Checks that every component is present. */
  public CatalogPeriod {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(provenance, "provenance");
  }

  /**
   * Returns whether the period has certainly ended on a day: the day is after its last possible day.
   *
   * @param day the day, e.g. the day of the check
   * @return true if {@code day} is after {@code to.latest()}
   */
  public boolean hasEndedOn(LocalDate day) {
    return day.isAfter(to.latest());
  }

  /** Returns e.g. {@code 2021-01 – 2026-03} or {@code – 2026-03-31}. */
  @Override
  public String toString() {
    return from.map(f -> f + " – ").orElse("– ") + to;
  }
}
