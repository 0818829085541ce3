package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.InputFile;
import io.github.dxplan.cli.internal.VersionNames;
import io.github.dxplan.cli.internal.CliException;
import io.github.dxplan.cli.internal.ExitCodes;
import io.github.dxplan.cli.internal.Output;
import io.github.dxplan.cli.internal.PlanFile;
import io.github.dxplan.cli.internal.Progress;
import io.github.dxplan.cli.internal.Terminal;
import io.github.dxplan.mapping.CorpusAnalysis;
import io.github.dxplan.mapping.CorpusMatrix;
import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.mapping.export.CoverageExporter;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.DxplanException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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

  @Option(names = "--national-plan", completionCandidates = VersionNames.class, paramLabel = "V", defaultValue = "latest", description = "Version of the national plan for all plans (default: ${DEFAULT-VALUE}).")
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
    Found found = collect();
    List<Path> files = found.files();
    CoverageMapper mapper = CoverageMapper.builder().inferOnly(inferOnly).clock(clock()).build();
    NationalCatalog catalog = CatalogCommand.version(mapper.catalogs(), version, messages()); // an unknown version fails here, once
    String resolved = catalog.version();
    Progress progress = Progress.create(err(), files.size(), messages().get("corpus.progress"));
    List<Outcome> outcomes =
        files.parallelStream()
            .map(f -> {
              try {
                // Only the row is kept: the report is dropped as soon as it is made, so memory stays
                // proportional to the number of plans, not to their size.
                DxPlan plan = PlanFile.read(f, messages()).plan();
                CoverageReport report = mapper.map(plan, resolved);
                return new Outcome(f, CorpusMatrix.Row.of(f.toString(), plan, report), null);
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
    for (String message : found.unsearchable()) {
      err().println(Terminal.line(message));
      skipped++;
    }
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        err().println(Terminal.line(o.error()));
        skipped++;
      } else {
        rows.add(o.row());
      }
    }
    if (skipped > 0) {
      err().println(messages().get("corpus.skipped", skipped, files.size() + found.unsearchable().size()));
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
    // A file read as a plan, or named on the command line, is never overwritten by the matrix.
    List<Path> inputs = new ArrayList<>(paths);
    outcomes.stream().filter(o -> o.error() == null).forEach(o -> inputs.add(o.file()));
    Output.write(text, out, out(), messages(), inputs);
    return failOn == FailOn.skipped && skipped > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** The plan files to read, and a message for each folder that could not be searched. */
  private record Found(List<Path> files, List<String> unsearchable) {}

  private Found collect() {
    List<Path> files = new ArrayList<>();
    List<String> unsearchable = new ArrayList<>();
    for (Path p : paths) {
      if (p.toString().isEmpty()) {
        throw CliException.unusable(messages().get("file.emptyName")); // not the current folder
      }
      if (Files.isDirectory(p)) {
        List<Path> found = new ArrayList<>();
        walk(p, found, unsearchable);
        found.sort(null);
        files.addAll(found);
      } else if (InputFile.isStdin(p)) {
        files.add(p); // a plan on standard input
      } else if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        throw CliException.unusable(messages().get("file.missing", p));
      } else {
        files.add(p); // whatever it is, reading it says what is wrong with it
      }
    }
    if (files.isEmpty() && unsearchable.isEmpty()) {
      throw CliException.unusable(messages().get("corpus.none", String.join(", ", paths.stream().map(Path::toString).toList())));
    }
    // A file named twice (plans/ and plans/a.yaml, or plans/ and plans/sub/), or reached again
    // through a symbolic link to it (plans/latest.yaml -> itako-2023.yaml), is one plan: one row,
    // under the name of the file itself rather than of a link when both are found.
    Map<Path, Path> byFile = new LinkedHashMap<>();
    for (Path f : files) {
      Path key = identity(f);
      Path kept = byFile.get(key);
      if (kept == null || (Files.isSymbolicLink(kept) && !Files.isSymbolicLink(f))) {
        byFile.put(key, f);
      }
    }
    List<Path> once = new ArrayList<>();
    for (Path f : files) {
      if (byFile.get(identity(f)) == f) {
        once.add(f);
      }
    }
    return new Found(once, unsearchable);
  }

  /**
   * Searches a folder for plan files. Symbolic links to folders are not followed (no loops); every
   * other entry with a plan file's name is kept, whatever it is — a pipe, a socket, a broken or looping
   * link — so that reading it reports it and counts it as skipped, rather than dropping it unseen. A
   * sub-folder that cannot be opened is reported, and the search goes on.
   */
  private void walk(Path dir, List<Path> found, List<String> unsearchable) {
    // A folder named through a symbolic link is searched as the folder it leads to, under the name given.
    Path start;
    try {
      start = Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
    } catch (IOException e) {
      start = dir;
    }
    Path real = start;
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!attrs.isDirectory() && isPlanFile(file)) {
            found.add(real == dir ? file : dir.resolve(real.relativize(file)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          Path shown = real == dir ? file : dir.resolve(real.relativize(file));
          String message = e instanceof AccessDeniedException
              ? messages().get("corpus.dirDenied", shown)
              : messages().get("corpus.dirUnreadable", shown, String.valueOf(e.getMessage()));
          unsearchable.add(message);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      unsearchable.add(messages().get("corpus.dirUnreadable", dir, String.valueOf(e.getMessage())));
    }
  }

  /** The file a path leads to (through links), or the path itself when it leads nowhere. */
  private static Path identity(Path f) {
    try {
      return f.toRealPath();
    } catch (IOException | SecurityException e) {
      return f.toAbsolutePath().normalize();
    }
  }

  private static boolean isPlanFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }
}
