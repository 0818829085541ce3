package io.github.dxplan.validation.internal;

import io.github.dxplan.catalog.LocalGovernment;
import io.github.dxplan.catalog.LocalGovernments;
import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.catalog.NationalCatalogs;
import io.github.dxplan.catalog.UnshippedRevision;
import io.github.dxplan.catalog.VersionChoice;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.Municipality;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.ElementKind;
import io.github.dxplan.validation.NationalItemCodes;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan-level rules: one walk over the records in document order. A new instance per validation;
 * not thread-safe itself, and it never modifies the plan.
 */
public final class PlanChecks {
  private static final int LONG_PERIOD_YEARS = 10;

  private final DxPlan plan;
  private final NationalItemCodes nationalItems;
  private final NationalCatalogs catalogs;
  private final LocalGovernments localGovernments;
  private final LocalDate today;
  private final Reporter r;
  /** The plan period when it is usable for comparisons (present and ordered), else null. */
  private final FiscalYearRange period;

  private final Map<String, String> firstPathOfId = new HashMap<>();
  private final Set<String> initiativeIds = new HashSet<>();
  /** relistOf of each initiative id that has one, to follow chains of 再掲. */
  private final Map<String, String> relistOfById = new HashMap<>();
  /** Element kind of every id that is not an initiative's: a relistOf naming one is reported as such. */
  private final Map<String, ElementKind> otherKindOfId = new HashMap<>();
  private final Set<String> reportedCycleMembers = new HashSet<>();
  private final Set<String> kpiIds = new HashSet<>();
  private final Set<String> measureIds = new HashSet<>();
  /** Claimed national item codes and where: the element's pointer, the code, its index in the list. */
  private final List<Object[]> claims = new ArrayList<>();

  /**
   * Prepares the checks of one plan.
   *
   * @param plan the plan
   * @param nationalItems the national item codes, or null to skip that check
   * @param reporter where findings go
   */
  public PlanChecks(DxPlan plan, NationalItemCodes nationalItems, Reporter reporter) {
    this(plan, nationalItems, null, null, LocalDate.now(), reporter);
  }

  /**
   * Prepares the checks of one plan.
   *
   * @param plan the plan
   * @param nationalItems a caller's own national item codes (they replace the catalogue check), or null
   * @param catalogs the national catalogue to check claims against, or null to skip that check
   * @param localGovernments the official local government list, or null to skip those checks
   * @param today the day of the check
   * @param reporter where findings go
   */
  public PlanChecks(DxPlan plan, NationalItemCodes nationalItems, NationalCatalogs catalogs,
      LocalGovernments localGovernments, LocalDate today, Reporter reporter) {
    this.plan = plan;
    this.nationalItems = nationalItems;
    this.catalogs = catalogs;
    this.localGovernments = localGovernments;
    this.today = today;
    this.r = reporter;
    FiscalYearRange p = plan.periodRange();
    this.period = p != null && p.isOrdered() ? p : null;
  }

  /** Runs every rule. */
  public void run() {
    collectIds();
    root();
    List<BasicPolicy> policies = plan.policies();
    for (int i = 0; i < policies.size(); i++) {
      policy(policies.get(i), "/policies/" + i);
    }
    nationalItems();
  }

  // ---- identity -------------------------------------------------------------------------------

  private void collectIds() {
    List<BasicPolicy> policies = plan.policies();
    for (int i = 0; i < policies.size(); i++) {
      BasicPolicy p = policies.get(i);
      String pp = "/policies/" + i;
      id(p.id(), pp);
      otherKind(p.id(), ElementKind.POLICY);
      kpiIds(p.kpis(), pp);
      for (int j = 0; j < p.measures().size(); j++) {
        Measure m = p.measures().get(j);
        String mp = pp + "/measures/" + j;
        id(m.id(), mp);
        if (m.id() != null) {
          measureIds.add(m.id());
        }
        otherKind(m.id(), ElementKind.MEASURE);
        kpiIds(m.kpis(), mp);
        for (int k = 0; k < m.initiatives().size(); k++) {
          Initiative in = m.initiatives().get(k);
          String ip = mp + "/initiatives/" + k;
          id(in.id(), ip);
          if (in.id() != null) {
            initiativeIds.add(in.id());
            if (in.relistOf() != null) {
              relistOfById.putIfAbsent(in.id(), in.relistOf());
            }
          }
          kpiIds(in.kpis(), ip);
        }
      }
    }
  }

