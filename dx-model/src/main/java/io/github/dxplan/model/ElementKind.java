package io.github.dxplan.model;

import java.util.Locale;

/**
 * The kind of a plan element: the levels of the hierarchy (基本方針 → 施策 → 取組) and the elements hung
 * on them. Validation names it in findings, mapping in coverage rows.
 *
 * <p>Example: an empty 施策 title is reported as {@code DX-COMPLETE-001} with the argument
 * {@link #MEASURE}, which the Japanese message calls 「施策」; in a coverage export the same element's
 * kind is written {@code measure} ({@link #id()}).
 */
public enum ElementKind {
  /** The plan itself. */
  PLAN("計画", "plan"),
  /** A 基本方針, 基本目標 or 重点取組事項 ({@code policies[]}). */
  POLICY("基本方針", "policy"),
  /** A 施策 ({@code measures[]}). */
  MEASURE("施策", "measure"),
  /** A 取組 ({@code initiatives[]}). */
  INITIATIVE("取組", "initiative"),
  /** A KPI ({@code kpis[]}). */
  KPI("KPI", "KPI"),
  /** A roadmap (工程表) entry ({@code roadmap[]}). */
  ROADMAP_ENTRY("工程表の項目", "roadmap entry");

  private final String japanese;
  private final String english;

  ElementKind(String japanese, String english) {
    this.japanese = japanese;
    this.english = english;
  }

  /**
   * Returns the name a report shows: 「施策」 for {@link #MEASURE} in Japanese, "measure" in English.
   *
   * @param english {@code true} for the English name
   * @return the name for people
   */
  public String displayName(boolean english) {
    return english ? this.english : japanese;
  }

  /**
   * Returns the name used in exports, e.g. {@code measure} or {@code roadmap_entry}.
   *
   * @return the lower-case name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
