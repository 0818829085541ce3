package io.github.dxplan.validation.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Orders JSON Pointers into a plan in document order: keys in the order the canonical writer puts them,
 * array indices numerically, a parent before its parts. The order of a key depends on the object it is
 * in, which is named by the nearest key above it ({@code kpis/0/target} is a KPI's target).
 */
public final class PointerOrder implements Comparator<String> {
  /** The one instance. */
  public static final PointerOrder INSTANCE = new PointerOrder();

  private static final List<String> MEASUREMENT = List.of("value", "fiscalYear", "comparator", "asWritten");
  private static final List<String> RANGE = List.of("from", "to");

  private static final Map<String, List<String>> KEYS =
      Map.ofEntries(
          Map.entry(
              "",
              List.of(
                  "schemaVersion", "id", "title", "status", "municipality", "drafted", "adopted", "period",
                  "nationalPlanVersion", "vision", "description", "governance", "notes", "policies", "previousPlan",
                  "tables", "glossary")),
          Map.entry("municipality", List.of("code", "name", "prefecture")),
          Map.entry("period", RANGE),
          Map.entry("governance", List.of("description", "bodies")),
          Map.entry("bodies", List.of("name", "role", "members")),
          Map.entry(
              "policies",
              List.of("id", "label", "title", "description", "nationalItems", "tags", "source", "roadmap", "kpis",
                  "kpiRefs", "notes", "tables", "measures")),
          Map.entry(
              "measures",
              List.of(
                  "id", "label", "title", "description", "challenges", "goal", "departments", "nationalItems",
                  "previousMeasures", "tags", "source", "roadmap", "kpis", "kpiRefs", "notes", "tables",
                  "initiatives")),
          Map.entry(
              "initiatives",
              List.of(
                  "id", "label", "title", "description", "approach", "departments", "nationalItems", "relistOf",
                  "tags", "source", "roadmap", "kpis", "kpiRefs", "notes", "tables")),
          Map.entry("departments", List.of("responsible", "related")),
          Map.entry("roadmap", List.of("label", "kind", "from", "to", "extent", "note", "source")),
          Map.entry(
              "kpis",
              List.of("id", "name", "qualifier", "unit", "direction", "figures", "baseline", "target", "actuals",
                  "measures", "parts", "note", "tags", "source")),
          Map.entry(
              "parts",
              List.of("id", "name", "qualifier", "unit", "direction", "figures", "baseline", "target", "actuals",
                  "measures", "parts", "note", "tags", "source")),
          Map.entry("baseline", MEASUREMENT),
          Map.entry("target", MEASUREMENT),
          Map.entry("actual", MEASUREMENT),
          Map.entry("actuals", MEASUREMENT),
          Map.entry("previousPlan", List.of("title", "period", "evaluatedOn", "groups", "results")),
          Map.entry("groups", List.of("name", "assessment", "challenges", "outlook", "notes")),
          Map.entry("nationalItems", List.of("code", "text", "due", "scope")),
          Map.entry("source", List.of("page", "section", "line")),
          Map.entry("tables", List.of("id", "title", "unit", "source", "columns", "rows", "note")),
          Map.entry("glossary", List.of("term", "definition")),
          Map.entry(
              "results",
              List.of("group", "title", "indicator", "target", "actual", "actuals", "unit", "achieved", "assessment",
                  "note", "source")));

  private PointerOrder() {}

  @Override
  public int compare(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    return compareSegments(segments(a), segments(b));
  }

  /**
   * Splits a pointer into its reference tokens, so that a sort can split each pointer once.
   *
   * @param pointer the pointer
   * @return the tokens; none for {@code ""}
   */
  public static String[] segments(String pointer) {
    return pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
  }

  /**
   * Compares two pointers already split by {@link #segments}.
   *
   * @param sa the first
   * @param sb the second
   * @return the order, as {@link #compare}
   */
  public int compareSegments(String[] sa, String[] sb) {
    String container = "";
    int n = Math.min(sa.length, sb.length);
    for (int i = 0; i < n; i++) {
      String x = sa[i];
      String y = sb[i];
      if (!x.equals(y)) {
        return compareSegments(container, x, y);
      }
      if (!isIndex(x)) {
        container = x;
      }
    }
    return Integer.compare(sa.length, sb.length);
  }

  private static int compareSegments(String container, String x, String y) {
    boolean ix = isIndex(x);
    boolean iy = isIndex(y);
    if (ix && iy) {
      int c = Integer.compare(x.length(), y.length());
      return c != 0 ? c : x.compareTo(y);
    }
    if (ix != iy) {
      return ix ? -1 : 1;
    }
    List<String> order = KEYS.getOrDefault(container, List.of());
    int px = rank(order, x);
    int py = rank(order, y);
    return px != py ? Integer.compare(px, py) : x.compareTo(y);
  }

  private static int rank(List<String> order, String key) {
    int i = order.indexOf(key);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
