package io.github.dxplan.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Precision, recall and F1 over (element, code) pairs. */
record Scores(int tp, int fp, int fn) {

  static Scores of(Map<String, Set<String>> gold, Map<String, Set<String>> predicted, Set<String> judged) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    Set<String> keys = new TreeSet<>(gold.keySet());
    keys.addAll(predicted.keySet());
    for (String k : keys) {
      Set<String> g = gold.getOrDefault(k, Set.of());
      Set<String> p = predicted.getOrDefault(k, Set.of());
      for (String c : p) {
        if (!judged.contains(c)) {
          continue;
        }
        if (g.contains(c)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (String c : g) {
        if (judged.contains(c) && !p.contains(c)) {
          fn++;
        }
      }
    }
    return new Scores(tp, fp, fn);
  }

  Scores plus(Scores o) {
    return new Scores(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  double precision() {
    return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
  }
}
