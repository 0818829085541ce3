package io.github.dxplan.draft;

import java.util.Locale;

/**
 * How a draft compares with a reference plan, element by element.
 *
 * @param policies 基本方針 matched by title
 * @param measures 施策 matched by title
 * @param initiatives 取組 matched by title
 * @param kpis KPIs matched by name
 * @param departments departments of matched elements
 * @param roadmap 工程 of matched initiatives (label and first year)
 * @param figuresRight KPI figures (baseline/target value, year, comparator) equal to the reference
 * @param figuresWrong figures that differ from the reference and were not flagged
 * @param figuresFlagged figures the draft left unread and flagged (NOT_RECOVERED)
 * @param figuresMissing figures the reference has that the draft neither read nor flagged
 * @param figuresOnExtraKpis figures drafted on KPIs that are not in the reference
 * @param unflaggedElements drafted policies, measures and initiatives not in the reference and not on
 *     the review list
 */
public record DraftScore(Level policies, Level measures, Level initiatives, Level kpis, Level departments,
    Level roadmap, int figuresRight, int figuresWrong, int figuresFlagged, int figuresMissing,
    int figuresOnExtraKpis, int unflaggedElements) {

  /** Matches at one level. */
  public record Level(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      int d = truePositives + falsePositives;
      return d == 0 ? 1 : (double) truePositives / d;
    }

    public double recall() {
      int d = truePositives + falseNegatives;
      return d == 0 ? 1 : (double) truePositives / d;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f R %.3f (tp %d fp %d fn %d)", precision(), recall(), truePositives,
          falsePositives, falseNegatives);
    }
  }

  /** Wrong figures no one was told to check: the number that matters most. */
  public int unflaggedWrongFigures() {
    return figuresWrong;
  }
}
