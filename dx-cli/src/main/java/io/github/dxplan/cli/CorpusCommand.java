package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.CliException;
import io.github.dxplan.cli.internal.ExitCodes;
import io.github.dxplan.cli.internal.Output;
import io.github.dxplan.cli.internal.PlanFile;
import io.github.dxplan.cli.internal.Progress;
import io.github.dxplan.mapping.CorpusAnalysis;
import io.github.dxplan.mapping.CorpusMatrix;
import io.github.dxplan.mapping.catalog.NationalCatalog;
import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.mapping.export.CoverageExporter;
import io.github.dxplan.model.DxplanException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dx corpus DIR|FILE...}: many plans against one national plan, as a matrix of plans × items. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Compares many plans: one row per plan, one column per national item (COVERED, INFERRED or MISSING), and the share of plans per item. Directories are searched for *.yaml, *.yml and *.json. Files that cannot be read are reported on stderr and skipped.",
      "多数の計画を比較します（計画 × 国の項目の表と項目ごとの割合）。読めないファイルは報告して除外します。"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./dx corpus dx-examples/src/main/resources/plans --out matrix.csv",
      "  ./dx corpus plans/ --national-plan 2.3 --format json",
      "",
      "Exit codes: 0 the matrix was produced (skipped files are counted on stderr); 1 with --fail-on skipped, when a file was skipped;",
      "2 no plan could be read, or a path does not exist."
    })
final class CorpusCommand extends AbstractCommand implements Callable<Integer> {

  enum Format {
    csv,
    html,
    json
  }

  enum FailOn {
    /** A file could not be read and was skipped. */
    skipped
  }

  @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Plan files, or directories searched recursively for *.yaml, *.yml, *.json.")
  List<Path> paths;

  @Option(names = "--national-plan", paramLabel = "V", defaultValue = "latest", description = "Version of the national plan for all plans (default: ${DEFAULT-VALUE}).")
  String version;

  @Option(names = "--infer-only", description = "Ignore the plans' own nationalItems.")
  boolean inferOnly;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|html|json", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of standard output.")
  Path out;

  @Option(names = "--fail-on", paramLabel = "skipped", description = "Exit with 1 when a file was skipped.")
  FailOn failOn;

  private record Outcome(Path file, CorpusMatrix.Row row, String error) {}

  @Override
  public Integer call() {
    List<Path> files = collect();
    CoverageMapper mapper = CoverageMapper.builder().inferOnly(inferOnly).build();
    NationalCatalog catalog = mapper.catalogs().get(version); // an unknown version fails here, once
    String resolved = catalog.version();
    Progress progress = Progress.create(err(), files.size(), messages().get("corpus.progress"));
    List<Outcome> outcomes =
        files.parallelStream()
            .map(f -> {
              try {
                // Only the row is kept: the report is dropped as soon as it is made, so memory stays
                // proportional to the number of plans, not to their size.
                CoverageReport report = mapper.map(PlanFile.read(f, messages()).plan(), resolved);
                return new Outcome(f, CorpusMatrix.Row.of(f.toString(), report), null);
              } catch (CliException | DxplanException | UncheckedIOException e) {
                return new Outcome(f, null, e.getMessage());
              } catch (RuntimeException e) {
                return new Outcome(f, null, f + ": " + e);
              } finally {
                progress.step();
              }
            })
            .toList(); // encounter order: the sorted file order, whatever the threads did
    progress.done();
    List<CorpusMatrix.Row> rows = new ArrayList<>();
    int skipped = 0;
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        err().println(o.error());
        skipped++;
      } else {
        rows.add(o.row());
      }
    }
    if (skipped > 0) {
      err().println(messages().get("corpus.skipped", skipped, files.size()));
    }
    if (rows.isEmpty()) {
      return ExitCodes.UNUSABLE;
    }
    CorpusMatrix matrix = CorpusAnalysis.fromRows(catalog, inferOnly, rows);
    String text =
        switch (format) {
          case csv -> CoverageExporter.toCsv(matrix);
          case html -> CoverageExporter.toHtml(matrix);
          case json -> CoverageExporter.toJson(matrix);
        };
    Output.write(text, out, out(), messages());
    return failOn == FailOn.skipped && skipped > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private List<Path> collect() {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(CorpusCommand::isPlanFile).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          throw CliException.unusable(messages().get("file.unreadable", p, String.valueOf(e.getMessage())));
        }
      } else if (!Files.exists(p)) {
        throw CliException.unusable(messages().get("file.missing", p));
      } else {
        files.add(p);
      }
    }
    if (files.isEmpty()) {
      throw CliException.unusable(messages().get("corpus.none", String.join(", ", paths.stream().map(Path::toString).toList())));
    }
    return files;
  }

  private static boolean isPlanFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }
}
