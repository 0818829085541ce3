package io.github.dxplan.draft.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a document a draft must not take elements from, by generic conventions: the table of
 * contents, appendices (資料編, 用語解説 …), the national plan's own lists (国の動向, 自治体の重点取組事項)
 * and the previous plan's (its 評価, 進捗, 成果). Each zone runs from its heading to the next heading
 * of the same or a higher rank.
 */
public final class Zones {
  /** Where a line stands. */
  public enum Zone { BODY, TOC, APPENDIX, NATIONAL, PREVIOUS }

  /** A zone's extent, for the review list. */
  public record Span(Zone zone, Line first, Line last, String heading) {}

  private static final Pattern TOC_HEAD = Pattern.compile("^\\s*(目\\s*次|もくじ|Contents|CONTENTS|INDEX)\\s*$");
  private static final Pattern TOC_LINE = Pattern.compile(
      "(・{3,}|…{2,}|\\.{4,}|･{3,}|‥{2,})\\s*[0-9０-９]{1,3}\\b|\\t\\s*[0-9０-９]{1,3}\\s*$");
  private static final Pattern APPENDIX = Pattern.compile(
      "^(資料編|参考資料|資料|用語解説|用語集|付属資料|巻末資料|付録|【参考】|〔参考〕|参考)");
  private static final Pattern APPENDIX_LINE = Pattern.compile("^\\s*(資料編|参考資料|資料|付属資料|巻末資料|付録)\\s*$");
  private static final Pattern NATIONAL = Pattern.compile(
      "(国の|国における|^自治体\\s*(DX|ＤＸ)\\s*推進計画|自治体\\s*(DX|ＤＸ)?\\s*の?重点取組|自治体の重点取組|デジタル社会の?実現に向けた(取組|重点計画)|デジタル田園都市国家構想$|県の)");
  private static final Pattern PREVIOUS = Pattern.compile(
      "(前計画|前期計画|現行計画|これまでの取組|成果と課題|の評価|評価[）)]|進捗状況|振り返り|計画[ⅠⅡⅢⅣⅤ0-9０-９]*の取組$)");

  private Zones() {}

  /** The zone of every line, by index. */
  public static Zone[] of(List<Line> lines, List<Span> spans) {
    Zone[] z = new Zone[lines.size()];
    java.util.Arrays.fill(z, Zone.BODY);
    int i = 0;
    while (i < lines.size()) {
      Line l = lines.get(i);
      Marker m = Marker.of(l.cell(0));
      String title = m.title();
      if (!l.isRow() && TOC_HEAD.matcher(l.text()).matches()) {
        int j = i + 1;
        int miss = 0;
        int last = i;
        while (j < lines.size() && miss < 2) {
          if (TOC_LINE.matcher(lines.get(j).text()).find()) {
            last = j;
            miss = 0;
          } else {
            miss++;
          }
          j++;
        }
        mark(z, lines, spans, Zone.TOC, i, last, l.text().strip());
        i = last + 1;
        continue;
      }
      if (TOC_LINE.matcher(l.text()).find() && !l.text().contains("。")) {
        mark(z, lines, spans, Zone.TOC, i, i, l.text().strip());
        i++;
        continue;
      }
      if (!l.isRow() && m.kind() == Marker.Kind.NONE && l.heading() == 0
          && APPENDIX_LINE.matcher(title).matches()) {
        // an appendix named on a line of its own (資料編) runs to the end of the document
        mark(z, lines, spans, Zone.APPENDIX, i, lines.size() - 1, l.text().strip());
        break;
      }
      if (!l.isRow() && m.kind() == Marker.Kind.NONE && l.heading() == 0 && title.length() <= 30
          && !title.endsWith("。") && NATIONAL.matcher(title).find()) {
        int end = endOfPlain(lines, i);
        mark(z, lines, spans, Zone.NATIONAL, i, end, l.text().strip());
        i = end + 1;
        continue;
      }
      if (isHeading(l, m) && title.length() <= 40) {
        Zone zone = APPENDIX.matcher(title.isEmpty() ? m.label() : title).find()
                || (m.kind() == Marker.Kind.BRACKET && APPENDIX.matcher("【" + m.label() + "】").find())
            ? Zone.APPENDIX
            : NATIONAL.matcher(m.kind() == Marker.Kind.BRACKET ? m.label() + title : title).find() ? Zone.NATIONAL
            : PREVIOUS.matcher(title).find() ? Zone.PREVIOUS : Zone.BODY;
        if (zone != Zone.BODY) {
          int end = end(lines, i, l, m);
          mark(z, lines, spans, zone, i, end, l.text().strip());
          i = end + 1;
          continue;
        }
      }
      i++;
    }
    return z;
  }

