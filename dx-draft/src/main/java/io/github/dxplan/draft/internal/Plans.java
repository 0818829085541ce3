package io.github.dxplan.draft.internal;

import io.github.dxplan.draft.ReviewItem;
import io.github.dxplan.draft.Source;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.Comparison;
import io.github.dxplan.model.Departments;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.Measurement;
import io.github.dxplan.model.Municipality;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapKind;
import io.github.dxplan.model.Target;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the drafted tree into a plan, its sources and its review list. */
public final class Plans {
  private static final Pattern CITY = Pattern.compile("(?:第[0-9０-９]+次)?([\\p{IsHan}ヶケ々]{1,6}?[市町村])");
  private static final Pattern PERIOD = Pattern.compile(
      "令和\\s*([0-9０-９]{1,2}|元)\\s*(?:[（(][0-9０-９]{4}[)）])?\\s*(?:年度?)?\\s*(?:4月|４月)?\\s*(?:から|～|〜|~|－|-|―)\\s*(?:令和)?\\s*([0-9０-９]{1,2})\\s*(?:[（(][0-9０-９]{4}[)）])?\\s*(年度|年\\s*3月|年\\s*３月)");
  private static final Pattern COVER_DATE = Pattern.compile("^\\s*令和\\s*([0-9０-９]{1,2}|元)\\s*年\\s*([0-9０-９]{1,2})\\s*月\\s*(?:([0-9０-９]{1,2})\\s*日)?");

  private Plans() {}

  /** The plan, sources and review of a run. */
  public record Result(DxPlan plan, Map<String, Source> sources, List<ReviewItem> review) {}

