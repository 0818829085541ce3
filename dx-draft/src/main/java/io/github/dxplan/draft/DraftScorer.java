package io.github.dxplan.draft;

import io.github.dxplan.draft.internal.Similarity;
import io.github.dxplan.draft.internal.Structurer;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.RoadmapEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares a draft with a reference plan element by element: titles matched one to one (equal after
 * normalisation, one heading the other, or sharing ≥ 80 % of their character bigrams), then KPI
 * figures, departments and 工程 of the matched elements.
 *
 * <pre>
 * DraftScore s = DraftScorer.score(draft, PlanReader.yaml().read(Path.of("reference.yaml")));
 * s.measures().recall();
 * </pre>
 */
public final class DraftScorer {
  /** Two titles at or above this similarity are the same element. */
  public static final double SAME = 0.8;

  private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile("出典: (\\d+)ページ (\\d+)行");

  private DraftScorer() {}

  /** Scores a draft (plan and review list) against a reference plan. */
  public static DraftScore score(Draft draft, DxPlan reference) {
    return score(draft.plan(), draft.review(), reference);
  }

  /** Scores a drafted plan and its review list against a reference plan. */
  public static DraftScore score(DxPlan draft, List<ReviewItem> review, DxPlan reference) {
    List<BasicPolicy> dp = draft.policies();
    List<BasicPolicy> rp = reference.policies();
    List<int[]> pm = match(dp, rp, p -> p.title() + " " + Objects.requireNonNullElse(p.label(), ""));
    List<Measure> dm = draft.allMeasures();
    List<Measure> rm = reference.allMeasures();
    List<int[]> mm = match(dm, rm, Measure::title);
    List<Initiative> di = draft.allInitiatives();
    List<Initiative> ri = reference.allInitiatives();
    List<int[]> im = match(di, ri, Initiative::title);
    List<Kpi> dk = draft.allKpis();
    List<Kpi> rk = reference.allKpis();
    List<int[]> km = match(dk, rk, Kpi::name);

    int[] fig = new int[5];
    Set<Integer> matchedDraftKpis = new HashSet<>();
    for (int[] pair : km) {
      matchedDraftKpis.add(pair[0]);
      figures(dk.get(pair[0]), rk.get(pair[1]), fig);
    }
    for (int k = 0; k < dk.size(); k++) {
      if (!matchedDraftKpis.contains(k)) {
        Kpi x = dk.get(k);
        fig[4] += (x.baseline() != null && x.baseline().value() != null ? 1 : 0)
            + (x.target() != null && x.target().value() != null ? 1 : 0);
      }
    }
    int[] dep = new int[3];
    for (int[] pair : mm) {
      departments(dm.get(pair[0]).departments(), rm.get(pair[1]).departments(), dep);
    }
    for (int[] pair : im) {
      departments(di.get(pair[0]).departments(), ri.get(pair[1]).departments(), dep);
    }
    int[] road = new int[3];
    for (int[] pair : im) {
      roadmap(di.get(pair[0]).roadmap(), ri.get(pair[1]).roadmap(), road);
    }
    Set<Integer> flaggedLines = new HashSet<>();
    for (ReviewItem r : review) {
      if (r.kind().startsWith("UNSURE") || r.kind().equals("IMPLICIT") || r.kind().equals("DERIVED")) {
        flaggedLines.add(r.page() * 1_000_000 + r.line());
      }
    }
    int unflagged = unflagged(dp, pm, BasicPolicy::notes, flaggedLines)
        + unflagged(dm, mm, Measure::notes, flaggedLines) + unflagged(di, im, Initiative::notes, flaggedLines);
    return new DraftScore(level(pm, dp.size(), rp.size()), level(mm, dm.size(), rm.size()),
        level(im, di.size(), ri.size()), level(km, dk.size(), rk.size()), new DraftScore.Level(dep[0], dep[1], dep[2]),
        new DraftScore.Level(road[0], road[1], road[2]), fig[0], fig[1], fig[2], fig[3], fig[4], unflagged);
  }

  private static <T> int unflagged(List<T> drafted, List<int[]> matched, Function<T, List<String>> notes, Set<Integer> flagged) {
    Set<Integer> ok = new HashSet<>();
    for (int[] m : matched) {
      ok.add(m[0]);
    }
    int n = 0;
    for (int i = 0; i < drafted.size(); i++) {
      if (ok.contains(i)) {
        continue;
      }
      int at = sourceLine(notes.apply(drafted.get(i)));
      if (at < 0 || !flagged.contains(at)) {
        n++;
      }
    }
    return n;
  }