  private static void mark(Zone[] z, List<Line> lines, List<Span> spans, Zone zone, int from, int to, String head) {
    for (int k = from; k <= to; k++) {
      z[k] = zone;
    }
    spans.add(new Span(zone, lines.get(from), lines.get(to), head));
  }

  /** A line that can open a section: a Markdown heading, or a short numbered or bracketed line. */
  static boolean isHeading(Line l, Marker m) {
    if (l.isRow()) {
      return false;
    }
    if (l.heading() > 0) {
      return true;
    }
    return switch (m.kind()) {
      case DIGIT, HYPHEN, PAREN, ROMAN, BRACKET, CHAPTER, LW_POLICY, SQUARE -> !m.title().endsWith("。");
      default -> false;
    };
  }

  /** The last line of a zone opened by an unnumbered line: before the next top-rank heading. */
  private static int endOfPlain(List<Line> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      Line l = lines.get(j);
      if (l.isRow()) {
        continue;
      }
      Marker m = Marker.of(l.text());
      if (l.heading() > 0 || (isHeading(l, m) && (m.kind() == Marker.Kind.CHAPTER || m.kind() == Marker.Kind.ROMAN
          || m.kind() == Marker.Kind.DIGIT || m.kind() == Marker.Kind.LW_POLICY))) {
        return j - 1;
      }
    }
    return lines.size() - 1;
  }

  /** The last line of a zone opened at {@code i}: before the next heading of the same or a higher rank. */
  private static int end(List<Line> lines, int i, Line open, Marker om) {
    for (int j = i + 1; j < lines.size(); j++) {
      Line l = lines.get(j);
      if (l.isRow()) {
        continue;
      }
      Marker m = Marker.of(l.text());
      if (open.heading() > 0) {
        if (l.heading() > 0 && l.heading() <= open.heading()) {
          return j - 1;
        }
        continue;
      }
      if (l.heading() > 0) {
        return j - 1;
      }
      if (om.kind() == Marker.Kind.BRACKET || om.kind() == Marker.Kind.SQUARE) {
        if (isHeading(l, m) && m.kind() != Marker.Kind.BRACKET && m.kind() != Marker.Kind.SQUARE
            && m.kind() != Marker.Kind.DOT) {
          return j - 1;
        }
        continue;
      }
      if (m.kind() == om.kind() && isHeading(l, m) || rankAbove(m.kind(), om.kind()) && isHeading(l, m)) {
        return j - 1;
      }
    }
    return lines.size() - 1;
  }

  /** Numbering kinds from the top of a document's outline down; a zone's own level words do not end it. */
  private static final List<Marker.Kind> RANK = List.of(Marker.Kind.CHAPTER, Marker.Kind.ROMAN,
      Marker.Kind.DIGIT, Marker.Kind.HYPHEN, Marker.Kind.PAREN);

  private static boolean rankAbove(Marker.Kind k, Marker.Kind than) {
    int a = RANK.indexOf(k);
    int b = RANK.indexOf(than);
    return a >= 0 && b >= 0 && a < b;
  }

  /** Spans of one zone kind, for tests. */
  public static List<Span> spans(List<Span> all, Zone zone) {
    List<Span> out = new ArrayList<>();
    for (Span s : all) {
      if (s.zone() == zone) {
        out.add(s);
      }
    }
    return out;
  }
}