  private void otherKind(String id, ElementKind kind) {
    if (id != null) {
      otherKindOfId.putIfAbsent(id, kind);
    }
  }

  private void kpiIds(List<Kpi> kpis, String path) {
    for (int i = 0; i < kpis.size(); i++) {
      String id = kpis.get(i).id();
      id(id, path + "/kpis/" + i);
      otherKind(id, ElementKind.KPI);
      if (id != null) {
        kpiIds.add(id);
      }
    }
  }

  private void id(String id, String elementPath) {
    if (id == null) {
      return;
    }
    // The element's pointer is kept; "/id" is added only for a finding.
    String first = firstPathOfId.putIfAbsent(id, elementPath);
    if (first != null) {
      r.report(Rule.ID_DUPLICATE, elementPath + "/id", id, first + "/id");
    }
  }

  private void kpiRefs(List<String> refs, String path) {
    Map<String, Integer> first = refs.size() > 1 ? new HashMap<>() : null;
    for (int i = 0; i < refs.size(); i++) {
      String ref = refs.get(i);
      if (!kpiIds.contains(ref)) {
        r.report(Rule.ID_KPI_REF_UNRESOLVED, path + "/kpiRefs/" + i, ref);
      }
      if (first != null) {
        Integer earlier = first.putIfAbsent(ref, i);
        if (earlier != null) {
          r.report(Rule.ID_KPI_REF_DUPLICATE, path + "/kpiRefs/" + i, ref, path + "/kpiRefs/" + earlier);
        }
      }
    }
  }

  /**
   * Reports a 再掲 chain that comes back to where it started ({@code a → a}, {@code a → b → a});
   * reported once, at the initiative whose id comes first in the cycle's document order.
   */
  private void relistCycle(Initiative in, String path) {
    String id = in.id();
    if (id == null || in.relistOf() == null) {
      return;
    }
    List<String> chain = new ArrayList<>();
    chain.add(id);
    Set<String> seen = new HashSet<>(chain);
    String next = in.relistOf();
    while (next != null && seen.add(next)) {
      chain.add(next);
      next = relistOfById.get(next);
    }
    if (next == null || !next.equals(id)) {
      return; // the chain ends, or runs into a cycle that does not pass through this initiative
    }
    // Report once per cycle: at its member that comes first in the document (visited first).
    if (!reportedCycleMembers.add(id)) {
      return;
    }
    reportedCycleMembers.addAll(chain);
    chain.add(id);
    r.report(Rule.ID_RELIST_CYCLE, path + "/relistOf", in.title(), String.join(" → ", chain));
  }

  private void claims(List<String> items, String path) {
    for (int i = 0; i < items.size(); i++) {
      claims.add(new Object[] {path, items.get(i), i});
    }
  }

  private void nationalItems() {
    if (nationalItems == null) {
      catalogueItems();
      return;
    }
    if (claims.isEmpty()) {
      return;
    }
    Optional<Set<String>> codes = nationalItems.codesFor(plan);
    String version = plan.nationalPlanVersion();
    if (codes == null || codes.isEmpty()) {
      r.report(Rule.ID_NATIONAL_ITEMS_UNCHECKED, "/nationalPlanVersion", version, claims.size());
      return;
    }
    Set<String> known = codes.get();
    for (Object[] claim : claims) {
      if (!known.contains(claim[1])) {
        r.report(Rule.ID_NATIONAL_ITEM_UNKNOWN, claim[0] + "/nationalItems/" + claim[2], claim[1], version);
      }
    }
  }

