package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One item of one version of the national plan, under its stable code.
 *
 * <p>Example: in 2.3, {@code STANDARDIZATION} is the {@link Category#PRIORITY} item number 2,
 * titled 自治体の情報システムの標準化・共通化, with a {@link Deadline.Kind#DUE_BY} deadline at {@code
 * FY2025} and the target {@code 20 業務}. The same code in another version may have another title,
 * order or deadlines; {@link CatalogCrosswalk} lists the differences.
 *
 * <p>Each fact carries its own {@link Provenance}: {@link #provenance()} covers that the item is
 * in the version with this category and order; {@link #titleProvenance()} covers the wording of
 * the title; each deadline and target has its own. This class is immutable and thread-safe.
 *
 * @param code the stable concept code, e.g. {@code STANDARDIZATION}
 * @param title the title in this version, as the national plan writes it
 * @param category the section of the plan
 * @param order the position within the category, from 1
 * @param description a short description in dxplan's own words (English)
 * @param deadlines the national deadlines, in the file's order
 * @param targets the national targets, in the file's order
 * @param variants known variant spellings of the title seen in municipal plans (with or without
 *     「自治体の」, 利用推進 / 利用促進, full-width ｅＬＴＡＸ, typos such as デジタルデバイス対策)
 * @param terms extra terms for inference; empty in the shipped files, reserved for dictionaries
 * @param provenance whether the item's presence, category and order are confirmed, and from where
 * @param titleProvenance whether the title's wording is confirmed, and from where
 */
public record NationalItem(
    String code,
    String title,
    Category category,
    int order,
    String description,
    List<Deadline> deadlines,
    List<NationalTarget> targets,
    List<String> variants,
    List<String> terms,
    Provenance provenance,
    Provenance titleProvenance) {

  /**
   * Checks that every component is present and copies the lists.
   *
   * @param code the stable concept code, e.g. {@code STANDARDIZATION}
   * @param title the title in this version, as the national plan writes it
   * @param category the section of the plan
   * @param order the position within the category, from 1
   * @param description a short description in dxplan's own words (English)
   * @param deadlines the national deadlines, in the file's order
   * @param targets the national targets, in the file's order
   * @param variants known variant spellings of the title seen in municipal plans (with or without
   *     「自治体の」, 利用推進 / 利用促進, full-width ｅＬＴＡＸ, typos such as デジタルデバイス対策)
   * @param terms extra terms for inference; empty in the shipped files, reserved for dictionaries
   * @param provenance whether the item's presence, category and order are confirmed, and from where
   * @param titleProvenance whether the title's wording is confirmed, and from where
   */
  public NationalItem {
    requireNonNull(code, "code");
    requireNonNull(title, "title");
    requireNonNull(category, "category");
    requireNonNull(description, "description");
    deadlines = List.copyOf(deadlines);
    targets = List.copyOf(targets);
    variants = List.copyOf(variants);
    terms = List.copyOf(terms);
    requireNonNull(provenance, "provenance");
    requireNonNull(titleProvenance, "titleProvenance");
  }

  /**
   * Returns whether the item's presence, category, order and title are all confirmed.
   *
   * @return {@code true} if both {@link #provenance()} and {@link #titleProvenance()} are verified
   */
  public boolean verified() {
    return provenance.verified() && titleProvenance.verified();
  }
}
