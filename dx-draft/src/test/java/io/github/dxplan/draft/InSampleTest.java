package io.github.dxplan.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped model on the seeds it was fitted on (docs/draft.md, "In sample"): no wrong figure goes unflagged. */
class InSampleTest {
  @Test
  void shippedModelOnItsOwnSeeds_leavesNoWrongFigureUnflagged() {
    for (int i = 0; i < Seeds.SEEDS.length; i++) {
      Draft d = Drafter.create().draftText(Seeds.bytes(i), Seeds.SEEDS[i][0]);
      DraftScore s = DraftScorer.score(d, Seeds.reference(i));
      System.out.print(Explore.row("IN  " + Seeds.SEEDS[i][1], 0, s));
      assertThat(s.unflaggedWrongFigures()).as(Seeds.SEEDS[i][1]).isZero();
    }
  }
}
