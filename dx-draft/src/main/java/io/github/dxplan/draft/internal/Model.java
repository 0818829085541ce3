package io.github.dxplan.draft.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the drafter learned from encoded plans: for each feature key (most to least specific, see
 * {@link Candidate#keys()}), how often a candidate with it was a 基本方針, a 施策, a 取組 or nothing; and
 * the confidence threshold below which a heading is not drafted. Fitted by {@link #fit} from documents
 * and their reference plans; written and read as a small TSV file.
 */
public class Model {
  /** A key needs this many training candidates before the model trusts it. */
  public static final int SUPPORT = 2;

  private final Map<String, int[]> counts;
  private final double threshold;

  public Model(Map<String, int[]> counts, double threshold) {
    this.counts = new TreeMap<>();
    counts.forEach((k, v) -> this.counts.put(k, v.clone()));
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  public Model withThreshold(double t) {
    return new Model(counts, t);
  }

  /** A prediction: the role and how sure the model is of it (share of the training candidates). */
  public record Prediction(Role role, double confidence, String key) {}

  /**
   * The generic conventions the drafter knows before it learns: a level word names the level
   * (基本方針/基本目標 … a 基本方針; 施策 a 施策; 取組/事業 a 取組).
   */
  private static int[] prior(String kind) {
    return switch (kind) {
      case "LW_POLICY" -> new int[] {3, 0, 0, 0};
      case "LW_MEASURE" -> new int[] {0, 3, 0, 0};
      case "LW_INITIATIVE" -> new int[] {0, 0, 2, 0};
      default -> null;
    };
  }

  public Prediction predict(Candidate c) {
    String[] keys = c.keys();
    for (int i = 0; i < keys.length; i++) {
      int[] v = counts.get(keys[i]);
      int bar = keys[i].indexOf('|');
      int[] p = prior(bar < 0 ? keys[i] : keys[i].substring(0, bar));
      int[] sum = new int[4];
      for (int r = 0; r < 4; r++) {
        sum[r] = (v == null ? 0 : v[r]) + (p == null ? 0 : p[r]);
      }
      int total = sum[0] + sum[1] + sum[2] + sum[3];
      if (total >= SUPPORT) {
        int best = 3;
        for (int r = 0; r < 4; r++) {
          if (sum[r] > sum[best]) {
            best = r;
          }
        }
        double conf = (sum[best] + 0.5) / (total + 2.0);
        return new Prediction(Role.values()[best], conf, keys[i]);
      }
    }
    return new Prediction(Role.NONE, 0, "");
  }

  /** Counts labelled candidates into a model (threshold set later). */
  public static Map<String, int[]> count(Iterable<Map.Entry<Candidate, Role>> labelled, Map<String, int[]> into) {
    for (Map.Entry<Candidate, Role> e : labelled) {
      for (String k : e.getKey().keys()) {
        into.computeIfAbsent(k, x -> new int[4])[e.getValue().ordinal()]++;
      }
    }
    return into;
  }

  /** The model as TSV: the threshold, then one line per key with its four counts. */
  public String toTsv() {
    StringBuilder b = new StringBuilder("# dx-draft model: key\tPOLICY\tMEASURE\tINITIATIVE\tNONE\n");
    b.append("threshold\t").append(String.format(Locale.ROOT, "%.2f", threshold)).append('\n');
    counts.forEach((k, v) -> b.append(k).append('\t').append(v[0]).append('\t').append(v[1]).append('\t')
        .append(v[2]).append('\t').append(v[3]).append('\n'));
    return b.toString();
  }

  public static Model fromTsv(InputStream in) {
    Map<String, int[]> counts = new TreeMap<>();
    double t = 0.5;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("# ") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        if (f[0].equals("threshold")) {
          t = Double.parseDouble(f[1]);
        } else {
          counts.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
            Integer.parseInt(f[4])});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Model(counts, t);
  }

  /** The model shipped in the jar, fitted on the five seed plans (see docs/draft.md). */
  public static Model shipped() {
    InputStream in = Model.class.getResourceAsStream("/io/github/dxplan/draft/model.tsv");
    if (in == null) {
      return new Model(Map.of(), 0.5);
    }
    return fromTsv(in);
  }
}
