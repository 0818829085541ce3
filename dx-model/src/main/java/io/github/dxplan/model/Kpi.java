package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Lists;
import io.github.dxplan.model.internal.Tags;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A key performance indicator (KPI / 成果指標) with its baseline, target and actuals.
 *
 * <p>Example from 那須烏山市: 「オンライン申請利用率 現状（R4年度）：15.9% 目標（R10年度）：50.0%」 is a KPI
 * with unit {@code "%"}, direction {@link Direction#INCREASE}, baseline 15.9 in FY2022 and target 50.0 in
 * FY2028. The unit is the city's own, including 助数詞 and per-period or cumulative forms ({@code "人/年"},
 * {@code "件（累計）"}). A KPI shared by several measures is defined once and referenced by its id.
 *
 * <p>宇都宮市 2023's 「行政手続オンライン化数 (規制のない手続)」 is the name 「行政手続オンライン化数」 with the
 * qualifier 「規制のない手続」. A KPI whose figures the document lost has {@link KpiFigures#NOT_RECOVERED}
 * and no figures, and its progress is unknown.
 *
 * @param id the plan-unique id, or {@code null}
 * @param name the indicator as written
 * @param qualifier what the city writes beside the name to narrow it (「規制のない手続」), or {@code null}
 * @param unit the unit as written, or {@code null}
 * @param direction the direction the city wants, or {@code null} when not stated
 * @param figures whether the figures are the plan's own; {@code null} means {@link KpiFigures#STATED}
 * @param baseline the baseline (現状値), or {@code null}
 * @param target the target (目標値), or {@code null}
 * @param actuals measured values (実績), in the order written
 * @param measures ids of the measures a policy-level KPI measures, in the order written
 * @param parts sub-indicators, each a KPI of its own, in order
 * @param note a remark such as 「総合計画と連動」, or {@code null}
 * @param tags named axes and their values, for groupings the levels do not show
 * @param source where the KPI stands in the source document, or {@code null}
 */
public record Kpi(
    String id,
    String name,
    String qualifier,
    String unit,
    Direction direction,
    KpiFigures figures,
    Measurement baseline,
    Target target,
    List<Measurement> actuals,
    List<String> measures,
    List<Kpi> parts,
    String note,
    Map<String, List<String>> tags,
    SourceLocation source) {

  /** Checks the name and copies the lists; a {@code null} figures becomes {@link KpiFigures#STATED}. */
  public Kpi {
    requireNonNull(name, "name");
    figures = figures == null ? KpiFigures.STATED : figures;
    actuals = Lists.copy(actuals, "actuals");
    measures = Lists.copy(measures, "measures");
    parts = Lists.copy(parts, "parts");
    tags = Tags.copy(tags);
  }

  /**
   * Creates a KPI with the components of format 1 (stated figures, no qualifier, parts or tags).
   *
   * @param id the id, or {@code null}
   * @param name the indicator as written
   * @param unit the unit, or {@code null}
   * @param direction the direction, or {@code null}
   * @param baseline the baseline, or {@code null}
   * @param target the target, or {@code null}
   * @param actuals the actuals
   * @param note a remark, or {@code null}
   */
  public Kpi(
      String id,
      String name,
      String unit,
      Direction direction,
      Measurement baseline,
      Target target,
      List<Measurement> actuals,
      String note) {
    this(id, name, null, unit, direction, null, baseline, target, actuals, null, null, note, null, null);
  }

  /**
   * Returns whether the figures are unknown because the document lost them.
   *
   * @return {@code true} if {@link #figures()} is {@link KpiFigures#NOT_RECOVERED}
   */
  public boolean figuresLost() {
    return figures == KpiFigures.NOT_RECOVERED;
  }

  /**
   * Returns the direction this KPI moves in: the stated one, else the one its comparator implies
   * (未満 → decrease), else the one baseline → target shows.
   *
   * @return the effective direction, or empty when nothing tells
   */
  public Optional<Direction> effectiveDirection() {
    if (direction != null) {
      return Optional.of(direction);
    }
    if (target != null && target.comparator() != null && target.comparator().impliedDirection() != null) {
      return Optional.of(target.comparator().impliedDirection());
    }
    if (baseline != null && baseline.value() != null && target != null && target.value() != null) {
      int c = target.value().compareTo(baseline.value());
      return Optional.of(c > 0 ? Direction.INCREASE : c < 0 ? Direction.DECREASE : Direction.MAINTAIN);
    }
    return Optional.empty();
  }

  /**
   * Returns the actual with a value in the latest fiscal year (actuals without a year count as
   * earliest; among equals the last written wins).
   *
   * @return the latest actual, or empty when there is none with a value
   */
  public Optional<Measurement> latestActual() {
    Measurement latest = null;
    for (Measurement m : actuals) {
      if (m.value() == null) {
        continue;
      }
      if (latest == null || YEAR_ORDER.compare(m, latest) >= 0) {
        latest = m;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Returns this KPI's progress toward its target, judged on its latest actual.
   *
   * @return the progress, with the parts of the calculation
   * @see KpiProgress
   */
  public KpiProgress progress() {
    return KpiProgress.of(this);
  }

  private static final Comparator<Measurement> YEAR_ORDER =
      Comparator.comparing(Measurement::fiscalYear, Comparator.nullsFirst(Comparator.naturalOrder()));
}
