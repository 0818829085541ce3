package io.github.dxplan.xlsx.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan's JSON tree laid out as the data sheets. Each value goes into its column when the column
 * holds it exactly (the column reads it back to the same value); everything else, of any key, goes
 * into the row's その他（JSON） column, so nothing is lost whatever the plan holds.
 */
final class Exporter {

  private final Items items;
  private final Map<String, SheetData> sheets = new java.util.LinkedHashMap<>();
  private int kpiCount;

  private Exporter(Items items, int itemColumns) {
    this.items = items;
    for (String name : Layout.DATA_SHEETS) {
      sheets.put(name, new SheetData(name, Layout.forSheet(name, itemColumns)));
    }
  }

  static List<SheetData> export(ObjectNode root, Items items) {
    Exporter e = new Exporter(items, Math.max(3, maxItems(root)));
    e.plan(root.deepCopy());
    return new ArrayList<>(e.sheets.values());
  }

  static List<SheetData> empty(Items items) {
    return new ArrayList<>(new Exporter(items, 3).sheets.values());
  }

  private static int maxItems(JsonNode n) {
    int max = 0;
    if (n.isObject()) {
      JsonNode items = n.get("nationalItems");
      if (items != null && items.isArray()) {
        max = items.size();
      }
      for (JsonNode c : n.values()) {
        max = Math.max(max, maxItems(c));
      }
    } else if (n.isArray()) {
      for (JsonNode c : n) {
        max = Math.max(max, maxItems(c));
      }
    }
    return max;
  }

  private void plan(ObjectNode root) {
    JsonNode policies = root.remove("policies");
    JsonNode glossary = root.get("glossary") != null && root.get("glossary").isArray() ? root.remove("glossary") : null;
    JsonNode prev = root.get("previousPlan");
    JsonNode results = prev instanceof ObjectNode p ? p.remove("results") : null;
    if (results != null && prev instanceof ObjectNode p && p.isEmpty()) {
      root.remove("previousPlan");
    }
    JsonNode gov = root.get("governance");
    JsonNode bodies = gov instanceof ObjectNode g ? g.remove("bodies") : null;
    if (bodies != null && gov instanceof ObjectNode g && g.isEmpty()) {
      root.remove("governance");
    }
    if (bodies != null && bodies.isArray()) {
      SheetData s = sheets.get(Layout.GOVERNANCE);
      for (JsonNode b : bodies) {
        fill(s, s.newRow(), (ObjectNode) b);
      }
    }
    SheetData planSheet = sheets.get(Layout.PLAN);
    fill(planSheet, planSheet.newRow(), root);
    if (policies != null && policies.isArray()) {
      int i = 0;
      for (JsonNode policy : policies) {
        element((ObjectNode) policy, 0, String.valueOf(++i), null);
      }
    }
    if (results != null && results.isArray()) {
      SheetData s = sheets.get(Layout.PREVIOUS);
      for (JsonNode r : results) {
        ObjectNode o = (ObjectNode) r;
        // One actual has its own columns; a yearly series stays in その他.
        JsonNode actuals = o.get("actuals");
        if (actuals != null && actuals.isArray() && actuals.size() == 1 && o.get("actual") == null) {
          o.set("actual", actuals.get(0));
          o.remove("actuals");
        }
        fill(s, s.newRow(), o);
      }
    }
    if (glossary != null && glossary.isArray()) {
      SheetData s = sheets.get(Layout.GLOSSARY);
      for (JsonNode g : glossary) {
        fill(s, s.newRow(), (ObjectNode) g);
      }
    }
  }

  private static final String[][] CHILDREN = {{"measures", "kpis", "roadmap"}, {"initiatives", "kpis", "roadmap"}, {"kpis", "roadmap"}};
  private static final String[] NEXT = {"measures", "initiatives", null};

  private void element(ObjectNode el, int level, String ref, String parent) {
    Map<String, JsonNode> kids = new java.util.HashMap<>();
    for (String k : CHILDREN[level]) {
      JsonNode v = el.get(k);
      if (v != null && v.isArray()) {
        kids.put(k, el.remove(k));
      }
    }
    SheetData s = sheets.get(Layout.ELEMENTS);
    String[] row = s.newRow();
    row[s.index("#ref")] = ref;
    row[s.index("#level")] = Layout.LEVELS.get(level);
    row[s.index("#parent")] = parent;
    fill(s, row, el);
    JsonNode kpis = kids.get("kpis");
    if (kpis != null) {
      for (JsonNode k : kpis) {
        kpi((ObjectNode) k, ref);
      }
    }
    JsonNode roadmap = kids.get("roadmap");
    if (roadmap != null) {
      SheetData r = sheets.get(Layout.ROADMAP);
      for (JsonNode entry : roadmap) {
        String[] rr = r.newRow();
        rr[r.index("#owner")] = ref;
        fill(r, rr, (ObjectNode) entry);
      }
    }
    String next = NEXT[level];
    JsonNode children = next == null ? null : kids.get(next);
    if (children != null) {
      int i = 0;
      for (JsonNode c : children) {
        element((ObjectNode) c, level + 1, ref + "-" + (++i), ref);
      }
    }
  }

  private void kpi(ObjectNode k, String owner) {
    JsonNode actuals = k.get("actuals");
    if (actuals != null && actuals.isArray()) {
      k.remove("actuals");
    } else {
      actuals = null;
    }
    SheetData s = sheets.get(Layout.KPIS);
    String ref = "K" + (++kpiCount);
    String[] row = s.newRow();
    row[s.index("#ref")] = ref;
    row[s.index("#owner")] = owner;
    fill(s, row, k);
    if (actuals != null) {
      SheetData a = sheets.get(Layout.ACTUALS);
      for (JsonNode m : actuals) {
        String[] ar = a.newRow();
        ar[a.index("#kpi")] = ref;
        fill(a, ar, (ObjectNode) m);
      }
    }
  }

  /** Fills a row's columns from an object; what no column holds goes to その他. */
  private void fill(SheetData s, String[] row, ObjectNode obj) {
    List<Col> itemCols = new ArrayList<>();
    for (int i = 0; i < s.cols.size(); i++) {
      Col c = s.cols.get(i);
      if (c.type() == Col.Type.ITEM) {
        itemCols.add(c);
        continue;
      }
      if (c.structural()) {
        continue;
      }
      JsonNode v = Trees.get(obj, c.key());
      if (v == null) {
        continue;
      }
      String text = Cells.format(c, v, items.allCodes, items::title);
      if (text != null) {
        row[i] = text;
        Trees.remove(obj, c.key());
      }
    }
    JsonNode codes = obj.get("nationalItems");
    if (!itemCols.isEmpty() && codes != null && codes.isArray() && codes.size() <= itemCols.size()) {
      String[] texts = new String[codes.size()];
      boolean all = true;
      Iterator<JsonNode> it = codes.iterator();
      for (int j = 0; j < texts.length; j++) {
        texts[j] = Cells.format(itemCols.get(j), it.next(), items.allCodes, items::title);
        all &= texts[j] != null;
      }
      if (all) {
        for (int j = 0; j < texts.length; j++) {
          row[s.index(itemCols.get(j).key())] = texts[j];
        }
        obj.remove("nationalItems");
      }
    }
    int extra = s.index("#extra");
    if (!obj.isEmpty() && extra >= 0) {
      row[extra] = Trees.compact(obj);
    }
  }
}
