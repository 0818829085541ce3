package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Lists;
import java.util.ArrayList;
import java.util.List;

/**
 * A municipal DX plan (自治体DX推進計画): the root of the model.
 *
 * <p>Reading one:
 *
 * <pre>{@code
 * DxPlan plan = PlanReader.yaml().read(Path.of("itako-2023.yaml"));
 * plan.title();                                   // 潮来市DX推進計画
 * plan.period();                                  // FY2023-FY2025
 * plan.policies().get(0).measures().get(0).title() // 行政手続のオンライン化
 * }</pre>
 *
 * <p>Only the title and the policies are required; a minimal plan has policies with titles and
 * optional measures and initiatives. This record is immutable; its lists are unmodifiable copies.
 *
 * @param schemaVersion the format version the plan was written in (currently {@value #SCHEMA_VERSION})
 * @param id the plan's id, or {@code null}
 * @param title the title as written
 * @param municipality the local government, or {@code null}
 * @param adopted when the plan was adopted, as precise as it states, or {@code null}
 * @param period the plan period in fiscal years, or {@code null}
 * @param nationalPlanVersion the national plan version the city follows ("2.0"), or {@code null}
 * @param vision the 基本理念 or vision, or {@code null}
 * @param description what the plan is for (趣旨), or {@code null}
 * @param governance the 推進体制, or {@code null}
 * @param policies the 基本方針 / 基本目標 / 重点取組事項, in order
 * @param previousPlan the previous plan's results, or {@code null}
 * @param notes text the plan states that has no other home
 */
public record DxPlan(
    int schemaVersion,
    String id,
    String title,
    Municipality municipality,
    PlanDate adopted,
    FiscalYearRange period,
    String nationalPlanVersion,
    String vision,
    String description,
    Governance governance,
    List<BasicPolicy> policies,
    PreviousPlan previousPlan,
    List<String> notes) {

  /** The format version this library writes. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * Checks the title and copies the lists.
   *
   * @param schemaVersion the format version the plan was written in (currently {@value #SCHEMA_VERSION})
   * @param id the plan's id, or {@code null}
   * @param title the title as written
   * @param municipality the local government, or {@code null}
   * @param adopted when the plan was adopted, as precise as it states, or {@code null}
   * @param period the plan period in fiscal years, or {@code null}
   * @param nationalPlanVersion the national plan version the city follows ("2.0"), or {@code null}
   * @param vision the 基本理念 or vision, or {@code null}
   * @param description what the plan is for (趣旨), or {@code null}
   * @param governance the 推進体制, or {@code null}
   * @param policies the 基本方針 / 基本目標 / 重点取組事項, in order
   * @param previousPlan the previous plan's results, or {@code null}
   * @param notes text the plan states that has no other home
   */
  public DxPlan {
    requireNonNull(title, "title");
    policies = Lists.copy(policies, "policies");
    notes = Lists.copy(notes, "notes");
  }

  /**
   * Creates a minimal plan: a title and its policies.
   *
   * @param title the title
   * @param policies the policies
   * @return the plan, in the current schema version
   */
  public static DxPlan of(String title, List<BasicPolicy> policies) {
    return new DxPlan(SCHEMA_VERSION, null, title, null, null, null, null, null, null, null, policies, null, null);
  }

  /**
   * Returns every measure of every policy, in document order.
   *
   * @return the measures
   */
  public List<Measure> allMeasures() {
    List<Measure> out = new ArrayList<>();
    for (BasicPolicy p : policies) {
      out.addAll(p.measures());
    }
    return List.copyOf(out);
  }

  /**
   * Returns every initiative of every measure, in document order.
   *
   * @return the initiatives
   */
  public List<Initiative> allInitiatives() {
    List<Initiative> out = new ArrayList<>();
    for (BasicPolicy p : policies) {
      for (Measure m : p.measures()) {
        out.addAll(m.initiatives());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns every KPI defined in the plan (not the references), in document order.
   *
   * @return the KPIs
   */
  public List<Kpi> allKpis() {
    List<Kpi> out = new ArrayList<>();
    for (BasicPolicy p : policies) {
      out.addAll(p.kpis());
      for (Measure m : p.measures()) {
        out.addAll(m.kpis());
        for (Initiative i : m.initiatives()) {
          out.addAll(i.kpis());
        }
      }
    }
    return List.copyOf(out);
  }
}
