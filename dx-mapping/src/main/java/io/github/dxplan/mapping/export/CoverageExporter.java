package io.github.dxplan.mapping.export;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.mapping.CorpusMatrix;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.mapping.CoverageStatus;
import io.github.dxplan.mapping.DeadlineCheck;
import io.github.dxplan.mapping.DeadlineStatus;
import io.github.dxplan.mapping.ElementCoverage;
import io.github.dxplan.model.ElementKind;
import io.github.dxplan.mapping.ElementLink;
import io.github.dxplan.mapping.Evidence;
import io.github.dxplan.mapping.ItemCoverage;
import io.github.dxplan.mapping.LinkSource;
import io.github.dxplan.mapping.UnresolvedClaim;
import io.github.dxplan.catalog.CatalogNotice;
import io.github.dxplan.catalog.Category;
import io.github.dxplan.catalog.NationalItem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link CoverageReport} or a {@link CorpusMatrix} as JSON, CSV, Markdown or HTML, all
 * from the one report model and deterministic byte for byte.
 *
 * <p>Example: {@code Files.writeString(out, CoverageExporter.toHtml(report))}.
 *
 * <ul>
 *   <li>JSON: keys in a fixed order, numbers with {@code Locale.ROOT}, LF line ends; {@code <},
 *       {@code >} and {@code &} escaped as {@code \u003c}… so it can be embedded in HTML.
 *   <li>CSV: UTF-8 with BOM, CRLF, RFC 4180 quoting; a cell beginning with {@code = + - @} (or a
 *       tab) is prefixed with {@code '} so Excel shows it as text.
 *   <li>Markdown: the 対応表 cities print (rows: measures; columns: items; ● claimed, ○ inferred).
 *   <li>HTML: one self-contained file, inline CSS, no script, every plan string escaped.
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CoverageExporter {

  /** The export formats. */
  public enum Format {
    /** JSON ({@code dx check --format json}). */
    JSON,
    /** CSV for Excel. */
    CSV,
    /** Markdown 対応表. */
    MARKDOWN,
    /** Self-contained HTML. */
    HTML
  }

  /** The version of the JSON shape. */
  public static final int JSON_FORMAT_VERSION = 1;

  private CoverageExporter() {}

  /**
   * Exports a report.
   *
   * @param report the report
   * @param format the format
   * @return the export as text (CSV starts with a BOM)
   */
  public static String export(CoverageReport report, Format format) {
    requireNonNull(report, "report");
    switch (requireNonNull(format, "format")) {
      case JSON:
        return toJson(report);
      case CSV:
        return toCsv(report);
      case MARKDOWN:
        return toMarkdown(report);
      default:
        return toHtml(report);
    }
  }

  /**
   * Writes a report as UTF-8.
   *
   * @param report the report
   * @param format the format
   * @param out the stream, not closed
   */
  public static void write(CoverageReport report, Format format, OutputStream out) {
    try {
      out.write(export(report, format).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- JSON -----------------------------------------------------------------------------------

  /**
   * Returns the report as JSON.
   *
   * @param r the report
   * @return JSON text ending with a newline
   */
  public static String toJson(CoverageReport r) {
    Json j = new Json().begin();
    j.field("formatVersion", JSON_FORMAT_VERSION);
    j.key("plan").begin().field("id", r.planId()).field("title", r.planTitle())
        .field("municipality", r.municipality()).end();
    j.key("nationalPlan").begin().field("version", r.version()).field("title", r.catalog().title())
        .field("basis", r.versionBasis().id());
    j.key("notices").beginArray();
    for (CatalogNotice n : r.notices()) {
      j.begin().field("code", n.code().name()).field("message", n.message(Locale.JAPANESE))
          .field("messageEn", n.message(Locale.ENGLISH)).end();
    }
    j.endArray();
    j.end();
    j.field("inferOnly", r.inferOnly());
    j.field("threshold", r.threshold());
    j.key("summary").begin()
        .field("items", r.items().size())
        .field("covered", r.codes(CoverageStatus.COVERED).size())
        .field("inferred", r.codes(CoverageStatus.INFERRED).size())
        .field("missing", r.codes(CoverageStatus.MISSING).size())
        .field("elements", r.elements().size())
        .field("ownPriorities", r.ownPriorities().size())
        .end();
    j.key("items").beginArray();
    for (ItemCoverage i : r.items()) {
      NationalItem it = i.item();
      j.begin().field("code", it.code()).field("title", it.title())
          .field("category", it.category().name()).field("order", it.order())
          .field("status", i.status().name()).field("score", i.score());
      strings(j.key("claimedBy"), i.claimedBy());
      strings(j.key("inferredBy"), i.inferredBy());
      strings(j.key("elements"), i.elements());
      j.key("deadlines").beginArray();
      for (DeadlineCheck d : i.deadlines()) {
        j.begin().field("kind", d.deadline().kind().name()).field("due", d.deadline().due().toString())
            .field("date", d.deadline().date().toString()).field("about", d.deadline().about())
            .field("verified", d.deadline().provenance().verified())
            .field("sourceKind", d.deadline().sourceKind().name())
            .field("scope", d.deadline().scope().orElse(null))
            .field("status", d.status().name()).field("planned", d.planned()).field("basis", d.basis());
        strings(j.key("elements"), d.elements());
        j.end();
      }
      j.endArray();
      j.end();
    }
    j.endArray();
    j.key("elements").beginArray();
    for (ElementCoverage e : r.elements()) {
      j.begin().field("path", e.path()).field("kind", e.kind().id()).field("label", e.label())
          .field("title", e.title()).field("ownPriority", e.ownPriority());
      j.key("nationalItems").beginArray();
      for (ElementLink l : e.links()) {
        j.begin().field("code", l.code()).field("source", l.source().id()).field("score", l.score());
        j.key("evidence").beginArray();
        for (Evidence ev : l.evidence()) {
          j.begin().field("field", ev.field()).field("term", ev.term()).field("offset", ev.offset())
              .field("length", ev.length()).field("text", ev.text())
              .field("contribution", ev.contribution()).end();
        }
        j.endArray();
        j.end();
      }
      j.endArray();
      j.end();
    }
    j.endArray();
    j.key("unresolvedClaims").beginArray();
    for (UnresolvedClaim u : r.unresolvedClaims()) {
      j.begin().field("path", u.path()).field("code", u.code()).field("addedByRevision", u.addedBy().orElse(null)).end();
    }
    j.endArray();
    return j.end().toString();
  }

  private static void strings(Json j, List<String> values) {
    j.beginArray();
    for (String v : values) {
      j.value(v);
    }
    j.endArray();
  }

  // --- CSV ------------------------------------------------------------------------------------

  /**
   * Returns the report as CSV: one row per item and linked element (one row with empty element
   * columns for a missing item), then one row per element linked to nothing (the city's own
   * priorities, with empty item columns).
   *
   * @param r the report
   * @return CSV text with a BOM and CRLF line ends
   */
  public static String toCsv(CoverageReport r) {
    Csv c = new Csv();
    c.row(List.of("version", "code", "title", "category", "status", "deadlineStatus", "elementPath",
        "elementKind", "elementLabel", "elementTitle", "source", "score", "evidence"));
    Map<String, ElementCoverage> byPath = new HashMap<>();
    for (ElementCoverage e : r.elements()) {
      byPath.put(e.path(), e);
    }
    for (ItemCoverage i : r.items()) {
      String deadline = deadlineSummary(i);
      List<String> els = i.elements();
      if (els.isEmpty()) {
        c.row(List.of(r.version(), i.code(), i.item().title(), i.item().category().name(),
            i.status().name(), deadline, "", "", "", "", "", "", ""));
        continue;
      }
      for (String p : els) {
        ElementCoverage e = byPath.get(p);
        ElementLink l = link(e, i.code());
        c.row(List.of(r.version(), i.code(), i.item().title(), i.item().category().name(),
            i.status().name(), deadline, p, e.kind().id(), nz(e.label()), e.title(),
            l.source().id(), Json.number(l.score()), evidenceText(l)));
      }
    }
    for (ElementCoverage e : r.ownPriorities()) {
      c.row(List.of(r.version(), "", "", "", "", "", e.path(), e.kind().id(), nz(e.label()), e.title(),
          "", "", ""));
    }
    // The national plan's notices (a newer plan exists, the period has ended): one row each, status NOTICE.
    for (CatalogNotice n : r.notices()) {
      c.row(List.of(r.version(), n.code().name(), n.message(Locale.JAPANESE), "", "NOTICE", "", "", "", "", "",
          "", "", ""));
    }
    return c.toString();
  }

  private static String deadlineSummary(ItemCoverage i) {
    if (i.deadlines().isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (DeadlineCheck d : i.deadlines()) {
      parts.add(d.status().name() + " (" + d.deadline().kind().name() + " " + d.deadline().due() + ")");
    }
    return String.join("; ", parts);
  }

  private static ElementLink link(ElementCoverage e, String code) {
    for (ElementLink l : e.links()) {
      if (l.code().equals(code)) {
        return l;
      }
    }
    throw new IllegalStateException("no link " + code + " at " + e.path());
  }

  private static String evidenceText(ElementLink l) {
    List<String> parts = new ArrayList<>();
    for (Evidence ev : l.evidence()) {
      if (ev.length() == 0) {
        parts.add("claimed at " + ev.field());
      } else {
        parts.add(ev.text() + " @" + ev.field() + ":" + ev.offset());
      }
    }
    return String.join("; ", parts);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  // --- Markdown -------------------------------------------------------------------------------

  /**
   * Returns the report as Markdown: the 対応表 (rows: measures, or a policy without measures;
   * columns: the PRIORITY, COMPANION and OPTIONAL items; ● claimed, ○ inferred), then the items
   * with status and deadlines, then the city's own priorities.
   *
   * @param r the report
   * @return Markdown text ending with a newline
   */
  public static String toMarkdown(CoverageReport r) {
    StringBuilder b = new StringBuilder(4096);
    b.append("# ").append(md(r.planTitle())).append(" — 国の自治体DX推進計画との対応表\n\n");
    b.append("国の計画: ").append(md(r.catalog().title())).append(" (version ").append(md(r.version()))
        .append(", basis ").append(r.versionBasis().id()).append(")")
        .append(r.inferOnly() ? "。計画自身の対応付けは無視（推定のみ）" : "")
        .append("。● 計画が明記, ○ 推定（スコア ≥ ").append(Json.number(r.threshold())).append("）\n\n");
    for (CatalogNotice n : r.notices()) {
      b.append("> 注意 (").append(n.code().name()).append("): ").append(md(n.message(Locale.JAPANESE))).append("\n\n");
    }
    List<NationalItem> cols = new ArrayList<>();
    for (NationalItem it : r.catalog().items()) {
      if (it.category() != Category.STRUCTURE) {
        cols.add(it);
      }
    }
    b.append("| 施策 |");
    for (NationalItem it : cols) {
      b.append(' ').append(md(it.title())).append(" (").append(it.code()).append(") |");
    }
    b.append("\n|---|");
    b.append(":-:|".repeat(cols.size()));
    b.append('\n');
    String policyLabel = null;
    for (ElementCoverage e : tableRows(r)) {
      String name = rowName(e);
      if (e.kind() == ElementKind.POLICY) {
        policyLabel = e.label();
      } else {
        policyLabel = policyLabelOf(r, e);
        if (policyLabel != null) {
          name = policyLabel + " " + name;
        }
      }
      b.append("| ").append(md(name)).append(" |");
      for (NationalItem it : cols) {
        String cell = "";
        for (ElementLink l : e.links()) {
          if (l.code().equals(it.code())) {
            cell = l.source() == LinkSource.EXPLICIT ? "●" : "○";
          }
        }
        b.append(' ').append(cell).append(" |");
      }
      b.append('\n');
    }
    b.append("\n## 項目ごとの状況\n\n| 区分 | 項目 | 状況 | 期限 | 対応する要素 |\n|---|---|---|---|---|\n");
    for (ItemCoverage i : r.items()) {
      b.append("| ").append(i.item().category().name()).append(" | ").append(md(i.item().title()))
          .append(" (").append(i.code()).append(") | ").append(i.status().name()).append(" | ")
          .append(md(deadlineSummary(i))).append(" | ").append(md(String.join(", ", i.elements())))
          .append(" |\n");
    }
    List<ElementCoverage> own = r.ownPriorities();
    if (!own.isEmpty()) {
      b.append("\n## 市独自の取組（国の項目に対応付けなし）\n\n");
      for (ElementCoverage e : own) {
        b.append("- ").append(md(rowName(e))).append(" (`").append(e.path()).append("`)\n");
      }
    }
    return b.toString();
  }

  private static List<ElementCoverage> tableRows(CoverageReport r) {
    List<ElementCoverage> rows = new ArrayList<>();
    List<ElementCoverage> els = r.elements();
    for (int k = 0; k < els.size(); k++) {
      ElementCoverage e = els.get(k);
      if (e.kind() == ElementKind.MEASURE) {
        rows.add(e);
      } else if (e.kind() == ElementKind.POLICY) {
        boolean hasMeasure = k + 1 < els.size() && els.get(k + 1).kind() == ElementKind.MEASURE;
        if (!hasMeasure || !e.links().isEmpty() && hasOwnClaim(e)) {
          rows.add(e);
        }
      }
    }
    return rows;
  }

  private static String policyLabelOf(CoverageReport r, ElementCoverage e) {
    int cut = e.path().indexOf("/measures/");
    if (cut < 0) {
      return null;
    }
    return r.element(e.path().substring(0, cut)).map(ElementCoverage::label).orElse(null);
  }

  private static boolean hasOwnClaim(ElementCoverage e) {
    return e.links().stream().anyMatch(l -> l.source() == LinkSource.EXPLICIT);
  }

  private static String rowName(ElementCoverage e) {
    return e.label() == null ? e.title() : e.label() + " " + e.title();
  }

  static String md(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '|', '\\', '*', '_', '`', '[', ']', '#', '!', '~' -> b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\n', '\r', '\t' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  // --- HTML -----------------------------------------------------------------------------------

  /**
   * Returns the report as one self-contained HTML page: a heatmap (elements × items, claimed cells
   * dark, inferred cells shaded by score, each cell's evidence in its tooltip), the items with
   * status and deadlines, and the evidence of every link. No script, no network.
   *
   * @param r the report
   * @return HTML text
   */
  public static String toHtml(CoverageReport r) {
    StringBuilder b = new StringBuilder(16384);
    head(b, r.planTitle() + " — 自治体DX推進計画との対応");
    b.append("<h1>").append(Html.esc(r.planTitle())).append("</h1>\n<p>国の計画: ")
        .append(Html.esc(r.catalog().title())).append(" (").append(Html.esc(r.version())).append(", ")
        .append(r.versionBasis().id()).append(")").append(r.inferOnly() ? " — infer-only" : "")
        .append(". ● claimed, ○ inferred (score ≥ ").append(Json.number(r.threshold())).append(").</p>\n");
    for (CatalogNotice n : r.notices()) {
      b.append("<p class=\"notice\" data-code=\"").append(n.code().name()).append("\">注意: ")
          .append(Html.esc(n.message(Locale.JAPANESE))).append("</p>\n");
    }
    List<NationalItem> items = r.catalog().items();
    b.append("<table id=\"heatmap\" class=\"heatmap\">\n<thead><tr><th>plan element</th>");
    for (NationalItem it : items) {
      b.append("<th class=\"item\" title=\"").append(Html.esc(it.title())).append("\"><span>")
          .append(Html.esc(it.code())).append("</span></th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (ElementCoverage e : r.elements()) {
      b.append("<tr class=\"").append(e.kind().id()).append("\"><th class=\"el\"><a href=\"#e")
          .append(anchor(e.path())).append("\">").append(Html.esc(rowName(e))).append("</a></th>");
      for (NationalItem it : items) {
        ElementLink l = null;
        for (ElementLink x : e.links()) {
          if (x.code().equals(it.code())) {
            l = x;
          }
        }
        if (l == null) {
          b.append("<td></td>");
        } else if (l.source() == LinkSource.EXPLICIT) {
          b.append("<td class=\"cov\" title=\"").append(Html.esc(it.code() + ": " + evidenceText(l)))
              .append("\">●</td>");
        } else {
          int shade = (int) Math.round(Math.min(1, l.score()) * 4);
          b.append("<td class=\"inf s").append(shade).append("\" title=\"")
              .append(Html.esc(it.code() + " " + Json.number(l.score()) + ": " + evidenceText(l)))
              .append("\">○</td>");
        }
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n");
    b.append("<h2>Items</h2>\n<table class=\"items\"><thead><tr><th>category</th><th>code</th><th>title</th>"
        + "<th>status</th><th>score</th><th>deadline</th><th>elements</th></tr></thead><tbody>\n");
    for (ItemCoverage i : r.items()) {
      b.append("<tr class=\"st-").append(i.status().name().toLowerCase(Locale.ROOT)).append("\"><td>")
          .append(i.item().category().name()).append("</td><td>").append(Html.esc(i.code())).append("</td><td>")
          .append(Html.esc(i.item().title())).append("</td><td>").append(i.status().name()).append("</td><td>")
          .append(Json.number(i.score())).append("</td><td>");
      for (DeadlineCheck d : i.deadlines()) {
        b.append("<div class=\"dl-").append(d.status().name().toLowerCase(Locale.ROOT)).append("\">")
            .append(d.status().name()).append(" — ").append(Html.esc(d.deadline().kind().name() + " "
                + d.deadline().due() + ": " + d.basis())).append("</div>");
      }
      b.append("</td><td>");
      for (String p : i.elements()) {
        b.append("<a href=\"#e").append(anchor(p)).append("\">").append(Html.esc(p)).append("</a> ");
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody></table>\n<h2>Evidence</h2>\n");
    for (ElementCoverage e : r.elements()) {
      b.append("<section id=\"e").append(anchor(e.path())).append("\" class=\"ev\"><h3>")
          .append(Html.esc(rowName(e))).append(" <code>").append(Html.esc(e.path())).append("</code></h3>");
      if (e.links().isEmpty()) {
        b.append("<p class=\"own\">No national item: one of the city's own priorities.</p>");
      } else {
        b.append("<ul>");
        for (ElementLink l : e.links()) {
          b.append("<li><b>").append(Html.esc(l.code())).append("</b> ").append(l.source().id()).append(' ')
              .append(Json.number(l.score())).append("<ul>");
          for (Evidence ev : l.evidence()) {
            b.append("<li><code>").append(Html.esc(ev.field())).append("</code> ");
            if (ev.length() == 0) {
              b.append("claimed");
            } else {
              b.append("<mark>").append(Html.esc(ev.text())).append("</mark> (term ")
                  .append(Html.esc(ev.term())).append(", offset ").append(ev.offset()).append(", +")
                  .append(Json.number(ev.contribution())).append(')');
            }
            b.append("</li>");
          }
          b.append("</ul></li>");
        }
        b.append("</ul>");
      }
      b.append("</section>\n");
    }
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static String anchor(String path) {
    return path.replace('/', '-');
  }

  private static void head(StringBuilder b, String title) {
    b.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(Html.esc(title)).append("</title>\n<style>\n")
        // Fonts that Windows (Yu Gothic, Meiryo) and macOS (Hiragino) have, before the generic one.
        .append("body{font-family:\"Yu Gothic UI\",\"Yu Gothic\",YuGothic,Meiryo,\"Hiragino Sans\",\"Hiragino Kaku Gothic ProN\",\"Noto Sans CJK JP\",sans-serif;margin:1.5em;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:2px 6px;font-size:13px}\n")
        .append(".heatmap td{text-align:center;min-width:1.6em}.heatmap th.item{vertical-align:bottom;height:11em}\n")
        .append(".heatmap th.item span{writing-mode:vertical-rl;white-space:nowrap}\n")
        .append("th.el{text-align:left;font-weight:normal;max-width:32em}tr.policy th.el{font-weight:bold}\n")
        .append("tr.measure th.el{padding-left:1.2em}tr.initiative th.el{padding-left:2.4em;color:#555}\n")
        .append("td.cov{background:#1f5fa8;color:#fff}td.inf{color:#123}\n")
        .append("td.s0,td.s1{background:#e3eefa}td.s2{background:#c6dcf4}td.s3{background:#9fc3ec}td.s4{background:#79a9e2}\n")
        .append("tr.st-missing{color:#999}.dl-late{color:#b00}.dl-on_time{color:#070}.dl-no_roadmap{color:#a60}\n")
        .append("section.ev{border-top:1px solid #eee}mark{background:#fe8}\n")
        .append("</style>\n</head>\n<body>\n");
  }

  // --- corpus ---------------------------------------------------------------------------------

  /**
   * Returns a corpus matrix as CSV: one row per plan, one column per item (status), then one row
   * per item rate.
   *
   * @param m the matrix
   * @return CSV text with a BOM and CRLF line ends
   */
  public static String toCsv(CorpusMatrix m) {
    Csv c = new Csv();
    List<String> header = new ArrayList<>(List.of("version", "source", "planId", "municipality", "title",
        "municipalityCode", "prefecture", "type"));
    header.addAll(m.codes());
    c.row(header);
    for (CorpusMatrix.Row row : m.rows()) {
      List<String> cells = new ArrayList<>(List.of(m.catalog().version(), nz(row.source()), nz(row.planId()),
          nz(row.municipality()), row.title(), nz(row.municipalityCode()), nz(row.prefecture()), nz(row.type())));
      for (CoverageStatus s : row.statuses()) {
        cells.add(s.name());
      }
      c.row(cells);
    }
    return c.toString();
  }

  /**
   * Returns a corpus matrix as JSON.
   *
   * @param m the matrix
   * @return JSON text ending with a newline
   */
  public static String toJson(CorpusMatrix m) {
    Json j = new Json().begin();
    j.field("formatVersion", JSON_FORMAT_VERSION);
    j.key("nationalPlan").begin().field("version", m.catalog().version()).field("title", m.catalog().title()).end();
    j.field("inferOnly", m.inferOnly());
    j.field("plans", m.rows().size());
    j.key("items").beginArray();
    for (CorpusMatrix.ItemRate rate : m.rates()) {
      NationalItem it = m.catalog().item(rate.code()).orElseThrow();
      j.begin().field("code", rate.code()).field("title", it.title()).field("category", it.category().name())
          .field("covered", rate.covered()).field("inferred", rate.inferred()).field("missing", rate.missing())
          .field("coveredRate", Math.round(rate.coveredRate() * 10000) / 10000.0)
          .field("addressedRate", Math.round(rate.addressedRate() * 10000) / 10000.0).end();
    }
    j.endArray();
    j.key("rows").beginArray();
    for (CorpusMatrix.Row row : m.rows()) {
      j.begin().field("source", row.source()).field("planId", row.planId()).field("title", row.title())
          .field("municipality", row.municipality()).field("municipalityCode", row.municipalityCode())
          .field("prefecture", row.prefecture()).field("type", row.type());
      j.key("statuses").beginArray();
      for (CoverageStatus s : row.statuses()) {
        j.value(s.name());
      }
      j.endArray().end();
    }
    j.endArray();
    return j.end().toString();
  }

  /**
   * Returns a corpus matrix as one self-contained HTML page: a heatmap of plans × items and the
   * coverage rate of each item.
   *
   * @param m the matrix
   * @return HTML text
   */
  public static String toHtml(CorpusMatrix m) {
    StringBuilder b = new StringBuilder(16384);
    head(b, "Corpus coverage — " + m.catalog().title());
    b.append("<h1>Corpus coverage</h1>\n<p>").append(Html.esc(m.catalog().title())).append(" (")
        .append(Html.esc(m.catalog().version())).append("), ").append(m.rows().size())
        .append(" plans. ● claimed, ○ inferred.</p>\n<table id=\"heatmap\" class=\"heatmap\">\n<thead><tr><th>plan</th>");
    for (String code : m.codes()) {
      b.append("<th class=\"item\"><span>").append(Html.esc(code)).append("</span></th>");
    }
    b.append("</tr></thead>\n<tbody>\n<tr class=\"policy\"><th class=\"el\">coverage rate (claimed / addressed)</th>");
    for (CorpusMatrix.ItemRate rate : m.rates()) {
      int shade = (int) Math.round(rate.addressedRate() * 4);
      b.append("<td class=\"inf s").append(shade).append("\">")
          .append(String.format(Locale.ROOT, "%.0f/%.0f", rate.coveredRate() * 100, rate.addressedRate() * 100))
          .append("</td>");
    }
    b.append("</tr>\n");
    for (CorpusMatrix.Row row : m.rows()) {
      b.append("<tr><th class=\"el\"");
      if (row.source() != null) {
        b.append(" title=\"").append(Html.esc(row.source())).append('"');
      }
      b.append('>').append(Html.esc(row.municipality() == null ? row.title()
          : row.municipality() + " " + row.title())).append("</th>");
      for (CoverageStatus s : row.statuses()) {
        b.append(s == CoverageStatus.COVERED ? "<td class=\"cov\">●</td>"
            : s == CoverageStatus.INFERRED ? "<td class=\"inf s2\">○</td>" : "<td></td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n</body>\n</html>\n");
    return b.toString();
  }

}
