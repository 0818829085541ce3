package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Lists;
import java.util.List;

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
 * @param nationalItems national item codes the plan itself claims here
 * @param relistOf the id of the original initiative when this is a 再掲 item, or {@code null}
 * @param roadmap the 工程 rows, in the order written
 * @param kpis KPIs defined here
 * @param kpiRefs ids of KPIs defined elsewhere in the plan and listed again here
 * @param notes text the plan states here that has no other home
 */
public record Initiative(
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

  /**
   * Checks the title and copies the lists; {@code null} departments become {@link Departments#NONE}.
   *
   * @param id the plan-unique id, or {@code null}
   * @param label the city's numbering (①, ア, 1, ●), or {@code null}
   * @param title the title as written
   * @param description the body text, or {@code null}
   * @param approach ● forecast or ◎ backcast, or {@code null}
   * @param departments 所管課 and 関係課
   * @param nationalItems national item codes the plan itself claims here
   * @param relistOf the id of the original initiative when this is a 再掲 item, or {@code null}
   * @param roadmap the 工程 rows, in the order written
   * @param kpis KPIs defined here
   * @param kpiRefs ids of KPIs defined elsewhere in the plan and listed again here
   * @param notes text the plan states here that has no other home
   */
  public Initiative {
    requireNonNull(title, "title");
    departments = departments == null ? Departments.NONE : departments;
    nationalItems = Lists.copy(nationalItems, "nationalItems");
    roadmap = Lists.copy(roadmap, "roadmap");
    kpis = Lists.copy(kpis, "kpis");
    kpiRefs = Lists.copy(kpiRefs, "kpiRefs");
    notes = Lists.copy(notes, "notes");
  }

  /**
   * Creates an initiative with only a title and description, as a minimal plan may have.
   *
   * @param title the title
   * @param description the description, or {@code null}
   * @return the initiative
   */
  public static Initiative of(String title, String description) {
    return new Initiative(null, null, title, description, null, null, null, null, null, null, null, null);
  }
}
