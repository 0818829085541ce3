package io.github.dxplan.benchmarks;

import io.github.dxplan.model.Approach;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.Comparison;
import io.github.dxplan.model.Departments;
import io.github.dxplan.model.Direction;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.Governance;
import io.github.dxplan.model.GovernanceBody;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.Measurement;
import io.github.dxplan.model.Municipality;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapKind;
import io.github.dxplan.model.Target;
import io.github.dxplan.model.format.PlanFormat;
import io.github.dxplan.model.format.PlanWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A deterministic generator of realistic municipal DX plans: the same count, seed and text scale
 * always give the same plans, byte for byte.
 *
 * <p>Plans are shaped like the seed plans (3–8 policies, 2–6 measures each, 3–20 initiatives each,
 * skewed towards few as in the seeds; KPIs on some policies, measures and initiatives; 工程表-style
 * roadmaps inside the plan period), with valid 全国地方公共団体コード and Japanese text drawn from the
 * seeds' own phrases ({@link Vocabulary}). They are meant to be valid plans, not adversarial ones:
 * {@code dx-testing}'s {@code PlanGenerator} is the generator for edge cases.
 *
 * <p>Plan {@code i} depends only on the seed, the text scale and {@code i}, so the first 894 plans of
 * a 1,788-plan corpus are exactly the 894-plan corpus.
 *
 * <pre>{@code
 * java -cp ... io.github.dxplan.benchmarks.CorpusGenerator --plans 1788 --text-scale 1 --out target/corpus/n1788-x1
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CorpusGenerator {
  /** The number of local governments the corpus stands for: 47 prefectures and 1,741 municipalities. */
  public static final int DEFAULT_PLANS = 1788;

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 20240401L;

  private static final String[] PREFECTURES = {
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
  };
  private static final String[] NAME_HEADS = {
    "大", "小", "高", "北", "南", "東", "西", "上", "下", "中", "新", "本", "長", "若", "白", "黒", "青", "松",
    "桜", "石", "岩", "山", "川", "田", "野", "宮", "富", "那須", "潮", "鹿", "久", "日", "八", "三",
  };
  private static final String[] NAME_TAILS = {
    "山", "川", "田", "野", "原", "沢", "津", "浜", "島", "崎", "岡", "井", "瀬", "谷", "森", "里", "部",
    "宮", "城", "来", "烏山", "見", "倉", "浦",
  };
  private static final String[] SEED_CITIES = {"那須烏山市", "宇都宮市", "潮来市", "小山市"};
  private static final String[] NATIONAL_ITEMS = {
    "ORGANIZATION", "DIGITAL_TALENT", "PLANNED_APPROACH", "PREFECTURE_COLLABORATION", "FRONTYARD",
    "STANDARDIZATION", "ELTAX_PUBLIC_FUNDS", "MYNUMBER_CARD", "ONLINE_PROCEDURES", "AI_RPA", "TELEWORK",
    "SECURITY", "DIGITAL_COMMUNITY", "DIGITAL_DIVIDE", "ANALOG_REGULATION", "BPR", "OPEN_DATA",
  };
  private static final String[] NATIONAL_VERSIONS = {"1.0", "2.0", "2.3", "3.0"};
  private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
  private static final String[] POLICY_LEVELS = {"基本方針", "基本目標", "重点取組事項"};

  private final long seed;
  private final int textScale;
  private final Vocabulary vocabulary;

  private CorpusGenerator(long seed, int textScale, Vocabulary vocabulary) {
    this.seed = seed;
    this.textScale = textScale;
    this.vocabulary = vocabulary;
  }

  /**
   * Returns a generator.
   *
   * @param seed the seed; the same seed gives the same plans
   * @param textScale how many times the usual number of description sentences to write, 1 or more
   * @return the generator
   */
  public static CorpusGenerator of(long seed, int textScale) {
    if (textScale < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "text scale must be at least 1: %d", textScale));
    }
    return new CorpusGenerator(seed, textScale, Vocabulary.load());
  }

  /**
   * Returns the 全国地方公共団体コード of plan {@code index}: the 47 prefectures first (pp0000 with
   * check digit), then municipalities spread over the prefectures, cities (201–) before towns and villages.
   *
   * @param index the plan index, from 0
   * @return a valid code
   */
  public static LocalGovernmentCode code(int index) {
    if (index < PREFECTURES.length) {
      return LocalGovernmentCode.fromJisCode(String.format(Locale.ROOT, "%02d000", index + 1));
    }
    int j = index - PREFECTURES.length;
    int prefecture = j % PREFECTURES.length + 1;
    int k = (j / PREFECTURES.length) % 110; // 110 numbers per prefecture: wraps only beyond 5,000 plans
    int number = k < 20 ? 201 + k : 301 + (k - 20) * 7;
    return LocalGovernmentCode.fromJisCode(String.format(Locale.ROOT, "%02d%03d", prefecture, number));
  }

  /**
   * Returns plan {@code index}.
   *
   * @param index the plan index, from 0
   * @return the plan
   */
  public DxPlan plan(int index) {
    // Structure and text draw from separate streams, so a longer text scale changes only the text.
    Random r = new Random(seed * 0x9E3779B97F4A7C15L + index * 1_000_003L);
    Random textRandom = new Random(seed * 0x9E3779B97F4A7C15L + index * 1_000_003L + 0x5DEECE66DL);
    LocalGovernmentCode code = code(index);
    String prefecture = PREFECTURES[Integer.parseInt(code.prefectureCode()) - 1];
    String name;
    if (code.isPrefecture()) {
      name = prefecture;
    } else {
      int number = Integer.parseInt(code.jisCode().substring(2));
      String suffix = number < 300 ? "市" : (r.nextInt(4) == 0 ? "村" : "町");
      name = NAME_HEADS[r.nextInt(NAME_HEADS.length)] + NAME_TAILS[r.nextInt(NAME_TAILS.length)] + suffix;
    }
    int from = 2021 + r.nextInt(5);
    int years = 3 + r.nextInt(3);
    FiscalYearRange period = FiscalYearRange.of(from, from + years - 1);
    Texts t = new Texts(textRandom, name);

    String level = POLICY_LEVELS[r.nextInt(POLICY_LEVELS.length)];
    int nationalLevel = r.nextInt(3); // 0: claimed per policy, 1: per measure, 2: not stated
    int policyCount = between(r, 3, 8);
    List<BasicPolicy> policies = new ArrayList<>(policyCount);
    for (int p = 1; p <= policyCount; p++) {
      String pid = "p" + p;
      int measureCount = between(r, 2, 6);
      List<Measure> measures = new ArrayList<>(measureCount);
      for (int m = 1; m <= measureCount; m++) {
        String mid = pid + "-m" + m;
        // 3–20 per measure, skewed towards few as in the seeds (mean about 7).
        int initiativeCount = 3 + (int) (18 * Math.pow(r.nextDouble(), 3.0));
        List<Initiative> initiatives = new ArrayList<>(initiativeCount);
        for (int i = 1; i <= initiativeCount; i++) {
          String iid = mid + "-i" + i;
          initiatives.add(
              new Initiative(
                  iid,
                  i <= CIRCLED.length() ? CIRCLED.substring(i - 1, i) : "(" + i + ")",
                  t.pick("initiativeTitle"),
                  r.nextBoolean() ? null : t.sentences(1, 1),
                  r.nextInt(4) == 0 ? Approach.BACKCAST : Approach.FORECAST,
                  new Departments(List.of(t.pick("department")), r.nextInt(3) == 0 ? List.of(t.pick("department")) : List.of()),
                  List.of(),
                  null,
                  r.nextBoolean() ? List.of() : roadmap(r, t, period),
                  r.nextInt(8) == 0 ? kpis(r, t, iid, period, 1) : List.of(),
                  List.of(),
                  List.of()));
        }
        measures.add(
            new Measure(
                mid,
                "(" + m + ")",
                t.pick("measureTitle"),
                t.sentences(1, 2),
                r.nextInt(4) == 0 ? List.of(t.sentence()) : List.of(),
                null,
                new Departments(List.of(t.pick("department")), List.of()),
                nationalLevel == 1 ? nationalItems(r) : List.of(),
                List.of(),
                initiatives,
                r.nextInt(3) == 0 ? kpis(r, t, mid, period, between(r, 1, 2)) : List.of(),
                List.of(),
                List.of()));
      }
      policies.add(
          new BasicPolicy(
              pid,
              level + p,
              t.pick("policyTitle"),
              t.sentences(1, 3),
              nationalLevel == 0 ? nationalItems(r) : List.of(),
              measures,
              r.nextInt(2) == 0 ? kpis(r, t, pid, period, between(r, 1, 2)) : List.of(),
              List.of(),
              List.of()));
    }
    return new DxPlan(
        DxPlan.SCHEMA_VERSION,
        "bench-" + code.value(),
        name + "DX推進計画",
        new Municipality(code, name, code.isPrefecture() ? null : prefecture),
        PlanDate.of(from - (r.nextBoolean() ? 1 : 0), 1 + r.nextInt(12)),
        period,
        NATIONAL_VERSIONS[r.nextInt(NATIONAL_VERSIONS.length)],
        t.pick("vision"),
        t.sentences(2, 4),
        new Governance(
            t.sentence(),
            List.of(new GovernanceBody(name + "DX推進本部", "本部長 " + (code.isPrefecture() ? "知事" : "首長"),
                List.of("副本部長", "各部長", "事務局 " + t.pick("department"))))),
        policies,
        null,
        List.of(t.sentences(1, 2)));
  }

  private static int between(Random r, int min, int max) {
    return min + r.nextInt(max - min + 1);
  }

  private static List<String> nationalItems(Random r) {
    int n = r.nextInt(3);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String item = NATIONAL_ITEMS[r.nextInt(NATIONAL_ITEMS.length)];
      if (!out.contains(item)) {
        out.add(item);
      }
    }
    return out;
  }

  private static List<RoadmapEntry> roadmap(Random r, Texts t, FiscalYearRange period) {
    int from = period.from().value();
    int to = period.to().value();
    if (r.nextInt(3) == 0) {
      // 潮来市's pattern: 検討 → 実施 → 検証, one year each.
      return List.of(
          new RoadmapEntry("事業の検討／実施計画の作成", RoadmapKind.PLAN, FiscalYear.of(from), FiscalYear.of(from), null),
          new RoadmapEntry("試行実施／事業の実施", RoadmapKind.IMPLEMENT, FiscalYear.of(from + 1), FiscalYear.of(to - 1), null),
          new RoadmapEntry("効果検証・改善", RoadmapKind.EVALUATE, FiscalYear.of(to), FiscalYear.of(to), null));
    }
    int split = from + r.nextInt(to - from + 1);
    RoadmapKind[] kinds = RoadmapKind.values();
    return List.of(
        new RoadmapEntry(t.pick("roadmapLabel"), kinds[r.nextInt(3)], FiscalYear.of(from), FiscalYear.of(split), null),
        new RoadmapEntry(t.pick("roadmapLabel"), RoadmapKind.OPERATE, FiscalYear.of(split), FiscalYear.of(to), null));
  }

  private static List<Kpi> kpis(Random r, Texts t, String owner, FiscalYearRange period, int count) {
    List<Kpi> out = new ArrayList<>(count);
    for (int k = 1; k <= count; k++) {
      boolean up = r.nextInt(5) != 0;
      String unit = t.pick("unit");
      BigDecimal base = BigDecimal.valueOf(r.nextInt(900) + 10L, r.nextInt(2));
      BigDecimal target = up ? base.multiply(BigDecimal.valueOf(12 + r.nextInt(20), 1)).setScale(base.scale(), java.math.RoundingMode.HALF_UP)
          : base.divide(BigDecimal.valueOf(2), base.scale(), java.math.RoundingMode.HALF_UP);
      FiscalYear baseYear = period.from().minusYears(1);
      List<Measurement> actuals = new ArrayList<>();
      if (r.nextBoolean()) {
        BigDecimal mid = base.add(target).divide(BigDecimal.valueOf(2), base.scale(), java.math.RoundingMode.HALF_UP);
        actuals.add(new Measurement(mid, period.from(), null));
      }
      out.add(
          new Kpi(
              "kpi-" + owner + "-" + k,
              t.pick("kpiName"),
              unit,
              up ? Direction.INCREASE : Direction.DECREASE,
              new Measurement(base, baseYear, null),
              new Target(target, period.to(), up ? Comparison.AT_LEAST : Comparison.AT_MOST, null),
              actuals,
              null));
    }
    return out;
  }

  /**
   * Writes plans {@code 0..count-1} as {@code json/<id>.json} and, if asked, {@code yaml/<id>.yaml} under
   * {@code dir}, in parallel.
   *
   * @param count the number of plans
   * @param dir the output directory
   * @param formats the formats to write
   * @return the total number of JSON bytes written
   */
  public long write(int count, Path dir, List<PlanFormat> formats) {
    try {
      for (PlanFormat f : formats) {
        Files.createDirectories(dir.resolve(ext(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return IntStream.range(0, count)
        .parallel()
        .mapToLong(
            i -> {
              DxPlan plan = plan(i);
              long json = 0;
              for (PlanFormat f : formats) {
                byte[] bytes = PlanWriter.of(f).writeBytes(plan);
                try {
                  Files.write(dir.resolve(ext(f)).resolve(String.format(Locale.ROOT, "%04d-%s.%s", i, plan.municipality().code(), ext(f))), bytes);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                if (f == PlanFormat.JSON) {
                  json = bytes.length;
                }
              }
              return json;
            })
        .sum();
  }

  private static String ext(PlanFormat f) {
    return f == PlanFormat.JSON ? "json" : "yaml";
  }

  /** Text drawn from the vocabulary, with the seed cities' names replaced by this plan's. */
  private final class Texts {
    private final Random r;
    private final String name;

    Texts(Random r, String name) {
      this.r = r;
      this.name = name;
    }

    String pick(String section) {
      return localize(vocabulary.pick(section, r));
    }

    String sentence() {
      return pick("sentence");
    }

    String sentences(int min, int max) {
      int n = between(r, min, max) * textScale;
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(sentence());
      }
      return sb.toString();
    }

    private String localize(String s) {
      for (String city : SEED_CITIES) {
        if (s.indexOf(city) >= 0) {
          s = s.replace(city, name);
        }
      }
      return s;
    }
  }

  /**
   * Writes a corpus: {@code --plans N} (default 1,788), {@code --seed S}, {@code --text-scale K} (default 1),
   * {@code --formats json,yaml} (default both), {@code --out DIR} (default
   * {@code dx-benchmarks/target/corpus/n<N>-x<K>}).
   *
   * @param args the options
   */
  public static void main(String[] args) {
    int plans = DEFAULT_PLANS;
    long seed = DEFAULT_SEED;
    int scale = 1;
    String formats = "json,yaml";
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--plans" -> plans = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--text-scale" -> scale = Integer.parseInt(args[++i]);
        case "--formats" -> formats = args[++i];
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option: " + args[i]);
      }
    }
    if (out == null) {
      out = Path.of("dx-benchmarks", "target", "corpus", "n" + plans + "-x" + scale);
    }
    List<PlanFormat> fs = new ArrayList<>();
    for (String f : formats.split(",")) {
      fs.add(PlanFormat.valueOf(f.trim().toUpperCase(Locale.ROOT)));
    }
    long t0 = System.nanoTime();
    long bytes = of(seed, scale).write(plans, out, fs);
    System.out.printf(Locale.ROOT, "wrote %d plans (%s, %.1f MB of JSON) to %s in %.1f s%n",
        plans, formats, bytes / 1e6, out, (System.nanoTime() - t0) / 1e9);
  }
}
