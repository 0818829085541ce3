package io.github.dxplan.model;

import io.github.dxplan.model.internal.Lists;
import java.util.List;

/**
 * The previous plan and its evaluated results, where a plan reports them.
 *
 * <p>Example: 那須烏山市 evaluates 地域情報化計画Ⅲ (FY2018–FY2022) as of 2023-03-31: 26 targets, 15 achieved.
 *
 * @param title the previous plan's title, or {@code null}
 * @param period its period, or {@code null}
 * @param evaluatedOn when it was evaluated, or {@code null}
 * @param results the evaluated targets, in order
 */
public record PreviousPlan(String title, FiscalYearRange period, PlanDate evaluatedOn, List<PreviousResult> results) {
  /**
   * Copies the list.
   *
   * @param title the previous plan's title, or {@code null}
   * @param period its period, or {@code null}
   * @param evaluatedOn when it was evaluated, or {@code null}
   * @param results the evaluated targets, in order
   */
  public PreviousPlan {
    results = Lists.copy(results, "results");
  }

  /**
   * Rolls the results up into counts and a rate.
   *
   * @return the summary
   */
  public AchievementSummary achievementSummary() {
    return AchievementSummary.of(results);
  }
}
