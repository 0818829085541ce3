package io.github.dxplan.draft.internal;

import java.util.ArrayList;
import java.util.List;

/** A drafted element while the draft is built (mutable; turned into the plan at the end). */
public final class Node {
  public final Role role;
  public final String label;
  public final String title;
  public final Line source;
  public final double confidence;
  public final boolean implicit;
  public final List<String> description = new ArrayList<>();
  public final List<Node> children = new ArrayList<>();
  public final List<KpiDraft> kpis = new ArrayList<>();
  public final List<String> responsible = new ArrayList<>();
  public final List<String> related = new ArrayList<>();
  public final List<RoadmapDraft> roadmap = new ArrayList<>();
  public final List<String> claims = new ArrayList<>();
  public int ordinal;
  /** True when drafted from a line (not a table row): only such headings are recognised when repeated. */
  public boolean fromLine;
  /** The section the element's heading stood in (for initiatives: 取組 or 具体的な取組 lists). */
  public Candidate.Section section = Candidate.Section.NONE;
  /** 現状と課題 items of a 施策. */
  public final List<String> challenges = new ArrayList<>();
  /** Text kept as notes (a list superseded by a more concrete one). */
  public final List<String> notes = new ArrayList<>();

  public Node(Role role, String label, String title, Line source, double confidence, boolean implicit) {
    this.role = role;
    this.label = label;
    this.title = title;
    this.source = source;
    this.confidence = confidence;
    this.implicit = implicit;
  }

  /** A 工程 as the text holds it: the cell's words, its year, and the year it ends if the text tells. */
  public record RoadmapDraft(String label, Integer from, Integer to, Line source) {}

  /**
   * A KPI as read: name, unit, figures when they could be paired unambiguously with years; {@code
   * recovered} false when the document had figures the drafter could not read.
   */
  public record KpiDraft(String name, String unit, Figure baseline, Figure target, boolean recovered,
      String asWritten, Line source) {}

  /** A figure: the value as written, its decimal, the fiscal year, and a comparator (未満, 以上 …). */
  public record Figure(String asWritten, java.math.BigDecimal value, Integer fiscalYear, String comparator) {}
}
