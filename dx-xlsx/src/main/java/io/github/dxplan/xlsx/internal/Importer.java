package io.github.dxplan.xlsx.internal;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanFormatException;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.xlsx.CellProblem;
import io.github.dxplan.xlsx.ProblemKind;
import io.github.dxplan.xlsx.WorkbookException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A workbook's data sheets read into the format's JSON tree and then into a plan, with every
 * problem collected at its cell before anything is built.
 */
public final class Importer {

  private static final Pattern ITEM_KEY = Pattern.compile("nationalItems#[1-9][0-9]{0,2}");

  private final String file;
  private final Items items;
  private final List<CellProblem> problems = new ArrayList<>();
  /** JSON Pointer → {sheet, cell} of the value or row it came from. */
  private final Map<String, Origin> origins = new HashMap<>();

  private Importer(String file, Items items) {
    this.file = file;
    this.items = items;
  }

  /**
   * Reads a plan from a workbook.
   *
   * @param wb the workbook
   * @param file the file name for messages
   * @return the plan
   * @throws WorkbookException with every problem found
   */
  public static DxPlan read(RawWorkbook wb, String file) {
    return new Importer(file, Items.of(null)).run(wb);
  }

  private void problem(String sheet, String cell, ProblemKind kind, String detail, String value, String example) {
    problems.add(new CellProblem(file, sheet, cell, kind, detail, value, example));
  }

  /** One data row: its number and the values of its columns by key. */
  private record Row(int number, Map<String, JsonNode> values, Map<String, String> cells, ObjectNode obj) {}

  private DxPlan run(RawWorkbook wb) {
    boolean any = false;
    for (RawSheet s : wb.sheets()) {
      if (Layout.DATA_SHEETS.contains(s.name())) {
        any = true;
      } else if (!Layout.INFO_SHEETS.contains(s.name())) {
        problem(s.name(), null, ProblemKind.UNKNOWN_SHEET, String.join(", ", Layout.DATA_SHEETS), null, null);
      }
    }
    if (!any) {
      throw new WorkbookException(List.of(new CellProblem(file, null, null, ProblemKind.EMPTY_WORKBOOK, String.join(", ", Layout.DATA_SHEETS), null, null)));
    }
    Map<String, List<Row>> rows = new HashMap<>();
    for (String name : Layout.DATA_SHEETS) {
      RawSheet s = wb.sheet(name);
      if (s == null) {
        if (name.equals(Layout.PLAN) || name.equals(Layout.ELEMENTS)) {
          problem(null, null, ProblemKind.MISSING_SHEET, name, null, null);
        }
        rows.put(name, List.of());
        continue;
      }
      rows.put(name, rows(s));
    }
    ObjectNode root = build(rows);
    if (!problems.isEmpty()) {
      throw new WorkbookException(sorted());
    }
    try {
      return PlanReader.json().read(Trees.bytes(root), file);
    } catch (PlanFormatException e) {
      String[] at = origin(e.pointer());
      problems.add(new CellProblem(file, at == null ? null : at[0], at == null ? null : at[1], ProblemKind.INVALID_PLAN, e.problem(), null, null));
      throw new WorkbookException(problems);
    }
  }

  private List<CellProblem> sorted() {
    List<CellProblem> out = new ArrayList<>(problems);
    out.sort(java.util.Comparator.comparingInt((CellProblem p) -> p.sheet() == null ? -1 : Math.max(0, order(p.sheet())))
        .thenComparingInt(p -> rowOf(p.cell()))
        .thenComparingInt(p -> p.cell() == null ? -1 : CellRef.columnOf(p.cell())));
    return out;
  }

  private static int order(String sheet) {
    int i = Layout.DATA_SHEETS.indexOf(sheet);
    return i < 0 ? 100 : i;
  }

