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
 * @param groups what the plan says about groups of results as a whole, in order
 * @param results the evaluated targets, in order
 */
public record PreviousPlan(
    String title,
    FiscalYearRange period,
    PlanDate evaluatedOn,
    List<ResultGroup> groups,
    List<PreviousResult> results) {
  /** Copies the lists. */
  public PreviousPlan {
    groups = Lists.copy(groups, "groups");
    results = Lists.copy(results, "results");
  }

  /**
   * Creates a previous plan without group-level text, the shape of format 1.
   *
   * @param title the title, or {@code null}
   * @param period the period, or {@code null}
   * @param evaluatedOn when it was evaluated, or {@code null}
   * @param results the results
   */
  public PreviousPlan(String title, FiscalYearRange period, PlanDate evaluatedOn, List<PreviousResult> results) {
    this(title, period, evaluatedOn, null, results);
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
