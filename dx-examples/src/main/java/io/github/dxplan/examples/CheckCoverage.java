package io.github.dxplan.examples;

import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.mapping.CoverageStatus;
import io.github.dxplan.mapping.DeadlineCheck;
import io.github.dxplan.mapping.ElementCoverage;
import io.github.dxplan.model.ElementKind;
import io.github.dxplan.mapping.ElementLink;
import io.github.dxplan.mapping.ItemCoverage;
import io.github.dxplan.mapping.LinkSource;
import io.github.dxplan.catalog.Category;
import io.github.dxplan.catalog.NationalItem;
import io.github.dxplan.model.DxPlan;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps a plan against the national 自治体DX推進計画 of the version it follows and prints the 対応表
 * (● the plan claims the item, ○ inferred from its text), the gaps and the deadlines; then compares
 * what the plan claims with what inference finds when the claims are ignored (the dev-set comparison
 * of docs/mapping.md: for 潮来市 the plan's claims are the 対応表 the city printed).
 *
 * <pre>
 * ./mvnw -q -pl dx-examples -am compile -Dexample=CheckCoverage
 * ./mvnw -q -pl dx-examples -am compile -Dexample=CheckCoverage -Dexample.args=nasukarasuyama-2024
 * </pre>
 *
 * <p>The argument is a seed plan id ({@link SeedPlans#ids()}) or a JSON/YAML plan file; the default is
 * {@code itako-2023}. Files in other formats: {@code CoverageExporter.toHtml(report)} and its siblings,
 * or {@code dx check --format csv|md|html|json}.
 */
public final class CheckCoverage {

  /** The plan read when no argument is given. */
  public static final String DEFAULT_PLAN = "itako-2023";

  private CheckCoverage() {}

  /**
   * Runs the example.
   *
   * @param args optional: a seed plan id or a path to a plan file
   */
  public static void main(String[] args) {
    PrintStream out = ExampleSupport.utf8Out();
    DxPlan plan = ExampleSupport.readPlan(args.length > 0 ? args[0] : DEFAULT_PLAN);
    CoverageReport claimed = CoverageMapper.create().map(plan); // the version it names, else by its date
    CoverageReport inferred = CoverageMapper.builder().inferOnly(true).build().map(plan, claimed.version());

    out.println("■ " + claimed.planTitle() + " × " + claimed.catalog().title());
    List<NationalItem> columns = judgedItems(claimed);
    ElementKind level = claimLevel(claimed);
    printTable(out, claimed, columns, level);

    out.println("【国の項目】明示 " + claimed.codes(CoverageStatus.COVERED).size() + "、推定 "
        + claimed.codes(CoverageStatus.INFERRED).size() + "、不足 " + claimed.codes(CoverageStatus.MISSING).size());
    for (ItemCoverage i : claimed.items()) {
      if (i.status() == CoverageStatus.MISSING) {
        out.println("  不足: " + i.code() + " " + i.item().title());
      }
    }
    out.println("【期限】");
    for (ItemCoverage i : claimed.items()) {
      for (DeadlineCheck d : i.deadlines()) {
        out.println("  " + d.status() + " " + i.code() + " " + d.deadline().kind() + " " + d.deadline().due());
      }
    }

    out.println("【明示と推定の比較】" + level.id() + " × 国の項目（" + columns.size() + "項目、体制系を除く）");
    Map<Agreement, Integer> counts = new EnumMap<>(Agreement.class);
    for (Agreement a : Agreement.values()) {
      counts.put(a, 0);
    }
    for (ElementCoverage e : claimed.elements()) {
      if (e.kind() != level) {
        continue;
      }
      Set<String> c = codes(e, LinkSource.EXPLICIT, columns);
      Set<String> p = codes(inferred.element(e.path()).orElseThrow(), LinkSource.INFERRED, columns);
      Set<String> both = new TreeSet<>(c);
      both.retainAll(p);
      Set<String> onlyClaimed = new TreeSet<>(c);
      onlyClaimed.removeAll(p);
      Set<String> onlyInferred = new TreeSet<>(p);
      onlyInferred.removeAll(c);
      counts.merge(Agreement.BOTH, both.size(), Integer::sum);
      counts.merge(Agreement.ONLY_CLAIMED, onlyClaimed.size(), Integer::sum);
      counts.merge(Agreement.ONLY_INFERRED, onlyInferred.size(), Integer::sum);
      out.println("  " + name(claimed, e) + "  一致 " + both + "  明示のみ " + onlyClaimed + "  推定のみ " + onlyInferred);
    }
    int tp = counts.get(Agreement.BOTH);
    int fn = counts.get(Agreement.ONLY_CLAIMED);
    int fp = counts.get(Agreement.ONLY_INFERRED);
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    out.println(String.format(Locale.ROOT, "  適合率 %.3f  再現率 %.3f  F1 %.3f（一致 %d、推定のみ %d、明示のみ %d）",
        precision, recall, f1, tp, fp, fn));
    out.flush();
  }

  private enum Agreement {
    BOTH,
    ONLY_CLAIMED,
    ONLY_INFERRED
  }

  /** The items a 対応表 has columns for: every item but the STRUCTURE ones (体制・人材・計画). */
  static List<NationalItem> judgedItems(CoverageReport r) {
    List<NationalItem> out = new ArrayList<>();
    for (NationalItem i : r.catalog().items()) {
      if (i.category() != Category.STRUCTURE) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The level at which the plan states its claims (潮来市: per 施策, 那須烏山市: per 基本目標): the
   * kind of element with the most explicit links; measures when the plan claims nothing.
   */
  static ElementKind claimLevel(CoverageReport r) {
    Map<ElementKind, Integer> n = new EnumMap<>(ElementKind.class);
    for (ElementCoverage e : r.elements()) {
      for (ElementLink l : e.links()) {
        if (l.source() == LinkSource.EXPLICIT) {
          n.merge(e.kind(), 1, Integer::sum);
        }
      }
    }
    return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(ElementKind.MEASURE);
  }

  private static void printTable(PrintStream out, CoverageReport r, List<NationalItem> columns, ElementKind level) {
    out.println("【対応表】● 計画が明示  ○ 推定");
    StringBuilder header = new StringBuilder("    ");
    for (int k = 0; k < columns.size(); k++) {
      header.append(String.format(Locale.ROOT, "%3d", k + 1));
    }
    out.println(header);
    for (ElementCoverage e : r.elements()) {
      if (e.kind() != level) {
        continue;
      }
      StringBuilder row = new StringBuilder("    ");
      for (NationalItem item : columns) {
        String mark = "  ";
        for (ElementLink l : e.links()) {
          if (l.code().equals(item.code())) {
            mark = l.source() == LinkSource.EXPLICIT ? " ●" : " ○";
          }
        }
        row.append(' ').append(mark);
      }
      out.println(row.append("  ").append(name(r, e)));
    }
    for (int k = 0; k < columns.size(); k++) {
      out.println(String.format(Locale.ROOT, "  %2d %s %s", k + 1, columns.get(k).code(), columns.get(k).title()));
    }
  }

  private static Set<String> codes(ElementCoverage e, LinkSource source, List<NationalItem> columns) {
    Set<String> judged = new TreeSet<>();
    columns.forEach(i -> judged.add(i.code()));
    Set<String> out = new TreeSet<>();
    for (ElementLink l : e.links()) {
      if (l.source() == source && judged.contains(l.code())) {
        out.add(l.code());
      }
    }
    return out;
  }

  /** 基本方針1 (1) 行政手続のオンライン化: a measure's own label repeats under each policy. */
  private static String name(CoverageReport r, ElementCoverage e) {
    String own = (e.label() == null ? "" : e.label() + " ") + e.title();
    int cut = e.path().indexOf("/measures/");
    if (cut < 0) {
      return own;
    }
    String policy = r.element(e.path().substring(0, cut)).map(ElementCoverage::label).orElse(null);
    return policy == null ? own : policy + " " + own;
  }
}
