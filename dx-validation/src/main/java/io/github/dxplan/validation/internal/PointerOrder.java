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
                  "schemaVersion", "id", "title", "municipality", "adopted", "period", "nationalPlanVersion",
                  "vision", "description", "governance", "notes", "policies", "previousPlan")),
          Map.entry("municipality", List.of("code", "name", "prefecture")),
          Map.entry("period", RANGE),
          Map.entry("governance", List.of("description", "bodies")),
          Map.entry("bodies", List.of("name", "role", "members")),
          Map.entry(
              "policies",
              List.of("id", "label", "title", "description", "nationalItems", "kpis", "kpiRefs", "notes", "measures")),
          Map.entry(
              "measures",
              List.of(
                  "id", "label", "title", "description", "challenges", "goal", "departments", "nationalItems",
                  "previousMeasures", "kpis", "kpiRefs", "notes", "initiatives")),
          Map.entry(
              "initiatives",
              List.of(
                  "id", "label", "title", "description", "approach", "departments", "nationalItems", "relistOf",
                  "roadmap", "kpis", "kpiRefs", "notes")),
          Map.entry("departments", List.of("responsible", "related")),
          Map.entry("roadmap", List.of("label", "kind", "from", "to", "note")),
          Map.entry(
              "kpis", List.of("id", "name", "unit", "direction", "baseline", "target", "actuals", "note")),
          Map.entry("baseline", MEASUREMENT),
          Map.entry("target", MEASUREMENT),
          Map.entry("actual", MEASUREMENT),
          Map.entry("actuals", MEASUREMENT),
          Map.entry("previousPlan", List.of("title", "period", "evaluatedOn", "results")),
          Map.entry(
              "results",
              List.of("group", "title", "indicator", "target", "actual", "unit", "achieved", "note")));

  private PointerOrder() {}

  @Override
  public int compare(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    String[] sa = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
    String[] sb = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
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
