package io.github.dxplan.validation.internal;

import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapExtent;
import io.github.dxplan.model.RoadmapKind;
import io.github.dxplan.model.ElementKind;
import java.util.List;

/** The rules about roadmap (工程表) entries, shared by the plan validator and {@code @ConsistentRoadmapEntry}. */
public final class RoadmapChecks {
  private RoadmapChecks() {}

  /**
   * Checks the roadmap of one initiative: each entry, then the order of its stages.
   *
   * @param roadmap the entries
   * @param path the JSON Pointer of the roadmap list
   * @param period the plan period when known and ordered, else {@code null}
   * @param r where findings go
   */
  public static void check(List<RoadmapEntry> roadmap, String path, FiscalYearRange period, Reporter r) {
    for (int i = 0; i < roadmap.size(); i++) {
      entry(roadmap.get(i), path + "/" + i, period, r);
    }
    if (roadmap.size() > 1 && r.enabled(Rule.ROADMAP_STAGE_ORDER)) {
      stages(roadmap, path, r);
    }
  }

  /**
   * Checks one entry.
   *
   * @param e the entry
   * @param path its JSON Pointer
   * @param period the plan period when known and ordered, else {@code null}
   * @param r where findings go
   */
  public static void entry(RoadmapEntry e, String path, FiscalYearRange period, Reporter r) {
    if (Texts.isBlank(e.label())) {
      r.report(Rule.COMPLETE_EMPTY_TITLE, path + "/label", ElementKind.ROADMAP_ENTRY);
    }
    TextChecks.check(e.label(), path, "/label", r);
    TextChecks.check(e.note(), path, "/note", r);
    FiscalYear from = e.from();
    FiscalYear to = e.to();
    if (e.extent() == RoadmapExtent.UNKNOWN && to != null) {
      r.report(Rule.ROADMAP_UNKNOWN_EXTENT_WITH_END, path + "/to", e.label(), to);
    }
    if (from != null && to != null && from.isAfter(to)) {
      r.report(Rule.ROADMAP_UNORDERED, path, e.label(), from, to);
      return;
    }
    if (period != null && (outside(from, period) || outside(to, period))) {
      FiscalYear a = from != null ? from : to;
      FiscalYear b = to != null ? to : from;
      r.report(Rule.ROADMAP_OUTSIDE_PERIOD, path, e.label(), FiscalYearRange.of(a, b), period);
    }
  }

  private static boolean outside(FiscalYear y, FiscalYearRange period) {
    return y != null && !period.contains(y);
  }

  /** A later stage (運用) that ends before an earlier stage (検討) of the same 取組 begins. */
  private static void stages(List<RoadmapEntry> roadmap, String path, Reporter r) {
    for (int j = 0; j < roadmap.size(); j++) {
      RoadmapEntry later = roadmap.get(j);
      // An entry whose end is not known cannot be said to end before anything.
      FiscalYear end = later.extent() == RoadmapExtent.UNKNOWN ? null : end(later);
      if (!staged(later) || end == null) {
        continue;
      }
      for (int i = 0; i < roadmap.size(); i++) {
        RoadmapEntry earlier = roadmap.get(i);
        FiscalYear start = start(earlier);
        if (staged(earlier)
            && start != null
            && earlier.kind().ordinal() < later.kind().ordinal()
            && end.isBefore(start)) {
          r.report(
              Rule.ROADMAP_STAGE_ORDER,
              path + "/" + j,
              later.label(),
              later.kind(),
              end,
              earlier.label(),
              earlier.kind(),
              start);
          break;
        }
      }
    }
  }

  /** Study, plan, pilot, implement and operate come in that order; evaluation and other work may not. */
  private static boolean staged(RoadmapEntry e) {
    RoadmapKind k = e.kind();
    return k != null && k.ordinal() <= RoadmapKind.OPERATE.ordinal() && ordered(e);
  }

  private static boolean ordered(RoadmapEntry e) {
    return e.from() == null || e.to() == null || !e.from().isAfter(e.to());
  }

  private static FiscalYear start(RoadmapEntry e) {
    return e.from() != null ? e.from() : e.to();
  }

  private static FiscalYear end(RoadmapEntry e) {
    return e.to() != null ? e.to() : e.from();
  }
}
