package io.github.dxplan.mapping;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.catalog.Deadline;
import java.util.List;

/**
 * A national deadline of an item checked against the plan's schedule.
 *
 * <p>Example: STANDARDIZATION, {@code DUE_BY FY2025}, the linked initiative implements in FY2024:
 * {@link DeadlineStatus#ON_TIME}, basis {@code "IMPLEMENT to FY2024 ≤ FY2025"}. This class is
 * immutable and thread-safe.
 *
 * @param deadline the catalogue's deadline
 * @param status the result
 * @param planned the fiscal year the plan reaches the deadline's event, e.g. {@code FY2024}, or
 *     {@code null}
 * @param basis a short, locale-free explanation
 * @param elements JSON Pointers of the elements the status rests on
 */
public record DeadlineCheck(
    Deadline deadline, DeadlineStatus status, String planned, String basis, List<String> elements) {

  /** Checks the components and copies the list. */
  public DeadlineCheck {
    requireNonNull(deadline, "deadline");
    requireNonNull(status, "status");
    requireNonNull(basis, "basis");
    elements = List.copyOf(elements);
  }
}
