package io.github.dxplan.mapping;

import java.util.Locale;

/** The level of a plan element. */
public enum ElementKind {
  /** A 基本方針 / 基本目標 ({@code policies[]}). */
  POLICY,
  /** A 施策 ({@code measures[]}). */
  MEASURE,
  /** A 取組 ({@code initiatives[]}). */
  INITIATIVE;

  /**
   * Returns the name used in exports, e.g. {@code measure}.
   *
   * @return the lower-case name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
