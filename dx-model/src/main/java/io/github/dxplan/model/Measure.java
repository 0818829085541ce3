package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Claims;
import io.github.dxplan.model.internal.Lists;
import io.github.dxplan.model.internal.Tags;
import java.util.List;
import java.util.Map;

/**
 * A measure (施策) under a basic policy, with its issues, desired state, departments and initiatives.
 *
 * <p>Example from 潮来市: 基本方針1 (1) 行政手続のオンライン化, which the city's 対応表 links to
 * MYNUMBER_CARD, ONLINE_PROCEDURES, ANALOG_REGULATION and BPR. 宇都宮市 2023 draws its 工程表 per 施策: the
 * rows are the measure's {@code roadmap}.
 *
 * @param id the plan-unique id, or {@code null}
 * @param label the city's numbering ((1), 施策①), or {@code null}
 * @param title the title as written
 * @param description the body text, or {@code null}
 * @param challenges 現状と課題, one entry per point, as written
 * @param goal あるべき姿, or {@code null}
 * @param departments 所管課 and 関係課
 * @param nationalClaims national items the plan itself claims here, with the city's wording
 * @param previousMeasures the previous plan's measures this one continues, as written
 * @param tags named axes and their values, for groupings the levels do not show
 * @param source where the measure stands in the source document, or {@code null}
 * @param roadmap the 工程 rows drawn for the measure itself, in the order written
 * @param kpis KPIs defined here
 * @param kpiRefs ids of KPIs defined elsewhere in the plan and listed again here
 * @param notes text the plan states here that has no other home
 * @param tables tables printed with the measure
 * @param initiatives the initiatives, in order
 */
public record Measure(
    String id,
    String label,
    String title,
    String description,
    List<String> challenges,
    String goal,
    Departments departments,
    List<NationalClaim> nationalClaims,
    List<String> previousMeasures,
    Map<String, List<String>> tags,
    SourceLocation source,
    List<RoadmapEntry> roadmap,
    List<Kpi> kpis,
    List<String> kpiRefs,
    List<String> notes,
    List<DataTable> tables,
    List<Initiative> initiatives) {

  /** Checks the title and copies the lists; {@code null} departments become {@link Departments#NONE}. */
  public Measure {
    requireNonNull(title, "title");
    challenges = Lists.copy(challenges, "challenges");
    departments = departments == null ? Departments.NONE : departments;
    nationalClaims = Lists.copy(nationalClaims, "nationalClaims");
    previousMeasures = Lists.copy(previousMeasures, "previousMeasures");
    tags = Tags.copy(tags);
    roadmap = Lists.copy(roadmap, "roadmap");
    kpis = Lists.copy(kpis, "kpis");
    kpiRefs = Lists.copy(kpiRefs, "kpiRefs");
    notes = Lists.copy(notes, "notes");
    tables = Lists.copy(tables, "tables");
    initiatives = Lists.copy(initiatives, "initiatives");
  }

  /**
   * Creates a measure with the components of format 1 (national items as bare codes).
   *
   * @param id the id, or {@code null}
   * @param label the label, or {@code null}
   * @param title the title
   * @param description the body text, or {@code null}
   * @param challenges 現状と課題
   * @param goal あるべき姿, or {@code null}
   * @param departments the departments, or {@code null}
   * @param nationalItems national item codes claimed here
   * @param previousMeasures the previous plan's measures
   * @param initiatives the initiatives
   * @param kpis KPIs defined here
   * @param kpiRefs ids of KPIs listed again here
   * @param notes notes
   */
  public Measure(
      String id,
      String label,
      String title,
      String description,
      List<String> challenges,
      String goal,
      Departments departments,
      List<String> nationalItems,
      List<String> previousMeasures,
      List<Initiative> initiatives,
      List<Kpi> kpis,
      List<String> kpiRefs,
      List<String> notes) {
    this(id, label, title, description, challenges, goal, departments, Claims.of(nationalItems, "nationalItems"),
        previousMeasures, null, null, null, kpis, kpiRefs, notes, null, initiatives);
  }

  /**
   * Creates a measure with only a title, description and initiatives, as a minimal plan may have.
   *
   * @param title the title
   * @param description the description, or {@code null}
   * @param initiatives the initiatives
   * @return the measure
   */
  public static Measure of(String title, String description, List<Initiative> initiatives) {
    return new Measure(null, null, title, description, null, null, null, null, null, null, null, null, null, null,
        null, null, initiatives);
  }

  /**
   * Returns the codes of the national items claimed here, in order.
   *
   * @return the codes of {@link #nationalClaims()}
   */
  public List<String> nationalItems() {
    return Claims.codes(nationalClaims);
  }
}