  public static Result of(Document doc, Structurer s) {
    Map<String, Source> sources = new LinkedHashMap<>();
    List<ReviewItem> review = new ArrayList<>();
    for (Document.Notice n : doc.notices()) {
      review.add(new ReviewItem("READER", n.page(), n.line(), n.ja(), n.en()));
    }
    for (Zones.Span z : s.spans) {
      String what = switch (z.zone()) {
        case TOC -> "目次";
        case APPENDIX -> "資料編・付録";
        case NATIONAL -> "国（県）の計画の項目の一覧";
        case PREVIOUS -> "前計画の評価・実績";
        default -> "";
      };
      String whatEn = switch (z.zone()) {
        case TOC -> "table of contents";
        case APPENDIX -> "appendix";
        case NATIONAL -> "the national (or prefectural) plan's own list";
        case PREVIOUS -> "the previous plan's evaluation or results";
        default -> "";
      };
      String range = z.first() == z.last() ? "" : "〜" + z.last().page() + "ページ " + z.last().number() + "行";
      review.add(new ReviewItem("SKIPPED", z.first().page(), z.first().number(),
          "「" + Structurer.shorten(z.heading()) + "」" + range + " は" + what + "と判断し、要素を取り出していません。",
          "\"" + Structurer.shorten(z.heading()) + "\"" + (range.isEmpty() ? "" : " to page " + z.last().page() + " line "
              + z.last().number()) + " was taken as " + whatEn + "; no elements were drafted from it."));
    }
    for (Structurer.Review r : s.review) {
      review.add(new ReviewItem(r.kind(), r.line().page(), r.line().number(), r.ja(), r.en()));
    }
    List<BasicPolicy> policies = new ArrayList<>();
    int pi = 0;
    for (Node p : s.policies) {
      pi++;
      String pid = "p" + pi;
      String pptr = "/policies/" + (pi - 1);
      List<Measure> measures = new ArrayList<>();
      int mi = 0;
      for (Node m : p.children) {
        mi++;
        String mid = pid + "-m" + mi;
        String mptr = pptr + "/measures/" + (mi - 1);
        List<Initiative> initiatives = new ArrayList<>();
        int ii = 0;
        for (Node i : m.children) {
          ii++;
          String iid = mid + "-i" + ii;
          sources.put(mptr + "/initiatives/" + (ii - 1), source(i));
          initiatives.add(new Initiative(iid, blank(i.label), i.title, desc(i), null, depts(i), List.of(), null,
              roadmap(i), kpis(iid, i), List.of(), notes(i)));
        }
        sources.put(mptr, source(m));
        measures.add(new Measure(mid, blank(m.label), m.title, desc(m), m.challenges, null, depts(m), List.of(),
            List.of(), initiatives, kpis(mid, m), List.of(), notes(m)));
      }
      sources.put(pptr, source(p));
      policies.add(new BasicPolicy(pid, blank(p.label), p.title, desc(p), List.of(), measures, kpis(pid, p),
          List.of(), notes(p)));
    }
    List<Line> lines = doc.lines();
    String title = title(lines);
    FiscalYearRange period = period(lines);
    PlanDate adopted = coverDate(lines);
    List<String> notes = new ArrayList<>();
    notes.add("下書き（dx draft）: " + doc.name() + " から規則で起こしたもの。確認リストの各箇所を原文と照らしてください。");
    if (lines.stream().limit(30).anyMatch(l -> l.text().replaceAll("\\s", "").equals("原案"))) {
      notes.add("表紙に「原案」とある（策定前の案）。");
    }
    if (period == null) {
      review.add(new ReviewItem("METADATA", 1, 1, "計画期間を本文から読み取れませんでした。", "The plan period could not be read."));
    }
    if (title == null) {
      review.add(new ReviewItem("METADATA", 1, 1, "計画の名称を本文から読み取れませんでした。", "The plan's title could not be read."));
    }
    Municipality city = null;
    if (title != null) {
      Matcher c = CITY.matcher(title);
      if (c.find()) {
        city = new Municipality(null, c.group(1), null);
      }
    }
    review.sort(java.util.Comparator.comparingInt(ReviewItem::page).thenComparingInt(ReviewItem::line));
    DxPlan plan = new DxPlan(DxPlan.SCHEMA_VERSION, "draft", title == null ? "（名称不明）" : title, city, adopted, period, null, null, null,
        null, policies, null, notes);
    return new Result(plan, sources, review);
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static Source source(Node n) {
    return new Source(n.source.page(), n.source.number(), Math.round(n.confidence * 100) / 100.0);
  }

  private static String desc(Node n) {
    return n.description.isEmpty() ? null : String.join("\n", n.description);
  }

  private static List<String> notes(Node n) {
    List<String> out = new ArrayList<>();
    out.add("出典: " + n.source.page() + "ページ " + n.source.number() + "行（確度 " + Structurer.pct(n.confidence) + "）");
    for (String x : n.notes) {
      out.add("取組の一覧（より具体的な一覧があるため注記）: " + x);
    }
    for (String c : n.claims) {
      out.add("国の重点取組事項（本文の記述）: " + c);
    }
    return out;
  }

  private static Departments depts(Node n) {
    return n.responsible.isEmpty() && n.related.isEmpty() ? null : new Departments(n.responsible, n.related);
  }

  private static List<RoadmapEntry> roadmap(Node n) {
    List<RoadmapEntry> out = new ArrayList<>();
    for (Node.RoadmapDraft r : n.roadmap) {
      out.add(new RoadmapEntry(r.label(), kind(r.label()), r.from() == null ? null : FiscalYear.of(r.from()),
          r.to() == null ? null : FiscalYear.of(r.to()),
          r.to() == null ? io.github.dxplan.model.RoadmapExtent.UNKNOWN : io.github.dxplan.model.RoadmapExtent.STATED,
          r.to() == null ? "終わりの年度は本文から読めない（出典: " + r.source().page() + "ページ " + r.source().number() + "行）" : null,
          null));
    }
    return out;
  }

  /** The kind of a 工程 from its words; OTHER when they do not say. */
  static RoadmapKind kind(String label) {
    String t = Normalizer.normalize(label, Normalizer.Form.NFKC);
    if (t.matches(".*(検証|評価|改善|見直し).*")) {
      return RoadmapKind.EVALUATE;
    }
    if (t.matches(".*(試行|実証|トライアル).*")) {
      return RoadmapKind.PILOT;
    }
    if (t.matches(".*(運用|継続|拡充|拡大|推進).*")) {
      return RoadmapKind.OPERATE;
    }
    if (t.matches(".*(実施|導入|開始|構築|整備|移行|開催).*")) {
      return RoadmapKind.IMPLEMENT;
    }
    if (t.matches(".*(計画|策定|作成|設計).*")) {
      return RoadmapKind.PLAN;
    }
    if (t.matches(".*(検討|調査|研究|把握).*")) {
      return RoadmapKind.STUDY;
    }
    return RoadmapKind.OTHER;
  }

  private static List<Kpi> kpis(String owner, Node n) {
    List<Kpi> out = new ArrayList<>();
    int k = 0;
    for (Node.KpiDraft d : n.kpis) {
      k++;
      Measurement base = d.baseline() == null ? null : new Measurement(d.baseline().value(),
          d.baseline().fiscalYear() == null ? null : FiscalYear.of(d.baseline().fiscalYear()), d.baseline().asWritten());
      Target target = d.target() == null ? null : new Target(d.target().value(),
          d.target().fiscalYear() == null ? null : FiscalYear.of(d.target().fiscalYear()),
          d.target().comparator() == null ? null : Comparison.valueOf(d.target().comparator()), d.target().asWritten());
      String note = "出典: " + d.source().page() + "ページ " + d.source().number() + "行"
          + (d.recovered() ? "" : "。数値は読み取れていない（NOT_RECOVERED）。原文: " + d.asWritten());
      out.add(new Kpi(owner + "-k" + k, d.name(), d.unit(), null, base, target, List.of(), note));
    }
    return out;
  }

  private static String title(List<Line> lines) {
    for (Line l : lines) {
      if (l.heading() == 1 && l.page() == 1 && l.number() < 40) {
        return l.text().strip();
      }
    }
    for (Line l : lines.subList(0, Math.min(12, lines.size()))) {
      String t = l.text().strip();
      if (!l.isRow() && t.length() >= 4 && t.length() <= 60 && t.matches(".*(計画|タスク|戦略|ビジョン|取組状況|方針|プラン).*")) {
        return t;
      }
    }
    return null;
  }

  private static FiscalYearRange period(List<Line> lines) {
    for (Line l : lines.subList(0, Math.min(400, lines.size()))) {
      Matcher m = PERIOD.matcher(l.text());
      if (m.find()) {
        int from = 2018 + (m.group(1).equals("元") ? 1 : Integer.parseInt(nfkc(m.group(1))));
        int to = 2018 + Integer.parseInt(nfkc(m.group(2)));
        if (m.group(3).startsWith("年") && !m.group(3).equals("年度")) {
          to--;
        }
        if (to >= from && to - from <= 15) {
          return new FiscalYearRange(FiscalYear.of(from), FiscalYear.of(to));
        }
      }
    }
    return null;
  }

  private static PlanDate coverDate(List<Line> lines) {
    for (Line l : lines.subList(0, Math.min(8, lines.size()))) {
      Matcher m = COVER_DATE.matcher(l.text());
      if (m.find()) {
        int y = 2018 + (m.group(1).equals("元") ? 1 : Integer.parseInt(nfkc(m.group(1))));
        return PlanDate.of(y, Integer.parseInt(nfkc(m.group(2))));
      }
    }
    return null;
  }

  private static String nfkc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }
}
