package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.ExitCodes;
import io.github.dxplan.cli.internal.Output;
import io.github.dxplan.cli.internal.PlanFile;
import io.github.dxplan.model.format.PlanFormat;
import io.github.dxplan.model.format.PlanWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dx convert FILE --to json|yaml [--out PATH]}: rewrites a plan in the canonical form. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a plan as canonical JSON or YAML (fixed key order; the same plan always gives the same bytes).",
      "計画を正規形の JSON / YAML に変換します。"
    },
    footerHeading = "%nExample:%n",
    footer = "  ./dx convert dx-examples/src/main/resources/plans/itako-2023.yaml --to json --out itako-2023.json")
final class ConvertCommand extends AbstractCommand implements Callable<Integer> {

  enum Target {
    json,
    yaml
  }

  @Parameters(index = "0", paramLabel = "FILE", description = "The plan (.yaml, .yml or .json).")
  Path file;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "json|yaml",
      description = "The syntax to write: ${COMPLETION-CANDIDATES}.")
  Target to;

  @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of standard output.")
  Path out;

  @Override
  public Integer call() {
    PlanFile plan = PlanFile.read(file, messages());
    PlanWriter writer = PlanWriter.of(to == Target.json ? PlanFormat.JSON : PlanFormat.YAML);
    Output.write(writer.write(plan.plan()), out, out(), messages());
    return ExitCodes.OK;
  }
}
