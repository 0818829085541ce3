package io.github.dxplan.examples;

import static io.github.dxplan.examples.ExampleSupport.measurement;
import static io.github.dxplan.examples.ExampleSupport.value;

import io.github.dxplan.model.AchievementSummary;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.KpiProgress;
import io.github.dxplan.model.Measurement;
import io.github.dxplan.model.PreviousPlan;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints the progress of a plan's KPIs against their actuals ({@link Kpi#progress()}) and the previous
 * plan's achievement rate ({@link PreviousPlan#achievementSummary()}), in Japanese.
 *
 * <pre>
 * ./mvnw -q -pl dx-examples -am compile -Dexample=KpiProgressReport
 * ./mvnw -q -pl dx-examples -am compile -Dexample=KpiProgressReport -Dexample.args=path/to/plan.yaml
 * </pre>
 *
 * <p>The argument is a seed plan id or a plan file; the default is {@code nasukarasuyama-2024}, whose
 * previous plan 地域情報化計画Ⅲ achieved 15 of 26 targets (58%), computed here from the encoded results.
 *
 * <p>The seed plans record no KPI actuals (実績) yet — they are new plans — so every seed KPI shows
 * 判定不可. To show what {@link KpiProgress} computes, the report ends with an <b>illustration</b>: three
 * of 那須烏山市's KPIs with actuals made up in code ({@link #illustrativeKpis()}). Those figures are
 * invented for the example and are <b>not the city's data</b>.
 */
public final class KpiProgressReport {

  /** The plan read when no argument is given. */
  public static final String DEFAULT_PLAN = "nasukarasuyama-2024";

  private KpiProgressReport() {}

  /**
   * Runs the report.
   *
   * @param args optional: a seed plan id ({@link SeedPlans#ids()}) or a path to a plan file
   */
  public static void main(String[] args) {
    PrintStream out = ExampleSupport.utf8Out();
    DxPlan plan = ExampleSupport.readPlan(args.length > 0 ? args[0] : DEFAULT_PLAN);
    out.println("■ " + plan.title() + (plan.municipality() == null ? "" : "（" + plan.municipality().name() + "）"));
    out.println();
    out.println("【KPIの進捗】 " + plan.allKpis().size() + "件");
    for (Kpi kpi : plan.allKpis()) {
      printKpi(out, kpi);
    }
    out.println();
    printPreviousPlan(out, plan.previousPlan());
    out.println();
    out.println("【例示】実績を仮に与えた場合の進捗（架空の数値であり、市のデータではありません）");
    for (Kpi kpi : illustrativeKpis()) {
      printKpi(out, kpi);
    }
    out.flush();
  }

  /**
   * Returns three KPIs of 那須烏山市's seed plan with <b>invented</b> actuals, one for each status a
   * KPI with an actual can have. The baselines and targets are the city's; the actuals are not.
   *
   * <ul>
   *   <li>オンライン申請利用率 15.9% (FY2022) → 50.0% (FY2028), actual 33.0% in FY2025: ratio 0.5015 ≥
   *       expected 0.5, {@link KpiProgress.Status#ON_TRACK};
   *   <li>コンビニエンスストア等による証明書等発行年間利用率 19.0% (FY2023) → 70.0% (FY2028), actual 25.0% in FY2025: ratio
   *       0.1176 &lt; expected 0.4, {@link KpiProgress.Status#BEHIND};
   *   <li>1月あたり45時間超職員数 77人/年 (FY2022) → 40人未満/年 (FY2028), actual 39 in FY2026: met by the
   *       target's comparator 未満, {@link KpiProgress.Status#ACHIEVED}.
   * </ul>
   *
   * @return the KPIs with illustrative actuals
   */
  public static List<Kpi> illustrativeKpis() {
    Map<String, Kpi> seed =
        SeedPlans.load("nasukarasuyama-2024").allKpis().stream()
            .collect(Collectors.toMap(Kpi::id, Function.identity()));
    return List.of(
        withActual(seed.get("kpi-p1-m1-2"), "33.0", 2025),
        withActual(seed.get("kpi-p1-m1-1"), "25.0", 2025),
        withActual(seed.get("kpi-p2-m1-2"), "39", 2026));
  }

  private static Kpi withActual(Kpi kpi, String value, int fiscalYear) {
    List<Measurement> actuals = new ArrayList<>(kpi.actuals());
    actuals.add(new Measurement(new BigDecimal(value), FiscalYear.of(fiscalYear), "例示：" + value));
    return new Kpi(
        kpi.id(), kpi.name(), kpi.unit(), kpi.direction(), kpi.baseline(), kpi.target(), actuals, kpi.note());
  }

  private static void printKpi(PrintStream out, Kpi kpi) {
    KpiProgress p = kpi.progress();
    String unit = kpi.unit();
    out.println("・" + kpi.name());
    String target = kpi.target() == null ? "記載なし" : value(kpi.target().value(), unit)
        + (kpi.target().comparator() == null ? "" : " " + comparator(kpi.target().comparator()))
        + "（" + ExampleSupport.year(kpi.target().fiscalYear()) + "）";
    out.println("    現状値 " + measurement(kpi.baseline(), unit) + " → 目標値 " + target);
    out.println(
        "    実績 "
            + (p.current() == null ? "なし" : measurement(p.current(), unit))
            + " … "
            + status(p.status())
            + "（進捗率 "
            + percent(p.ratio())
            + "、経過率 "
            + percent(p.expectedRatio())
            + "）");
  }

  private static void printPreviousPlan(PrintStream out, PreviousPlan previous) {
    if (previous == null) {
      out.println("【前計画の達成状況】記載なし");
      return;
    }
    AchievementSummary s = previous.achievementSummary();
    out.println("【前計画の達成状況】" + (previous.title() == null ? "" : previous.title()));
    out.println(
        "    目標値数 " + s.total() + "項目、達成 " + s.achieved() + "項目、未達成 " + s.notAchieved() + "項目"
            + (s.undetermined() > 0 ? "、判定なし " + s.undetermined() + "項目" : ""));
    out.println("    達成率 " + s.percent().map(v -> v + "%").orElse("算出不可"));
  }

  static String status(KpiProgress.Status status) {
    switch (status) {
      case ACHIEVED:
        return "達成";
      case ON_TRACK:
        return "順調";
      case BEHIND:
        return "遅れ";
      default:
        return "判定不可";
    }
  }

  private static String comparator(io.github.dxplan.model.Comparison c) {
    switch (c) {
      case AT_LEAST:
        return "以上";
      case AT_MOST:
        return "以下";
      case LESS_THAN:
        return "未満";
      case MORE_THAN:
        return "超";
      default:
        return "";
    }
  }

  /** A ratio as a percentage with one decimal (0.5015 → 50.2%), or － when it cannot be computed. */
  private static String percent(BigDecimal ratio) {
    if (ratio == null) {
      return "－";
    }
    return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }
}
