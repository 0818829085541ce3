package io.github.dxplan.model;

import io.github.dxplan.model.internal.Lists;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One evaluated target of the previous plan (目標 vs 実績), as the new plan reports it.
 *
 * <p>Example from 那須烏山市's review of 地域情報化計画Ⅲ: group {@code 基本目標1 施策① 情報受信発信力強化},
 * title {@code 1.HPの充実}, indicator {@code HP訪問件数}, achieved {@code true}. 宇都宮市 2023 reports a
 * yearly series (ICT利活用セミナー開催数 R1 12回, R2 9回, R3 7回, R4 1回): four {@code actuals}.
 *
 * @param group where the result sits in the previous plan, or {@code null}
 * @param title the item evaluated, or {@code null}
 * @param indicator the indicator's name, or {@code null}
 * @param target the target figure, or {@code null}
 * @param actuals the actual figures, in the order written (a yearly series, or one figure)
 * @param unit the unit, or {@code null}
 * @param achieved the city's own judgement (達成 / 未達成), or {@code null} when it states none
 * @param assessment the city's qualitative assessment of the result, or {@code null}
 * @param note a remark, or {@code null}
 * @param source where the result stands in the source document, or {@code null}
 */
public record PreviousResult(
    String group,
    String title,
    String indicator,
    Measurement target,
    List<Measurement> actuals,
    String unit,
    Boolean achieved,
    String assessment,
    String note,
    SourceLocation source) {

  /** Copies the list. */
  public PreviousResult {
    actuals = Lists.copy(actuals, "actuals");
  }

  /**
   * Creates a result with one actual, the shape of format 1.
   *
   * @param group the group, or {@code null}
   * @param title the item, or {@code null}
   * @param indicator the indicator, or {@code null}
   * @param target the target, or {@code null}
   * @param actual the actual, or {@code null}
   * @param unit the unit, or {@code null}
   * @param achieved the city's judgement, or {@code null}
   * @param note a remark, or {@code null}
   */
  public PreviousResult(
      String group,
      String title,
      String indicator,
      Measurement target,
      Measurement actual,
      String unit,
      Boolean achieved,
      String note) {
    this(group, title, indicator, target, actual == null ? List.of() : List.of(actual), unit, achieved, null, note,
        null);
  }

  /**
   * Returns the actual the result is judged on: the one in the latest fiscal year (without a year
   * counts as earliest; among equals the last written wins).
   *
   * @return the actual, or {@code null} when there is none
   */
  public Measurement actual() {
    Measurement latest = null;
    for (Measurement m : actuals) {
      if (latest == null || YEAR_ORDER.compare(m, latest) >= 0) {
        latest = m;
      }
    }
    return latest;
  }

  /**
   * Returns whether the target was achieved: the city's own judgement when stated, otherwise whether
   * the latest actual value reached the target value (higher is better, or as the target's comparator
   * says); empty when neither is known, or when the actual is itself bounded (「10%未満」).
   *
   * @return the outcome, or empty
   */
  public Optional<Boolean> outcome() {
    if (achieved != null) {
      return Optional.of(achieved);
    }
    Measurement actual = actual();
    if (target != null && target.value() != null && actual != null && actual.value() != null
        && actual.comparator() == null) {
      if (target.comparator() != null) {
        return Optional.of(target.comparator().isMet(actual.value(), target.value()));
      }
      return Optional.of(actual.value().compareTo(target.value()) >= 0);
    }
    return Optional.empty();
  }

  private static final Comparator<Measurement> YEAR_ORDER =
      Comparator.comparing(Measurement::fiscalYear, Comparator.nullsFirst(Comparator.naturalOrder()));
}
