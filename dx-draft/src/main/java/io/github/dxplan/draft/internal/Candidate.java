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
 */
public record Candidate(
    Line line, int cell, Marker marker, Origin origin, Section section, boolean sentence, boolean deptNext) {
  /** How a candidate came into the document. */
  public enum Origin { LINE, HEADING, ROW_HEAD, ROW_ITEM }

  /** The kind of section a candidate stands in, from the last section label (《主な取組》, ■KPI …). */
  public enum Section { NONE, CONCRETE, TORIKUMI, KADAI, KPI, ROADMAP, VISION, OTHER }

  /** The feature keys from most to least specific, as the model backs off. */
  public String[] keys() {
    String k = marker.kind().name();
    String o = origin.name();
    return new String[] {
      k + "|" + o + "|" + section + "|" + sentence + "|" + deptNext,
      k + "|" + o + "|" + section + "|" + sentence,
      k + "|" + o + "|" + section,
      k + "|" + o,
      k
    };
  }
}
