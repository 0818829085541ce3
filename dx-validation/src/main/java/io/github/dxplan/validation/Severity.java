package io.github.dxplan.validation;

/**
 * How serious a finding is.
 *
 * <p>Example: a KPI whose target moves against its stated direction (増加 with a target below the
 * baseline) is an {@link #ERROR}; a 施策 without a KPI is a {@link #WARNING} under the {@code publish}
 * profile; デジタルデバインド for デジタルデバイド is {@link #INFO}. Constants are declared from the most
 * to the least serious.
 */
public enum Severity {
  /** The plan is wrong or unusable as it stands. */
  ERROR,
  /** A real plan should fix this before it is published. */
  WARNING,
  /** Advice, such as a suggested spelling; what an authoring tool shows as a squiggle. */
  INFO;

  /**
   * Checks whether this severity is at least as serious as another: {@code ERROR.isAtLeast(WARNING)}
   * is true, {@code INFO.isAtLeast(WARNING)} false.
   *
   * @param other the severity to compare with
   * @return true if this is {@code other} or more serious
   */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
