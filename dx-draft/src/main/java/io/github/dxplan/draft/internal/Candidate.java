package io.github.dxplan.draft.internal;

/**
 * A line, cell or list item that may be a heading of a plan element, with the features the model
 * decides on.
 *
 * @param line where it stands
 * @param cell the cell in a table row, or -1 for a whole line
 * @param marker its numbering or bullet and title
 * @param origin how it came: a line, a Markdown heading, a table row's head, an item in a row's cell
 * @param section the kind of section it stands in (取組, 課題, KPI, 工程 …) as the last section label said
 * @param sentence true when its title reads as a sentence (ends with 。 or a verb ending)
 * @param deptNext true when a department line (所管課 …) follows within two lines
 * @param parent the role of its parent in the document's own outline (the heading it is nested under, by the
 *     order in which the document nests its numbering kinds; for an item in a row's cell, the row's head)
 */
public record Candidate(
    Line line, int cell, Marker marker, Origin origin, Section section, boolean sentence, boolean deptNext,
    Role parent) {
  /** How a candidate came into the document. */
  public enum Origin { LINE, HEADING, ROW_HEAD, ROW_ITEM }

  /** The kind of section a candidate stands in, from the last section label (《主な取組》, ■KPI …). */
  public enum Section { NONE, CONCRETE, TORIKUMI, KADAI, KPI, ROADMAP, VISION, OTHER }

  /** The feature keys from most to least specific, as the model backs off. */
  public String[] keys() {
    String k = marker.kind().name();
    // A Markdown heading mark is the extractor's, not the document's (a PDF has none): counted as a line.
    String o = origin == Origin.HEADING ? Origin.LINE.name() : origin.name();
    String p = "^" + parent;
    // numbered (1, (1), ①, ア, Ⅰ, a level word) or not (a bullet, a bracket, nothing): what a document's own
    // numbering says whatever style it uses
    String n = marker.ordinal() > 0 ? "numbered" : "unnumbered";
    return new String[] {
      k + "|" + o + "|" + p + "|" + section + "|" + sentence,
      k + "|" + o + "|" + p + "|" + section,
      k + "|" + o + "|" + p,
      n + "|" + o + "|" + p + "|" + section + "|" + sentence,
      n + "|" + o + "|" + p + "|" + section,
      n + "|" + o + "|" + p,
      k + "|" + o,
      k
    };
  }
}
