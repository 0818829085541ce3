package io.github.dxplan.xlsx.internal;

import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.catalog.NationalCatalogs;
import io.github.dxplan.catalog.NationalItem;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The national items a workbook offers: the chosen version's codes and titles (for the dropdowns and
 * the 国の項目 sheet), and every code any shipped version knows (what the import accepts).
 */
public final class Items {
  final String version;
  final Map<String, String> titles;
  final Set<String> allCodes;

  private Items(String version, Map<String, String> titles, Set<String> allCodes) {
    this.version = version;
    this.titles = titles;
    this.allCodes = allCodes;
  }

  /**
   * Returns the items of a version.
   *
   * @param version a version name, {@code latest}, or {@code null} for the latest
   * @return the items
   * @throws io.github.dxplan.catalog.UnknownCatalogVersionException for an unknown version
   */
  public static Items of(String version) {
    NationalCatalogs shipped = NationalCatalogs.shipped();
    NationalCatalog catalog = version == null ? shipped.latest() : shipped.get(version);
    Map<String, String> titles = new LinkedHashMap<>();
    for (NationalItem item : catalog.items()) {
      titles.put(item.code(), item.title());
    }
    Set<String> all = new LinkedHashSet<>(titles.keySet());
    for (NationalCatalog c : shipped.versions()) {
      all.addAll(c.codes());
    }
    return new Items(catalog.version(), Map.copyOf(titles), Set.copyOf(all));
  }

  /**
   * Returns the items for a plan: its own national plan version if shipped, else the latest.
   *
   * @param planVersion the plan's {@code nationalPlanVersion}, or {@code null}
   * @return the items
   */
  static Items forPlan(String planVersion) {
    if (planVersion != null && NationalCatalogs.shipped().find(planVersion).isPresent()) {
      return of(planVersion);
    }
    return of(null);
  }

  String title(String code) {
    String t = titles.get(code);
    if (t == null) {
      for (NationalCatalog c : NationalCatalogs.shipped().versions()) {
        var i = c.item(code);
        if (i.isPresent()) {
          return i.get().title();
        }
      }
    }
    return t;
  }
}
