package io.github.dxplan.testing;

import io.github.dxplan.model.Approach;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.Comparison;
import io.github.dxplan.model.DataTable;
import io.github.dxplan.model.Departments;
import io.github.dxplan.model.Direction;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.GlossaryEntry;
import io.github.dxplan.model.Governance;
import io.github.dxplan.model.GovernanceBody;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.KpiFigures;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.Measurement;
import io.github.dxplan.model.Municipality;
import io.github.dxplan.model.NationalClaim;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.PlanPeriod;
import io.github.dxplan.model.PlanStatus;
import io.github.dxplan.model.PreviousPlan;
import io.github.dxplan.model.PreviousResult;
import io.github.dxplan.model.ResultGroup;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapExtent;
import io.github.dxplan.model.RoadmapKind;
import io.github.dxplan.model.SourceLocation;
import io.github.dxplan.model.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded generators of plans shaped like real ones, with the awkward cases mixed in: every optional
 * part missing, empty lists, long Japanese text, characters outside the BMP, strings that YAML would
 * mistake for numbers or booleans, decimals of every scale, unordered periods and dangling references.
 *
 * <p>Every key of format 2 occurs: status and drafted, one-ended periods, tables and a glossary, tags and
 * source locations, roadmaps on every level with each extent (sometimes an UNKNOWN one with a {@code to}),
 * KPI figures of each kind (sometimes NOT_RECOVERED with figures), parts, qualifiers and measured
 * measures, comparators on every figure, national claims with wording, deadline and scope, and previous
 * results with series, assessments and groups.
 *
 * <p>Generated plans are structurally valid (they can be built and written) but not necessarily
 * sensible: they exercise validators and mappers as well as the format.
 */
public final class PlanGenerator {
  private static final String[] WORDS = {
    "行政手続", "オンライン化", "マイナンバーカード", "普及促進", "標準化", "共通化", "ガバメントクラウド", "ＡＩ",
    "RPA", "テレワーク", "セキュリティ対策", "デジタルデバイド", "デジタルデバインド", "スマートフォン教室", "オープンデータ",
    "官民データ", "eLTAX", "ｅＬＴＡＸ", "公金収納", "キャッシュレス", "書かない窓口", "フロントヤード", "BPR", "押印",
    "人材育成", "デジタル人材", "推進体制", "条例", "規制", "点検・見直し", "地域社会", "デジタル田園都市国家構想",
    "の", "を", "推進", "実施", "検討", "導入", "5G", "５Ｇ", "令和6年度", "R7", "𠮷野家", "😀", "ДX", "MAIL",
  };
  private static final String[] TRICKY = {
    "", " ", "null", "~", "true", "false", "yes", "no", "on", "2.0", "0123", "082236", "1e3", "-", "- x", "a: b",
    "#comment", "'", "\"", "\\", "&anchor", "*alias", "!tag", "%", "@", "`", "{}", "[]", "|", ">", "\t", "行1\n行2",
    "末尾改行\n", "  先頭空白", "=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "<script>alert(1)</script>", "\u3000全角空白",
    "\uFEFFBOM", "ｶﾀｶﾅ", "…", "〜", "～", "―", "null\n", "0x1F", ".inf", "-.5", "+1",
  };
  private static final String[] UNITS = {"%", "％", "人", "件", "件/年", "人/年", "業務", "件（累計）", "回", "箇所", "手続"};
  private static final String[] CODES = {"092011", "092088", "092151", "082236"};
  private static final String[] NATIONAL = {
    "ORGANIZATION", "DIGITAL_TALENT", "PLANNED_APPROACH", "PREFECTURE_COLLABORATION", "FRONTYARD", "STANDARDIZATION",
    "ELTAX_PUBLIC_FUNDS", "MYNUMBER_CARD", "ONLINE_PROCEDURES", "AI_RPA", "TELEWORK", "SECURITY", "DIGITAL_COMMUNITY",
    "DIGITAL_DIVIDE", "ANALOG_REGULATION", "BPR", "OPEN_DATA", "UNKNOWN_ITEM",
  };

  private final Random r;
  private int ids;
  private final List<String> kpiIds = new ArrayList<>();
  private final List<String> initiativeIds = new ArrayList<>();
  private final List<String> measureIds = new ArrayList<>();

  private PlanGenerator(Random random) {
    this.r = random;
  }

