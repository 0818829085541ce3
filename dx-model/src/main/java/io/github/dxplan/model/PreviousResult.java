package io.github.dxplan.model;

import java.util.Optional;

/**
 * One evaluated target of the previous plan (目標 vs 実績), as the new plan reports it.
 *
 * <p>Example from 那須烏山市's review of 地域情報化計画Ⅲ: group {@code 基本目標1 施策① 情報受信発信力強化},
 * title {@code 1.HPの充実}, indicator {@code HP訪問件数}, achieved {@code true}.
 *
 * @param group where the result sits in the previous plan, or {@code null}
 * @param title the item evaluated, or {@code null}
 * @param indicator the indicator's name, or {@code null}
 * @param target the target figure, or {@code null}
 * @param actual the actual figure, or {@code null}
 * @param unit the unit, or {@code null}
 * @param achieved the city's own judgement (達成 / 未達成), or {@code null} when it states none
 * @param note a remark, or {@code null}
 */
public record PreviousResult(
    String group,
    String title,
    String indicator,
    Measurement target,
    Measurement actual,
    String unit,
    Boolean achieved,
    String note) {

  /**
   * Returns whether the target was achieved: the city's own judgement when stated, otherwise whether
   * the actual value reached the target value (higher is better); empty when neither is known.
   *
   * @return the outcome, or empty
   */
  public Optional<Boolean> outcome() {
    if (achieved != null) {
      return Optional.of(achieved);
    }
    if (target != null && target.value() != null && actual != null && actual.value() != null) {
      return Optional.of(actual.value().compareTo(target.value()) >= 0);
    }
    return Optional.empty();
  }
}
