package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.PlanDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A revision of the national plan that is known to exist but whose items dxplan does not ship: its
 * label, day or content are not confirmed.
 *
 * <p>Examples (shipped in {@code revisions.yaml}): the revision published in 2025-12 (label, period
 * and items unknown), which follows 3.0; the 2023 revision that follows 2.0 and added FRONTYARD to
 * the priority items (label 2.1 or 2.2 and day unknown). This class is immutable and thread-safe.
 *
 * @param publishedOn when it was published, as precisely as known (e.g. {@code 2025-12})
 * @param label its version label, if known
 * @param after the shipped version it follows
 * @param adds item codes it is known to have added (e.g. FRONTYARD), possibly none
 * @param provenance whether its existence is confirmed, and from where
 * @param unknown what is not known about it, in words
 */
public record UnshippedRevision(
    PlanDate publishedOn,
    Optional<String> label,
    CatalogVersion after,
    List<String> adds,
    Provenance provenance,
    String unknown) {

  /** Checks the components and copies the list. */
  public UnshippedRevision {
    requireNonNull(publishedOn, "publishedOn");
    requireNonNull(label, "label");
    requireNonNull(after, "after");
    adds = List.copyOf(adds);
    requireNonNull(provenance, "provenance");
    requireNonNull(unknown, "unknown");
  }

  /**
   * Returns whether the revision may have been published by a day (its earliest possible day is on or
   * before it).
   *
   * @param day the day
   * @return true if it may exist on that day
   */
  public boolean mayExistOn(LocalDate day) {
    return !publishedOn.earliest().isAfter(day);
  }

  /** Returns e.g. {@code 2025-12} or {@code 2.2 (2023)}. */
  public String name() {
    return label.map(l -> l + " (" + publishedOn + ")").orElse(publishedOn.toString());
  }
}
