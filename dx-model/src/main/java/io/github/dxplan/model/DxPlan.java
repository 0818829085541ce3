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
 * @param schemaVersion the format version the plan was written in (1 or {@value #SCHEMA_VERSION})
 * @param id the plan's id, or {@code null}
 * @param title the title as written
 * @param status whether the document is a draft (原案) or the adopted plan, or {@code null} when it does
 *     not say
 * @param municipality the local government, or {@code null}
 * @param drafted the date of the draft, as precise as it states, or {@code null}
 * @param adopted when the plan was adopted, as precise as it states, or {@code null}
 * @param period the plan period in fiscal years, both ends or one, or {@code null}
 * @param nationalPlanVersion the national plan version the document names ("2.0"), or {@code null}
 * @param vision the 基本理念 or vision, or {@code null}
 * @param description what the plan is for (趣旨), or {@code null}
 * @param governance the 推進体制, or {@code null}
 * @param notes text the plan states that has no other home
 * @param policies the 基本方針 / 基本目標 / 重点取組事項, in order
 * @param previousPlan the previous plan's results, or {@code null}
 * @param tables tables the plan prints outside its elements (surveys, statistics)
 * @param glossary the 用語解説 and footnotes, in order
 */
public record DxPlan(
    int schemaVersion,
    String id,
    String title,
    PlanStatus status,
    Municipality municipality,
    PlanDate drafted,
    PlanDate adopted,
    PlanPeriod period,
    String nationalPlanVersion,
    String vision,
    String description,
    Governance governance,
    List<String> notes,
    List<BasicPolicy> policies,
    PreviousPlan previousPlan,
    List<DataTable> tables,
    List<GlossaryEntry> glossary) {

  /** The format version this library writes. */
  public static final int SCHEMA_VERSION = 2;

  /** Checks the title and copies the lists. */
  public DxPlan {
    requireNonNull(title, "title");
    notes = Lists.copy(notes, "notes");
    policies = Lists.copy(policies, "policies");
    tables = Lists.copy(tables, "tables");
    glossary = Lists.copy(glossary, "glossary");
  }

  /**
   * Creates a plan with the components of format 1 (a complete period, no status, tables or glossary).
   *
   * @param schemaVersion the format version
   * @param id the id, or {@code null}
   * @param title the title
   * @param municipality the local government, or {@code null}
   * @param adopted the adoption date, or {@code null}
   * @param period the period, or {@code null}
   * @param nationalPlanVersion the national plan version, or {@code null}
   * @param vision the vision, or {@code null}
   * @param description the description, or {@code null}
   * @param governance the governance, or {@code null}
   * @param policies the policies
   * @param previousPlan the previous plan, or {@code null}
   * @param notes notes
   */
  public DxPlan(
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
    this(schemaVersion, id, title, null, municipality, null, adopted, PlanPeriod.of(period), nationalPlanVersion,
        vision, description, governance, notes, policies, previousPlan, null, null);
  }

  /**
   * Creates a minimal plan: a title and its policies.
   *
   * @param title the title
   * @param policies the policies
   * @return the plan, in the current schema version
   */
  public static DxPlan of(String title, List<BasicPolicy> policies) {
    return new DxPlan(SCHEMA_VERSION, null, title, null, null, null, null, null, null, null, null, null, null,
        policies, null, null, null);
  }

  /**
   * Returns the period as a complete range, when the plan states both ends.
   *
   * @return the range, or {@code null} when there is no period or it has only one end
   */
  public FiscalYearRange periodRange() {
    return period == null ? null : period.range().orElse(null);
  }

  /**
   * Returns whether the document is a draft (原案).
   *
   * @return {@code true} if {@link #status()} is {@link PlanStatus#DRAFT}
   */
  public boolean isDraft() {
    return status == PlanStatus.DRAFT;
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
