package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A national deadline attached to one item of one catalogue version.
 *
 * <p>Example: in 2.3, {@code ELTAX_PUBLIC_FUNDS} carries {@code new Deadline(Kind.START_BY,
 * DueDate.parse("2026-09"), "collection of public funds through eLTAX has started", provenance)}
 * (令和8年9月までに…公金収納の開始), and {@code STANDARDIZATION} a {@link Kind#DUE_BY} deadline at
 * {@code FY2025}, and a second one at {@code FY2030} for the named subset ({@link #scope()})
 * 特定移行支援システム, whose source is related national policy (the 標準化基本方針), not the plan's
 * own text ({@link SourceKind#RELATED_POLICY}). This class is immutable and thread-safe.
 *
 * @param kind whether something must be done or must have started by then
 * @param due when, as the national plan states it
 * @param about what the deadline is about, in a few words
 * @param provenance whether the deadline is confirmed and where it comes from
 * @param sourceKind whether the national plan's own text sets it or related national policy does
 * @param scope the named subset it applies to (e.g. 特定移行支援システム); empty when it applies to
 *     the whole item
 */
public record Deadline(
    Kind kind, DueDate due, String about, Provenance provenance, SourceKind sourceKind, Optional<String> scope) {

  /** What sets a deadline. */
  public enum SourceKind {
    /** The national plan's own text. */
    PLAN_TEXT,
    /** Related national policy the plan refers to, such as the 標準化基本方針 (閣議決定). */
    RELATED_POLICY
  }

  /**
   * A deadline of the plan's own text for the whole item.
   *
   * @param kind whether something must be done or must have started by then
   * @param due when
   * @param about what it is about
   * @param provenance whether it is confirmed
   */
  public Deadline(Kind kind, DueDate due, String about, Provenance provenance) {
    this(kind, due, about, provenance, SourceKind.PLAN_TEXT, Optional.empty());
  }

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
    requireNonNull(sourceKind, "sourceKind");
    requireNonNull(scope, "scope");
  }

  /**
   * Returns whether the deadline applies to a claim of a scope: an unscoped deadline to a claim
   * without scope, a scoped one to a claim whose scope names it (compared after NFKC and without
   * spaces; 「特定移行支援システムに該当する基幹業務システム」 names 特定移行支援システム).
   *
   * @param claimScope the claim's scope, or null for none
   * @return true if it applies
   */
  public boolean appliesTo(String claimScope) {
    if (claimScope == null || claimScope.isBlank()) {
      return scope.isEmpty();
    }
    return scope.isPresent() && fold(claimScope).contains(fold(scope.get()));
  }

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
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
