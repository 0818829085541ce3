package io.github.dxplan.draft;

import io.github.dxplan.draft.internal.Document;
import io.github.dxplan.draft.internal.Fit;
import io.github.dxplan.draft.internal.Model;
import io.github.dxplan.model.DxPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints the leave-one-out and in-sample tables (run: -Dtest=Explore). */
final class Explore {
  public static void main(String[] args) {
    System.out.println(table());
  }

  static String table() {
    List<Document> docs = Seeds.documents();
    List<DxPlan> refs = Seeds.references();
    StringBuilder b = new StringBuilder();
    for (int held = 0; held < docs.size(); held++) {
      List<Document> td = new ArrayList<>(docs);
      List<DxPlan> tr = new ArrayList<>(refs);
      td.remove(held);
      tr.remove(held);
      Model m = Fit.fit(td, tr);
      DraftScore s = Fit.score(docs.get(held), refs.get(held), m);
      b.append(row("LOO " + Seeds.SEEDS[held][1], m.threshold(), s));
    }
    Model all = Fit.fit(docs, refs);
    for (int i = 0; i < docs.size(); i++) {
      b.append(row("IN  " + Seeds.SEEDS[i][1], all.threshold(), Fit.score(docs.get(i), refs.get(i), all)));
    }
    return b.toString();
  }

  static String row(String name, double t, DraftScore s) {
    return String.format(Locale.ROOT,
        "%-26s t=%.2f | P %s | M %s | I %s | K %s | dep %s | road %s | fig ok %d wrong %d flagged %d missing %d extra %d | unflagged %d%n",
        name, t, s.policies(), s.measures(), s.initiatives(), s.kpis(), s.departments(), s.roadmap(), s.figuresRight(),
        s.figuresWrong(), s.figuresFlagged(), s.figuresMissing(), s.figuresOnExtraKpis(), s.unflaggedElements());
  }
}
