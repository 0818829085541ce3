package io.github.dxplan.draft.internal;

import io.github.dxplan.draft.DraftScore;
import io.github.dxplan.draft.DraftScorer;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Measure;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits a {@link Model} on documents and their encoded plans: each candidate is labelled by the
 * reference element whose title it carries (or NONE), the labels are counted per feature key, and the
 * confidence threshold is the one that drafts each training document best from the counts of the other
 * training documents (mean F1 of 施策 and 取組, an inner leave-one-out).
 * Nothing else is learned; everything a held-out document meets is decided by these counts.
 */
public final class Fit {
  /** Thresholds tried. */
  static final double[] THRESHOLDS = {0.0, 0.10, 0.20, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90};

  private Fit() {}

  public static Model fit(List<Document> docs, List<DxPlan> refs) {
    List<List<Map.Entry<Candidate, Role>>> labels = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      labels.add(labels(docs.get(d), refs.get(d)));
    }
    Map<String, int[]> counts = new TreeMap<>();
    for (List<Map.Entry<Candidate, Role>> l : labels) {
      Model.count(l, counts);
    }
    // The threshold is chosen by an inner leave-one-out over the training documents: for each, the
    // counts of the others draft it, so the threshold suits documents the counts have not seen.
    double best = -1;
    double bestT = 0.5;
    double[] sums = new double[THRESHOLDS.length];
    for (int d = 0; d < docs.size(); d++) {
      Map<String, int[]> inner = new TreeMap<>();
      for (int o = 0; o < docs.size(); o++) {
        if (o != d || docs.size() == 1) {
          Model.count(labels.get(o), inner);
        }
      }
      Model m = new Model(inner, 0.5);
      for (int t = 0; t < THRESHOLDS.length; t++) {
        DraftScore s = score(docs.get(d), refs.get(d), m.withThreshold(THRESHOLDS[t]));
        sums[t] += (s.measures().f1() + s.initiatives().f1()) / 2;
      }
    }
    for (int t = 0; t < THRESHOLDS.length; t++) {
      if (sums[t] > best + 1e-9) {
        best = sums[t];
        bestT = THRESHOLDS[t];
      }
    }
    return new Model(counts, bestT);
  }

  /** Drafts a document with a model and scores it against its reference. */
  public static DraftScore score(Document doc, DxPlan ref, Model m) {
    Structurer s = new Structurer(doc, m).run();
    Plans.Result r = Plans.of(doc, s);
    return DraftScorer.score(r.plan(), r.review(), ref);
  }

  /** Every candidate of a document with the role its reference plan gives it. */
  static List<Map.Entry<Candidate, Role>> labels(Document doc, DxPlan ref) {
    List<String> p = new ArrayList<>();
    List<String> m = new ArrayList<>();
    List<String> i = new ArrayList<>();
    for (BasicPolicy x : ref.policies()) {
      p.add(Similarity.clean(x.title()));
    }
    for (Measure x : ref.allMeasures()) {
      m.add(Similarity.clean(x.title()));
    }
    for (Initiative x : ref.allInitiatives()) {
      i.add(Similarity.clean(x.title()));
    }
    Model oracle = new Model(Map.of(), 0.5) {
      @Override
      public Prediction predict(Candidate c) {
        String t = c.marker().title();
        if (c.origin() == Candidate.Origin.ROW_HEAD) {
          t = t.replaceAll("【[^【】]{2,30}?】\\s*$", "").strip();
        }
        double low = c.origin() == Candidate.Origin.ROW_HEAD && c.marker().ordinal() > 0 ? 0.5 : DraftScorer.SAME;
        String ct = Similarity.clean(t);
        String lt = Similarity.clean(c.marker().label() + t);
        Role best = Role.NONE;
        double score = 0;
        for (Role r : new Role[] {Role.POLICY, Role.MEASURE, Role.INITIATIVE}) {
          List<String> titles = r == Role.POLICY ? p : r == Role.MEASURE ? m : i;
          for (String title : titles) {
            double s = Similarity.ofClean(ct, title);
            if (r == Role.POLICY) {
              s = Math.max(s, Similarity.ofClean(lt, title));
            }
            if (s > score && s >= (r == Role.INITIATIVE ? low : DraftScorer.SAME)) {
              score = s;
              best = r;
            }
          }
        }
        return new Prediction(best, 1.0, "oracle");
      }
    };
    Structurer s = new Structurer(doc, oracle).run();
    List<Map.Entry<Candidate, Role>> out = new ArrayList<>();
    // a heading whose level a rule decides (it names its 基本方針 in parentheses) teaches the counts nothing
    s.decided.forEach((c, pr) -> {
      if (!"parent-ref".equals(pr.key())) {
        out.add(new AbstractMap.SimpleEntry<>(c, pr.role()));
      }
    });
    return out;
  }
}
