package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Claims;
import io.github.dxplan.model.internal.Lists;
import io.github.dxplan.model.internal.Tags;
import java.util.List;
import java.util.Map;

/**
 * An initiative (取組, 取組事例, 取組内容, 施策・事業): the concrete work under a measure.
 *
 * <p>Example from 那須烏山市's 施策1: {@code ①マイナンバーカードの利活用拡大及び普及促進}, with its
 * ロードマップ rows as {@link RoadmapEntry roadmap} entries. An item a plan lists again (再掲) is not a
 * copy: it names the original in {@code relistOf} and keeps the title as written in that place.
 *
 * @param id the plan-unique id, or {@code null}
 * @param label the city's numbering (①, ア, 1, ●), or {@code null}
 * @param title the title as written
 * @param description the body text, or {@code null}
 * @param approach ● forecast or ◎ backcast, or {@code null}
 * @param departments 所管課 and 関係課
 * @param nationalClaims national items the plan itself claims here, with the city's wording
 * @param relistOf the id of the original initiative when this is a 再掲 item, or {@code null}
 * @param tags named axes and their values, for groupings the levels do not show
 * @param source where the initiative stands in the source document, or {@code null}
 * @param roadmap the 工程 rows, in the order written
 * @param kpis KPIs defined here
 * @param kpiRefs ids of KPIs defined elsewhere in the plan and listed again here
 * @param notes text the plan states here that has no other home
 * @param tables tables printed with the initiative
 */
public record Initiative(
    String id,
    String label,
    String title,
    String description,
    Approach approach,
    Departments departments,
    List<NationalClaim> nationalClaims,
    String relistOf,
    Map<String, List<String>> tags,
    SourceLocation source,
    List<RoadmapEntry> roadmap,
    List<Kpi> kpis,
    List<String> kpiRefs,
    List<String> notes,
    List<DataTable> tables) {

  /** Checks the title and copies the lists; {@code null} departments become {@link Departments#NONE}. */
  public Initiative {
    requireNonNull(title, "title");
    departments = departments == null ? Departments.NONE : departments;
    nationalClaims = Lists.copy(nationalClaims, "nationalClaims");
    tags = Tags.copy(tags);
    roadmap = Lists.copy(roadmap, "roadmap");
    kpis = Lists.copy(kpis, "kpis");
    kpiRefs = Lists.copy(kpiRefs, "kpiRefs");
    notes = Lists.copy(notes, "notes");
    tables = Lists.copy(tables, "tables");
  }

  /**
   * Creates an initiative with the components of format 1 (national items as bare codes).
   *
   * @param id the id, or {@code null}
   * @param label the label, or {@code null}
   * @param title the title
   * @param description the body text, or {@code null}
   * @param approach the approach, or {@code null}
   * @param departments the departments, or {@code null}
   * @param nationalItems national item codes claimed here
   * @param relistOf the original's id for a 再掲 item, or {@code null}
   * @param roadmap the 工程 rows
   * @param kpis KPIs defined here
   * @param kpiRefs ids of KPIs listed again here
   * @param notes notes
   */
  public Initiative(
      String id,
      String label,
      String title,
      String description,
      Approach approach,
      Departments departments,
      List<String> nationalItems,
      String relistOf,
      List<RoadmapEntry> roadmap,
      List<Kpi> kpis,
      List<String> kpiRefs,
      List<String> notes) {
    this(id, label, title, description, approach, departments, Claims.of(nationalItems, "nationalItems"), relistOf,
        null, null, roadmap, kpis, kpiRefs, notes, null);
  }

  /**
   * Creates an initiative with only a title and description, as a minimal plan may have.
   *
   * @param title the title
   * @param description the description, or {@code null}
   * @return the initiative
   */
  public static Initiative of(String title, String description) {
    return new Initiative(null, null, title, description, null, null, null, null, null, null, null, null, null, null,
        null);
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
