package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.CliException;
import io.github.dxplan.cli.internal.ExitCodes;
import io.github.dxplan.cli.internal.Output;
import io.github.dxplan.cli.internal.Workbooks;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dx template [--national-plan V] --out PATH.xlsx}: an empty workbook to fill in. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an empty plan workbook to fill in: Japanese sheets and headings, dropdowns for every list and for the national items, an example row on each sheet (not read back).",
      "記入用の空の計画ブック（.xlsx）を書き出します。一覧から選ぶ列、国の項目の一覧、各シートの記入例（読み込まれません）付き。"
    },
    footerHeading = "%nExample:%n",
    footer = "  ./dx template --national-plan 3.0 --out 計画.xlsx")
final class TemplateCommand extends AbstractCommand implements Callable<Integer> {

  @Option(names = "--national-plan", paramLabel = "V", description = "Version of the national plan whose items the dropdowns offer: 1.0, 2.0, 2.3, 3.0 or latest (default: latest).")
  String version;

  @Option(names = "--out", required = true, paramLabel = "PATH.xlsx", description = "The workbook to write.")
  Path out;

  @Override
  public Integer call() {
    if (!Workbooks.isWorkbook(out)) {
      throw CliException.unusable(messages().get("template.needsXlsx", out));
    }
    String v = version;
    if (v != null && !v.equals("latest")) {
      CatalogCommand.version(io.github.dxplan.catalog.NationalCatalogs.shipped(), v, messages());
    }
    Output.writeFile(out, Workbooks.template(v == null || v.equals("latest") ? null : v), messages());
    return ExitCodes.OK;
  }
}
