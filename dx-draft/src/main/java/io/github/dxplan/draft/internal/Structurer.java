package io.github.dxplan.draft.internal;

import io.github.dxplan.draft.internal.Candidate.Origin;
import io.github.dxplan.draft.internal.Candidate.Section;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the element tree of a draft from a document's lines: candidates (numbered lines, table row
 * heads, list items in cells) outside skipped zones, a role for each from the {@link Model}, and the
 * generic context rules — section labels, department lines, 工程表 rows with year columns, KPI blocks,
 * the city's own national-item statements.
 */
public final class Structurer {
  private static final Pattern SECTION = Pattern.compile(
      "^[\\s■□◆◇●○《＜<【\\[〈（(]*\\s*([^》＞>】\\]〉）)]{1,16}?)\\s*[》＞>】\\]〉）)]*\\s*$");
  private static final Pattern DEPT = Pattern.compile(
      "(所\\s*管(?:課|部署)?|担\\s*当(?:課|部署)?|主管課|関係課|関係部署|実施主体)\\s*[：:]\\s*");
  private static final Pattern CLAIM = Pattern.compile("^[\\s・]*国の(重点取組事項|重点取組|取組事項)\\s*[：:]\\s*(.+)$");
  private static final Pattern BRACKET_DEPT = Pattern.compile("【([^【】]{2,30}?)】\\s*$");
  private static final Pattern DEPT_NAME = Pattern.compile(".*(課|室|局|部|センター|委員会|事務所|館|所|全課|係|班|本部)$");
  private static final Pattern YEAR_CELL = Pattern.compile(
      "^(?:R|Ｒ|令和)\\s*([0-9０-９]{1,2}|元)\\s*(?:[（(][0-9０-９]{4}[)）])?\\s*(?:年度)?$|^((?:20)[0-9]{2})\\s*年度?$");
  private static final Pattern SENTENCE = Pattern.compile("(。|ます|です|する|した|ある|いる|図る|進める)$");
  private static final Pattern PARENT_REF = Pattern.compile("^(.*?)[（(]((?:基本方針|基本目標|重点取組事項|方針|目標)\\s*[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ①-⑳IVX]+)[)）]$");

  private final Model model;
  private final Document doc;
  public final List<Node> policies = new ArrayList<>();
  public final List<Review> review = new ArrayList<>();
  public final List<Zones.Span> spans = new ArrayList<>();
  /** Every candidate with what the model said, for training and the review list. */
  public final Map<Candidate, Model.Prediction> decided = new LinkedHashMap<>();

  private Node policy;
  private Node measure;
  private Node last;
  private Node lastRow;
  private boolean descriptionOpen;
  private Section section = Section.NONE;
  private Map<Integer, Integer> years = new TreeMap<>();
  private final List<Line> kpiBlock = new ArrayList<>();
  /** The document's own outline so far: numbering signatures from the top, each with the role it was given. */
  private final List<String> outline = new ArrayList<>();
  private final List<Role> outlineRoles = new ArrayList<>();
  private Role rowHeadRole = Role.NONE;
  private int skip;
  /** The outline rank of the heading that set the section (a sibling or higher heading ends it). */
  private int sectionRank = -1;

  private static int rankOf(Marker.Kind k) {
    return switch (k) {
      case CHAPTER -> 0;
      case ROMAN -> 1;
      case DIGIT -> 2;
      case HYPHEN -> 3;
      case PAREN -> 4;
      default -> -1;
    };
  }

  /** A place a person must check. */
  public record Review(String kind, Line line, String ja, String en) {}

  public Structurer(Document doc, Model model) {
    this.doc = doc;
    this.model = model;
  }

