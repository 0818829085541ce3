package io.github.dxplan.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A roll-up of previous-plan results: how many targets, how many achieved, and the rate.
 *
 * <p>Example: 那須烏山市 reports 26 targets of 地域情報化計画Ⅲ, 15 achieved and 11 not: rate 15/26,
 * {@link #percent()} 58.
 *
 * @param total all results
 * @param achieved results achieved
 * @param notAchieved results not achieved
 * @param undetermined results whose outcome is unknown
 */
public record AchievementSummary(int total, int achieved, int notAchieved, int undetermined) {

  /**
   * Rolls up results by their {@link PreviousResult#outcome() outcome}.
   *
   * @param results the results
   * @return the summary
   */
  public static AchievementSummary of(List<PreviousResult> results) {
    int yes = 0;
    int no = 0;
    int unknown = 0;
    for (PreviousResult r : results) {
      Optional<Boolean> o = r.outcome();
      if (o.isEmpty()) {
        unknown++;
      } else if (o.get()) {
        yes++;
      } else {
        no++;
      }
    }
    return new AchievementSummary(results.size(), yes, no, unknown);
  }

  /**
   * Returns achieved / (achieved + not achieved), to four decimals, or empty when no outcome is known.
   *
   * @return the achievement rate between 0 and 1
   */
  public Optional<BigDecimal> rate() {
    int judged = achieved + notAchieved;
    if (judged == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(achieved).divide(BigDecimal.valueOf(judged), 4, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns the rate as a whole percentage, rounded half up as cities print it (15/26 → 58).
   *
   * @return the percentage, or empty when no outcome is known
   */
  public Optional<Integer> percent() {
    int judged = achieved + notAchieved;
    if (judged == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(achieved * 100L).divide(BigDecimal.valueOf(judged), 0, RoundingMode.HALF_UP).intValue());
  }
}