  private static int rowOf(String cell) {
    if (cell == null) {
      return -1;
    }
    int i = 0;
    while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
      i++;
    }
    try {
      return Integer.parseInt(cell.substring(i));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The sheet and cell of a pointer: the value's own cell where a column holds it, else the row's first cell. */
  private String[] origin(String pointer) {
    if (pointer == null) {
      return null;
    }
    String p = pointer;
    while (true) {
      Origin o = origins.get(p);
      if (o != null) {
        String rest = pointer.substring(p.length());
        String key = rest.startsWith("/") ? rest.substring(1).replace('/', '.') : "";
        for (String k = key; !k.isEmpty(); k = k.contains(".") ? k.substring(0, k.lastIndexOf('.')) : "") {
          String ref = o.row().cells().get(k);
          if (ref != null) {
            return new String[] {o.sheet(), ref};
          }
        }
        String first = null;
        for (String ref : o.row().cells().values()) {
          if (ref != null && (first == null || CellRef.columnOf(ref) < CellRef.columnOf(first))) {
            first = ref;
          }
        }
        return new String[] {o.sheet(), first == null ? String.valueOf(o.row().number()) : first};
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return null;
      }
      p = slash == 0 ? "" : p.substring(0, slash);
      if (p.isEmpty() && origins.get("") == null) {
        return null;
      }
    }
  }

  private List<Row> rows(RawSheet s) {
    String name = s.name();
    if (s.hidden()) {
      problem(name, null, ProblemKind.HIDDEN_SHEET, null, null, null);
    }
    for (String m : s.merges()) {
      int colon = m.indexOf(':');
      problem(name, colon < 0 ? m : m.substring(0, colon), ProblemKind.MERGED_CELLS, m, null, null);
    }
    List<Col> known = Layout.forSheet(name, 1);
    Map<Integer, Col> columns = new TreeMap<>();
    RawRow keys = null;
    RawRow headings = null;
    for (RawRow r : s.rows()) {
      if (r.number() == 1) {
        headings = r;
      } else if (r.number() == 2) {
        keys = r;
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    int maxCol = -1;
    for (RawRow r : s.rows()) {
      for (RawCell c : r.cells()) {
        maxCol = Math.max(maxCol, c.column());
      }
    }
    for (int c = 0; c <= maxCol; c++) {
      RawCell k = keys == null ? null : keys.cell(c);
      RawCell h = headings == null ? null : headings.cell(c);
      String key = k == null ? null : Cells.fold(k.text());
      Col col = null;
      if (key != null && !key.isEmpty()) {
        col = byKey(known, key);
      } else if (h != null && !h.text().isBlank()) {
        col = byHeading(known, Cells.fold(h.text()));
        key = h.text();
      }
      if (key == null || key.isEmpty()) {
        if (hasData(s, c)) {
          problem(name, CellRef.of(c, 2), ProblemKind.UNKNOWN_COLUMN, keysOf(known), null, null);
        }
        continue;
      }
      if (col == null) {
        problem(name, CellRef.of(c, k != null ? 2 : 1), ProblemKind.UNKNOWN_COLUMN, keysOf(known), key, null);
        continue;
      }
      if (seen.put(col.key(), c) != null) {
        problem(name, CellRef.of(c, 2), ProblemKind.DUPLICATE_COLUMN, null, col.key(), null);
        continue;
      }
      columns.put(c, col);
    }
    for (Col col : known) {
      if (col.required() && !seen.containsKey(col.key())) {
        problem(name, "2", ProblemKind.MISSING_COLUMN, col.ja() + " (" + col.key() + ")", null, null);
      }
    }
    List<Row> out = new ArrayList<>();
    for (RawRow r : s.rows()) {
      if (r.number() < Layout.FIRST_ROW) {
        continue;
      }
      RawCell first = r.cells().get(0);
      if (first.column() == 0 && Cells.fold(first.text()).startsWith(Layout.EXAMPLE)) {
        continue;
      }
      boolean blank = true;
      for (RawCell c : r.cells()) {
        blank &= c.formula() == null && c.text().isBlank();
      }
      if (blank) {
        continue;
      }
      if (r.hidden()) {
        problem(name, String.valueOf(r.number()), ProblemKind.HIDDEN_ROW, null, null, null);
        continue;
      }
      out.add(row(name, r, columns));
    }
    return out;
  }

  private boolean hasData(RawSheet s, int column) {
    for (RawRow r : s.rows()) {
      if (r.number() >= Layout.FIRST_ROW && r.cell(column) != null && !r.cell(column).text().isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static String keysOf(List<Col> cols) {
    List<String> k = new ArrayList<>();
    for (Col c : cols) {
      k.add(c.key().replace("#1", "#N"));
    }
    return String.join(", ", k);
  }

  private static Col byKey(List<Col> known, String key) {
    if (ITEM_KEY.matcher(key).matches()) {
      return Col.of(key, "国の項目", Col.Type.ITEM, 30);
    }
    for (Col c : known) {
      if (c.key().equals(key)) {
        return c;
      }
    }
    return null;
  }

  private static Col byHeading(List<Col> known, String heading) {
    String h = heading.endsWith("*") ? heading.substring(0, heading.length() - 1).strip() : heading;
    for (Col c : known) {
      if (c.ja().equals(h) && c.type() != Col.Type.ITEM) {
        return c;
      }
    }
    return null;
  }

  private Row row(String sheet, RawRow r, Map<Integer, Col> columns) {
    Map<String, JsonNode> values = new HashMap<>();
    Map<String, String> cells = new HashMap<>();
    ObjectNode obj = Cells.NODES.objectNode();
    ObjectNode extra = null;
    String extraCell = null;
    List<String> itemCodes = new ArrayList<>();
    String itemCell = null;
    for (var e : columns.entrySet()) {
      Col col = e.getValue();
      String ref = CellRef.of(e.getKey(), r.number());
      cells.put(col.key(), ref);
      RawCell c = r.cell(e.getKey());
      if (c == null || (c.formula() == null && c.text().isBlank())) {
        continue;
      }
      if (c.formula() != null) {
        problem(sheet, ref, ProblemKind.FORMULA, "=" + c.formula(), c.text(), null);
        continue;
      }
      if (c.type().equals("e")) {
        problem(sheet, ref, ProblemKind.ERROR_VALUE, null, c.text(), null);
        continue;
      }
      String text = c.type().equals("b") ? ("1".equals(c.text()) ? "TRUE" : "FALSE") : c.text();
      if (col.type() == Col.Type.JSON) {
        if (text.isBlank()) {
          continue;
        }
        try {
          JsonNode j = Trees.MAPPER.readTree(text);
          if (!(j instanceof ObjectNode o)) {
            problem(sheet, ref, ProblemKind.BAD_EXTRA, "{...}", text, "{\"notes\":[\"…\"]}");
          } else {
            extra = o;
            extraCell = ref;
          }
        } catch (JacksonException ex) {
          problem(sheet, ref, ProblemKind.BAD_EXTRA, ex.getOriginalMessage(), text, "{\"notes\":[\"…\"]}");
        }
        continue;
      }
      Cells.Read read = Cells.parse(col, text, c.isNumber(), c.dateStyled(), items.allCodes);
      if (read.problem() != null) {
        problem(sheet, ref, read.problem(), read.detail(), text, read.example());
        continue;
      }
      if (col.type() == Col.Type.ITEM) {
        itemCodes.add(read.node().stringValue());
        itemCell = itemCell == null ? ref : itemCell;
        continue;
      }
      if (col.structural()) {
        values.put(col.key(), read.node());
      } else if (!(read.node().isArray() && read.node().isEmpty())) {
        Trees.set(obj, col.key(), read.node());
      }
    }
    if (!itemCodes.isEmpty()) {
      ArrayNode a = obj.putArray("nationalItems");
      itemCodes.forEach(a::add);
      cells.put("nationalItems", itemCell);
    }
    if (extra != null) {
      String conflict = Trees.merge(obj, extra, "");
      if (conflict != null) {
        problem(sheet, extraCell, ProblemKind.BAD_EXTRA, conflict + " は列にもあります / is also in a column", conflict, null);
      }
      cells.put("#extra", extraCell);
    }
    for (var e : columns.entrySet()) {
      Col col = e.getValue();
      boolean has = col.structural() ? values.containsKey(col.key()) : Trees.get(obj, col.key()) != null;
      RawCell c = r.cell(e.getKey());
      boolean reported = c != null && (c.formula() != null || !c.text().isBlank());
      if (col.required() && !has && !reported) {
        problem(sheet, CellRef.of(e.getKey(), r.number()), ProblemKind.REQUIRED, null, null, null);
      }
    }
    return new Row(r.number(), values, cells, obj);
  }

  private static String text(Row r, String key) {
    JsonNode n = r.values().get(key);
    return n == null ? null : n.stringValue();
  }

  /** Where a pointer's value came from: the row, found again only when a problem needs it. */
  private record Origin(String sheet, Row row) {}

  private void origin(String pointer, String sheet, Row row) {
    origins.put(pointer, new Origin(sheet, row));
  }

  /** A 体系 row placed in the tree. */
  private record Element(int level, String ref, ObjectNode obj, String pointer) {}

  private ObjectNode build(Map<String, List<Row>> rows) {
    ObjectNode root = Cells.NODES.objectNode();
    List<Row> plan = rows.get(Layout.PLAN);
    if (plan.isEmpty()) {
      if (problems.isEmpty() || rows.containsKey(Layout.PLAN)) {
        problem(Layout.PLAN, "C3", ProblemKind.REQUIRED, null, null, "潮来市DX推進計画");
      }
    } else {
      root = plan.get(0).obj();
      origin("", Layout.PLAN, plan.get(0));
      for (int i = 1; i < plan.size(); i++) {
        problem(Layout.PLAN, String.valueOf(plan.get(i).number()), ProblemKind.EXTRA_ROW, null, null, null);
      }
    }
    ArrayNode policies = root.putArray("policies");
    Map<String, Element> byRef = new HashMap<>();
    Map<String, Element> byId = new HashMap<>();
    Map<String, String> where = new HashMap<>();
    Element[] lastAt = new Element[3];
    int[] counters = new int[3];
    for (Row r : rows.get(Layout.ELEMENTS)) {
      String levelName = text(r, "#level");
      int level = levelName == null ? -1 : Layout.LEVELS.indexOf(levelName);
      if (level < 0) {
        continue; // reported: required, or not a choice
      }
      String parentRef = text(r, "#parent");
      Element parent = null;
      if (level > 0) {
        if (parentRef != null && !parentRef.isEmpty()) {
          parent = byRef.containsKey(parentRef) ? byRef.get(parentRef) : byId.get(parentRef);
          if (parent == null) {
            problem(Layout.ELEMENTS, r.cells().get("#parent"), ProblemKind.UNKNOWN_REFERENCE, "上の行の番号または ID / the number or id of a row above", parentRef, "1-2");
            parent = orphan(level - 1);
          } else if (parent.level() != level - 1) {
            problem(Layout.ELEMENTS, r.cells().get("#parent"), ProblemKind.BAD_PARENT,
                Layout.LEVELS.get(level) + " の親は " + Layout.LEVELS.get(level - 1) + " / a " + Layout.LEVELS.get(level) + "'s parent is a " + Layout.LEVELS.get(level - 1), parentRef, null);
            parent = orphan(level - 1);
          }
        } else {
          parent = lastAt[level - 1];
          if (parent == null) {
            problem(Layout.ELEMENTS, r.cells().get("#level"), ProblemKind.BAD_PARENT,
                "上に " + Layout.LEVELS.get(level - 1) + " の行がありません / no " + Layout.LEVELS.get(level - 1) + " row above", levelName, null);
            parent = orphan(level - 1);
          }
        }
      } else if (parentRef != null && !parentRef.isEmpty()) {
        problem(Layout.ELEMENTS, r.cells().get("#parent"), ProblemKind.BAD_PARENT, "基本方針に親はありません / a 基本方針 has no parent", parentRef, null);
      }
      ArrayNode siblings = level == 0 ? policies : arrayOf(parent.obj(), level == 1 ? "measures" : "initiatives");
      String pointer = (level == 0 ? "/policies/" : parent.pointer() + (level == 1 ? "/measures/" : "/initiatives/")) + siblings.size();
      siblings.add(r.obj());
      String ref = text(r, "#ref");
      if (ref == null || ref.isEmpty()) {
        ref = level == 0 ? String.valueOf(++counters[0]) : parent.ref() + "-" + siblings.size();
      } else if (level == 0) {
        counters[0]++;
      }
      Element el = new Element(level, ref, r.obj(), pointer);
      lastAt[level] = el;
      for (int l = level + 1; l < 3; l++) {
        lastAt[l] = null;
      }
      String refCell = r.cells().getOrDefault("#ref", String.valueOf(r.number()));
      if (byRef.containsKey(ref)) {
        problem(Layout.ELEMENTS, refCell, ProblemKind.DUPLICATE_ID, where.get("ref:" + ref), ref, null);
      } else {
        byRef.put(ref, el);
        where.put("ref:" + ref, Layout.ELEMENTS + "!" + refCell);
      }
      JsonNode id = r.obj().get("id");
      if (id != null && id.isString()) {
        String idCell = r.cells().get("id");
        if (byId.containsKey(id.stringValue())) {
          problem(Layout.ELEMENTS, idCell, ProblemKind.DUPLICATE_ID, where.get("id:" + id.stringValue()), id.stringValue(), null);
        } else {
          byId.put(id.stringValue(), el);
          where.put("id:" + id.stringValue(), Layout.ELEMENTS + "!" + idCell);
        }
      }
      origin(pointer, Layout.ELEMENTS, r);
    }
    Map<String, Element> kpiByRef = new HashMap<>();
    Map<String, Element> kpiById = new HashMap<>();
    int kpiN = 0;
    for (Row r : rows.get(Layout.KPIS)) {
      kpiN++;
      Element owner = find(byRef, byId, text(r, "#owner"), Layout.KPIS, r.cells().get("#owner"));
      if (owner == null) {
        continue;
      }
      ArrayNode kpis = arrayOf(owner.obj(), "kpis");
      String pointer = owner.pointer() + "/kpis/" + kpis.size();
      kpis.add(r.obj());
      String ref = text(r, "#ref");
      Element k = new Element(3, ref == null || ref.isEmpty() ? "K" + kpiN : ref, r.obj(), pointer);
      if (kpiByRef.put(k.ref(), k) != null) {
        problem(Layout.KPIS, r.cells().get("#ref"), ProblemKind.DUPLICATE_ID, Layout.KPIS, k.ref(), null);
      }
      JsonNode id = r.obj().get("id");
      if (id != null && id.isString() && kpiById.put(id.stringValue(), k) != null) {
        problem(Layout.KPIS, r.cells().get("id"), ProblemKind.DUPLICATE_ID, Layout.KPIS, id.stringValue(), null);
      }
      origin(pointer, Layout.KPIS, r);
    }
    for (Row r : rows.get(Layout.ACTUALS)) {
      Element kpi = find(kpiByRef, kpiById, text(r, "#kpi"), Layout.ACTUALS, r.cells().get("#kpi"));
      if (kpi == null) {
        continue;
      }
      ArrayNode actuals = arrayOf(kpi.obj(), "actuals");
      String pointer = kpi.pointer() + "/actuals/" + actuals.size();
      actuals.add(r.obj());
      origin(pointer, Layout.ACTUALS, r);
    }
    for (Row r : rows.get(Layout.ROADMAP)) {
      Element owner = find(byRef, byId, text(r, "#owner"), Layout.ROADMAP, r.cells().get("#owner"));
      if (owner == null) {
        continue;
      }
      ArrayNode roadmap = arrayOf(owner.obj(), "roadmap");
      String pointer = owner.pointer() + "/roadmap/" + roadmap.size();
      roadmap.add(r.obj());
      origin(pointer, Layout.ROADMAP, r);
    }
    List<Row> bodies = rows.get(Layout.GOVERNANCE);
    if (!bodies.isEmpty()) {
      JsonNode gov = root.get("governance");
      ObjectNode g = gov instanceof ObjectNode o ? o : root.putObject("governance");
      ArrayNode list = g.putArray("bodies");
      for (Row r : bodies) {
        origin("/governance/bodies/" + list.size(), Layout.GOVERNANCE, r);
        list.add(r.obj());
      }
    }
    List<Row> previous = rows.get(Layout.PREVIOUS);
    if (!previous.isEmpty()) {
      JsonNode prev = root.get("previousPlan");
      ObjectNode p = prev instanceof ObjectNode o ? o : root.putObject("previousPlan");
      ArrayNode results = p.putArray("results");
      for (Row r : previous) {
        origin("/previousPlan/results/" + results.size(), Layout.PREVIOUS, r);
        JsonNode actual = r.obj().remove("actual");
        if (actual != null) {
          if (r.obj().get("actuals") != null) {
            problem(Layout.PREVIOUS, r.cells().get("#extra"), ProblemKind.BAD_EXTRA, "actuals は実績の列にもあります / actuals is also in the actual columns", "actuals", null);
          } else {
            r.obj().putArray("actuals").add(actual);
          }
        }
        results.add(r.obj());
      }
    }
    List<Row> glossary = rows.get(Layout.GLOSSARY);
    if (!glossary.isEmpty()) {
      ArrayNode list = root.putArray("glossary");
      for (Row r : glossary) {
        origin("/glossary/" + list.size(), Layout.GLOSSARY, r);
        list.add(r.obj());
      }
    }
    return root;
  }

  /**
   * A stand-in parent for a row whose parent could not be found: the row is still read (its own
   * cells checked, its number and id known), so one wrong parent gives one error, not one for
   * every KPI and roadmap row under it. The workbook is refused anyway.
   */
  private static Element orphan(int level) {
    return new Element(level, "", Cells.NODES.objectNode(), "/-");
  }

  private Element find(Map<String, Element> byRef, Map<String, Element> byId, String ref, String sheet, String cell) {
    if (ref == null || ref.isEmpty()) {
      return null; // reported as required
    }
    Element e = byRef.containsKey(ref) ? byRef.get(ref) : byId.get(ref);
    if (e == null) {
      problem(sheet, cell, ProblemKind.UNKNOWN_REFERENCE, sheet.equals(Layout.ACTUALS) ? "KPI シートの KPI番号または ID / a KPI number or id" : "体系シートの番号または ID / a 体系 number or id", ref, "1-2");
    }
    return e;
  }

  private static ArrayNode arrayOf(ObjectNode obj, String key) {
    JsonNode a = obj.get(key);
    return a instanceof ArrayNode arr ? arr : obj.putArray(key);
  }
}