  public Structurer run() {
    List<Line> lines = doc.lines();
    Zones.Zone[] zones = Zones.of(lines, spans);
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (zones[i] != Zones.Zone.BODY) {
        flushKpis();
        continue;
      }
      if (!kpiBlock.isEmpty() && !endsKpiBlock(l)) {
        kpiBlock.add(l);
        continue;
      }
      flushKpis();
      handle(l, lines, i);
      i += skip;
      skip = 0;
    }
    flushKpis();
    preferConcrete();
    deepestLevelIsMeasures();
    return this;
  }

  private boolean endsKpiBlock(Line l) {
    if (kpiBlock.size() >= 12) {
      return true;
    }
    String s = l.text().strip();
    if (l.heading() > 0 || DEPT.matcher(s).find() || s.startsWith("-----")) {
      return true;
    }
    if (l.isRow() && yearColumns(l).size() >= 2) {
      return true;
    }
    Marker m = Marker.of(l.cell(0));
    if (isSectionLabel(l, m) && sectionOf(m) != Section.KPI) {
      return true;
    }
    return switch (m.kind()) {
      case DIGIT, PAREN, CIRCLED, KATAKANA, ROMAN, LW_POLICY, LW_MEASURE, LW_INITIATIVE, CAPTION, FILLED -> true;
      default -> false;
    };
  }

  private void handle(Line l, List<Line> lines, int i) {
    String text = l.text().strip();
    Matcher claim = CLAIM.matcher(text);
    if (claim.matches()) {
      Node to = last != null ? (last.role == Role.INITIATIVE ? measure : last) : null;
      if (to != null) {
        to.claims.add(claim.group(2).strip());
        review.add(new Review("CLAIM", l, "国の項目の記述「" + claim.group(2).strip() + "」をコードに対応づけてください。",
            "Map the national item the city names (\"" + claim.group(2).strip() + "\") to its code."));
      }
      return;
    }
    if (!l.isRow() && DEPT.matcher(text).find()) {
      departments(l, text);
      return;
    }
    Marker m = Marker.of(l.isRow() ? l.cell(0) : text);
    if (isSectionLabel(l, m)) {
      section = sectionOf(m);
      descriptionOpen = false;
      if (section == Section.KPI) {
        kpiBlock.add(l);
      }
      return;
    }
    if (kpiLabel(text)) {
      kpiBlock.add(l);
      return;
    }
    if (l.isRow()) {
      row(l, lines, i);
      return;
    }
    // a line that is not a row ends the table it followed
    years = new TreeMap<>();
    lastRow = null;
    if (m.title().isEmpty() && (m.kind() == Marker.Kind.LW_POLICY || m.kind() == Marker.Kind.LW_MEASURE)
        && i + 1 < lines.size()) {
      Line next = lines.get(i + 1);
      Marker nm = Marker.of(next.text());
      if (!next.isRow() && nm.kind() == Marker.Kind.NONE && next.text().strip().length() <= 40
          && !next.text().strip().endsWith("。")) {
        m = new Marker(m.kind(), m.label(), m.ordinal(), next.text().strip());
        skip = 1;
      }
    }
    Origin origin = l.heading() > 0 ? Origin.HEADING : Origin.LINE;
    if (m.kind() == Marker.Kind.NONE && origin == Origin.LINE) {
      if (descriptionOpen && last != null && last.description.size() < 8) {
        last.description.add(text);
      }
      return;
    }
    String sig = m.kind() == Marker.Kind.NONE ? "H" + l.heading() : m.kind().name();
    int at = outline.indexOf(sig);
    if (at >= 0) {
      while (outline.size() > at) {
        outline.remove(outline.size() - 1);
        outlineRoles.remove(outlineRoles.size() - 1);
      }
    } else if (sig.startsWith("H")) {
      while (!outline.isEmpty() && outline.get(outline.size() - 1).startsWith("H")
          && Integer.parseInt(outline.get(outline.size() - 1).substring(1)) >= l.heading()) {
        outline.remove(outline.size() - 1);
        outlineRoles.remove(outlineRoles.size() - 1);
      }
    }
    Role parent = outlineRoles.isEmpty() ? Role.NONE : outlineRoles.get(outlineRoles.size() - 1);
    Candidate c = candidate(l, -1, m, origin, lines, i, parent);
    Node n = place(c, m, null);
    if (n != null && decided.get(c) != null && "repeat".equals(decided.get(c).key())) {
      // a repeated title (running header): the outline is that element's own ancestry again
      outline.clear();
      outlineRoles.clear();
      outline.add("REPEAT-" + Role.POLICY);
      outlineRoles.add(Role.POLICY);
      if (n.role == Role.MEASURE) {
        outline.add("REPEAT-" + Role.MEASURE);
        outlineRoles.add(Role.MEASURE);
      }
      return;
    }
    outline.add(sig);
    outlineRoles.add(n == null ? Role.NONE : n.role);
  }

  /**
   * For a table row: the role of the nearest heading above that became an element (a table stands under
   * its section's element; sub-headings left out between them are transparent).
   */
  private Role outlineParent() {
    for (int k = outlineRoles.size() - 1; k >= 0; k--) {
      if (outlineRoles.get(k) != Role.NONE) {
        return outlineRoles.get(k);
      }
    }
    return Role.NONE;
  }

  private Candidate candidate(Line l, int cell, Marker m, Origin origin, List<Line> lines, int i, Role parent) {
    boolean dept = false;
    for (int k = i + 1; k < Math.min(lines.size(), i + 3); k++) {
      if (DEPT.matcher(lines.get(k).text()).find()) {
        dept = true;
      }
    }
    boolean sentence = SENTENCE.matcher(m.title().strip()).find() || m.title().length() > 60;
    // a row head stands in its table (a 工程表 when the table has year columns); a cell's item under its row head
    Section sec = origin == Origin.ROW_ITEM ? Section.NONE
        : origin == Origin.ROW_HEAD && !years.isEmpty() ? Section.ROADMAP : section;
    return new Candidate(l, cell, m, origin, sec, sentence, dept, parent);
  }

  /** Places a candidate; returns the node it became or reopened, or null. */
  private Node place(Candidate c, Marker m, Line rowSource) {
    if (!m.title().isEmpty() && m.title().codePoints().filter(Character::isLetter).count() < 2) {
      return null;
    }
    if (c.origin() == Origin.LINE || c.origin() == Origin.HEADING) {
      Node again = repeated(m.title());
      if (again != null) {
        decided.put(c, new Model.Prediction(again.role, 1.0, "repeat"));
        last = again;
        descriptionOpen = false;
        section = Section.NONE;
        return again;
      }
    }
    Model.Prediction p = model.predict(c);
    if ((c.origin() == Origin.LINE || c.origin() == Origin.HEADING) && m.ordinal() > 0
        && PARENT_REF.matcher(m.title()).matches()) {
      // a numbered heading that names a 基本方針 in parentheses (…（基本方針Ⅰ）) says its own level: it is
      // that 基本方針, its number in the parentheses (the outline's number is the section's, not the plan's)
      p = new Model.Prediction(Role.POLICY, Math.max(p.confidence(), 0.8), "parent-ref");
    }
    if ((c.section() == Section.KADAI || c.section() == Section.VISION || c.section() == Section.KPI)
        && (c.origin() == Origin.LINE || c.origin() == Origin.HEADING) && p.role() != Role.POLICY
        && !"parent-ref".equals(p.key())) {
      // what a 現状と課題, あるべき姿 or KPI section lists are problems, aims or indicators, not 施策 or 取組
      if (c.section() == Section.KADAI && measure != null && last != null && last.role != Role.POLICY) {
        measure.challenges.add(m.title());
      }
      p = new Model.Prediction(Role.NONE, p.confidence(), p.key());
    }
    if (p.role() == Role.POLICY && m.kind() != Marker.Kind.LW_POLICY && !"parent-ref".equals(p.key())
        && policies.stream().anyMatch(x -> !x.implicit && Marker.of(x.label + " x").kind() == Marker.Kind.LW_POLICY)) {
      // a document that names its 基本方針 with a level word (基本目標1, 基本方針Ⅱ) names them all so: a heading
      // numbered otherwise is not one
      p = new Model.Prediction(Role.NONE, p.confidence(), p.key());
    }
    if (p.role() == Role.POLICY && (c.origin() == Origin.ROW_HEAD || c.origin() == Origin.ROW_ITEM)) {
      // a 基本方針 heads the document's text, not a table's cell: a row is at most a 施策
      p = new Model.Prediction(Role.NONE, p.confidence(), p.key());
    }
    decided.put(c, p);
    Line l = c.line();
    if (p.role() == Role.NONE || p.confidence() < model.threshold()) {
      if (p.role() != Role.NONE && p.confidence() >= model.threshold() - 0.2) {
        review.add(new Review("UNSURE_SKIPPED", l,
            "見出し「" + shorten(m.title()) + "」を" + ja(p.role()) + "とするか判断できず、下書きに入れていません（確度 " + pct(p.confidence()) + "）。",
            "Not drafted: unsure whether \"" + shorten(m.title()) + "\" is a " + en(p.role()) + " (confidence "
                + pct(p.confidence()) + ")."));
      }
      if (c.origin() == Origin.LINE || c.origin() == Origin.HEADING) {
        descriptionOpen = false;
        if (Zones.isHeading(l, m) && !m.title().isEmpty()) {
          // an unplaced heading still says what kind of text follows (現状, 取組 …)
          Section said = sectionOf(m.title());
          if (said != Section.OTHER) {
            section = said;
          } else if (rankOf(m.kind()) >= 0 && rankOf(m.kind()) <= sectionRank) {
            section = Section.NONE;
          }
          if (said != Section.OTHER) {
            sectionRank = rankOf(m.kind());
          }
        }
      }
      return null;
    }
    String title = m.title();
    String label = m.label();
    if (c.origin() == Origin.ROW_HEAD) {
      title = BRACKET_DEPT.matcher(title).replaceFirst("").strip();
    }
    if (title.isEmpty() && (m.ordinal() == 0 || p.role() != Role.INITIATIVE)) {
      return null;
    }
    Node n = switch (p.role()) {
      case POLICY -> {
        Matcher ref = PARENT_REF.matcher(title);
        yield "parent-ref".equals(p.key()) && ref.matches()
            ? policy(ref.group(2).replaceAll("\\s", ""), ref.group(1).strip(), l, p.confidence(), false)
            : policy(label, title, l, p.confidence(), false);
      }
      case MEASURE -> measure(label, title, l, p.confidence(), m);
      case INITIATIVE -> initiative(label, title, l, p.confidence(), m, c.origin());
      default -> null;
    };
    if (n != null && p.confidence() < model.threshold() + 0.1) {
      review.add(new Review("UNSURE", l,
          ja(p.role()) + "「" + shorten(n.title) + "」は確度が低めです（" + pct(p.confidence()) + "）。見出しの読み取りを確認してください。",
          "The " + en(p.role()) + " \"" + shorten(n.title) + "\" has low confidence (" + pct(p.confidence())
              + "); check the heading."));
    }
    if (n != null) {
      n.fromLine |= c.origin() == Origin.LINE || c.origin() == Origin.HEADING;
      last = n;
      descriptionOpen = c.origin() == Origin.LINE || c.origin() == Origin.HEADING;
      if (n.role != Role.INITIATIVE) {
        section = Section.NONE;
      }
    }
    return n;
  }

  /**
   * A heading that repeats the title of a 基本方針 or 施策 already drafted is that element again (running
   * headers, a 体系図 before the detail): it reopens the element instead of drafting a second one.
   */
  private Node repeated(String title) {
    String key = norm(title);
    if (key.length() < 4) {
      return null;
    }
    for (Node p : policies) {
      if (!p.implicit && p.fromLine && norm(p.title).equals(key)) {
        policy = p;
        measure = null;
        return p;
      }
      for (Node m : p.children) {
        if (!m.implicit && m.fromLine && norm(m.title).equals(key)) {
          policy = p;
          measure = m;
          return m;
        }
      }
    }
    return null;
  }

  /**
   * Where a 施策 lists both its 主な取組 (a 取組 section) and 具体的な取組(事例) (a concrete section), the
   * concrete list holds the 取組; the other list's items are kept as the 施策's notes.
   */
  private void preferConcrete() {
    for (Node p : policies) {
      for (Node m : p.children) {
        boolean concrete = m.children.stream().anyMatch(x -> x.section == Section.CONCRETE);
        if (!concrete) {
          continue;
        }
        List<Node> drop = m.children.stream().filter(x -> x.section == Section.TORIKUMI).toList();
        for (Node x : drop) {
          m.notes.add((x.label.isEmpty() ? "" : x.label + " ") + x.title);
        }
        if (!drop.isEmpty()) {
          m.children.removeAll(drop);
          review.add(new Review("UNSURE", drop.get(0).source,
              "施策「" + shorten(m.title) + "」の取組の一覧（" + drop.size() + " 件）は、より具体的な取組の一覧があるため注記に回しました。",
              "The measure \"" + shorten(m.title) + "\" has a more concrete list of initiatives; its other list ("
                  + drop.size() + " items) was kept as notes."));
        }
      }
    }
  }

  /**
   * An outline whose deepest numbered level stands directly under its 基本方針, with no level below it,
   * numbers 施策: where the draft has no 施策 heading at all and every 取組 hangs under a 施策 supplied
   * only because none was found, those 取組 are the 施策 (with their own KPIs, departments and 工程).
   */
  private void deepestLevelIsMeasures() {
    boolean any = false;
    for (Node p : policies) {
      for (Node m : p.children) {
        if (!m.implicit) {
          return;
        }
        any |= !m.children.isEmpty();
      }
    }
    if (!any) {
      return;
    }
    for (Node p : policies) {
      List<Node> promoted = new ArrayList<>();
      for (Node m : p.children) {
        for (Node x : m.children) {
          Node n = new Node(Role.MEASURE, x.label, x.title, x.source, x.confidence, false);
          n.ordinal = x.ordinal;
          n.fromLine = x.fromLine;
          n.section = x.section;
          n.description.addAll(x.description);
          n.kpis.addAll(x.kpis);
          n.responsible.addAll(x.responsible);
          n.related.addAll(x.related);
          n.roadmap.addAll(x.roadmap);
          n.claims.addAll(x.claims);
          n.challenges.addAll(x.challenges);
          n.notes.addAll(x.notes);
          promoted.add(n);
        }
        n0(m, promoted);
      }
      p.children.clear();
      p.children.addAll(promoted);
    }
    review.removeIf(r -> r.kind().equals("IMPLICIT") && r.ja().startsWith("施策が見つからない"));
  }

  /** What an implicit 施策 itself held (KPIs, departments) goes to the first 施策 promoted from it. */
  private static void n0(Node implicit, List<Node> promoted) {
    if (promoted.isEmpty()) {
      return;
    }
    Node first = promoted.get(0);
    first.kpis.addAll(implicit.kpis);
    first.notes.addAll(implicit.notes);
  }

  private Node policy(String label, String title, Line l, double conf, boolean implicit) {
    String key = norm(title.isEmpty() ? label : title);
    for (Node p : policies) {
      if (norm(p.title.isEmpty() ? p.label : p.title).equals(key) || (!label.isEmpty() && norm(p.label).equals(norm(label)) && title.isEmpty())) {
        policy = p;
        measure = null;
        return p;
      }
    }
    Node p = new Node(Role.POLICY, label, title, l, conf, implicit);
    policies.add(p);
    policy = p;
    measure = null;
    return p;
  }

  private Node measure(String label, String title, Line l, double conf, Marker m) {
    Matcher ref = PARENT_REF.matcher(title);
    if (ref.matches()) {
      String plabel = ref.group(2).replaceAll("\\s", "");
      Node found = null;
      for (Node p : policies) {
        if (norm(p.label).equals(norm(plabel))) {
          found = p;
        }
      }
      if (found == null) {
        found = new Node(Role.POLICY, plabel, ref.group(1).strip(), l, conf * 0.9, false);
        policies.add(found);
        review.add(new Review("DERIVED", l,
            "基本方針「" + plabel + " " + shorten(ref.group(1)) + "」は施策の見出しの括弧書きから起こしました。",
            "The policy \"" + plabel + "\" was taken from the parenthesis in a measure's heading."));
      }
      policy = found;
    }
    if (policy == null) {
      policy = new Node(Role.POLICY, "", "（見出しなし）", l, 0, true);
      policies.add(policy);
      review.add(new Review("IMPLICIT", l, "基本方針が見つからないまま施策が始まりました。上位の見出しを補ってください。",
          "A measure starts with no policy above it; add the policy heading."));
    }
    String key = norm(title);
    for (Node x : policy.children) {
      if (norm(x.title).equals(key)) {
        measure = x;
        return x;
      }
    }
    Node n = new Node(Role.MEASURE, label, title, l, conf, false);
    n.ordinal = m.ordinal();
    policy.children.add(n);
    measure = n;
    return n;
  }

  private Node initiative(String label, String title, Line l, double conf, Marker m, Origin origin) {
    if (measure == null) {
      if (policy == null) {
        measure(label, "（見出しなし）", l, 0, Marker.of(""));
      } else {
        Node implicit = new Node(Role.MEASURE, "", "（見出しなし）", l, 0, true);
        policy.children.add(implicit);
        measure = implicit;
        review.add(new Review("IMPLICIT", l, "施策が見つからないまま取組が始まりました。施策の見出しを補ってください。",
            "An initiative starts with no measure above it; add the measure heading."));
      }
    }
    String key = norm(title);
    for (Node x : measure.children) {
      if (!key.isEmpty() && norm(x.title).equals(key)) {
        return x;
      }
      if (origin == Origin.ROW_HEAD && m.ordinal() > 0 && x.ordinal == m.ordinal() && !x.label.isEmpty()
          && Marker.of(x.label + " x").kind() == m.kind()) {
        return x;
      }
    }
    if (title.isEmpty()) {
      return null;
    }
    Node n = new Node(Role.INITIATIVE, label, title, l, conf, false);
    n.ordinal = m.ordinal();
    n.section = section;
    measure.children.add(n);
    return n;
  }

  private void row(Line l, List<Line> lines, int i) {
    Map<Integer, Integer> ys = yearColumns(l);
    if (ys.size() >= 2) {
      years = ys;
      lastRow = null;
      return;
    }
    boolean header = l.cells().stream().allMatch(c -> c.size() <= 1 && String.join("", c).length() <= 12)
        && l.cells().stream().filter(c -> !c.isEmpty()).count() >= 2
        && l.text().matches(".*(取組内容|取り組むべき|施策・事業|解決の方向性|取組番号|項目|内容).*")
        && l.cells().stream().noneMatch(c -> c.isEmpty() ? false : Marker.of(c.get(0)).ordinal() > 0);
    if (header) {
      years = new TreeMap<>();
      lastRow = null;
      return;
    }
    int head = -1;
    for (int c = 0; c < l.cells().size(); c++) {
      if (!l.cells().get(c).isEmpty() && !years.containsKey(c)) {
        head = c;
        break;
      }
    }
    Node node = null;
    if (head >= 0 && l.cells().get(head).size() == 1) {
      String cellText = l.cells().get(head).get(0);
      Marker m = Marker.of(cellText);
      Node before = last;
      if (m.ordinal() > 0 && !years.isEmpty() && measure != null
          && (m.title().isEmpty() || measure.children.stream().anyMatch(x -> x.ordinal == m.ordinal()))) {
        // a 工程表 row numbered like a 取組 of the current 施策 is that 取組 again (its number, often a
        // shortened title, its department in 【】 and its years)
        for (Node x : measure.children) {
          if (x.ordinal == m.ordinal() && Marker.of(x.label + " x").kind() == m.kind()) {
            node = x;
          }
        }
        if (node != null) {
          Matcher d = BRACKET_DEPT.matcher(cellText.strip());
          if (d.find()) {
            for (String dep : splitDepartments(d.group(1))) {
              if (!node.responsible.contains(dep)) {
                node.responsible.add(dep);
              }
            }
          }
          lastRow = node;
          roadmap(node, l);
          return;
        }
      }
      node = place(candidate(l, head, m, Origin.ROW_HEAD, lines, i, outlineParent()), m, l);
      rowHeadRole = node == null ? Role.NONE : node.role;
      if (node != null) {
        Matcher d = BRACKET_DEPT.matcher(cellText.strip());
        if (d.find()) {
          for (String dep : splitDepartments(d.group(1))) {
            if (!node.responsible.contains(dep)) {
              node.responsible.add(dep);
            }
          }
        }
      } else if (before != null && m.ordinal() == 0 && years.isEmpty()) {
        node = null;
      }
    }
    if (node == null && head < 0) {
      node = lastRow;
    }
    if (head >= 0 && l.cells().get(head).size() != 1) {
      rowHeadRole = Role.NONE;
    }
    // list items in the cells after the head
    for (int c = head + 1; c < l.cells().size() && head >= 0; c++) {
      if (years.containsKey(c)) {
        continue;
      }
      List<String> items = itemsOf(l.cells().get(c));
      if (items.size() < 1 || (items.size() == 1 && Marker.of(items.get(0)).kind() == Marker.Kind.NONE
          && l.cells().get(c).size() == 1)) {
        continue;
      }
      Node owner = last;
      for (String it : items) {
        Marker m = Marker.of(it);
        place(candidate(l, c, m, Origin.ROW_ITEM, lines, i, rowHeadRole), m, l);
      }
      last = owner;
    }
    if (node != null) {
      lastRow = node;
      if (!years.isEmpty()) {
        roadmap(node, l);
      }
    }
  }

  private static List<String> itemsOf(List<String> cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell) {
      String t = s.strip();
      Marker m = Marker.of(t);
      if ((m.kind() == Marker.Kind.DOT || m.kind() == Marker.Kind.FILLED) && t.indexOf(" " + m.label(), 1) > 0) {
        for (String part : t.split("\\s+(?=" + Pattern.quote(m.label()) + ")")) {
          out.add(part.strip());
        }
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private void roadmap(Node node, Line l) {
    List<Integer> cols = new ArrayList<>(years.keySet());
    for (int k = 0; k < cols.size(); k++) {
      int c = cols.get(k);
      String cell = l.cell(c).strip();
      if (cell.isEmpty()) {
        continue;
      }
      int from = years.get(c);
      boolean nextEmpty = k + 1 < cols.size() && l.cell(cols.get(k + 1)).isBlank();
      Integer to = k + 1 == cols.size() || !nextEmpty ? from : null;
      for (String phase : cell.split("\\s{2,}")) {
        node.roadmap.add(new Node.RoadmapDraft(phase.strip(), from, to, l));
      }
      if (to == null) {
        review.add(new Review("SPAN", l,
            "工程「" + shorten(cell) + "」は " + reiwa(from) + " から始まりますが、終わりの年度が本文から読めません（図の帯が失われた可能性）。",
            "The roadmap entry \"" + shorten(cell) + "\" starts in FY" + from
                + " but its end cannot be read from the text (the bar may have been lost)."));
      }
    }
  }

  private static Map<Integer, Integer> yearColumns(Line l) {
    Map<Integer, Integer> ys = new TreeMap<>();
    for (int c = 0; c < l.cells().size(); c++) {
      String s = Normalizer.normalize(l.cell(c).strip(), Normalizer.Form.NFKC);
      Matcher m = YEAR_CELL.matcher(s);
      if (m.matches()) {
        ys.put(c, m.group(1) != null ? 2018 + (m.group(1).equals("元") ? 1 : Integer.parseInt(m.group(1)))
            : Integer.parseInt(m.group(2)));
      }
    }
    return ys;
  }

  private void departments(Line l, String text) {
    Node to = last;
    if (to == null) {
      return;
    }
    Matcher m = DEPT.matcher(text);
    List<int[]> at = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    while (m.find()) {
      at.add(new int[] {m.start(), m.end()});
      kinds.add(m.group(1).replaceAll("\\s", ""));
    }
    for (int k = 0; k < at.size(); k++) {
      int end = k + 1 < at.size() ? at.get(k + 1)[0] : text.length();
      String list = text.substring(at.get(k)[1], end).strip();
      boolean related = kinds.get(k).startsWith("関係");
      for (String d : splitDepartments(list)) {
        List<String> target = related ? to.related : to.responsible;
        if (!target.contains(d)) {
          target.add(d);
        }
      }
    }
  }

  static List<String> splitDepartments(String list) {
    List<String> out = new ArrayList<>();
    String cleaned = list.replaceAll("[（(](庁内)?横断的[)）]", "").strip();
    for (String d : cleaned.split("[、，,・／/]")) {
      String t = d.strip().replaceAll("\\s+", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private void flushKpis() {
    if (kpiBlock.isEmpty()) {
      return;
    }
    List<Line> block = new ArrayList<>(kpiBlock);
    kpiBlock.clear();
    Node to = last == null ? null : last.role == Role.INITIATIVE ? measure : last;
    if (to == null) {
      return;
    }
    List<List<Line>> entries = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    Map<Integer, String> headerYears = null;
    for (Line l : block) {
      String t = l.text().strip();
      if (l.isRow()) {
        Map<Integer, String> hy = kpiHeader(l);
        if (hy != null) {
          headerYears = hy;
          continue;
        }
        if (headerYears != null && !l.cell(0).isBlank()) {
          // a KPI table row: the name, then its values under the header's 現状 / 目標 years
          StringBuilder b = new StringBuilder("指標");
          headerYears.forEach((col, head) -> b.append(' ').append(head).append('：').append(l.cell(col)));
          Node.KpiDraft k = Kpis.read(b.toString(), l);
          String name = l.cell(0).replaceFirst("^[・･●○\\s]+", "").strip();
          if (!current.isEmpty()) {
            entries.add(current);
            current = new ArrayList<>();
          }
          addKpi(to, new Node.KpiDraft(name, k.unit(), k.baseline(), k.target(), k.recovered(), t, l), t);
          continue;
        }
      }
      if (!current.isEmpty() && !Kpis.hasValue(t) && current.stream().anyMatch(x -> Kpis.hasValue(x.text()))) {
        entries.add(current);
        current = new ArrayList<>();
      }
      boolean bullet = t.startsWith("・") || t.startsWith("●") || t.startsWith("○");
      if (l.isRow() && normKpi(l.cell(0)).equals("KPI")) {
        if (!current.isEmpty()) {
          entries.add(current);
        }
        current = new ArrayList<>(List.of(new Line(l.page(), l.number(), l.cell(1), List.of(List.of(l.cell(1))), 0)));
        continue;
      }
      if (bullet && !current.isEmpty() && hasText(current)) {
        entries.add(current);
        current = new ArrayList<>();
      }
      if (kpiLabel(t) && !current.isEmpty() && hasText(current)) {
        entries.add(current);
        current = new ArrayList<>();
      }
      current.add(l);
    }
    if (!current.isEmpty()) {
      entries.add(current);
    }
    for (List<Line> e : entries) {
      StringBuilder b = new StringBuilder();
      for (Line l : e) {
        b.append(l.text().replace('\t', ' ').strip()).append(' ');
      }
      String s = b.toString().strip();
      if (normKpi(s).equals("KPI") || s.isEmpty()) {
        continue;
      }
      addKpi(to, Kpis.read(s, e.get(0)), s);
    }
  }

  /** A row naming 現状 and 目標 with years (a KPI table's header): its columns and their headings. */
  private static Map<Integer, String> kpiHeader(Line l) {
    Map<Integer, String> out = new TreeMap<>();
    for (int c = 0; c < l.cells().size(); c++) {
      String cell = l.cell(c).strip();
      if (cell.matches("^(現状|基準値?|実績|目標).*[0-9０-９].*")) {
        out.put(c, cell);
      }
    }
    return out.size() >= 2 ? out : null;
  }

  private void addKpi(Node to, Node.KpiDraft k, String s) {
    {
      if (k.name().isEmpty() || normKpi(k.name()).equals("KPI")) {
        return;
      }
      boolean dup = to.kpis.stream().anyMatch(x -> norm(x.name()).equals(norm(k.name())));
      if (dup) {
        return;
      }
      to.kpis.add(k);
      if (!k.recovered()) {
        review.add(new Review("FIGURES", k.source(),
            "KPI「" + shorten(k.name()) + "」の数値（現状・目標と年度）を本文から読み取れませんでした（図表で失われたか、組み合わせが曖昧）。原文: " + shorten(s),
            "The figures (baseline, target and their years) of the KPI \"" + shorten(k.name())
                + "\" could not be read (lost with a chart, or ambiguous). Text: " + shorten(s)));
      }
    }
  }

  private static boolean hasText(List<Line> lines) {
    for (Line l : lines) {
      if (!normKpi(l.text()).equals("KPI") && !l.text().isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static String normKpi(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s■□:：・]", "");
  }

  private static boolean kpiLabel(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    return n.matches("^[#■□\\s]*(KPI|成果指標|数値目標|目標指標)\\s*([:：].*|\\s.*)?$") && n.length() < 80;
  }

  private static boolean isSectionLabel(Line l, Marker m) {
    if (l.isRow()) {
      return false;
    }
    String t = l.text().strip();
    if (t.length() > 18 || t.endsWith("。")) {
      return false;
    }
    boolean framed = m.kind() == Marker.Kind.BRACKET || m.kind() == Marker.Kind.SQUARE
        || t.matches("^[《＜<〈].*[》＞>〉]$") || t.startsWith("■");
    String body = m.kind() == Marker.Kind.BRACKET ? m.label() + m.title() : m.title();
    return framed && sectionOf(body) != Section.OTHER
        || (l.heading() > 0 || m.kind() == Marker.Kind.NONE) && t.length() <= 8 && sectionOf(t) != Section.OTHER
            && sectionOf(t) != Section.TORIKUMI;
  }

  private static Section sectionOf(Marker m) {
    return sectionOf(m.kind() == Marker.Kind.BRACKET ? m.label() + m.title() : m.title());
  }

  static Section sectionOf(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
    if (t.matches(".*(KPI|指標|目標値|数値目標).*")) {
      return Section.KPI;
    }
    if (t.matches(".*(工程|ロードマップ|スケジュール).*")) {
      return Section.ROADMAP;
    }
    if (t.matches(".*(具体的|事例|主な事業|事業一覧).*")) {
      return Section.CONCRETE;
    }
    if (t.matches(".*(取組|取り組み|施策|方向性).*")) {
      return Section.TORIKUMI;
    }
    if (t.matches(".*(課題|現状).*")) {
      return Section.KADAI;
    }
    if (t.matches(".*(あるべき姿|目指す姿|ビジョン|理念|イメージ).*")) {
      return Section.VISION;
    }
    return Section.OTHER;
  }

  /** Text for matching: NFKC, no spaces, no escape marks. */
  public static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\\\*]", "");
  }

  static String shorten(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 40 ? t.substring(0, 39) + "…" : t;
  }

  static String pct(double d) {
    return Math.round(d * 100) + "%";
  }

  static String reiwa(int fy) {
    return fy >= 2019 ? "令和" + (fy == 2019 ? "元" : String.valueOf(fy - 2018)) + "年度" : fy + "年度";
  }

  static String ja(Role r) {
    return switch (r) {
      case POLICY -> "基本方針";
      case MEASURE -> "施策";
      case INITIATIVE -> "取組";
      default -> "要素";
    };
  }

  static String en(Role r) {
    return switch (r) {
      case POLICY -> "policy";
      case MEASURE -> "measure";
      case INITIATIVE -> "initiative";
      default -> "element";
    };
  }
}
