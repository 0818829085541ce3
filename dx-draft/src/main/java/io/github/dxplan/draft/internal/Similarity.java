package io.github.dxplan.draft.internal;

import java.util.HashSet;
import java.util.Set;

/** How alike two titles are, after {@link Structurer#norm}: equal, one heading the other, or bigrams shared. */
public final class Similarity {
  private Similarity() {}

  /** 1 for equal texts, else the larger of prefix containment and the Dice coefficient of bigrams. */
  public static double of(String a, String b) {
    return ofClean(clean(a), clean(b));
  }

  /** A title as {@link #ofClean} compares it. */
  public static String clean(String a) {
    return Structurer.norm(a).replaceAll("[「」『』（）()・、。,，.．:：]", "");
  }

  /** {@link #of} for texts already passed through {@link #clean}. */
  public static double ofClean(String x, String y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    String s = x.length() <= y.length() ? x : y;
    String l = s == x ? y : x;
    double contain = s.length() >= 5 && (l.startsWith(s) || l.contains(s)) ? 0.8 + 0.2 * s.length() / l.length() : 0;
    return Math.max(contain, dice(x, y));
  }

  static double dice(String x, String y) {
    Set<String> a = bigrams(x);
    Set<String> b = bigrams(y);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String g : a) {
      if (b.contains(g)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }

  private static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 <= s.length(); i++) {
      out.add(s.substring(i, i + 2));
    }
    return out;
  }
}