  /** page * 1e6 + line from a "出典: Nページ M行" note, or -1. */
  private static int sourceLine(List<String> notes) {
    for (String s : notes) {
      java.util.regex.Matcher m = SOURCE.matcher(s);
      if (m.find()) {
        return Integer.parseInt(m.group(1)) * 1_000_000 + Integer.parseInt(m.group(2));
      }
    }
    return -1;
  }

  private static DraftScore.Level level(List<int[]> matched, int drafted, int reference) {
    return new DraftScore.Level(matched.size(), drafted - matched.size(), reference - matched.size());
  }

  /** One-to-one matches, best similarity first: pairs of (draft index, reference index). */
  static <T> List<int[]> match(List<T> draft, List<T> ref, Function<T, String> title) {
    List<double[]> pairs = new ArrayList<>();
    String[] dc = draft.stream().map(t -> Similarity.clean(title.apply(t))).toArray(String[]::new);
    String[] rc = ref.stream().map(t -> Similarity.clean(title.apply(t))).toArray(String[]::new);
    for (int i = 0; i < draft.size(); i++) {
      for (int j = 0; j < ref.size(); j++) {
        double s = Similarity.ofClean(dc[i], rc[j]);
        if (s >= SAME) {
          pairs.add(new double[] {s, i, j});
        }
      }
    }
    pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1] + a[2], b[1] + b[2]));
    Set<Integer> usedD = new HashSet<>();
    Set<Integer> usedR = new HashSet<>();
    List<int[]> out = new ArrayList<>();
    for (double[] p : pairs) {
      int i = (int) p[1];
      int j = (int) p[2];
      if (usedD.add(i)) {
        if (usedR.add(j)) {
          out.add(new int[] {i, j});
        } else {
          usedD.remove(i);
        }
      }
    }
    return out;
  }

  private static void figures(Kpi d, Kpi r, int[] fig) {
    boolean flagged = d.note() != null && d.note().contains("NOT_RECOVERED");
    BigDecimal rbv = r.baseline() == null ? null : r.baseline().value();
    BigDecimal dbv = d.baseline() == null ? null : d.baseline().value();
    one(dbv, rbv, flagged, fig);
    one(d.baseline() == null ? null : d.baseline().fiscalYear(), r.baseline() == null ? null : r.baseline().fiscalYear(), flagged, fig);
    one(d.target() == null ? null : d.target().value(), r.target() == null ? null : r.target().value(), flagged, fig);
    one(d.target() == null ? null : d.target().fiscalYear(), r.target() == null ? null : r.target().fiscalYear(), flagged, fig);
    one(d.target() == null ? null : d.target().comparator(), r.target() == null ? null : r.target().comparator(), flagged, fig);
  }

  private static void one(Object d, Object r, boolean flagged, int[] fig) {
    if (d == null && r == null) {
      return;
    }
    if (d != null) {
      boolean same = d instanceof BigDecimal a && r instanceof BigDecimal b ? a.compareTo(b) == 0 : d.equals(r);
      fig[same ? 0 : 1]++;
    } else {
      fig[flagged ? 2 : 3]++;
    }
  }

  private static void departments(io.github.dxplan.model.Departments d, io.github.dxplan.model.Departments r, int[] dep) {
    Set<String> ds = names(d);
    Set<String> rs = names(r);
    for (String x : ds) {
      dep[rs.contains(x) ? 0 : 1]++;
    }
    for (String x : rs) {
      if (!ds.contains(x)) {
        dep[2]++;
      }
    }
  }

  private static Set<String> names(io.github.dxplan.model.Departments d) {
    Set<String> out = new HashSet<>();
    if (d != null) {
      d.responsible().forEach(x -> out.add(Structurer.norm(x)));
      d.related().forEach(x -> out.add(Structurer.norm(x)));
    }
    return out;
  }

  private static void roadmap(List<RoadmapEntry> d, List<RoadmapEntry> r, int[] road) {
    List<RoadmapEntry> left = new ArrayList<>(r);
    for (RoadmapEntry e : d) {
      RoadmapEntry hit = null;
      for (RoadmapEntry x : left) {
        if (Objects.equals(e.from(), x.from()) && Similarity.of(e.label(), x.label()) >= SAME) {
          hit = x;
          break;
        }
      }
      if (hit != null) {
        left.remove(hit);
        road[0]++;
      } else {
        road[1]++;
      }
    }
    road[2] += left.size();
  }
}