  /** Claims checked against the version the one rule of {@link NationalCatalogs#choose} picks. */
  private void catalogueItems() {
    if (catalogs == null) {
      return;
    }
    VersionChoice choice = catalogs.choose(plan, today);
    NationalCatalog catalog = choice.catalog();
    String version = catalog.version();
    if (choice.unknownStated().isPresent()) {
      r.report(Rule.ID_NATIONAL_PLAN_VERSION_UNKNOWN, "/nationalPlanVersion", choice.unknownStated().get(),
          String.join(", ", choice.knownVersions()), version);
    }
    LocalDate day = choice.basisDate().orElse(plan.adopted() != null ? plan.adopted().earliest() : today);
    for (Object[] claim : claims) {
      Object raw = claim[1];
      if (raw == null) {
        continue;
      }
      String code = raw.toString().strip();
      String at = claim[0] + "/nationalItems/" + claim[2];
      if (catalog.contains(code)) {
        continue;
      }
      Optional<String> into = catalog.absorbedInto(code);
      if (into.isPresent()) {
        r.report(Rule.ID_NATIONAL_ITEM_ABSORBED, at, code, into.get(), version);
        continue;
      }
      Optional<UnshippedRevision> rev = catalogs.addedByUnshipped(code, catalog, day);
      if (rev.isPresent()) {
        r.report(Rule.ID_NATIONAL_ITEM_OF_UNSHIPPED_REVISION, at, code, rev.get().name(), version);
        continue;
      }
      r.report(Rule.ID_NATIONAL_ITEM_UNKNOWN, at, code, version);
    }
  }

  // ---- the plan itself ------------------------------------------------------------------------

  private void root() {
    if (Texts.isBlank(plan.title())) {
      r.report(Rule.COMPLETE_EMPTY_TITLE, "/title", ElementKind.PLAN);
    }
    TextChecks.check(plan.title(), "/title", r);
    TextChecks.check(plan.vision(), "/vision", r);
    TextChecks.check(plan.description(), "/description", r);
    if (plan.governance() != null) {
      TextChecks.check(plan.governance().description(), "/governance/description", r);
    }
    texts(plan.notes(), "/notes");
    municipality(plan.municipality());
    FiscalYearRange p = plan.periodRange();
    if (plan.period() == null) {
      r.report(Rule.PERIOD_MISSING, "/period");
    } else if (p == null) {
      // One end only: nothing to order or measure.
    } else if (!p.isOrdered()) {
      r.report(Rule.PERIOD_UNORDERED, "/period", p.from(), p.to());
    } else if (p.lengthInYears() > LONG_PERIOD_YEARS) {
      r.report(Rule.PERIOD_LONG, "/period", p, p.lengthInYears());
    }
    adopted(plan.adopted());
    if (plan.isDraft() && plan.adopted() != null) {
      r.report(Rule.PERIOD_DRAFT_ADOPTED, "/adopted", plan.adopted());
    }
    if (plan.previousPlan() != null) {
      FiscalYearRange pp = plan.previousPlan().period();
      if (pp != null && !pp.isOrdered()) {
        r.report(Rule.PERIOD_UNORDERED, "/previousPlan/period", pp.from(), pp.to());
      }
    }
    if (plan.policies().isEmpty()) {
      r.report(Rule.COMPLETE_NO_POLICIES, "/policies");
    }
  }