  /**
   * Generates one plan from {@code random}.
   *
   * @param random the source of randomness; the same seed gives the same plan
   * @return a plan
   */
  public static DxPlan plan(Random random) {
    return new PlanGenerator(random).plan();
  }

  /**
   * Generates a minimal plan: a title and policies whose measures and initiatives have only a title and
   * description, as the architecture page requires to load and be checkable.
   *
   * @param random the source of randomness
   * @return a minimal plan
   */
  public static DxPlan minimalPlan(Random random) {
    PlanGenerator g = new PlanGenerator(random);
    List<BasicPolicy> policies = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      List<Measure> measures = new ArrayList<>();
      int m = random.nextInt(4);
      for (int j = 0; j < m; j++) {
        List<Initiative> initiatives = new ArrayList<>();
        int k = random.nextInt(4);
        for (int l = 0; l < k; l++) {
          initiatives.add(Initiative.of(g.text(), g.maybe(g::text)));
        }
        measures.add(Measure.of(g.text(), g.maybe(g::text), initiatives));
      }
      policies.add(BasicPolicy.of(g.text(), measures));
    }
    return DxPlan.of(g.text(), policies);
  }

  private DxPlan plan() {
    List<BasicPolicy> policies = list(0, 5, this::policy);
    return new DxPlan(
        DxPlan.SCHEMA_VERSION,
        maybe(() -> "plan-" + r.nextInt(10_000)),
        text(),
        maybe(() -> pick(PlanStatus.values())),
        maybe(this::municipality),
        maybe(this::planDate),
        maybe(this::planDate),
        maybe(this::period),
        maybe(() -> pick(new String[] {"1.0", "2.0", "2.3", "3.0", "9.9"})),
        maybe(this::text),
        maybe(this::longText),
        maybe(this::governance),
        list(0, 2, this::text),
        policies,
        maybe(this::previousPlan),
        list(0, 2, this::table),
        list(0, 3, () -> new GlossaryEntry(text(), longText())));
  }

  /** A period with both ends (sometimes unordered or very long), or only one. */
  private PlanPeriod period() {
    switch (r.nextInt(4)) {
      case 0:
        return new PlanPeriod(year(), null);
      case 1:
        return new PlanPeriod(null, year());
      default:
        return PlanPeriod.of(range());
    }
  }

  private DataTable table() {
    List<String> columns = list(0, 4, this::text);
    return new DataTable(
        maybe(this::id),
        text(),
        maybe(() -> pick(UNITS)),
        maybe(this::source),
        columns,
        // Rows as printed: usually as wide as the header, sometimes ragged or empty.
        list(0, 4, () -> list(0, Math.max(1, columns.size() + 1), this::cell)),
        maybe(this::text));
  }

  private String cell() {
    return r.nextInt(3) == 0 ? decimal().toPlainString() : text();
  }

  private SourceLocation source() {
    Integer page = r.nextInt(3) == 0 ? null : 1 + r.nextInt(200);
    String section = r.nextInt(3) == 0 ? null : text();
    Integer line = r.nextInt(2) == 0 ? null : 1 + r.nextInt(60);
    if (page == null && section == null && line == null) {
      page = 1;
    }
    return new SourceLocation(page, section, line);
  }

  private Map<String, List<String>> tags() {
    if (r.nextInt(3) != 0) {
      return Map.of();
    }
    Map<String, List<String>> tags = new LinkedHashMap<>();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      String axis = text();
      if (axis.isBlank()) {
        axis = "軸" + i;
      }
      tags.put(axis, list(0, 3, this::text));
    }
    return tags;
  }

  private NationalClaim claim() {
    String code = pick(NATIONAL);
    if (r.nextInt(3) != 0) {
      return NationalClaim.of(code);
    }
    return new NationalClaim(
        code,
        maybe(this::text),
        maybe(() -> pick(new String[] {"2025年度", "2022年度末", "令和8年9月", "R7", text()})),
        maybe(() -> r.nextBoolean() ? "特定移行支援システム" : text()));
  }

  private Municipality municipality() {
    return new Municipality(maybe(() -> LocalGovernmentCode.parse(pick(CODES))), maybe(this::text), maybe(this::text));
  }

  private PlanDate planDate() {
    int year = 2015 + r.nextInt(15);
    switch (r.nextInt(3)) {
      case 0:
        return PlanDate.of(year);
      case 1:
        return PlanDate.of(year, 1 + r.nextInt(12));
      default:
        return PlanDate.of(java.time.LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)));
    }
  }

  private FiscalYearRange range() {
    int from = 2015 + r.nextInt(15);
    int to = from + r.nextInt(14) - 2; // sometimes unordered, sometimes very long
    return FiscalYearRange.of(FiscalYear.of(from), FiscalYear.of(to));
  }

  private FiscalYear year() {
    return FiscalYear.of(2015 + r.nextInt(20));
  }

  private Governance governance() {
    return new Governance(
        maybe(this::text), list(0, 3, () -> new GovernanceBody(text(), maybe(this::text), list(0, 4, this::text))));
  }

  private BasicPolicy policy() {
    return new BasicPolicy(
        maybe(this::id),
        maybe(this::text),
        text(),
        maybe(this::longText),
        list(0, 2, this::claim),
        tags(),
        maybe(this::source),
        list(0, 2, this::roadmapEntry),
        list(0, 1, this::policyKpi),
        list(0, 1, this::kpiRef),
        list(0, 1, this::text),
        list(0, 1, this::table),
        list(0, 4, this::measure));
  }

  private Measure measure() {
    Measure m =
        new Measure(
            maybe(this::id),
            maybe(this::text),
            text(),
            maybe(this::longText),
            list(0, 3, this::text),
            maybe(this::text),
            maybe(this::departments),
            list(0, 3, this::claim),
            list(0, 2, this::text),
            tags(),
            maybe(this::source),
            list(0, 3, this::roadmapEntry),
            list(0, 2, this::kpi),
            list(0, 1, this::kpiRef),
            list(0, 1, this::text),
            list(0, 1, this::table),
            list(0, 5, this::initiative));
    if (m.id() != null) {
      measureIds.add(m.id());
    }
    return m;
  }

  private Initiative initiative() {
    String relist = !initiativeIds.isEmpty() && r.nextInt(8) == 0 ? pick(initiativeIds) : null;
    if (relist == null && r.nextInt(20) == 0) {
      relist = "missing-" + r.nextInt(100);
    }
    Initiative i =
        new Initiative(
            maybe(this::id),
            maybe(this::text),
            text(),
            maybe(this::longText),
            r.nextInt(3) == 0 ? null : pick(Approach.values()),
            maybe(this::departments),
            list(0, 2, this::claim),
            relist,
            tags(),
            maybe(this::source),
            list(0, 4, this::roadmapEntry),
            list(0, 2, this::kpi),
            list(0, 1, this::kpiRef),
            list(0, 1, this::text),
            list(0, 1, this::table));
    if (i.id() != null) {
      initiativeIds.add(i.id());
    }
    return i;
  }

  private Departments departments() {
    return new Departments(list(0, 3, this::text), list(0, 2, this::text));
  }

  private RoadmapEntry roadmapEntry() {
    FiscalYear from = maybe(this::year);
    FiscalYear to = from != null && r.nextBoolean() ? from.plusYears(r.nextInt(5) - 1) : maybe(this::year);
    RoadmapExtent extent = r.nextInt(3) == 0 ? null : pick(RoadmapExtent.values());
    if (extent == RoadmapExtent.UNKNOWN && r.nextInt(4) != 0) {
      to = null; // usually as the format asks; sometimes not, for validation to find
    }
    return new RoadmapEntry(
        text(), maybe(() -> pick(RoadmapKind.values())), from, to, extent, maybe(this::text), maybe(this::source));
  }

  private Kpi kpi() {
    return kpi(false, 0);
  }

  /** A KPI at a policy, which may name the measures it measures (written before them, so often dangling). */
  private Kpi policyKpi() {
    return kpi(true, 0);
  }

  private Kpi kpi(boolean policyLevel, int depth) {
    KpiFigures figures = r.nextInt(3) == 0 ? null : pick(KpiFigures.values());
    boolean lost = figures == KpiFigures.NOT_RECOVERED && r.nextInt(4) != 0;
    List<String> measures = List.of();
    if (policyLevel && r.nextBoolean()) {
      measures = list(1, 2, () -> !measureIds.isEmpty() && r.nextBoolean() ? pick(measureIds) : "m-" + r.nextInt(50));
    }
    Kpi k =
        new Kpi(
            maybe(this::id),
            text(),
            maybe(this::text),
            maybe(() -> pick(UNITS)),
            lost ? null : maybe(() -> pick(Direction.values())),
            figures,
            lost ? null : maybe(this::measurement),
            lost ? null : maybe(this::target),
            lost ? List.of() : list(0, 3, this::measurement),
            measures,
            depth < 2 && r.nextInt(5) == 0 ? list(1, 3, () -> kpi(false, depth + 1)) : List.of(),
            maybe(this::text),
            tags(),
            maybe(this::source));
    if (k.id() != null) {
      kpiIds.add(k.id());
    }
    return k;
  }

  private String kpiRef() {
    if (!kpiIds.isEmpty() && r.nextInt(4) != 0) {
      return pick(kpiIds);
    }
    return "kpi-missing-" + r.nextInt(100);
  }

  private Measurement measurement() {
    return new Measurement(
        maybe(this::decimal),
        maybe(this::year),
        r.nextInt(4) == 0 ? pick(Comparison.values()) : null,
        maybe(this::text));
  }

  private Target target() {
    return new Target(maybe(this::decimal), maybe(this::year), maybe(() -> pick(Comparison.values())), maybe(this::text));
  }

  private PreviousPlan previousPlan() {
    List<String> groups = list(0, 3, this::text);
    return new PreviousPlan(
        maybe(this::text),
        maybe(this::range),
        maybe(this::planDate),
        list(0, groups.size(),
            () ->
                new ResultGroup(
                    pick(groups), maybe(this::longText), list(0, 3, this::longText), list(0, 3, this::text),
                    list(0, 1, this::text))),
        list(0, 6,
            () ->
                new PreviousResult(
                    groups.isEmpty() || r.nextInt(4) == 0 ? maybe(this::text) : pick(groups),
                    maybe(this::text),
                    maybe(this::text),
                    maybe(this::measurement),
                    list(0, 4, this::measurement),
                    maybe(() -> pick(UNITS)),
                    r.nextInt(3) == 0 ? null : r.nextBoolean(),
                    maybe(this::text),
                    maybe(this::text),
                    maybe(this::source))));
  }

  private BigDecimal decimal() {
    switch (r.nextInt(8)) {
      case 6:
        // The ends of what a plan file holds: 90 significant digits, 100 before or after the point.
        switch (r.nextInt(4)) {
          case 0:
            return new BigDecimal(BigInteger.TEN.pow(89).add(new BigInteger(200, r)), r.nextInt(91));
          case 1:
            return BigDecimal.ONE.scaleByPowerOfTen(99); // 1E+99
          case 2:
            return BigDecimal.ONE.scaleByPowerOfTen(-100); // 1E-100
          default:
            return new BigDecimal(BigInteger.TEN.pow(89).negate(), -10); // -1E+99, 90 digits
        }
      case 7:
        return new BigDecimal(BigInteger.valueOf(r.nextInt(999) + 1), -(90 + r.nextInt(8))); // 1.23E+92, at most 100 digits
      case 0:
        return BigDecimal.valueOf(r.nextInt(101));
      case 1:
        return new BigDecimal(BigInteger.valueOf(r.nextInt(100_000)), r.nextInt(4)); // 19.0, 1.25, …
      case 2:
        return BigDecimal.ZERO.setScale(r.nextInt(3));
      case 3:
        return BigDecimal.valueOf(-r.nextInt(1000), 1);
      case 4:
        return new BigDecimal(new BigInteger(60, r), r.nextInt(10));
      default:
        return new BigDecimal(BigInteger.valueOf(r.nextInt(1000)), -r.nextInt(4)); // 1E+3
    }
  }

  private String id() {
    return "id-" + (ids++) + (r.nextInt(30) == 0 ? "" : "");
  }

  private String text() {
    if (r.nextInt(6) == 0) {
      return pick(TRICKY);
    }
    int n = 1 + r.nextInt(5);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(pick(WORDS));
    }
    return sb.toString();
  }

  private String longText() {
    if (r.nextInt(10) == 0) {
      // A few kilobytes of text with line breaks, as a 現状と課題 section can be.
      StringBuilder sb = new StringBuilder();
      int lines = 5 + r.nextInt(40);
      for (int i = 0; i < lines; i++) {
        sb.append("・").append(text()).append(text()).append(text());
        if (i < lines - 1) {
          sb.append('\n');
        }
      }
      return sb.toString();
    }
    return text();
  }

  private <T> T maybe(Supplier<T> s) {
    return r.nextInt(3) == 0 ? null : s.get();
  }

  private <T> List<T> list(int min, int max, Supplier<T> s) {
    int n = min + r.nextInt(max - min + 1);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(s.get());
    }
    return out;
  }

  private <T> T pick(T[] values) {
    return values[r.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
