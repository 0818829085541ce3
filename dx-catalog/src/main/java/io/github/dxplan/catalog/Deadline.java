package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A national deadline attached to one item of one catalogue version.
 *
 * <p>Example: in 2.3, {@code ELTAX_PUBLIC_FUNDS} carries {@code new Deadline(Kind.START_BY,
 * DueDate.parse("2026-09"), "collection of public funds through eLTAX has started", provenance)}
 * (令和8年9月までに…公金収納の開始), and {@code STANDARDIZATION} a {@link Kind#DUE_BY} deadline at
 * {@code FY2025}. This class is immutable and thread-safe.
 *
 * @param kind whether something must be done or must have started by then
 * @param due when, as the national plan states it
 * @param about what the deadline is about, in a few words
 * @param provenance whether the deadline is confirmed and where it comes from
 */
public record Deadline(Kind kind, DueDate due, String about, Provenance provenance) {

  /** What must have happened by the deadline. */
  public enum Kind {
    /** Must be done (完了) by the deadline, e.g. the migration of the 20 業務 by FY2025. */
    DUE_BY,
    /** Must have started (開始) by the deadline, e.g. eLTAX collection by 2026-09. */
    START_BY
  }

  /** Checks that every component is present. */
  public Deadline {
    requireNonNull(kind, "kind");
    requireNonNull(due, "due");
    requireNonNull(about, "about");
    requireNonNull(provenance, "provenance");
  }

  /**
   * Returns the last day on which the deadline is met; see {@link DueDate#date()}.
   *
   * @return the comparable day, e.g. 2026-03-31 for FY2025
   */
  public LocalDate date() {
    return due.date();
  }
}
