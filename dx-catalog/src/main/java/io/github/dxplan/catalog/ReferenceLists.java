package io.github.dxplan.catalog;

import io.github.dxplan.catalog.internal.ReferenceListsReader;
import java.util.List;

/**
 * The reference lists the national plan relies on, shipped as data ({@code reference-lists.yaml}):
 * the 20 標準化対象事務, the structure of the 31 online procedures and the four pillars of
 * デジタル田園都市国家構想.
 *
 * <p>Example: {@code ReferenceLists.standardizationTargets().get(0)} is 住民基本台帳 and {@code
 * ReferenceLists.onlineProcedures().total()} is 31. The data is read once, on first use. This class
 * is thread-safe.
 */
public final class ReferenceLists {

  private ReferenceLists() {}

  private static final class Holder {
    static final ReferenceListsReader.Data DATA = ReferenceListsReader.shipped();
  }

  /**
   * Returns the 20 標準化対象事務 in the reference's order (住民基本台帳 … 印鑑登録).
   *
   * @return the names, unmodifiable
   */
  public static List<String> standardizationTargets() {
    return Holder.DATA.standardizationTargets();
  }

  /**
   * Returns the 17 基幹業務 of 2020 (自治体DX推進計画 1.0): the first 17 of {@link
   * #standardizationTargets()}; 戸籍, 戸籍の附票 and 印鑑登録 came later.
   *
   * @return the names, unmodifiable
   */
  public static List<String> originalStandardizationTargets() {
    return Holder.DATA
        .standardizationTargets()
        .subList(0, Holder.DATA.originalStandardizationCount());
  }

  /**
   * Returns where the list of 標準化対象事務 comes from.
   *
   * @return the provenance
   */
  public static Provenance standardizationTargetsProvenance() {
    return Holder.DATA.standardizationProvenance();
  }

  /**
   * Returns the structure of the 31 online procedures (counts by group, names only where
   * confirmed).
   *
   * @return the structure
   */
  public static OnlineProcedures onlineProcedures() {
    return Holder.DATA.onlineProcedures();
  }

  /**
   * Returns the four pillars of デジタル田園都市国家構想, in the reference's order.
   *
   * @return the names, unmodifiable
   */
  public static List<String> digitalGardenCityPillars() {
    return Holder.DATA.digitalGardenCityPillars();
  }
}
