package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.ExitCodes;
import io.github.dxplan.cli.internal.Json;
import io.github.dxplan.cli.internal.Output;
import io.github.dxplan.cli.internal.PlanSchema;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dx schema [--out PATH]}: the JSON Schema (2020-12) of the plan format, generated from the model. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema (draft 2020-12) of the plan format, generated from the model, for editors and other tools.",
      "計画フォーマットの JSON Schema を出力します（エディタの補完や他のツールでの検証に）。"
    },
    footerHeading = "%nExample:%n",
    footer = "  ./dx schema --out dxplan.schema.json")
final class SchemaCommand extends AbstractCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of standard output.")
  Path out;

  @Override
  public Integer call() {
    Output.write(Json.write(PlanSchema.generate()), out, out(), messages());
    return ExitCodes.OK;
  }
}
