package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Claims;
import io.github.dxplan.model.internal.Lists;
import io.github.dxplan.model.internal.Tags;
import java.util.List;
import java.util.Map;

/**
 * A top-level heading of a plan: 基本方針, 基本目標 or 重点取組事項, in the city's own words.
 *
 * <p>Example from 那須烏山市: label {@code 基本目標1}, title {@code 市民に寄り添うデジタル化の推進}. Where a
 * city draws its 工程表 per 基本方針, the rows are this policy's {@code roadmap}.
 *
 * @param id the plan-unique id, or {@code null}
 * @param label the city's level name and number (基本方針1, 基本目標2), or {@code null}
 * @param title the title as written
 * @param description the body text, or {@code null}
 * @param nationalClaims national items the plan itself claims here, with the city's wording
 * @param tags named axes and their values, for groupings the levels do not show
 * @param source where the policy stands in the source document, or {@code null}
 * @param roadmap the 工程 rows drawn for the policy itself, in the order written
 * @param kpis KPIs defined here
 * @param kpiRefs ids of KPIs defined elsewhere in the plan and listed again here
 * @param notes text the plan states here that has no other home
 * @param tables tables printed with the policy
 * @param measures the measures (施策), in order
 */
public record BasicPolicy(
    String id,
    String label,
    String title,
    String description,
    List<NationalClaim> nationalClaims,
    Map<String, List<String>> tags,
    SourceLocation source,
    List<RoadmapEntry> roadmap,
    List<Kpi> kpis,
    List<String> kpiRefs,
    List<String> notes,
    List<DataTable> tables,
    List<Measure> measures) {

  /** Checks the title and copies the lists. */
  public BasicPolicy {
    requireNonNull(title, "title");
    nationalClaims = Lists.copy(nationalClaims, "nationalClaims");
    tags = Tags.copy(tags);
    roadmap = Lists.copy(roadmap, "roadmap");
    kpis = Lists.copy(kpis, "kpis");
    kpiRefs = Lists.copy(kpiRefs, "kpiRefs");
    notes = Lists.copy(notes, "notes");
    tables = Lists.copy(tables, "tables");
    measures = Lists.copy(measures, "measures");
  }

  /**
   * Creates a policy with the components of format 1 (national items as bare codes).
   *
   * @param id the id, or {@code null}
   * @param label the label, or {@code null}
   * @param title the title
   * @param description the body text, or {@code null}
   * @param nationalItems national item codes claimed here
   * @param measures the measures
   * @param kpis KPIs defined here
   * @param kpiRefs ids of KPIs listed again here
   * @param notes notes
   */
  public BasicPolicy(
      String id,
      String label,
      String title,
      String description,
      List<String> nationalItems,
      List<Measure> measures,
      List<Kpi> kpis,
      List<String> kpiRefs,
      List<String> notes) {
    this(id, label, title, description, Claims.of(nationalItems, "nationalItems"), null, null, null, kpis, kpiRefs,
        notes, null, measures);
  }

  /**
   * Creates a policy with only a title and measures, as a minimal plan may have.
   *
   * @param title the title
   * @param measures the measures
   * @return the policy
   */
  public static BasicPolicy of(String title, List<Measure> measures) {
    return new BasicPolicy(null, null, title, null, null, null, null, null, null, null, null, null, measures);
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
