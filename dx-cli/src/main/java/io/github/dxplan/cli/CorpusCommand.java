package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.CliException;
import io.github.dxplan.cli.internal.ExitCodes;
import io.github.dxplan.cli.internal.Json;
import io.github.dxplan.cli.internal.Output;
import io.github.dxplan.cli.internal.PlanFile;
import io.github.dxplan.cli.internal.Progress;
import io.github.dxplan.mapping.CorpusAnalysis;
import io.github.dxplan.mapping.CorpusMatrix;
import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.mapping.CoverageStatus;
import io.github.dxplan.model.DxplanException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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

  private record Outcome(Path file, CoverageReport report, String error) {}

  @Override
  public Integer call() {
    if (format == Format.html) {
      throw CliException.unusable(
          "--format html is not available in this build: it needs the exporters of dx-mapping"
              + " (io.github.dxplan.mapping.export), which have not been merged yet; use csv or json");
    }
    List<Path> files = collect();
    CoverageMapper mapper = CoverageMapper.builder().inferOnly(inferOnly).build();
    String resolved = mapper.catalogs().get(version).version(); // an unknown version fails here, once
    Progress progress = Progress.create(err(), files.size(), messages().get("corpus.progress"));
    List<Outcome> outcomes =
        files.parallelStream()
            .map(f -> {
              try {
                return new Outcome(f, mapper.map(PlanFile.read(f, messages()).plan(), resolved), null);
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
    List<CoverageReport> reports = new ArrayList<>();
    List<Path> read = new ArrayList<>();
    int skipped = 0;
    for (Outcome o : outcomes) {
      if (o.error() != null) {
        err().println(o.error());
        skipped++;
      } else {
        reports.add(o.report());
        read.add(o.file());
      }
    }
    if (skipped > 0) {
      err().println(messages().get("corpus.skipped", skipped, files.size()));
    }
    if (reports.isEmpty()) {
      return ExitCodes.UNUSABLE;
    }
    CorpusMatrix matrix = CorpusAnalysis.fromReports(reports.iterator());
    String text = format == Format.json ? Json.write(json(matrix, read, skipped)) : csv(matrix, read);
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

  private static String csv(CorpusMatrix m, List<Path> files) {
    StringBuilder sb = new StringBuilder();
    sb.append("file,planId,title,municipality");
    for (String code : m.codes()) {
      sb.append(',').append(code);
    }
    sb.append("\r\n");
    for (int i = 0; i < m.rows().size(); i++) {
      CorpusMatrix.Row row = m.rows().get(i);
      sb.append(cell(files.get(i).toString())).append(',').append(cell(row.planId())).append(',')
          .append(cell(row.title())).append(',').append(cell(row.municipality()));
      for (CoverageStatus s : row.statuses()) {
        sb.append(',').append(s.name());
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  private static String cell(String s) {
    String v = Objects.toString(s, "");
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static ObjectNode json(CorpusMatrix m, List<Path> files, int skipped) {
    ObjectNode root = Json.object();
    root.putObject("nationalPlan").put("version", m.catalog().version()).put("title", m.catalog().title());
    root.put("inferOnly", m.inferOnly());
    root.put("skipped", skipped);
    ArrayNode codes = root.putArray("codes");
    m.codes().forEach(codes::add);
    ArrayNode rows = root.putArray("plans");
    for (int i = 0; i < m.rows().size(); i++) {
      CorpusMatrix.Row row = m.rows().get(i);
      ObjectNode o = rows.addObject();
      o.put("file", files.get(i).toString());
      o.put("planId", row.planId());
      o.put("title", row.title());
      o.put("municipality", row.municipality());
      ArrayNode statuses = o.putArray("statuses");
      row.statuses().forEach(s -> statuses.add(s.name()));
    }
    ArrayNode rates = root.putArray("items");
    for (CorpusMatrix.ItemRate r : m.rates()) {
      rates.addObject().put("code", r.code()).put("covered", r.covered()).put("inferred", r.inferred())
          .put("missing", r.missing()).put("coveredRate", r.coveredRate()).put("addressedRate", r.addressedRate());
    }
    return root;
  }
}