  private void municipality(Municipality m) {
    if (m == null || m.code() == null) {
      r.report(Rule.ID_MUNICIPALITY_CODE_MISSING, "/municipality/code");
      if (m != null && localGovernments != null && !Texts.isBlank(m.name())) {
        suggestCode(m);
      }
      return;
    }
    boolean prefectureOk = true;
    if (m.prefecture() != null) {
      String expected = Prefectures.name(m.code().prefectureCode());
      if (!Prefectures.matches(m.prefecture(), expected)) {
        prefectureOk = false;
        r.report(Rule.ID_PREFECTURE_MISMATCH, "/municipality/prefecture", m.code().value(), m.prefecture(), expected);
      }
    }
    if (localGovernments == null) {
      return;
    }
    Optional<LocalGovernment> g = localGovernments.find(m.code());
    if (g.isEmpty()) {
      r.report(Rule.ID_MUNICIPALITY_CODE_UNKNOWN, "/municipality/code", m.code().value(), localGovernments.asOf());
      return;
    }
    LocalGovernment actual = g.get();
    if (Texts.isBlank(m.name()) || sameName(m.name(), actual)) {
      return;
    }
    // The prefecture to look the name up in: the plan's own when it agrees with the code, else the code's.
    String prefecture = prefectureOk && m.prefecture() != null ? m.prefecture() : actual.prefecture();
    Optional<LocalGovernment> named = localGovernments.lookup(m.name(), prefecture).match();
    if (named.isPresent()) {
      r.report(Rule.ID_MUNICIPALITY_NAME_MISMATCH, "/municipality/name", m.code().value(), m.name(),
          named.get().prefecture(), actual.name(), actual.prefecture(), named.get().code().value());
    } else {
      r.report(Rule.ID_MUNICIPALITY_NAME_UNKNOWN, "/municipality/name", m.code().value(), m.name(), prefecture,
          actual.name(), actual.prefecture(), localGovernments.asOf());
    }
  }

  private void suggestCode(Municipality m) {
    LocalGovernments.NameLookup l = localGovernments.lookup(m.name(), m.prefecture());
    if (l.match().isPresent()) {
      LocalGovernment g = l.match().get();
      r.report(Rule.ID_MUNICIPALITY_CODE_SUGGESTED, "/municipality/code", g.name(), g.prefecture(), g.code().value());
    } else if (l.isAmbiguous()) {
      List<String> c = new ArrayList<>();
      for (LocalGovernment g : l.candidates()) {
        c.add(g.name() + " (" + g.prefecture() + ", " + g.code().value() + ")");
      }
      r.report(Rule.ID_MUNICIPALITY_NAME_AMBIGUOUS, "/municipality/name", m.name(), String.join(", ", c));
    }
  }

