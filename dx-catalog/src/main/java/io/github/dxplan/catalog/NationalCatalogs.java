package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.catalog.internal.ShippedCatalogs;
import io.github.dxplan.model.DxplanException;
import io.github.dxplan.model.PlanDate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * An ordered set of catalogue versions, oldest first: the versions shipped with dxplan, plus any
 * the user loads.
 *
 * <p>Example:
 *
 * <pre>{@code
 * NationalCatalogs catalogs = NationalCatalogs.shipped();
 * catalogs.get("latest").version();                               // "3.0"
 * catalogs.inForceOn(LocalDate.of(2024, 3, 1)).map(NationalCatalog::version);   // Optional[2.3]
 * NationalCatalogs mine = catalogs.withCatalog(CatalogLoader.load(Path.of("national-3.1.yaml")));
 * }</pre>
 *
 * <p>Like ThreeTen's zone-rules provider, the versions are discovered into an instance; there is
 * no global registry. {@link #shipped()} is read once (lazily) and shared — its index first, each
 * version's items when that version is first asked for; {@link
 * #withCatalog(NationalCatalog)} and {@link #builder()} make new instances. This class is immutable
 * and thread-safe.
 *
 * <h2>Which version is in force</h2>
 *
 * A version is in force from the day its publication is certain, {@code
 * publishedOn().latest()}, until the next version is. For a version whose day is known that is the
 * day itself (2.3: 2024-02-05). For 3.0 only the year 2024 is confirmed, so 3.0 counts as in force
 * only from 2024-12-31, and a plan adopted in 2024-03 follows 2.3. {@link #possiblyInForceOn}
 * lists the versions that may already have been published on a day, for callers who want to show
 * the uncertainty.
 */
public final class NationalCatalogs {

  /** The name that {@link #get(String)} accepts for the newest version. */
  public static final String LATEST = "latest";

  // The versions by position, oldest first. The names and publication dates are always known; a
  // version's items may be read only when first asked for (the shipped instance, see Shipped), so a
  // caller that needs one version (dx check) does not read all of them. Same results either way.
  private final List<String> names;
  private final List<PlanDate> published;
  private final Map<String, Integer> byName;
  private final AtomicReferenceArray<NationalCatalog> loaded;
  private final IntFunction<NationalCatalog> loader; // null when every version is loaded
  private volatile List<NationalCatalog> all;

  private NationalCatalogs(List<NationalCatalog> versions) {
    List<NationalCatalog> copy = List.copyOf(versions);
    List<String> n = new ArrayList<>(copy.size());
    List<PlanDate> p = new ArrayList<>(copy.size());
    for (NationalCatalog c : copy) {
      n.add(c.version());
      p.add(c.publishedOn());
    }
    this.names = List.copyOf(n);
    this.published = List.copyOf(p);
    this.byName = index(this.names);
    this.loaded = new AtomicReferenceArray<>(copy.toArray(new NationalCatalog[0]));
    this.loader = null;
    this.all = copy;
  }

  private NationalCatalogs(ShippedCatalogs.Index index) {
    this.names = index.names();
    this.published = index.published();
    this.byName = index(this.names);
    this.loaded = new AtomicReferenceArray<>(names.size());
    this.loader = i -> ShippedCatalogs.loadVersion(names.get(i), published.get(i));
    this.all = null;
  }

  private static Map<String, Integer> index(List<String> names) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      m.put(names.get(i), i);
    }
    return Collections.unmodifiableMap(m);
  }

  /** The version at a position, read on first use when this instance reads lazily. */
  private NationalCatalog at(int i) {
    NationalCatalog c = loaded.get(i);
    if (c == null) {
      synchronized (loaded) {
        c = loaded.get(i);
        if (c == null) {
          c = loader.apply(i);
          loaded.set(i, c);
        }
      }
    }
    return c;
  }

  /**
   * Returns whether a version's items have been read (for tests of the lazy shipped instance).
   *
   * @param version the name
   * @return true if it is in memory
   */
  boolean isLoaded(String version) {
    Integer i = byName.get(version);
    return i != null && loaded.get(i) != null;
  }

  private static final class Shipped {
    static final NationalCatalogs INSTANCE = readShipped(true);
  }

  /**
   * Reads a new instance of the shipped versions (tests use it for a fresh one; {@link #shipped()}
   * shares one).
   *
   * @param lazily read the index only (when the build wrote the dates file), each version's items
   *     on first use; false reads every version now, as before
   */
  static NationalCatalogs readShipped(boolean lazily) {
    ShippedCatalogs.Index index = lazily ? ShippedCatalogs.index() : null;
    return index == null ? new NationalCatalogs(ShippedCatalogs.load()) : new NationalCatalogs(index);
  }

  /**
   * Returns the versions shipped with dxplan (1.0, 2.0, 2.3, 3.0), read on first use and cached.
   *
   * @return the shipped versions
   */
  public static NationalCatalogs shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * Returns a builder with no versions; call {@link Builder#addShipped()} to start from the
   * shipped ones.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(List.of());
  }

  /**
   * Returns a builder that starts with the versions of this instance.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(versions());
  }

  /**
   * Returns a copy with one more version, or with the version of the same name replaced (keeping
   * its place).
   *
   * @param catalog the version, e.g. loaded with {@link CatalogLoader}
   * @return the new instance
   * @throws DxplanException if a new version would come before an older one (see {@link
   *     Builder#build()})
   */
  public NationalCatalogs withCatalog(NationalCatalog catalog) {
    return toBuilder().add(catalog).build();
  }

  /**
   * Returns the version with the given name; {@code "latest"} is the newest.
   *
   * @param version the name, e.g. "2.3", or "latest"
   * @return the version, or empty if there is none of that name
   */
  public Optional<NationalCatalog> find(String version) {
    requireNonNull(version, "version");
    if (LATEST.equals(version)) {
      return names.isEmpty() ? Optional.empty() : Optional.of(latest());
    }
    Integer i = byName.get(version);
    return i == null ? Optional.empty() : Optional.of(at(i));
  }

  /**
   * Returns the version with the given name; {@code "latest"} is the newest.
   *
   * @param version the name, e.g. "2.3", or "latest"
   * @return the version
   * @throws UnknownCatalogVersionException if there is none of that name; the message lists the
   *     known names
   */
  public NationalCatalog get(String version) {
    return find(version)
        .orElseThrow(
            () -> new UnknownCatalogVersionException(version, names));
  }

  /**
   * Returns the newest version.
   *
   * @return the last version
   * @throws UnknownCatalogVersionException if there are no versions at all
   */
  public NationalCatalog latest() {
    if (names.isEmpty()) {
      throw new UnknownCatalogVersionException(LATEST, List.of());
    }
    return at(names.size() - 1);
  }

  /**
   * Returns the version in force on a day: the newest whose publication is certain by then
   * ({@code publishedOn().latest()} on or before the day).
   *
   * <p>A plan adopted 2023-12-xx follows 2.0; one adopted 2024-03-xx follows 2.3. A plan whose
   * adoption is known only to the month should pass the first day of the month (e.g. {@code
   * PlanDate.earliest()}): the version certainly available throughout that month.
   *
   * @param day the day, e.g. the day a plan was adopted
   * @return the version, or empty if the day is before the first version was published (before
   *     2020-12-25 for the shipped versions): there was no national plan to follow
   */
  public Optional<NationalCatalog> inForceOn(LocalDate day) {
    requireNonNull(day, "day");
    int found = inForceIndex(day);
    return found < 0 ? Optional.empty() : Optional.of(at(found));
  }

  private int inForceIndex(LocalDate day) {
    int found = -1;
    for (int i = 0; i < published.size(); i++) {
      if (!published.get(i).latest().isAfter(day)) {
        found = i;
      }
    }
    return found;
  }

  /**
   * Returns the versions that may be in force on a day: the one {@link #inForceOn} returns, then
   * any later version whose publication date, known only to the month or year, may already have
   * passed.
   *
   * <p>Example: on 2024-06-01 this is [2.3, 3.0]: 2.3 is certain, 3.0 was published some day in
   * 2024.
   *
   * @param day the day
   * @return the candidates, oldest first; empty if no version can have been published by then
   */
  public List<NationalCatalog> possiblyInForceOn(LocalDate day) {
    requireNonNull(day, "day");
    int certain = inForceIndex(day);
    List<NationalCatalog> out = new ArrayList<>();
    if (certain >= 0) {
      out.add(at(certain));
    }
    for (int i = certain + 1; i < published.size(); i++) {
      if (!published.get(i).earliest().isAfter(day)) {
        out.add(at(i));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns every version, oldest first.
   *
   * @return the versions, unmodifiable
   */
  public List<NationalCatalog> versions() {
    List<NationalCatalog> v = all;
    if (v == null) {
      List<NationalCatalog> out = new ArrayList<>(names.size());
      for (int i = 0; i < names.size(); i++) {
        out.add(at(i));
      }
      v = List.copyOf(out);
      all = v;
    }
    return v;
  }

  /**
   * Returns the names of the versions, oldest first.
   *
   * @return the names, e.g. [1.0, 2.0, 2.3, 3.0]
   */
  public List<String> versionNames() {
    return names;
  }

  /**
   * Returns the item codes of one version. Meant for use as a method reference ({@code
   * Function<String, Set<String>>}) by modules that check claimed codes without depending on the
   * catalogue types.
   *
   * @param version the name, or "latest"
   * @return the codes, in the version's order
   * @throws UnknownCatalogVersionException if there is no version of that name
   */
  public Set<String> codes(String version) {
    return get(version).codes();
  }

  @Override
  public String toString() {
    return "NationalCatalogs" + names;
  }

  /**
   * Builds a {@link NationalCatalogs}: versions in the order added, a version of a name already
   * present replacing the earlier one in place.
   *
   * <p>Example: {@code NationalCatalogs.builder().addShipped().addFile(Path.of("national-3.1.yaml"))
   * .build()}.
   */
  public static final class Builder {

    private final List<NationalCatalog> versions;

    private Builder(List<NationalCatalog> start) {
      this.versions = new ArrayList<>(start);
    }

    /**
     * Adds the shipped versions.
     *
     * @return this builder
     */
    public Builder addShipped() {
      shipped().versions().forEach(this::add);
      return this;
    }

    /**
     * Adds a version, or replaces the version of the same name in place.
     *
     * @param catalog the version
     * @return this builder
     */
    public Builder add(NationalCatalog catalog) {
      requireNonNull(catalog, "catalog");
      for (int i = 0; i < versions.size(); i++) {
        if (versions.get(i).version().equals(catalog.version())) {
          versions.set(i, catalog);
          return this;
        }
      }
      versions.add(catalog);
      return this;
    }

    /**
     * Loads a catalogue file with {@link CatalogLoader#load(Path)} and adds it.
     *
     * @param file the file
     * @return this builder
     * @throws CatalogFormatException if the file is not a valid catalogue
     */
    public Builder addFile(Path file) {
      return add(CatalogLoader.load(file));
    }

    /**
     * Builds the instance.
     *
     * @return the versions, in the order added
     * @throws DxplanException if a version was certainly published before the one added before
     *     it (its {@code publishedOn().latest()} is before the other's {@code earliest()}): add
     *     versions oldest first
     */
    public NationalCatalogs build() {
      for (int i = 1; i < versions.size(); i++) {
        NationalCatalog before = versions.get(i - 1);
        NationalCatalog after = versions.get(i);
        if (after.publishedOn().latest().isBefore(before.publishedOn().earliest())) {
          throw new DxplanException(
              String.format(
                  Locale.ROOT,
                  "catalogue version %s (published %s) cannot follow %s (published %s): add versions"
                      + " oldest first",
                  after.version(),
                  after.publishedOn(),
                  before.version(),
                  before.publishedOn()));
        }
      }
      return new NationalCatalogs(versions);
    }
  }
}
