package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.catalog.internal.RevisionsReader;
import io.github.dxplan.catalog.internal.ShippedCatalogs;
import io.github.dxplan.model.DxPlan;
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
 * day itself (2.3: 2024-02-05). For 3.0 only the month 2024-04 is confirmed, so 3.0 counts as in
 * force from 2024-04-30: a plan adopted in 2024-03 follows 2.3, one adopted in 2024-06 follows 3.0.
 * {@link #possiblyInForceOn} lists the versions that may already have been published on a day, for
 * callers who want to show the uncertainty.
 *
 * <h2>What is not shipped</h2>
 *
 * {@link #revisions()} lists revisions known to exist whose items dxplan does not ship (the 2025-12
 * revision after 3.0; the 2023 revision that added FRONTYARD). {@link #inForceOn} answers among the
 * shipped versions only; {@link #choose} and {@link #notices} say when a newer revision exists and
 * when a version's 対象期間 has ended, as of the day of the check.
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
  // Revisions known to exist whose items are not shipped; null until first asked for (shipped).
  private volatile List<UnshippedRevision> revisions;

  private NationalCatalogs(List<NationalCatalog> versions, List<UnshippedRevision> revisions) {
    this.revisions = List.copyOf(revisions);
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
    this.revisions = null;
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
    return index == null
        ? new NationalCatalogs(ShippedCatalogs.load(), RevisionsReader.shipped())
        : new NationalCatalogs(index);
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
    return new Builder(List.of(), List.of());
  }

  /**
   * Returns a builder that starts with the versions of this instance.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(versions(), revisions());
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

  /**
   * Returns the revisions of the national plan known to exist whose items this set does not hold
   * (shipped: the 2023 revision that added FRONTYARD, and the 2025-12 revision), leaving out any that
   * a version of this set covers (one loaded by the user, published when the revision was).
   *
   * @return the revisions, unmodifiable
   */
  public List<UnshippedRevision> revisions() {
    List<UnshippedRevision> r = revisions;
    if (r == null) {
      r = RevisionsReader.shipped();
      revisions = r;
    }
    List<UnshippedRevision> out = new ArrayList<>();
    for (UnshippedRevision rev : r) {
      if (!covered(rev)) {
        out.add(rev);
      }
    }
    return List.copyOf(out);
  }

  /** Whether a version of this set, later than the revision's predecessor, may be that revision. */
  private boolean covered(UnshippedRevision rev) {
    int after = position(rev.after());
    for (int i = 0; i < names.size(); i++) {
      boolean later = after >= 0 ? i > after : CatalogVersion.isValid(names.get(i))
          && CatalogVersion.of(names.get(i)).compareTo(rev.after()) > 0;
      PlanDate p = published.get(i);
      if (later
          && !p.latest().isBefore(rev.publishedOn().earliest())
          && !p.earliest().isAfter(rev.publishedOn().latest())) {
        return true;
      }
    }
    return false;
  }

  private int position(CatalogVersion v) {
    Integer i = byName.get(v.name());
    return i == null ? -1 : i;
  }

  /** Whether a revision follows a version: its predecessor is that version or a later one. */
  private boolean follows(UnshippedRevision rev, NationalCatalog version) {
    int at = position(version.catalogVersion());
    int after = position(rev.after());
    if (at >= 0 && after >= 0) {
      return after >= at;
    }
    return rev.after().compareTo(version.catalogVersion()) >= 0;
  }

  /**
   * Returns the revisions not shipped that are newer than a version and may exist on a day.
   *
   * @param version the version used
   * @param day the day of the check
   * @return the revisions, oldest first
   */
  public List<UnshippedRevision> newerUnshipped(NationalCatalog version, LocalDate day) {
    requireNonNull(version, "version");
    requireNonNull(day, "day");
    List<UnshippedRevision> out = new ArrayList<>();
    for (UnshippedRevision r : revisions()) {
      if (follows(r, version) && r.mayExistOn(day)) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the revision not shipped that added a code a version lacks, when a plan of that day may
   * already have followed it. Such a claim is not unknown: the plan follows a newer revision whose
   * items dxplan does not ship.
   *
   * <p>Example: FRONTYARD claimed by a plan adopted in 2023-06 and checked against 2.0 returns the
   * 2023 revision; the same claim in a plan adopted in 2022 returns empty.
   *
   * @param code the claimed code, e.g. {@code FRONTYARD}
   * @param version the version the plan is checked against
   * @param day the plan's adoption or draft day
   * @return the revision
   */
  public Optional<UnshippedRevision> addedByUnshipped(String code, NationalCatalog version, LocalDate day) {
    requireNonNull(code, "code");
    for (UnshippedRevision r : newerUnshipped(version, day)) {
      if (r.adds().contains(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns what a check against a version must tell its reader on a day: {@link
   * CatalogNotice.Code#NEWER_REVISION_NOT_SHIPPED} and {@link CatalogNotice.Code#PERIOD_ENDED}.
   *
   * @param version the version used
   * @param asOf the day of the check
   * @return the notices, possibly none
   */
  public List<CatalogNotice> notices(NationalCatalog version, LocalDate asOf) {
    List<CatalogNotice> out = new ArrayList<>();
    List<UnshippedRevision> newer = newerUnshipped(version, asOf);
    if (!newer.isEmpty()) {
      StringBuilder names = new StringBuilder();
      boolean allVerified = true;
      for (UnshippedRevision r : newer) {
        if (names.length() > 0) {
          names.append(", ");
        }
        names.append(r.name());
        allVerified &= r.provenance().verified();
      }
      String v = version.version();
      out.add(new CatalogNotice(CatalogNotice.Code.NEWER_REVISION_NOT_SHIPPED,
          "より新しい国の自治体DX推進計画（" + names + "）が公表されていますが、dxplan はその項目を収録していません。第"
              + v + "版で確認しています" + (allVerified ? "" : "（公表は未確認の情報によります）"),
          (newer.size() == 1 ? "a newer national plan (" + names + ") exists" : "newer national plans (" + names + ") exist")
              + " whose items dxplan does not ship; checked against " + v
              + (allVerified ? "" : " (that it exists is not confirmed)")));
    }
    Optional<CatalogPeriod> period = version.period();
    if (period.isPresent() && period.get().hasEndedOn(asOf)) {
      String end = period.get().to().latest().toString();
      out.add(new CatalogNotice(CatalogNotice.Code.PERIOD_ENDED,
          "第" + version.version() + "版の対象期間は " + end + " に終了しています",
          "the period of national plan " + version.version() + " ended on " + end));
    }
    return List.copyOf(out);
  }

  /**
   * Chooses the version a plan is checked against: the one rule that validation, mapping and {@code
   * dx} share. It is the plan's {@code nationalPlanVersion} when this set knows it; else the version
   * in force on the plan's adoption date, or on its draft date ({@code drafted}) when it is not
   * adopted (the first possible day of either); else the newest. The choice says
   * why, and carries the notices of {@link #notices} plus {@link
   * CatalogNotice.Code#UNKNOWN_PLAN_VERSION} when the plan states a version this set does not know.
   *
   * <p>Example: {@code NationalCatalogs.shipped().choose(plan, LocalDate.now(clock))}; a plan adopted
   * 2024-06 is checked against 3.0 (published 2024-04), one adopted 2024-03 against 2.3.
   *
   * @param plan the plan
   * @param asOf the day of the check (take it from a {@link java.time.Clock})
   * @return the choice
   * @throws UnknownCatalogVersionException if this set holds no version at all
   */
  public VersionChoice choose(DxPlan plan, LocalDate asOf) {
    return choose(null, plan, asOf);
  }

  /**
   * Chooses as {@link #choose(DxPlan, LocalDate)} does, unless the caller names a version.
   *
   * @param requested the version the caller asks for (e.g. {@code --national-plan 2.3}, or {@code
   *     latest}), or null for the plan's default
   * @param plan the plan
   * @param asOf the day of the check
   * @return the choice
   * @throws UnknownCatalogVersionException if {@code requested} names no version
   */
  public VersionChoice choose(String requested, DxPlan plan, LocalDate asOf) {
    requireNonNull(plan, "plan");
    requireNonNull(asOf, "asOf");
    if (requested != null) {
      NationalCatalog c = get(requested);
      return choice(c, VersionBasis.REQUESTED, null, null, asOf,
          "指定された版（" + requested + "）", "requested (" + requested + ")");
    }
    String stated = plan.nationalPlanVersion() == null ? null : plan.nationalPlanVersion().strip();
    String unknown = null;
    if (stated != null && !stated.isEmpty()) {
      Optional<NationalCatalog> c = LATEST.equals(stated) ? Optional.empty() : find(stated);
      if (c.isPresent()) {
        return choice(c.get(), VersionBasis.PLAN, null, null, asOf,
            "計画が明記する版（" + stated + "）", "the plan's nationalPlanVersion (" + stated + ")");
      }
      unknown = stated;
    }
    String unknownJa = unknown == null ? "" : "計画が明記する版「" + unknown + "」は不明のため、";
    String unknownEn = unknown == null ? "" : "the plan's nationalPlanVersion \"" + unknown + "\" is unknown, so ";
    PlanDate date = plan.adopted() != null ? plan.adopted() : plan.drafted();
    if (date != null) {
      boolean draft = plan.adopted() == null;
      LocalDate day = date.earliest();
      Optional<NationalCatalog> c = inForceOn(day);
      if (c.isPresent()) {
        boolean newer = !newerUnshipped(c.get(), day).isEmpty();
        String tail = newer ? "; a newer revision dxplan does not ship may already have been in force" : "";
        String tailJa = newer ? "（dxplan が収録していない新しい改定が既に適用されていた可能性があります）" : "";
        return choice(c.get(), draft ? VersionBasis.DRAFT : VersionBasis.ADOPTION, day, unknown, asOf,
            unknownJa + (draft ? "原案の日付（" : "策定日（") + date + "）に適用されていた版" + tailJa,
            unknownEn + "the version in force on the plan's " + (draft ? "draft date" : "adoption") + " (" + date + ")"
                + tail);
      }
    }
    return choice(latest(), VersionBasis.LATEST, null, unknown, asOf,
        unknownJa + (date == null ? "計画が版も策定日も明記しないため、最新の版" : "計画の日付が最初の版より前のため、最新の版"),
        unknownEn + (date == null ? "the plan states neither a known version nor a date: the newest version"
            : "the plan's date is before the first version: the newest version"));
  }

  private VersionChoice choice(NationalCatalog c, VersionBasis basis, LocalDate basisDate, String unknown,
      LocalDate asOf, String ja, String en) {
    List<CatalogNotice> notices = new ArrayList<>();
    if (unknown != null) {
      String known = String.join(", ", names);
      notices.add(new CatalogNotice(CatalogNotice.Code.UNKNOWN_PLAN_VERSION,
          "計画が明記する国の計画の版「" + unknown + "」を dxplan は知りません（既知の版: " + known + "）。第"
              + c.version() + "版で確認しています",
          "the plan states national plan version \"" + unknown + "\", which dxplan does not know (known: "
              + known + "); checked against " + c.version()));
    }
    notices.addAll(notices(c, asOf));
    return new VersionChoice(c, basis, Optional.ofNullable(basisDate), Optional.ofNullable(unknown), names, asOf,
        ja, en, notices);
  }

  /**
   * The status of one version on a day, for listings such as {@code dx catalog list}.
   *
   * @param version the version
   * @param day the day
   * @return its status
   */
  public VersionStatus status(NationalCatalog version, LocalDate day) {
    requireNonNull(version, "version");
    requireNonNull(day, "day");
    if (version.publishedOn().earliest().isAfter(day)) {
      return VersionStatus.NOT_YET_PUBLISHED;
    }
    int at = position(version.catalogVersion());
    for (int i = at + 1; at >= 0 && i < names.size(); i++) {
      if (!published.get(i).latest().isAfter(day)) {
        return VersionStatus.SUPERSEDED;
      }
    }
    if (!newerUnshipped(version, day).isEmpty()) {
      return VersionStatus.SUPERSEDED_NOT_SHIPPED;
    }
    if (version.period().isPresent() && version.period().get().hasEndedOn(day)) {
      return VersionStatus.PERIOD_ENDED;
    }
    return VersionStatus.IN_FORCE;
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
    private final List<UnshippedRevision> revisions;

    private Builder(List<NationalCatalog> start, List<UnshippedRevision> revisions) {
      this.versions = new ArrayList<>(start);
      this.revisions = new ArrayList<>(revisions);
    }

    /**
     * Adds the shipped versions and the shipped list of revisions known but not shipped.
     *
     * @return this builder
     */
    public Builder addShipped() {
      shipped().versions().forEach(this::add);
      for (UnshippedRevision r : shipped().revisions()) {
        if (!revisions.contains(r)) {
          revisions.add(r);
        }
      }
      return this;
    }

    /**
     * Adds a revision known to exist whose items are not in this set of versions.
     *
     * @param revision the revision
     * @return this builder
     */
    public Builder addRevision(UnshippedRevision revision) {
      revisions.add(requireNonNull(revision, "revision"));
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
      return new NationalCatalogs(versions, revisions);
    }
  }
}
