package io.github.dxplan.examples;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.validation.Finding;
import io.github.dxplan.validation.PlanValidator;
import io.github.dxplan.validation.Severity;
import io.github.dxplan.validation.ValidationReport;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Reads a plan, prints how it is built (基本方針, 施策, 取組, KPI, 工程 counts) and validates it with
 * the {@code publish} profile, printing every finding in Japanese.
 *
 * <pre>
 * ./mvnw -q -pl dx-examples -am compile -Dexample=ReadAndValidate
 * ./mvnw -q -pl dx-examples -am compile -Dexample=ReadAndValidate -Dexample.args=path/to/plan.yaml
 * </pre>
 *
 * <p>The argument is a seed plan id ({@link SeedPlans#ids()}) or a JSON/YAML plan file; the default is
 * {@code itako-2023}. The national item codes a plan claims are checked against the shipped national
 * catalogue ({@link #shippedCatalogueCodes()}).
 */
public final class ReadAndValidate {

  /** The plan read when no argument is given. */
  public static final String DEFAULT_PLAN = "itako-2023";

  private ReadAndValidate() {}

  /**
   * Runs the example.
   *
   * @param args optional: a seed plan id or a path to a plan file
   */
  public static void main(String[] args) {
    PrintStream out = ExampleSupport.utf8Out();
    DxPlan plan = ExampleSupport.readPlan(args.length > 0 ? args[0] : DEFAULT_PLAN);
    out.println("■ " + plan.title() + (plan.municipality() == null ? "" : "（" + plan.municipality().name() + "）"));
    if (plan.period() != null) {
      out.println("計画期間: " + ExampleSupport.year(plan.period().from()) + "～" + ExampleSupport.year(plan.period().to()));
    }
    out.println("【構成】");
    out.println("  基本方針等: " + plan.policies().size());
    out.println("  施策: " + plan.allMeasures().size());
    out.println("  取組: " + plan.allInitiatives().size());
    out.println("  KPI: " + plan.allKpis().size());
    out.println("  工程: " + plan.allInitiatives().stream().mapToInt((Initiative i) -> i.roadmap().size()).sum());
    out.println("  国の重点取組事項の記載: " + claimedItemCount(plan));

    ValidationReport report = validator().validate(plan);
    out.println(
        "【検証結果】エラー "
            + report.count(Severity.ERROR)
            + "件、警告 "
            + report.count(Severity.WARNING)
            + "件、情報 "
            + report.count(Severity.INFO)
            + "件");
    for (Finding f : report.findings()) {
      out.println(
          "  [" + severity(f.severity()) + "] " + f.code() + " " + (f.path().isEmpty() ? "/" : f.path()) + " "
              + f.message(Locale.JAPANESE));
    }
    out.flush();
  }

  /**
   * Returns the validator the example uses: the {@code publish} profile; claimed national item codes
   * are checked against the shipped catalogue, in the version the coverage mapper would pick
   * ({@code NationalCatalogs.choose}), and the municipality against the official list.
   *
   * @return the validator
   */
  public static PlanValidator validator() {
    return PlanValidator.create();
  }

  private static long claimedItemCount(DxPlan plan) {
    return plan.policies().stream().mapToLong(p -> p.nationalItems().size()).sum()
        + plan.allMeasures().stream().mapToLong(m -> m.nationalItems().size()).sum()
        + plan.allInitiatives().stream().mapToLong(i -> i.nationalItems().size()).sum();
  }

  private static String severity(Severity s) {
    switch (s) {
      case ERROR:
        return "エラー";
      case WARNING:
        return "警告";
      default:
        return "情報";
    }
  }
}
