package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.CliException;
import io.github.dxplan.cli.internal.VersionNames;
import io.github.dxplan.cli.internal.CoverageView;
import io.github.dxplan.cli.internal.ExitCodes;
import io.github.dxplan.cli.internal.Output;
import io.github.dxplan.cli.internal.Lang;
import io.github.dxplan.cli.internal.PlanFile;
import io.github.dxplan.cli.internal.Terminal;
import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.mapping.CoverageStatus;
import io.github.dxplan.mapping.DeadlineStatus;
import io.github.dxplan.mapping.Explanation;
import io.github.dxplan.mapping.UnknownElementException;
import io.github.dxplan.mapping.export.ExplanationExporter;
import io.github.dxplan.mapping.export.CoverageExporter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dx check FILE}: the plan against the national plan — the 対応表, the gaps and the deadlines. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a plan against the national 自治体DX推進計画: which national items it claims (●) or addresses by inference (○), what is missing, and whether its roadmap meets the deadlines.",
      "計画を国の自治体DX推進計画と照合し、対応表（● 明示、○ 推定）・不足・期限を表示します。"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./dx check dx-examples/src/main/resources/plans/itako-2023.yaml",
      "  ./dx check plan.yaml --national-plan 3.0 --format json --out coverage.json",
      "  ./dx check plan.yaml --fail-on missing,late      # for CI",
      "  ./dx check plan.yaml --explain /policies/0/measures/1 --lang en",
      "",
      "Exit codes: 0 done (and nothing matched --fail-on); 1 --fail-on matched; 2 the file could not be read."
    })
final class CheckCommand extends AbstractCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    csv,
    md,
    html
  }

  enum FailOn {
    /** A national item the plan neither claims nor addresses by inference. */
    missing,
    /** A national item the plan addresses only by inference (or not at all). */
    inferred,
    /** A deadline the plan's roadmap does not meet. */
    late
  }

  /** {@code -Ddx.trace}: the time of each step on standard error (for the cold-start work). */
  private static final boolean TRACE = Boolean.getBoolean("dx.trace");

  @Parameters(index = "0", paramLabel = "FILE", description = "The plan (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--national-plan", completionCandidates = VersionNames.class, paramLabel = "V", description = "Version of the national plan: 1.0, 2.0, 2.3, 3.0 or latest (default: the plan's nationalPlanVersion, else the version in force when it was adopted).")
  String version;

  @Option(names = "--infer-only", description = "Ignore the plan's own nationalItems, so inference can be judged against what the city stated.")
  boolean inferOnly;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv|md|html", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of standard output.")
  Path out;

  @Option(names = "--explain", paramLabel = "PATH", description = "Explain one element instead: every national item, the terms found with the text around them, their weights, the score, the threshold and why it is or is not linked. PATH is a JSON Pointer (/policies/0/measures/1) or the element's id, label or title. Text or json.")
  String explain;

  @Option(names = "--fail-on", split = ",", paramLabel = "missing|inferred|late", description = "Exit with 1 when the check finds this (for CI): ${COMPLETION-CANDIDATES}. Several may be given: --fail-on missing,late.")
  Set<FailOn> failOn = EnumSet.noneOf(FailOn.class);

  @Override
  public Integer call() {
    long t0 = TRACE ? System.nanoTime() : 0;
    CoverageMapper mapper = CoverageMapper.builder().inferOnly(inferOnly).clock(clock()).build();
    PlanFile plan = PlanFile.read(file, messages());
    long t1 = TRACE ? System.nanoTime() : 0;
    if (TRACE && version == null) {
      mapper.defaultCatalog(plan.plan());
    }
    long t2 = TRACE ? System.nanoTime() : 0;
    CoverageReport report;
    if (version == null) {
      report = mapper.map(plan.plan());
    } else {
      // An unknown version is named in the user's language, with the known ones.
      CatalogCommand.version(mapper.catalogs(), version, messages());
      report = mapper.map(plan.plan(), version);
    }
    long t3 = TRACE ? System.nanoTime() : 0;
    if (explain != null) {
      Output.write(explanation(mapper, plan, report.version()), out, out(), messages(), List.of(file));
      return ExitCodes.OK;
    }
    Output.write(render(report), out, out(), messages(), List.of(file));
    if (TRACE) {
      long t4 = System.nanoTime();
      System.err.printf("dx.trace: read %.1f ms, catalogue %.1f ms, map %.1f ms, export+write %.1f ms%n",
          (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6);
    }
    return failed(report) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** {@code --explain}: one element's decisions, as text in the user's language or as JSON. */
  private String explanation(CoverageMapper mapper, PlanFile plan, String version) {
    if (format != Format.text && format != Format.json) {
      throw new CliException(ExitCodes.UNUSABLE, messages().get("check.explainFormat", format.name()));
    }
    Explanation e;
    try {
      e = mapper.explain(plan.plan(), version, explain);
    } catch (UnknownElementException x) {
      throw new CliException(ExitCodes.UNUSABLE, x.candidates().isEmpty()
          ? messages().get("check.explainNone", Terminal.line(explain))
          : messages().get("check.explainMany", Terminal.line(explain), x.candidates().size(), String.join(", ", x.candidates())), x);
    }
    return format == Format.json ? ExplanationExporter.toJson(e)
        : ExplanationExporter.toText(e, lang() == Lang.en ? Locale.ENGLISH : Locale.JAPANESE);
  }

  private String render(CoverageReport report) {
    return switch (format) {
      // Every file format comes from dx-mapping's exporters, so the CLI and the library give the same
      // bytes; only the terminal view (aligned columns, ja/en headings) is the CLI's own.
      case text -> CoverageView.text(report, lang());
      case json -> CoverageExporter.toJson(report);
      case csv -> CoverageExporter.toCsv(report);
      case md -> CoverageExporter.toMarkdown(report);
      case html -> CoverageExporter.toHtml(report);
    };
  }

  private boolean failed(CoverageReport report) {
    boolean missing = report.items().stream().anyMatch(i -> i.status() == CoverageStatus.MISSING);
    boolean notClaimed = report.items().stream().anyMatch(i -> i.status() != CoverageStatus.COVERED);
    boolean late = report.items().stream().flatMap(i -> i.deadlines().stream()).anyMatch(d -> d.status() == DeadlineStatus.LATE);
    return (failOn.contains(FailOn.missing) && missing)
        || (failOn.contains(FailOn.inferred) && notClaimed)
        || (failOn.contains(FailOn.late) && late);
  }
}
