package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.ExitCodes;
import io.github.dxplan.cli.internal.Output;
import io.github.dxplan.cli.internal.Terminal;
import io.github.dxplan.cli.internal.YamlComments;
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
      "計画を正規形の JSON / YAML に変換します。",
      "YAML comments (# ...) are not kept; dx warns before it replaces a file that holds them.",
      "YAML のコメント（# …）は残りません。コメントを含むファイルを置き換えるときは警告します。"
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
    String written = writer.write(plan.plan());
    // The canonical form keeps the plan, not the YAML comments around it: say so before a file
    // that holds comments is replaced (in place, or any existing --out that holds them).
    if (out != null && !Output.isStdout(out) && java.nio.file.Files.isRegularFile(out)) {
      int comments = YamlComments.count(isSameFile(out, file) ? plan.bytes() : readQuietly(out));
      if (comments > 0) {
        err().println(Terminal.line(messages().get("convert.commentsDropped", out, comments)));
      }
    }
    Output.write(written, out, out(), messages());
    return ExitCodes.OK;
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return java.nio.file.Files.isSameFile(a, b);
    } catch (java.io.IOException | SecurityException e) {
      return false;
    }
  }

  private byte[] readQuietly(Path p) {
    try {
      return PlanFile.readBytes(p, messages());
    } catch (RuntimeException e) {
      return new byte[0];
    }
  }
}