  /** The plan's name is the list's: as written, with the prefecture before it, or a ward without its city. */
  private static boolean sameName(String written, LocalGovernment g) {
    String w = fold(written);
    String n = fold(g.name());
    String p = fold(g.prefecture());
    if (w.equals(n) || w.equals(p + n)) {
      return true;
    }
    return g.parent().isPresent() && n.endsWith(w) && w.length() >= 2;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\u3000]+", "");
  }

  private void adopted(PlanDate adopted) {
    if (adopted == null || period == null) {
      return;
    }
    if (adopted.isCertainlyAfter(period.endDate())) {
      r.report(Rule.PERIOD_ADOPTED_AFTER_END, "/adopted", adopted, period);
    } else if (adopted.isCertainlyBefore(period.startDate().minusYears(1))) {
      r.report(Rule.PERIOD_ADOPTED_LONG_BEFORE, "/adopted", adopted, period);
    }
  }

  // ---- the tree -------------------------------------------------------------------------------

  private void policy(BasicPolicy p, String path) {
    if (Texts.isBlank(p.title())) {
      r.report(Rule.COMPLETE_EMPTY_TITLE, path + "/title", ElementKind.POLICY);
    }
    TextChecks.check(p.label(), path, "/label", r);
    TextChecks.check(p.title(), path, "/title", r);
    TextChecks.check(p.description(), path, "/description", r);
    texts(p.notes(), path + "/notes");
    claims(p.nationalItems(), path);
    RoadmapChecks.check(p.roadmap(), path + "/roadmap", period, r);
    kpis(p.kpis(), path);
    kpiRefs(p.kpiRefs(), path);
    for (int i = 0; i < p.measures().size(); i++) {
      measure(p.measures().get(i), path + "/measures/" + i);
    }
  }

  private void measure(Measure m, String path) {
    if (Texts.isBlank(m.title())) {
      r.report(Rule.COMPLETE_EMPTY_TITLE, path + "/title", ElementKind.MEASURE);
    }
    TextChecks.check(m.label(), path, "/label", r);
    TextChecks.check(m.title(), path, "/title", r);
    TextChecks.check(m.description(), path, "/description", r);
    texts(m.challenges(), path + "/challenges");
    TextChecks.check(m.goal(), path, "/goal", r);
    texts(m.notes(), path + "/notes");
    claims(m.nationalItems(), path);
    RoadmapChecks.check(m.roadmap(), path + "/roadmap", period, r);
    kpis(m.kpis(), path);
    kpiRefs(m.kpiRefs(), path);
    boolean hasKpi = !m.kpis().isEmpty() || !m.kpiRefs().isEmpty();
    for (int i = 0; i < m.initiatives().size(); i++) {
      Initiative in = m.initiatives().get(i);
      hasKpi |= !in.kpis().isEmpty() || !in.kpiRefs().isEmpty();
      initiative(in, m, path + "/initiatives/" + i);
    }
    if (!hasKpi) {
      r.report(Rule.COMPLETE_MEASURE_WITHOUT_KPI, path + "/kpis", m.title());
    }
  }

  private void initiative(Initiative in, Measure m, String path) {
    if (Texts.isBlank(in.title())) {
      r.report(Rule.COMPLETE_EMPTY_TITLE, path + "/title", ElementKind.INITIATIVE);
    }
    TextChecks.check(in.label(), path, "/label", r);
    TextChecks.check(in.title(), path, "/title", r);
    TextChecks.check(in.description(), path, "/description", r);
    texts(in.notes(), path + "/notes");
    claims(in.nationalItems(), path);
    if (in.relistOf() != null && !initiativeIds.contains(in.relistOf())) {
      ElementKind kind = otherKindOfId.get(in.relistOf());
      if (kind != null) {
        r.report(Rule.ID_RELIST_NOT_INITIATIVE, path + "/relistOf", in.title(), in.relistOf(), kind,
            firstPathOfId.get(in.relistOf()));
      } else {
        r.report(Rule.ID_RELIST_UNRESOLVED, path + "/relistOf", in.title(), in.relistOf());
      }
    }
    relistCycle(in, path);
    if (in.relistOf() == null
        && in.departments().responsible().isEmpty()
        && m.departments().responsible().isEmpty()) {
      r.report(Rule.COMPLETE_INITIATIVE_WITHOUT_DEPARTMENT, path + "/departments/responsible", in.title());
    }
    RoadmapChecks.check(in.roadmap(), path + "/roadmap", period, r);
    kpis(in.kpis(), path);
    kpiRefs(in.kpiRefs(), path);
  }

  private void kpis(List<Kpi> kpis, String path) {
    for (int i = 0; i < kpis.size(); i++) {
      Kpi k = kpis.get(i);
      KpiChecks.check(k, path + "/kpis/" + i, period, r);
      List<String> measures = k.measures();
      for (int j = 0; j < measures.size(); j++) {
        if (!measureIds.contains(measures.get(j))) {
          r.report(Rule.ID_KPI_MEASURE_UNRESOLVED, path + "/kpis/" + i + "/measures/" + j, k.name(), measures.get(j));
        }
      }
    }
  }

  private void texts(List<String> texts, String path) {
    for (int i = 0; i < texts.size(); i++) {
      TextChecks.check(texts.get(i), path + "/" + i, r);
    }
  }
}
