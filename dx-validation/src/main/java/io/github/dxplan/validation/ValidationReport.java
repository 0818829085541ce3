package io.github.dxplan.validation;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.validation.internal.PointerOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of one validation, in a deterministic order: by path in document order (a plan's
 * {@code title} before its {@code policies}, {@code /policies/2} before {@code /policies/10}, an element
 * before its parts), then by code, then in the order the rules found them.
 *
 * <p>Example: {@code report.hasErrors()} decides whether {@code dx validate} exits with 1; {@code
 * report.atLeast(Severity.WARNING)} is what an authoring tool lists first. This class is immutable and
 * thread-safe.
 */
public final class ValidationReport {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path, PointerOrder.INSTANCE).thenComparing(Finding::code);

  private final List<Finding> findings;

  private ValidationReport(List<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Creates a report of findings, putting them in the report's order.
   *
   * @param findings the findings, in any order
   * @return the report
   * @throws NullPointerException if the list or an element is null
   */
  public static ValidationReport of(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    for (Finding f : sorted) {
      requireNonNull(f, "finding");
    }
    sorted.sort(ORDER);
    return new ValidationReport(List.copyOf(sorted));
  }

  /**
   * Returns the findings in the report's order.
   *
   * @return the findings, unmodifiable
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Checks whether any finding is an {@link Severity#ERROR}.
   *
   * @return true if the plan has errors
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * Counts the findings of one severity.
   *
   * @param severity the severity
   * @return how many findings have exactly that severity
   */
  public long count(Severity severity) {
    requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Returns the findings at least as serious as a severity, in the report's order: {@code
   * atLeast(WARNING)} holds the errors and warnings.
   *
   * @param severity the least serious severity to keep
   * @return the findings, unmodifiable
   */
  public List<Finding> atLeast(Severity severity) {
    requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity().isAtLeast(severity)).toList();
  }

  /**
   * Checks whether there are no findings at all.
   *
   * @return true if the report is empty
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ValidationReport other && findings.equals(other.findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /**
   * Returns the counts per severity and the findings, one per line.
   *
   * @return a description for logs
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(count(Severity.ERROR)).append(" errors, ")
        .append(count(Severity.WARNING)).append(" warnings, ")
        .append(count(Severity.INFO)).append(" infos");
    for (Finding f : findings) {
      sb.append('\n').append(f);
    }
    return sb.toString();
  }
}
