package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.CliException;
import io.github.dxplan.cli.internal.ExitCodes;
import io.github.dxplan.cli.internal.Output;
import io.github.dxplan.draft.Draft;
import io.github.dxplan.draft.DraftException;
import io.github.dxplan.draft.Drafter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dx draft DOCUMENT [--out draft.yaml] [--review review.md]}: a draft plan from a city's document. */
@Command(
    name = "draft",
    mixinStandardHelpOptions = true,
    description = {
      "Drafts a plan from a city's own document (a PDF with a text layer, or its text) for a person to review: every element with its source page and line, and a review list of what could not be read.",
      "市の計画文書（文字の層のある PDF、またはそのテキスト）から計画の下書きを起こします。各要素に出典のページと行を付け、読み取れなかった箇所を確認リストに挙げます。"
    },
    footerHeading = "%nExample:%n",
    footer = "  ./dx draft plan.pdf --out draft.yaml --review review.md")
final class DraftCommand extends AbstractCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The document: a .pdf, or a .txt in UTF-8 (Shift_JIS is detected).")
  Path document;

  @Option(names = "--out", paramLabel = "PATH", description = "Write the draft plan (YAML) to this file instead of standard output.")
  Path out;

  @Option(names = "--review", paramLabel = "PATH", description = "Write the review list (Markdown) to this file.")
  Path review;

  @Override
  public Integer call() {
    Draft d;
    try {
      d = Drafter.create().draft(document);
    } catch (DraftException e) {
      throw CliException.unusable(e.message(lang().locale()));
    }
    Output.write(d.toYaml(), out, out(), messages(), java.util.List.of(document));
    if (review != null) {
      Output.write(d.reviewMarkdown(lang().locale()), review, out(), messages(), java.util.List.of(document));
    }
    boolean en = lang().locale().getLanguage().equals("en");
    err().println(en
        ? "dx draft: " + d.plan().policies().size() + " policies, " + d.plan().allMeasures().size() + " measures, "
            + d.plan().allInitiatives().size() + " initiatives; " + d.review().size() + " places to check"
            + (review == null ? " (write them with --review PATH)." : ".")
        : "dx draft: 基本方針 " + d.plan().policies().size() + "、施策 " + d.plan().allMeasures().size() + "、取組 "
            + d.plan().allInitiatives().size() + " を起こしました。確認箇所 " + d.review().size() + " 件"
            + (review == null ? "（--review PATH で一覧を書き出せます）。" : "。"));
    err().flush();
    return ExitCodes.OK;
  }
}
