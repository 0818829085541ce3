package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Lists;
import java.util.List;

/**
 * A top-level heading of a plan: 基本方針, 基本目標 or 重点取組事項, in the city's own words.
 *
 * <p>Example from 那須烏山市: label {@code 基本目標1}, title {@code 市民に寄り添うデジタル化の推進}, claiming
 * the national items FRONTYARD and ELTAX_PUBLIC_FUNDS in its 「国の重点取組事項」 line.
 *
 * @param id the plan-unique id, or {@code null}
 * @param label the city's level name and number (基本方針1, 基本目標2), or {@code null}
 * @param title the title as written
 * @param description the body text, or {@code null}
 * @param nationalItems national item codes the plan itself claims here
 * @param measures the measures (施策), in order
 * @param kpis KPIs defined here
 * @param kpiRefs ids of KPIs defined elsewhere in the plan and listed again here
 * @param notes text the plan states here that has no other home
 */
public record BasicPolicy(
    String id,
    String label,
    String title,
    String description,
    List<String> nationalItems,
    List<Measure> measures,
    List<Kpi> kpis,
    List<String> kpiRefs,
    List<String> notes) {

  /**
   * Checks the title and copies the lists.
   *
   * @param id the plan-unique id, or {@code null}
   * @param label the city's level name and number (基本方針1, 基本目標2), or {@code null}
   * @param title the title as written
   * @param description the body text, or {@code null}
   * @param nationalItems national item codes the plan itself claims here
   * @param measures the measures (施策), in order
   * @param kpis KPIs defined here
   * @param kpiRefs ids of KPIs defined elsewhere in the plan and listed again here
   * @param notes text the plan states here that has no other home
   */
  public BasicPolicy {
    requireNonNull(title, "title");
    nationalItems = Lists.copy(nationalItems, "nationalItems");
    measures = Lists.copy(measures, "measures");
    kpis = Lists.copy(kpis, "kpis");
    kpiRefs = Lists.copy(kpiRefs, "kpiRefs");
    notes = Lists.copy(notes, "notes");
  }

  /**
   * Creates a policy with only a title and measures, as a minimal plan may have.
   *
   * @param title the title
   * @param measures the measures
   * @return the policy
   */
  public static BasicPolicy of(String title, List<Measure> measures) {
    return new BasicPolicy(null, null, title, null, null, measures, null, null, null);
  }
}
