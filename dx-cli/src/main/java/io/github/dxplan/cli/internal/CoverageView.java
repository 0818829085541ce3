package io.github.dxplan.cli.internal;

import io.github.dxplan.catalog.CatalogNotice;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.mapping.CoverageStatus;
import io.github.dxplan.mapping.DeadlineCheck;
import io.github.dxplan.mapping.DeadlineStatus;
import io.github.dxplan.mapping.ElementCoverage;
import io.github.dxplan.mapping.ElementLink;
import io.github.dxplan.mapping.ItemCoverage;
import io.github.dxplan.mapping.LinkSource;
import io.github.dxplan.mapping.UnresolvedClaim;
import io.github.dxplan.catalog.Deadline;
import io.github.dxplan.catalog.NationalItem;
import java.util.List;
import java.util.Locale;

/**
 * The terminal view of a coverage report that {@code dx check} prints by default: the 対応表 as text
 * (rows: the plan's policies, measures and initiatives; columns: national items; ● claimed by the plan,
 * ○ inferred), then the items, the gaps and the deadline statuses, with headings and statuses in ja or en.
 *
 * <p>Every file format (JSON, CSV, Markdown, HTML) comes from {@code CoverageExporter} of dx-mapping, not
 * from here. This view stays because the Markdown export is a document, not a terminal view: its columns
 * are full item titles (too wide for a terminal), it leaves out initiatives and the deadline statuses'
 * planned years, and it is in Japanese only. It reads the same {@link CoverageReport} as the exporters.
 */
public final class CoverageView {
  private CoverageView() {}

  /**
   * Returns the 対応表 and what follows it, as text.
   *
   * @param r the report
   * @param lang the language of headings
   * @return the text
   */
  public static String text(CoverageReport r, Lang lang) {
    boolean ja = lang == Lang.ja;
    List<ItemCoverage> items = r.items();
    StringBuilder sb = new StringBuilder();
    sb.append(r.planTitle() == null ? "" : Terminal.line(r.planTitle()));
    sb.append(ja ? " × " : " vs ").append(r.catalog().title());
    sb.append(r.inferOnly() ? (ja ? "（推定のみ）" : " (inference only)") : "").append("\n\n");
    for (CatalogNotice n : r.notices()) {
      sb.append(ja ? "注意: " : "Note: ").append(n.message(ja ? Locale.JAPANESE : Locale.ENGLISH)).append('\n');
    }
    if (!r.notices().isEmpty()) {
      sb.append('\n');
    }

    sb.append(ja ? "対応表  ● 計画が明示  ○ 推定\n" : "Coverage table  ● claimed by the plan  ○ inferred\n");
    StringBuilder header = new StringBuilder(pad("", 34));
    for (int i = 0; i < items.size(); i++) {
      header.append(String.format(Locale.ROOT, "%3d", i + 1));
    }
    sb.append(header.toString().stripTrailing()).append('\n');
    for (ElementCoverage e : r.elements()) {
      int indent = switch (e.kind()) {
        case POLICY -> 0;
        case MEASURE -> 2;
        case INITIATIVE -> 4;
        default -> 6;
      };
      String name = " ".repeat(indent) + Terminal.line((e.label() == null ? "" : e.label() + " ") + e.title());
      StringBuilder row = new StringBuilder(pad(truncate(name, 32), 34));
      for (ItemCoverage item : items) {
        String mark = " ";
        for (ElementLink link : e.links()) {
          if (link.code().equals(item.code())) {
            mark = link.source() == LinkSource.EXPLICIT ? "●" : (mark.equals("●") ? "●" : "○");
          }
        }
        row.append("  ").append(mark);
      }
      sb.append(row.toString().stripTrailing()).append('\n');
    }

    sb.append('\n').append(ja ? "国の項目\n" : "National items\n");
    for (int i = 0; i < items.size(); i++) {
      ItemCoverage c = items.get(i);
      NationalItem item = c.item();
      sb.append(String.format(Locale.ROOT, "%3d  %-8s %-24s %s%n", i + 1, status(c.status(), lang), c.code(), item.title()));
    }

    List<ItemCoverage> missing = items.stream().filter(c -> c.status() == CoverageStatus.MISSING).toList();
    sb.append('\n').append(ja ? "不足（計画にない国の項目）: " : "Gaps (national items the plan does not address): ").append(missing.size()).append('\n');
    for (ItemCoverage c : missing) {
      sb.append("  - ").append(c.code()).append("  ").append(c.item().title()).append('\n');
    }

    sb.append('\n').append(ja ? "期限\n" : "Deadlines\n");
    boolean any = false;
    for (ItemCoverage c : items) {
      for (DeadlineCheck d : c.deadlines()) {
        any = true;
        sb.append("  ").append(pad(status(d.status(), lang), ja ? 10 : 11)).append(' ').append(c.code()).append("  ")
            .append(kind(d.deadline().kind(), d.deadline().due().toString(), lang));
        if (d.planned() != null) {
          sb.append(ja ? "  計画: " : "  planned: ").append(d.planned());
        }
        sb.append('\n');
      }
    }
    if (!any) {
      sb.append(ja ? "  （期限のある項目はありません）\n" : "  (no item with a deadline)\n");
    }
    if (!r.unresolvedClaims().isEmpty()) {
      sb.append('\n').append(ja ? "版にないコード\n" : "Codes not in this version\n");
      for (UnresolvedClaim u : r.unresolvedClaims()) {
        sb.append("  ").append(Terminal.line(u.code())).append(" (at ").append(Terminal.line(u.path())).append(")");
        u.addedBy().ifPresent(rev -> sb.append(ja
            ? " — " + rev + " の改定で追加（dxplan 未収録のため照合できません）"
            : " — added by the " + rev + " revision, which dxplan does not ship"));
        sb.append('\n');
      }
    }
    // Plan strings are escaped above; this catches any other text (a catalogue's) all the same.
    return Terminal.text(sb.toString());
  }

  private static String status(DeadlineStatus s, Lang lang) {
    if (lang == Lang.en) {
      return s.name();
    }
    return switch (s) {
      case ON_TIME -> "期限内";
      case LATE -> "期限超過";
      case NO_ROADMAP -> "工程なし";
      case CANNOT_TELL -> "判定不能（工程・数値不明）";
      case NOT_LINKED -> "対応なし";
    };
  }

  private static String kind(Deadline.Kind k, String due, Lang lang) {
    if (lang == Lang.en) {
      return (k == Deadline.Kind.DUE_BY ? "due by " : "start by ") + due;
    }
    return due + (k == Deadline.Kind.DUE_BY ? " までに完了" : " までに開始");
  }

  private static String status(CoverageStatus s, Lang lang) {
    if (lang == Lang.en) {
      return s.name();
    }
    return switch (s) {
      case COVERED -> "明示";
      case INFERRED -> "推定";
      case MISSING -> "不足";
    };
  }

  private static String truncate(String s, int width) {
    String flat = s.replace('\n', ' ');
    int w = 0;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < flat.length(); ) {
      int cp = flat.codePointAt(i);
      int cw = width(cp);
      if (w + cw > width - 1 && i + Character.charCount(cp) < flat.length()) {
        sb.append('…');
        return sb.toString();
      }
      sb.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    int w = s.codePoints().map(CoverageView::width).sum();
    return w >= width ? s : s + " ".repeat(width - w);
  }

  private static int width(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000
        ? 2
        : 1;
  }
}
