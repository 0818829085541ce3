package io.github.dxplan.catalog;

import io.github.dxplan.model.PlanDate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the national 自治体DX推進計画 (or of a catalogue in the same format, such as a
 * prefecture's plan): its items in order, with their facts.
 *
 * <p>Example:
 *
 * <pre>{@code
 * NationalCatalog v23 = NationalCatalogs.shipped().get("2.3");
 * v23.items(Category.PRIORITY).get(0).code();     // "FRONTYARD"
 * v23.contains("ONLINE_PROCEDURES");               // false
 * v23.absorbedInto("ONLINE_PROCEDURES");           // Optional[FRONTYARD]
 * v23.publishedOn();                               // 2024-02-05
 * }</pre>
 *
 * <p>Instances come from {@link CatalogLoader} or {@link #of}. This class is immutable and
 * thread-safe.
 */
public final class NationalCatalog {

  private static final Comparator<NationalItem> ORDER =
      Comparator.comparing(NationalItem::category).thenComparingInt(NationalItem::order);

  private final String version;
  private final String title;
  private final PlanDate publishedOn;
  private final Provenance publicationProvenance;
  private final List<NationalItem> items;
  private final Map<String, NationalItem> byCode;
  private final Map<Category, List<NationalItem>> byCategory;
  private final List<Absorption> absorptions;
  private final Map<String, Absorption> absorptionByCode;
  private final CatalogPeriod period; // null when the file states none

  private NationalCatalog(
      String version,
      String title,
      PlanDate publishedOn,
      Provenance publicationProvenance,
      List<NationalItem> items,
      List<Absorption> absorptions,
      CatalogPeriod period) {
    this.version = version;
    this.period = period;
    this.title = title;
    this.publishedOn = publishedOn;
    this.publicationProvenance = publicationProvenance;
    List<NationalItem> sorted = new ArrayList<>(items);
    sorted.sort(ORDER);
    this.items = List.copyOf(sorted);
    Map<String, NationalItem> codes = new LinkedHashMap<>();
    Map<Category, List<NationalItem>> categories = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      categories.put(c, new ArrayList<>());
    }
    for (NationalItem item : this.items) {
      codes.put(item.code(), item);
      categories.get(item.category()).add(item);
    }
    categories.replaceAll((c, list) -> List.copyOf(list));
    this.byCode = Collections.unmodifiableMap(codes);
    this.byCategory = Collections.unmodifiableMap(categories);
    this.absorptions = List.copyOf(absorptions);
    Map<String, Absorption> absorbed = new LinkedHashMap<>();
    for (Absorption a : this.absorptions) {
      absorbed.put(a.code(), a);
    }
    this.absorptionByCode = Collections.unmodifiableMap(absorbed);
  }

  /**
   * Builds a catalogue from values, checking its invariants.
   *
   * <p>Files are better read with {@link CatalogLoader}, which reports every problem with its
   * line and column; this method is for code that builds catalogues itself and treats a broken
   * one as a programming error.
   *
   * @param version the version name, e.g. "2.3"; not blank, not "latest"
   * @param title the title of the version
   * @param publishedOn when the version was published, as precisely as known
   * @param publicationProvenance whether the publication date is confirmed, and from where
   * @param items the items, in any order
   * @param absorptions codes of earlier versions folded into items of this one
   * @return the catalogue
   * @throws IllegalArgumentException if a code repeats, an order repeats or is not positive
   *     within its category, or an absorption names a code of this version or a missing target
   */
  public static NationalCatalog of(
      String version,
      String title,
      PlanDate publishedOn,
      Provenance publicationProvenance,
      List<NationalItem> items,
      List<Absorption> absorptions) {
    requireNonNull(version, "version");
    requireNonNull(title, "title");
    requireNonNull(publishedOn, "publishedOn");
    requireNonNull(publicationProvenance, "publicationProvenance");
    requireNonNull(items, "items");
    requireNonNull(absorptions, "absorptions");
    if (version.isBlank() || NationalCatalogs.LATEST.equals(version)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "invalid catalogue version name: \"%s\"", version));
    }
    Set<String> codes = new HashSet<>();
    Set<String> positions = new HashSet<>();
    for (NationalItem item : items) {
      requireNonNull(item, "item");
      if (!codes.add(item.code())) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "duplicate item code in version %s: %s", version, item.code()));
      }
      if (item.order() < 1 || !positions.add(item.category() + "#" + item.order())) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "order %d of %s in version %s is not positive or repeats within %s",
                item.order(),
                item.code(),
                version,
                item.category()));
      }
    }
    Set<String> absorbed = new HashSet<>();
    for (Absorption a : absorptions) {
      requireNonNull(a, "absorption");
      if (codes.contains(a.code()) || !codes.contains(a.into()) || !absorbed.add(a.code())) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "invalid absorption in version %s: %s into %s",
                version,
                a.code(),
                a.into()));
      }
    }
    return new NationalCatalog(version, title, publishedOn, publicationProvenance, items, absorptions, null);
  }

  /**
   * Returns a copy with a 対象期間.
   *
   * @param period the period, or null for none stated
   * @return the copy
   */
  public NationalCatalog withPeriod(CatalogPeriod period) {
    return new NationalCatalog(version, title, publishedOn, publicationProvenance, items, absorptions, period);
  }

  /**
   * Returns the version's 対象期間, when the catalogue states it (3.0: to 2026-03-31).
   *
   * @return the period
   */
  public Optional<CatalogPeriod> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns the version name as a value.
   *
   * @return e.g. {@code CatalogVersion.of("3.0")}
   */
  public CatalogVersion catalogVersion() {
    return CatalogVersion.of(version);
  }

  /**
   * Returns the version name, e.g. {@code "2.3"}.
   *
   * @return the version name
   */
  public String version() {
    return version;
  }

  /**
   * Returns the title of the version, e.g. 自治体DX推進計画（第2.3版）.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns when the version was published, as precisely as it is known (3.0: only 2024).
   *
   * @return the publication date
   */
  public PlanDate publishedOn() {
    return publishedOn;
  }

  /**
   * Returns whether the publication date is confirmed, and from where.
   *
   * @return the provenance of {@link #publishedOn()}
   */
  public Provenance publicationProvenance() {
    return publicationProvenance;
  }

  /**
   * Returns the items in the version's order: by {@link Category} (in declaration order), then by
   * order within the category.
   *
   * @return the items, unmodifiable
   */
  public List<NationalItem> items() {
    return items;
  }

  /**
   * Returns the items of one category, in order.
   *
   * @param category the category
   * @return the items, unmodifiable; empty if the version has none
   */
  public List<NationalItem> items(Category category) {
    return byCategory.get(requireNonNull(category, "category"));
  }

  /**
   * Returns the item with the given code.
   *
   * @param code the stable code, e.g. "FRONTYARD"
   * @return the item, or empty if this version does not contain the code
   */
  public Optional<NationalItem> item(String code) {
    return Optional.ofNullable(byCode.get(requireNonNull(code, "code")));
  }

  /**
   * Returns the codes of the items, in the version's order.
   *
   * @return the codes, unmodifiable
   */
  public Set<String> codes() {
    return byCode.keySet();
  }

  /**
   * Returns whether this version contains an item with the given code.
   *
   * @param code the code
   * @return whether the code is an item of this version
   */
  public boolean contains(String code) {
    return byCode.containsKey(requireNonNull(code, "code"));
  }

  /**
   * Returns the code of the item of this version that absorbs the given code of an earlier
   * version, e.g. {@code FRONTYARD} for {@code ONLINE_PROCEDURES} from 2.3.
   *
   * @param code a code that is not an item of this version
   * @return the absorbing code, or empty if this version does not absorb the code
   */
  public Optional<String> absorbedInto(String code) {
    return Optional.ofNullable(absorptionByCode.get(requireNonNull(code, "code")))
        .map(Absorption::into);
  }

  /**
   * Returns the absorptions this version declares.
   *
   * @return the absorptions, unmodifiable
   */
  public List<Absorption> absorptions() {
    return absorptions;
  }

  /**
   * Returns the code under which a plan's claim of {@code code} counts in this version: the code
   * itself if it is an item, the absorbing code if it was absorbed, or empty.
   *
   * @param code a code claimed by a plan
   * @return the code of this version that the claim counts for
   */
  public Optional<String> resolve(String code) {
    return contains(code) ? Optional.of(code) : absorbedInto(code);
  }

  /**
   * Returns every known spelling of the item's title in this version: the title and its variants,
   * without repeats.
   *
   * @param code the code
   * @return the spellings, or an empty set if the code is not an item of this version
   */
  public Set<String> spellings(String code) {
    return item(code)
        .map(
            i -> {
              Set<String> all = new LinkedHashSet<>();
              all.add(i.title());
              all.addAll(i.variants());
              return Collections.unmodifiableSet(all);
            })
        .orElse(Set.of());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof NationalCatalog)) {
      return false;
    }
    NationalCatalog other = (NationalCatalog) o;
    return version.equals(other.version)
        && title.equals(other.title)
        && publishedOn.equals(other.publishedOn)
        && publicationProvenance.equals(other.publicationProvenance)
        && items.equals(other.items)
        && absorptions.equals(other.absorptions)
        && java.util.Objects.equals(period, other.period);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(version, title, publishedOn, items, absorptions);
  }

  /** Returns e.g. {@code NationalCatalog[2.3, published 2024-02-05, 16 items]}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "NationalCatalog[%s, published %s, %d items]",
        version,
        publishedOn,
        items.size());
  }
}
