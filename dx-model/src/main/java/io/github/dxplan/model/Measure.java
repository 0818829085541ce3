package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Lists;
import java.util.List;

/**
 * A measure (施策) under a basic policy, with its issues, desired state, departments and initiatives.
 *
 * <p>Example from 潮来市: 基本方針1 (1) 行政手続のオンライン化, which the city's 対応表 links to
 * MYNUMBER_CARD, ONLINE_PROCEDURES, ANALOG_REGULATION and BPR.
 *
 * @param id the plan-unique id, or {@code null}
 * @param label the city's numbering ((1), 施策①), or {@code null}
 * @param title the title as written
 * @param description the body text, or {@code null}
 * @param challenges 現状と課題, one entry per point, as written
 * @param goal あるべき姿, or {@code null}
 * @param departments 所管課 and 関係課
 * @param nationalItems national item codes the plan itself claims here
 * @param previousMeasures the previous plan's measures this one continues, as written
 * @param initiatives the initiatives, in order
 * @param kpis KPIs defined here
 * @param kpiRefs ids of KPIs defined elsewhere in the plan and listed again here
 * @param notes text the plan states here that has no other home
 */
public record Measure(
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

  /**
   * Checks the title and copies the lists; {@code null} departments become {@link Departments#NONE}.
   *
   * @param id the plan-unique id, or {@code null}
   * @param label the city's numbering ((1), 施策①), or {@code null}
   * @param title the title as written
   * @param description the body text, or {@code null}
   * @param challenges 現状と課題, one entry per point, as written
   * @param goal あるべき姿, or {@code null}
   * @param departments 所管課 and 関係課
   * @param nationalItems national item codes the plan itself claims here
   * @param previousMeasures the previous plan's measures this one continues, as written
   * @param initiatives the initiatives, in order
   * @param kpis KPIs defined here
   * @param kpiRefs ids of KPIs defined elsewhere in the plan and listed again here
   * @param notes text the plan states here that has no other home
   */
  public Measure {
    requireNonNull(title, "title");
    challenges = Lists.copy(challenges, "challenges");
    departments = departments == null ? Departments.NONE : departments;
    nationalItems = Lists.copy(nationalItems, "nationalItems");
    previousMeasures = Lists.copy(previousMeasures, "previousMeasures");
    initiatives = Lists.copy(initiatives, "initiatives");
    kpis = Lists.copy(kpis, "kpis");
    kpiRefs = Lists.copy(kpiRefs, "kpiRefs");
    notes = Lists.copy(notes, "notes");
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
    return new Measure(null, null, title, description, null, null, null, null, null, initiatives, null, null, null);
  }
}
