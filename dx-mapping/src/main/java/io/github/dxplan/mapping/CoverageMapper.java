package io.github.dxplan.mapping;

import io.github.dxplan.model.ElementKind;
import static java.util.Objects.requireNonNull;

import io.github.dxplan.catalog.CatalogNotice;
import io.github.dxplan.catalog.Deadline;
import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.catalog.NationalCatalogs;
import io.github.dxplan.catalog.NationalItem;
import io.github.dxplan.catalog.UnshippedRevision;
import io.github.dxplan.catalog.VersionBasis;
import io.github.dxplan.catalog.VersionChoice;
import io.github.dxplan.mapping.internal.Inference;
import io.github.dxplan.mapping.internal.InferenceRules;
import io.github.dxplan.mapping.internal.TermDictionary;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.NationalClaim;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapExtent;
import io.github.dxplan.model.RoadmapKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Maps a plan onto a version of the national 自治体DX推進計画: claimed links, inferred links with
 * evidence, item status and deadline status.
 *
 * <p>Example:
 *
 * <pre>{@code
 * CoverageReport r = CoverageMapper.create().map(plan);          // the plan's own version
 * CoverageReport s = CoverageMapper.builder().inferOnly(true).build().map(plan, "2.3");
 * }</pre>
 *
 * <p>The default version is the plan's {@code nationalPlanVersion}, else the one in force on its
 * adoption date (its first possible day), else {@code latest}. Claims are primary; inferred links
 * are scored suggestions, and {@link CoverageStatus#MISSING} is not proof of a gap. The term
 * automaton of each version is built on first use and cached. This class is immutable and
 * thread-safe.
 */
public final class CoverageMapper {

  /**
   * The inference threshold the shipped terms file of every version sets ({@code rules.threshold}):
   * an item counts as inferred for an element from this score. The number itself lives in the data
   * files; a test keeps this constant equal to it.
   */
  public static final double DEFAULT_THRESHOLD = 0.5;

  static final int MAX_EVIDENCE = 8;

  private final NationalCatalogs catalogs;
  private final TermDictionary userTerms;
  private final boolean useShippedTerms;
  private final double threshold;
  private final boolean inferOnly;
  private final Clock clock;
  private final Map<String, Inference> inference = new ConcurrentHashMap<>();

  private CoverageMapper(Builder b) {
    this.catalogs = b.catalogs;
    this.userTerms = b.userTerms;
    this.useShippedTerms = b.useShippedTerms;
    this.threshold = b.threshold;  // NaN: each version's own (its terms file)
    this.inferOnly = b.inferOnly;
    this.clock = b.clock;
  }

  /**
   * Returns a mapper over the shipped catalogues and terms, with the default threshold.
   *
   * @return the mapper
   */
  public static CoverageMapper create() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a builder with the shipped catalogues and terms
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the catalogues this mapper uses.
   *
   * @return the catalogues
   */
  public NationalCatalogs catalogs() {
    return catalogs;
  }

  /**
   * Returns the inference threshold.
   *
   * @return the threshold, 0 to 1
   */
  public double threshold() {
    return Double.isNaN(threshold) ? DEFAULT_THRESHOLD : threshold;
  }

  /**
   * Returns whether the plan's own claims are ignored.
   *
   * @return {@code true} for infer-only
   */
  public boolean inferOnly() {
    return inferOnly;
  }

  /**
   * Returns the catalogue version a plan is checked against by default, by the one rule of {@link
   * NationalCatalogs#choose}: its {@code nationalPlanVersion}, else the version in force on its
   * adoption, else the latest.
   *
   * @param plan the plan
   * @return the version
   */
  public NationalCatalog defaultCatalog(DxPlan plan) {
    return choose(null, plan).catalog();
  }

  /**
   * Returns the choice of version for a plan, with its reason and its notices as of today (by this
   * mapper's clock).
   *
   * @param requested a version the caller names, or null for the plan's default
   * @param plan the plan
   * @return the choice
   * @throws io.github.dxplan.catalog.UnknownCatalogVersionException if {@code requested} names no
   *     version
   */
  public VersionChoice choose(String requested, DxPlan plan) {
    return catalogs.choose(requested, plan, LocalDate.now(clock));
  }

  /**
   * Maps a plan against its default version.
   *
   * @param plan the plan
   * @return the report
   */
  public CoverageReport map(DxPlan plan) {
    requireNonNull(plan, "plan");
    VersionChoice c = choose(null, plan);
    return map(plan, c.catalog(), c.basis(), c.notices(), planDay(plan, c));
  }

  /**
   * Maps a plan against a named version.
   *
   * @param plan the plan
   * @param version e.g. {@code 2.3} or {@code latest}
   * @return the report
   * @throws io.github.dxplan.catalog.UnknownCatalogVersionException if there is no such
   *     version
   */
  public CoverageReport map(DxPlan plan, String version) {
    requireNonNull(plan, "plan");
    requireNonNull(version, "version");
    VersionChoice c = choose(version, plan);
    return map(plan, c.catalog(), c.basis(), c.notices(), planDay(plan, c));
  }

  /**
   * Returns what changes for a plan between two versions; see {@link RevisionImpact}.
   *
   * @param plan the plan
   * @param fromVersion the version it was written under, e.g. {@code 2.0}
   * @param toVersion the version to move to, e.g. {@code 2.3}
   * @return the impact
   */
  public RevisionImpact revisionImpact(DxPlan plan, String fromVersion, String toVersion) {
    return RevisionImpact.of(map(plan, fromVersion), map(plan, toVersion));
  }

  Inference inference(NationalCatalog catalog) {
    String key = catalog.version() + "@" + System.identityHashCode(catalog);
    return inference.computeIfAbsent(key, k -> {
      if (useShippedTerms && userTerms.terms().isEmpty() && userTerms.alongside().isEmpty()) {
        // The shipped terms alone: read what the build derived from them (CompileShipped), when it
        // was made for this catalogue; otherwise build it.
        Inference shipped = Inference.shipped(catalog, threshold);
        if (shipped != null) {
          return shipped;
        }
      }
      TermDictionary terms = useShippedTerms ? TermDictionary.shipped(catalog.version())
          : TermDictionary.empty();
      return Inference.build(catalog, terms.plus(userTerms), threshold);
    });
  }

  // ---------------------------------------------------------------------------------------------

  private static final class Node {
    final String path;
    final ElementKind kind;
    final String label;
    final String title;
    List<Node> children = List.of();
    /** Code -> pointer of the claim; an immutable empty map until the first claim. */
    Map<String, String> claims = Map.of();
    Map<String, Inference.Candidate> inferred = Map.of();
    /** Code -> the subset the claim names (format 2's {@code scope}); empty until the first scoped claim. */
    Map<String, String> claimScopes = Map.of();
    List<RoadmapEntry> roadmap = List.of();
    List<Kpi> kpis = List.of();
    /** The items each KPI's name alone links to, computed on first use by a deadline (kpisAbout). */
    List<Set<String>> kpiItems;

    Node(String path, ElementKind kind, String label, String title) {
      this.path = path;
      this.kind = kind;
      this.label = label;
      this.title = title;
    }

    void addChild(Node n) {
      if (children.isEmpty()) {
        children = new ArrayList<>();
      }
      children.add(n);
    }
  }

  /** Pointer segments for small indexes, built once ({@code /policies/3}, {@code /kpis/0/name}, ...). */
  private static final int SEGMENTS = 64;
  private static final String[] POLICIES = segments("/policies/", "");
  private static final String[] MEASURES = segments("/measures/", "");
  private static final String[] INITIATIVES = segments("/initiatives/", "");
  private static final String[] CHALLENGES = segments("/challenges/", "");
  private static final String[] KPI_NAMES = segments("/kpis/", "/name");
  private static final String[] NATIONAL_ITEMS = segments("/nationalItems/", "");

  private static String[] segments(String before, String after) {
    String[] s = new String[SEGMENTS];
    for (int k = 0; k < SEGMENTS; k++) {
      s[k] = before + k + after;
    }
    return s;
  }

  /** {@code base + before + k + after}, with one allocation for a small {@code k}. */
  private static String pointer(String base, String[] cached, String before, int k, String after) {
    return base.concat(k < SEGMENTS ? cached[k] : before + k + after);
  }

  /** The plan's own day (adoption, else draft), else the day of the check. */
  private static LocalDate planDay(DxPlan plan, VersionChoice c) {
    return plan.adopted() != null ? plan.adopted().earliest()
        : plan.drafted() != null ? plan.drafted().earliest() : c.asOf();
  }

  private CoverageReport map(DxPlan plan, NationalCatalog catalog, VersionBasis basis, List<CatalogNotice> notices,
      LocalDate planDay) {
    Inference inf = inference(catalog);
    InferenceRules rules = inf.rules();
    List<UnresolvedClaim> unresolved = new ArrayList<>();
    List<Node> all = new ArrayList<>();
    List<Node> roots = new ArrayList<>();
    List<BasicPolicy> policies = plan.policies();
    for (int p = 0; p < policies.size(); p++) {
      BasicPolicy policy = policies.get(p);
      String pp = p < SEGMENTS ? POLICIES[p] : "/policies/" + p;
      Node pn = new Node(pp, ElementKind.POLICY, policy.label(), policy.title());
      all.add(pn);
      roots.add(pn);
      claims(pn, policy.nationalClaims(), catalog, planDay, unresolved);
      pn.kpis = policy.kpis();
      pn.roadmap = policy.roadmap();
      // Ancestors' titles, matched once: the policy title as context only, the measure title as
      // discounted text for initiatives that link nothing on their own.
      List<Inference.Scanned> measureContext = inherit(inf, List.of(), pp, "/title", policy.title(), 0);
      List<Measure> measures = policy.measures();
      for (int m = 0; m < measures.size(); m++) {
        Measure measure = measures.get(m);
        String mp = pointer(pp, MEASURES, "/measures/", m, "");
        Node mn = new Node(mp, ElementKind.MEASURE, measure.label(), measure.title());
        all.add(mn);
        pn.addChild(mn);
        claims(mn, measure.nationalClaims(), catalog, planDay, unresolved);
        mn.kpis = measure.kpis();
        mn.roadmap = measure.roadmap();
        List<Inference.Scanned> initiativeContext = measure.initiatives().isEmpty() ? List.of()
            : inherit(inf, measureContext, mp, "/title", measure.title(), rules.inherited());
        List<Initiative> initiatives = measure.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
          Initiative initiative = initiatives.get(i);
          String ip = pointer(mp, INITIATIVES, "/initiatives/", i, "");
          Node in = new Node(ip, ElementKind.INITIATIVE, initiative.label(), initiative.title());
          all.add(in);
          mn.addChild(in);
          claims(in, initiative.nationalClaims(), catalog, planDay, unresolved);
          in.roadmap = initiative.roadmap();
          in.kpis = initiative.kpis();
          in.inferred = inf.infer(initiativeFields(ip, initiative, rules), initiativeContext);
        }
        mn.inferred = rollUp(inf.infer(measureFields(mp, measure, rules), measureContext), mn.children, rules);
      }
      pn.inferred = rollUp(inf.infer(policyFields(pp, policy, rules)), pn.children, rules);
    }

    Map<String, Integer> order = new HashMap<>();
    List<NationalItem> catalogItems = catalog.items();
    for (int k = 0; k < catalogItems.size(); k++) {
      order.put(catalogItems.get(k).code(), k);
    }
    List<ElementCoverage> elements = new ArrayList<>(all.size());
    String[] codes = new String[8];
    int[] ranks = new int[8];
    for (Node n : all) {
      if (n.claims.isEmpty() && n.inferred.isEmpty()) {
        elements.add(new ElementCoverage(n.path, n.kind, n.label, n.title, List.of()));
        continue;
      }
      // The codes in catalogue order (claims first, then inferred; a code ranked like one already
      // there is dropped, as a TreeSet ordered by rank would).
      int size = n.claims.size() + n.inferred.size();
      if (codes.length < size) {
        codes = new String[size];
        ranks = new int[size];
      }
      int count = 0;
      for (int pass = 0; pass < 2; pass++) {
        for (String code : pass == 0 ? n.claims.keySet() : n.inferred.keySet()) {
          Integer r = order.get(code);
          int rank = r == null ? Integer.MAX_VALUE : r;
          int at = count;
          boolean dup = false;
          for (int k = 0; k < count; k++) {
            if (ranks[k] == rank) {
              dup = true;
              break;
            }
          }
          if (dup) {
            continue;
          }
          while (at > 0 && ranks[at - 1] > rank) {
            ranks[at] = ranks[at - 1];
            codes[at] = codes[at - 1];
            at--;
          }
          ranks[at] = rank;
          codes[at] = code;
          count++;
        }
      }
      List<ElementLink> links = new ArrayList<>(count);
      for (int k = 0; k < count; k++) {
        String code = codes[k];
        Inference.Candidate c = n.inferred.get(code);
        String claim = n.claims.get(code);
        List<Evidence> ev;
        if (claim == null && c.hits().size() <= MAX_EVIDENCE) {
          ev = c.hits(); // immutable already: the link keeps it as it is
        } else {
          ev = new ArrayList<>(c == null ? 1 : Math.min(c.hits().size() + 1, MAX_EVIDENCE));
          if (claim != null) {
            ev.add(new Evidence(claim, code, 0, 0, code, 1.0));
          }
          if (c != null) {
            for (Evidence h : c.hits()) {
              if (ev.size() >= MAX_EVIDENCE) {
                break;
              }
              ev.add(h);
            }
          }
        }
        links.add(claim != null
            ? new ElementLink(code, LinkSource.EXPLICIT, 1.0, ev)
            : new ElementLink(code, LinkSource.INFERRED, c.score(), ev));
      }
      elements.add(new ElementCoverage(n.path, n.kind, n.label, n.title, links));
    }

    // Each item's claiming and inferring elements, in element order: one pass over the elements.
    Map<String, ItemLinks> byItem = new HashMap<>();
    for (Node n : all) {
      for (String code : n.claims.keySet()) {
        byItem.computeIfAbsent(code, k -> new ItemLinks()).claimedBy.add(n.path);
      }
      for (Inference.Candidate c : n.inferred.values()) {
        if (!n.claims.containsKey(c.code())) {
          ItemLinks l = byItem.computeIfAbsent(c.code(), k -> new ItemLinks());
          l.inferredBy.add(n.path);
          l.best = Math.max(l.best, c.score());
        }
      }
    }
    Map<String, Map<String, String>> scopes = new HashMap<>();
    for (Node n : all) {
      if (!n.claimScopes.isEmpty()) {
        scopes.put(n.path, n.claimScopes);
      }
    }
    List<ItemCoverage> items = new ArrayList<>();
    for (NationalItem item : catalogItems) {
      String code = item.code();
      ItemLinks l = byItem.get(code);
      List<String> claimedBy = l == null ? new ArrayList<>() : l.claimedBy;
      List<String> inferredBy = l == null ? new ArrayList<>() : l.inferredBy;
      double best = l == null ? 0 : l.best;
      CoverageStatus status = !claimedBy.isEmpty() ? CoverageStatus.COVERED
          : !inferredBy.isEmpty() ? CoverageStatus.INFERRED : CoverageStatus.MISSING;
      double score = status == CoverageStatus.COVERED ? 1.0 : best;
      List<DeadlineCheck> checks = new ArrayList<>();
      // A deadline for a named subset (特定移行支援システム) applies to the elements whose claim names
      // that scope, and the item's own deadline to the others: a system scheduled for FY2030 under the
      // 特定移行支援システム exception is on time.
      List<String> inScope = new ArrayList<>();
      for (Deadline d : item.deadlines()) {
        if (d.scope().isPresent()) {
          List<String> scoped = new ArrayList<>();
          for (String path : claimedBy) {
            String claimScope = scopes.getOrDefault(path, Map.of()).get(code);
            if (claimScope != null && d.appliesTo(claimScope)) {
              scoped.add(path);
            }
          }
          if (!scoped.isEmpty()) {
            checks.add(checkDeadline(d, code, roots, scoped, List.of(), List.of(), inf));
            inScope.addAll(scoped);
          }
        }
      }
      List<String> rest = new ArrayList<>(claimedBy);
      rest.removeAll(inScope);
      for (Deadline d : item.deadlines()) {
        if (d.scope().isEmpty()) {
          DeadlineCheck c = checkDeadline(d, code, roots, rest, inferredBy, inScope, inf);
          if (c != null) {
            checks.add(c);
          }
        }
      }
      items.add(new ItemCoverage(item, status, score, claimedBy, inferredBy, checks));
    }
    String municipality = plan.municipality() == null ? null : plan.municipality().name();
    return new CoverageReport(plan.id(), plan.title(), municipality, catalog, basis, inferOnly,
        inf.rules().threshold(), items, elements, unresolved, notices);
  }

  private static final class ItemLinks {
    final List<String> claimedBy = new ArrayList<>();
    final List<String> inferredBy = new ArrayList<>();
    double best;
  }

  private void claims(Node n, List<NationalClaim> codes, NationalCatalog catalog, LocalDate planDay,
      List<UnresolvedClaim> unresolved) {
    if (inferOnly) {
      return;
    }
    for (int k = 0; k < codes.size(); k++) {
      NationalClaim claim = codes.get(k);
      String raw = claim == null ? null : claim.code();
      if (raw == null) {
        continue;
      }
      String pointer = pointer(n.path, NATIONAL_ITEMS, "/nationalItems/", k, "");
      Optional<String> code = catalog.resolve(raw.strip());
      if (code.isPresent()) {
        if (n.claims.isEmpty()) {
          n.claims = new LinkedHashMap<>();
        }
        n.claims.putIfAbsent(code.get(), pointer);
        if (claim.scope() != null && !claim.scope().isBlank()) {
          if (n.claimScopes.isEmpty()) {
            n.claimScopes = new HashMap<>();
          }
          n.claimScopes.putIfAbsent(code.get(), claim.scope());
        }
      } else {
        unresolved.add(new UnresolvedClaim(pointer, raw,
            catalogs.addedByUnshipped(raw.strip(), catalog, planDay).map(UnshippedRevision::name)));
      }
    }
  }

  /** The texts of an initiative that inference reads, with their weights (the title first). */
  private static List<Inference.Field> initiativeFields(String ip, Initiative initiative, InferenceRules rules) {
    List<Inference.Field> f = new ArrayList<>(2 + initiative.kpis().size());
    f.add(Inference.Field.of(ip, "/title", initiative.title(), rules.title()));
    add(f, ip, "/description", initiative.description(), rules.description());
    kpiFields(f, ip, initiative.kpis(), rules.other());
    return f;
  }

  /** The texts of a measure that inference reads. */
  private static List<Inference.Field> measureFields(String mp, Measure measure, InferenceRules rules) {
    List<Inference.Field> f = new ArrayList<>();
    f.add(Inference.Field.of(mp, "/title", measure.title(), rules.title()));
    add(f, mp, "/description", measure.description(), rules.description());
    add(f, mp, "/goal", measure.goal(), rules.other());
    for (int c = 0; c < measure.challenges().size(); c++) {
      add(f, mp, c < SEGMENTS ? CHALLENGES[c] : "/challenges/" + c, measure.challenges().get(c), rules.challenge());
    }
    kpiFields(f, mp, measure.kpis(), rules.other());
    return f;
  }

  /** The texts of a policy that inference reads. */
  private static List<Inference.Field> policyFields(String pp, BasicPolicy policy, InferenceRules rules) {
    List<Inference.Field> f = new ArrayList<>();
    f.add(Inference.Field.of(pp, "/title", policy.title(), rules.title()));
    add(f, pp, "/description", policy.description(), rules.description());
    kpiFields(f, pp, policy.kpis(), rules.other());
    return f;
  }

  private static void add(List<Inference.Field> f, String base, String suffix, String text, double weight) {
    if (text != null && !text.isBlank()) {
      f.add(Inference.Field.of(base, suffix, text, weight));
    }
  }

  /** An ancestor's text after those of its ancestors: scored only if the element's own texts link nothing; weight 0 = context only. */
  private static List<Inference.Scanned> inherit(Inference inf, List<Inference.Scanned> up, String base,
      String suffix, String text, double weight) {
    if (text == null || text.isBlank()) {
      return up;
    }
    Inference.Scanned mine = inf.scan(new Inference.Field(base.concat(suffix), text, weight, true));
    if (up.isEmpty()) {
      return List.of(mine);
    }
    Inference.Scanned[] out = new Inference.Scanned[up.size() + 1];
    out[0] = mine;
    for (int k = 0; k < up.size(); k++) {
      out[k + 1] = up.get(k);
    }
    return List.of(out);
  }

  private static void kpiFields(List<Inference.Field> f, String path, List<Kpi> kpis, double weight) {
    for (int k = 0; k < kpis.size(); k++) {
      add(f, path, k < SEGMENTS ? KPI_NAMES[k] : "/kpis/" + k + "/name", kpis.get(k).name(), weight);
    }
  }

  /** Adds to a parent's own candidates those its children carry strongly or in numbers. */
  private static Map<String, Inference.Candidate> rollUp(Map<String, Inference.Candidate> own, List<Node> children,
      InferenceRules rules) {
    if (children.isEmpty()) {
      return own;
    }
    Map<String, Integer> count = new java.util.TreeMap<>();
    Map<String, Inference.Candidate> bestChild = new HashMap<>();
    Map<String, Boolean> strong = new HashMap<>();
    for (Node c : children) {
      for (Inference.Candidate cand : c.inferred.values()) {
        count.merge(cand.code(), 1, Integer::sum);
        Inference.Candidate b = bestChild.get(cand.code());
        if (b == null || cand.score() > b.score()) {
          bestChild.put(cand.code(), cand);
        }
        double top = cand.hits().isEmpty() ? 0 : cand.hits().get(0).contribution();
        if (top >= rules.rollUpStrong()) {
          strong.put(cand.code(), true);
        }
      }
    }
    if (count.isEmpty()) {
      return own;
    }
    Map<String, Inference.Candidate> out = new java.util.TreeMap<>(own);
    for (var e : count.entrySet()) {
      String code = e.getKey();
      boolean carries = strong.containsKey(code)
          || (e.getValue() >= 2 && e.getValue() >= rules.rollUpShare() * children.size());
      if (!carries) {
        continue;
      }
      Inference.Candidate child = bestChild.get(code);
      double up = Inference.round(child.score() * rules.rollUpFactor());
      Inference.Candidate mine = own.get(code);
      if (mine == null) {
        out.put(code, new Inference.Candidate(code, up, child.hits()));
      } else if (up > mine.score()) {
        List<Evidence> hits = new ArrayList<>(mine.hits());
        hits.addAll(child.hits());
        out.put(code, new Inference.Candidate(code, up, hits));
      } else if (mine.hits().size() < MAX_EVIDENCE) {
        List<Evidence> hits = new ArrayList<>(mine.hits());
        hits.addAll(child.hits());
        out.put(code, new Inference.Candidate(code, mine.score(), hits));
      }
    }
    return out;
  }

  // --- explain --------------------------------------------------------------------------------

  /**
   * Explains, for one element of a plan, why it is or is not linked to each item of the version
   * the plan follows ({@link #map(DxPlan)}'s choice).
   *
   * @param plan the plan
   * @param element a JSON Pointer ({@code /policies/0/measures/1}), or the element's id, label or title
   * @return the explanation
   * @throws UnknownElementException if no element, or more than one, answers to {@code element}
   */
  public Explanation explain(DxPlan plan, String element) {
    return explain(plan, defaultCatalog(plan).version(), element);
  }

  /**
   * Explains, for one element of a plan, why it is or is not linked to each item of a version.
   * The links it reports are those of {@link #map(DxPlan, String)}; the decisions come from the same
   * rules, recorded as they are applied.
   *
   * <p>Example: {@code explain(plan, "2.3", "p1-m1-i2")} for an initiative 「行政手続のオンライン化」
   * says FRONTYARD is linked (under 2.3 the terms of ONLINE_PROCEDURES count for FRONTYARD) and
   * why every other item is not.
   *
   * @param plan the plan
   * @param version the catalogue version
   * @param element a JSON Pointer, or the element's id, label or title
   * @return the explanation
   * @throws UnknownElementException if no element, or more than one, answers to {@code element}
   * @throws io.github.dxplan.catalog.UnknownCatalogVersionException if the version is unknown
   */
  public Explanation explain(DxPlan plan, String version, String element) {
    requireNonNull(plan, "plan");
    requireNonNull(element, "element");
    NationalCatalog catalog = catalogs.get(version);
    CoverageReport report = map(plan, version);
    String path = ElementPaths.resolve(plan, element);
    ElementCoverage coverage = report.element(path).orElseThrow();
    Inference inf = inference(catalog);
    InferenceRules rules = inf.rules();
    int[] ix = ElementPaths.indices(path);
    BasicPolicy policy = plan.policies().get(ix[0]);
    String pp = "/policies/" + ix[0];
    List<Inference.Field> own;
    List<Inference.Scanned> inherited = List.of();
    if (ix.length == 1) {
      own = policyFields(pp, policy, rules);
    } else {
      Measure measure = policy.measures().get(ix[1]);
      String mp = pp + "/measures/" + ix[1];
      List<Inference.Scanned> measureContext = inherit(inf, List.of(), pp, "/title", policy.title(), 0);
      if (ix.length == 2) {
        own = measureFields(mp, measure, rules);
        inherited = measureContext;
      } else {
        own = initiativeFields(path, measure.initiatives().get(ix[2]), rules);
        inherited = inherit(inf, measureContext, mp, "/title", measure.title(), rules.inherited());
      }
    }
    Map<String, String> texts = new HashMap<>();
    own.forEach(f -> texts.put(f.pointer(), f.text()));
    Inference.Explained ex = inf.explain(own, inherited);
    for (Inference.Scanned sc : inherited) {
      texts.put(sc.field().pointer(), sc.field().text());
    }
    List<Explanation.Item> items = new ArrayList<>();
    for (NationalItem item : catalog.items()) {
      String code = item.code();
      ElementLink link = coverage.links().stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
      Inference.Decision d = ex.decisions().get(code);
      List<Explanation.Term> terms = new ArrayList<>();
      if (d != null) {
        for (Inference.Found f : d.found()) {
          Evidence e = f.evidence();
          String text = texts.get(e.field());
          String before = text == null ? "" : text.substring(Math.max(0, e.offset() - 12), e.offset());
          String after = text == null ? "" : text.substring(e.offset() + e.length(), Math.min(text.length(), e.offset() + e.length() + 12));
          terms.add(new Explanation.Term(f.term().text(), f.term().tier().name().toLowerCase(Locale.ROOT), f.weight(),
              e.field(), f.fieldWeight(), e.contribution(), f.counted(), e.offset(), e.length(), e.text(), before, after));
        }
      }
      Explanation.Reason reason;
      double score = d == null ? 0 : d.score();
      List<String> from = new ArrayList<>();
      if (link != null && link.source() == LinkSource.EXPLICIT) {
        reason = Explanation.Reason.CLAIMED;
        score = 1.0;
      } else if (link != null && d != null && d.outcome() == Inference.Outcome.LINKED) {
        reason = Explanation.Reason.LINKED;
        score = link.score();
      } else if (link != null) {
        reason = Explanation.Reason.ROLLED_UP;
        score = link.score();
        for (Evidence e : link.evidence()) {
          String field = e.field();
          if (field.startsWith(path + "/") && !from.contains(field)) {
            from.add(field);
          }
        }
      } else if (d == null) {
        reason = Explanation.Reason.NO_TERMS;
      } else {
        reason = switch (d.outcome()) {
          case LINKED, BELOW_THRESHOLD -> Explanation.Reason.BELOW_THRESHOLD;
          case WEAK_ONLY -> Explanation.Reason.WEAK_ONLY;
          case NO_CONTEXT -> Explanation.Reason.NO_CONTEXT;
          case NOT_RESIDUAL -> Explanation.Reason.NOT_RESIDUAL;
          case MENTION_ONLY -> Explanation.Reason.MENTION_ONLY;
          case NOT_IN_OWN_TEXTS -> Explanation.Reason.NOT_IN_OWN_TEXTS;
        };
      }
      items.add(new Explanation.Item(code, item.title(), link != null, reason, score, terms, from));
    }
    return new Explanation(path, coverage.kind(), coverage.label(), coverage.title(), catalog.version(),
        rules.threshold(), ex.usedInherited(), items);
  }

  // --- deadlines -------------------------------------------------------------------------------

  /**
   * Checks a deadline against the linked elements, leaving out the elements in {@code excluded} and
   * what lies under them (claims scoped to a subset that has its own deadline); null when nothing
   * else is linked.
   */
  private static DeadlineCheck checkDeadline(
      Deadline d, String code, List<Node> roots, List<String> claimedBy, List<String> inferredBy,
      List<String> excluded, Inference inf) {
    Set<String> linked = new LinkedHashSet<>(claimedBy);
    linked.addAll(inferredBy);
    if (linked.isEmpty()) {
      return new DeadlineCheck(d, DeadlineStatus.NOT_LINKED, null, "no element is linked to the item", List.of());
    }
    // The initiatives linked to the item; for a linked policy or measure none of whose
    // initiatives is linked, all its initiatives.
    List<Node> initiatives = new ArrayList<>();
    List<Node> others = new ArrayList<>();
    collect(roots, linked, code, initiatives, others);
    if (!excluded.isEmpty()) {
      initiatives.removeIf(n -> under(n.path, excluded));
      // …and a policy or measure linked only through them (its initiatives are all scoped claims).
      others.removeIf(n -> under(n.path, excluded) || onlyExcluded(n, excluded));
      if (initiatives.isEmpty() && others.isEmpty()) {
        return null;
      }
    }
    boolean startBy = d.kind() == Deadline.Kind.START_BY;
    Schedule schedule = new Schedule(startBy);
    for (Node n : initiatives) {
      schedule.add(n, planned(n, startBy, () -> n.kpis));
    }
    if (schedule.planned == null && schedule.unknown.isEmpty()) {
      for (Node n : others) {
        // A linked measure's or policy's KPIs date the item only when they are about it.
        schedule.add(n, planned(n, startBy, () -> kpisAbout(n, code, linked, inf)));
      }
    }
    FiscalYear planned = schedule.planned;
    List<String> basisElements = schedule.basis;
    List<String> unknownElements = schedule.unknown;
    String how = schedule.how;
    if (planned == null && unknownElements.isEmpty()) {
      return new DeadlineCheck(d, DeadlineStatus.NO_ROADMAP, null,
          "linked elements state no IMPLEMENT/OPERATE year and no KPI target year", List.copyOf(linked));
    }
    boolean onTime = planned != null && (startBy
        ? !planned.startDate().isAfter(d.date())
        : !planned.isAfter(FiscalYear.from(d.date())));
    // What is stated decides only when the unknown parts cannot change the outcome: a stated end after
    // the deadline is late whatever the others do, a stated start before it is in time.
    boolean decided = unknownElements.isEmpty() || (planned != null && (startBy ? onTime : !onTime));
    if (!decided) {
      return new DeadlineCheck(d, DeadlineStatus.CANNOT_TELL, null,
          "the schedule of the linked elements is not known (roadmap extent UNKNOWN or KPI figures"
              + " NOT_RECOVERED), due " + d.due(),
          unknownElements);
    }
    // As String.format(Locale.ROOT, "%s %s %s, due %s", ...): neither argument is Formattable.
    String text = how + " " + (startBy ? "starts" : "completes") + " " + planned + ", due " + d.due();
    return new DeadlineCheck(d, onTime ? DeadlineStatus.ON_TIME : DeadlineStatus.LATE, planned.toString(),
        text, basisElements);
  }

  /** A node's planned year and where it comes from; a {@code null} year means it is not known. */
  private static final class Planned {
    static final Planned UNKNOWN = new Planned(null, null);
    final FiscalYear year;
    final String how;

    Planned(FiscalYear year, String how) {
      this.year = year;
      this.how = how;
    }
  }

  /** The earliest start (START_BY) or latest end of the linked elements, and which could not tell. */
  private static final class Schedule {
    private final boolean startBy;
    private final List<String> basis = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private FiscalYear planned;
    private String how;

    private Schedule(boolean startBy) {
      this.startBy = startBy;
    }

    private void add(Node n, Planned fy) {
      if (fy == null) {
        return;
      }
      if (fy.year == null) {
        unknown.add(n.path);
        return;
      }
      basis.add(n.path);
      if (planned == null || (startBy ? fy.year.isBefore(planned) : fy.year.isAfter(planned))) {
        planned = fy.year;
        how = fy.how;
      }
    }
  }

  /**
   * The year a node reaches the deadline's event: from its roadmap, else from its KPI targets; {@link
   * Planned#UNKNOWN} when the roadmap entries that decide have no known extent, or when only KPIs whose
   * figures were lost could tell; {@code null} when the node states nothing.
   */
  private static Planned planned(Node n, boolean startBy, Supplier<List<Kpi>> kpis) {
    for (RoadmapEntry e : n.roadmap) {
      if ((e.kind() == RoadmapKind.IMPLEMENT || e.kind() == RoadmapKind.OPERATE)
          && e.extent() == RoadmapExtent.UNKNOWN) {
        return Planned.UNKNOWN;
      }
    }
    FiscalYear fy = plannedYear(n.roadmap, startBy);
    if (fy != null) {
      return new Planned(fy, "roadmap");
    }
    List<Kpi> about = kpis.get();
    fy = kpiYear(about, startBy);
    if (fy != null) {
      return new Planned(fy, "KPI target");
    }
    for (Kpi k : about) {
      if (k.figuresLost()) {
        return Planned.UNKNOWN;
      }
    }
    return null;
  }

  private static boolean onlyExcluded(Node n, List<String> excluded) {
    List<Node> all = new ArrayList<>();
    allInitiatives(n, all);
    if (all.isEmpty()) {
      return false;
    }
    for (Node i : all) {
      if (!under(i.path, excluded)) {
        return false;
      }
    }
    return true;
  }

  private static boolean under(String path, List<String> roots) {
    for (String r : roots) {
      if (path.equals(r) || path.startsWith(r + "/")) {
        return true;
      }
    }
    return false;
  }

  private static void collect(List<Node> nodes, Set<String> linked, String code, List<Node> initiatives, List<Node> others) {
    for (Node n : nodes) {
      if (n.kind == ElementKind.INITIATIVE) {
        if (linked.contains(n.path)) {
          initiatives.add(n);
        }
        continue;
      }
      int before = initiatives.size();
      collect(n.children, linked, code, initiatives, others);
      if (linked.contains(n.path)) {
        others.add(n);
        if (initiatives.size() == before) {
          allInitiatives(n, initiatives);
        }
      }
    }
  }

  private static void allInitiatives(Node n, List<Node> out) {
    for (Node c : n.children) {
      if (c.kind == ElementKind.INITIATIVE) {
        out.add(c);
      } else {
        allInitiatives(c, out);
      }
    }
  }

  /** DUE_BY: the last year of implementation (or the first of operation); START_BY: the first. */
  private static FiscalYear plannedYear(List<RoadmapEntry> roadmap, boolean startBy) {
    FiscalYear implementEnd = null;
    FiscalYear operateStart = null;
    FiscalYear first = null;
    for (RoadmapEntry e : roadmap) {
      if (e.kind() != RoadmapKind.IMPLEMENT && e.kind() != RoadmapKind.OPERATE) {
        continue;
      }
      FiscalYear from = e.from() != null ? e.from() : e.to();
      FiscalYear to = e.to() != null ? e.to() : e.from();
      if (from == null) {
        continue;
      }
      if (first == null || from.isBefore(first)) {
        first = from;
      }
      if (e.kind() == RoadmapKind.IMPLEMENT && (implementEnd == null || to.isAfter(implementEnd))) {
        implementEnd = to;
      }
      if (e.kind() == RoadmapKind.OPERATE && (operateStart == null || from.isBefore(operateStart))) {
        operateStart = from;
      }
    }
    if (startBy) {
      return first;
    }
    return implementEnd != null ? implementEnd : operateStart;
  }

  /**
   * The KPIs of a linked measure or policy that speak of the item: a KPI counts when its own name is
   * linked to the item (標準化共通化対応システム数 for STANDARDIZATION) or names one of the element's
   * linked children (its title in the KPI's name). A policy's KPI about AI/RPA does not date the
   * policy's standardisation measure.
   */
  private static List<Kpi> kpisAbout(Node n, String code, Set<String> linked, Inference inf) {
    if (n.kpiItems == null) {
      n.kpiItems = new ArrayList<>(n.kpis.size());
      for (int k = 0; k < n.kpis.size(); k++) {
        n.kpiItems.add(inf.infer(List.of(Inference.Field.of(n.path, "/kpis/" + k + "/name", n.kpis.get(k).name(),
            inf.rules().title()))).keySet());
      }
    }
    List<Kpi> out = new ArrayList<>();
    for (int k = 0; k < n.kpis.size(); k++) {
      Kpi kpi = n.kpis.get(k);
      boolean about = n.kpiItems.get(k).contains(code);
      for (Node c : n.children) {
        about |= linked.contains(c.path) && c.title != null && !c.title.isBlank() && kpi.name().contains(c.title);
      }
      if (about) {
        out.add(kpi);
      }
    }
    return out;
  }


  private static FiscalYear kpiYear(List<Kpi> kpis, boolean startBy) {
    FiscalYear out = null;
    for (Kpi k : kpis) {
      if (k.figuresLost() || k.target() == null || k.target().fiscalYear() == null) {
        continue;
      }
      FiscalYear fy = k.target().fiscalYear();
      if (out == null || (startBy ? fy.isBefore(out) : fy.isAfter(out))) {
        out = fy;
      }
    }
    return out;
  }

  /** Builds a {@link CoverageMapper}. Not thread-safe; the mapper it builds is. */
  public static final class Builder {
    private NationalCatalogs catalogs;
    private TermDictionary userTerms = TermDictionary.empty();
    private boolean useShippedTerms = true;
    private double threshold = Double.NaN;
    private boolean inferOnly;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * Sets the clock that gives the day of the check, for the notices of a report (a newer national
     * plan exists; a version's period has ended). The default is the system clock.
     *
     * @param clock the clock, e.g. {@code Clock.fixed(...)} in tests
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the catalogues (default {@link NationalCatalogs#shipped()}).
     *
     * @param catalogs the catalogues
     * @return this builder
     */
    public Builder catalogs(NationalCatalogs catalogs) {
      this.catalogs = requireNonNull(catalogs, "catalogs");
      return this;
    }

    /**
     * Adds a user terms file (format in docs/mapping.md) to the shipped terms.
     *
     * @param file the file
     * @return this builder
     * @throws TermsFormatException if the file cannot be used
     */
    public Builder addTerms(Path file) {
      userTerms = userTerms.plus(TermDictionary.read(requireNonNull(file, "file")));
      return this;
    }

    /**
     * Sets whether the shipped terms are used (default {@code true}); turn off to infer from user
     * terms only.
     *
     * @param use whether to use them
     * @return this builder
     */
    public Builder shippedTerms(boolean use) {
      this.useShippedTerms = use;
      return this;
    }

    /**
     * Sets the inference threshold (default: the version's, {@code rules.threshold} of its terms file,
     * {@value CoverageMapper#DEFAULT_THRESHOLD} for every shipped version).
     *
     * @param threshold from 0 (exclusive) to 1
     * @return this builder
     */
    public Builder threshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "threshold out of range: %s", threshold));
      }
      this.threshold = threshold;
      return this;
    }

    /**
     * Sets whether the plan's own {@code nationalItems} are ignored (default {@code false}).
     *
     * @param inferOnly whether to ignore the claims
     * @return this builder
     */
    public Builder inferOnly(boolean inferOnly) {
      this.inferOnly = inferOnly;
      return this;
    }

    /**
     * Builds the mapper.
     *
     * @return the mapper
     */
    public CoverageMapper build() {
      if (catalogs == null) {
        catalogs = NationalCatalogs.shipped();
      }
      return new CoverageMapper(this);
    }
  }
}
