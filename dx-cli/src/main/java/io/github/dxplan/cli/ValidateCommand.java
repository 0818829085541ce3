package io.github.dxplan.cli;

import io.github.dxplan.cli.internal.CliException;
import io.github.dxplan.cli.internal.ExitCodes;
import io.github.dxplan.cli.internal.Json;
import io.github.dxplan.cli.internal.Output;
import io.github.dxplan.cli.internal.PlanFile;
import io.github.dxplan.cli.internal.PointerLocator;
import io.github.dxplan.cli.internal.Terminal;
import io.github.dxplan.model.DxplanException;
import io.github.dxplan.model.format.PlanFormatException;
import io.github.dxplan.validation.Finding;
import io.github.dxplan.validation.PlanValidator;
import io.github.dxplan.validation.Severity;
import io.github.dxplan.validation.ValidationReport;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code dx validate FILE...}: the findings of every validation rule, next to the line that caused them. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks plans against every validation rule and prints the findings with file, line and JSON Pointer.",
      "計画を検証ルールで点検し、指摘をファイル・行・JSON Pointer つきで表示します。"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./dx validate dx-examples/src/main/resources/plans/itako-2023.yaml",
      "  ./dx validate --format json --fail-on warning plans/*.yaml",
      "",
      "Exit codes: 0 no finding at or above --fail-on (default: error); 1 there are; 2 a file could not be read."
    })
final class ValidateCommand extends AbstractCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  enum FailOn {
    error(Severity.ERROR),
    warning(Severity.WARNING),
    info(Severity.INFO);

    final Severity severity;

    FailOn(Severity severity) {
      this.severity = severity;
    }
  }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan files (.yaml, .yml or .json).")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|info", description = "Exit with 1 when there is a finding of this severity or worse (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of standard output.")
  Path out;

  /** The default of --max-findings: enough for any real plan, and bounded for a hostile one. */
  static final int DEFAULT_MAX_FINDINGS = 1000;

  @Option(
      names = "--max-findings",
      defaultValue = "" + DEFAULT_MAX_FINDINGS,
      paramLabel = "N",
      description = "Show at most N findings per file, then how many were left out (default: ${DEFAULT-VALUE}; 0: all). The exit code counts every finding.")
  int maxFindings = DEFAULT_MAX_FINDINGS;

  @Override
  public Integer call() {
    if (maxFindings < 0) {
      throw CliException.unusable(messages().get("validate.maxFindings", maxFindings));
    }
    PlanValidator validator = PlanValidator.builder().clock(clock()).build();
    Locale locale = lang().locale();
    boolean json = format == Format.json;
    StringBuilder text = json ? null : new StringBuilder();
    ObjectNode root = json ? Json.object() : null;
    ArrayNode filesJson = json ? root.putArray("files") : null;
    boolean unusable = false;
    boolean failed = false;
    for (Path file : files) {
      PlanFile plan;
      try {
        plan = PlanFile.read(file, messages());
      } catch (CliException | DxplanException | UncheckedIOException e) {
        err().println(Terminal.line(e.getMessage()));
        unusable = true;
        if (json) {
          // A machine reading the report never loses a file: it is listed with what went wrong.
          ObjectNode fileJson = filesJson.addObject();
          fileJson.put("file", file.toString());
          ObjectNode error = fileJson.putArray("errors").addObject();
          PlanFormatException format = formatException(e);
          if (format != null) {
            error.put("message", format.problem());
            putPositive(error, "line", format.line());
            putPositive(error, "column", format.column());
            error.put("path", format.pointer());
          } else {
            error.put("message", e.getMessage());
            error.putNull("line");
            error.putNull("column");
            error.putNull("path");
          }
        }
        continue;
      }
      ValidationReport report = validator.validate(plan.plan());
      List<Finding> all = report.findings();
      int shown = maxFindings == 0 ? all.size() : Math.min(all.size(), maxFindings);
      for (Finding f : all) {
        failed |= f.severity().isAtLeast(failOn.severity);
      }
      // Locating findings walks the document a second time: only do it when there is something to locate.
      PointerLocator locator =
          shown == 0 ? null : plan.locator(all.subList(0, shown).stream().map(Finding::path).toList());
      ObjectNode fileJson = json ? filesJson.addObject() : null;
      ArrayNode findings = null;
      if (json) {
        fileJson.put("file", file.toString());
        findings = fileJson.putArray("findings");
      }
      for (Finding f : all.subList(0, shown)) {
        String message = f.message(locale);
        PointerLocator.Location at = locator.locate(f.path());
        if (json) {
          ObjectNode o = findings.addObject();
          o.put("code", f.code());
          o.put("severity", f.severity().name());
          o.put("path", f.path());
          o.put("message", message);
          if (at != null) {
            o.put("line", at.line());
            o.put("column", at.column());
          }
          continue;
        }
        text.append(Terminal.line(file.toString()));
        if (at != null) {
          text.append(':').append(at.line()).append(':').append(at.column());
        }
        text.append(' ').append(f.code()).append(' ').append(f.severity()).append(' ').append(Terminal.line(message))
            .append(" (at ").append(f.path().isEmpty() ? "/" : Terminal.line(f.path())).append(")\n");
      }
      int omitted = all.size() - shown;
      if (omitted > 0) {
        if (json) {
          fileJson.put("omittedFindings", omitted);
        } else {
          text.append(Terminal.line(file.toString())).append(": ")
              .append(messages().get("validate.omitted", omitted, all.size(), shown)).append('\n');
        }
      }
    }
    Output.write(json ? Json.write(root) : text.toString(), out, out(), messages(), files);
    if (unusable) {
      return ExitCodes.UNUSABLE;
    }
    return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static PlanFormatException formatException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PlanFormatException p) {
        return p;
      }
    }
    return null;
  }

  private static void putPositive(ObjectNode o, String name, int value) {
    if (value > 0) {
      o.put(name, value);
    } else {
      o.putNull(name);
    }
  }
}
