package io.github.dxplan.validation.internal;

import io.github.dxplan.validation.RuleDescriptor;
import io.github.dxplan.validation.Rules;
import io.github.dxplan.validation.Severity;
import io.github.dxplan.validation.ValidationProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Generates {@code docs/rules.md} from the rule catalogue, the profiles and the message bundles. Run
 * {@code main} with the output path, or the docs test with {@code -Ddx.updateDocs=true}.
 */
public final class RulesDocument {
  private static final List<String> PROFILES = List.of("draft", "publish");

  private RulesDocument() {}

  /**
   * Writes the document.
   *
   * @param args the output path (default {@code docs/rules.md})
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
    Files.writeString(out, render(), StandardCharsets.UTF_8);
  }

  /**
   * Renders the document.
   *
   * @return the Markdown text, with {@code \n} line ends
   */
  public static String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Validation rules\n\n")
        .append("<!-- Generated from dx-validation's rule catalogue, profiles and messages by\n")
        .append("     io.github.dxplan.validation.internal.RulesDocument. Do not edit by hand: run\n")
        .append("     ./mvnw -pl dx-validation -am verify -Ddx.updateDocs=true -->\n\n")
        .append("Every finding of `PlanValidator` has one of these stable codes. Codes are never renumbered.\n")
        .append("Severities: **ERROR** the plan is wrong or unusable; **WARNING** a real plan should fix it;\n")
        .append("**INFO** advice. The `draft` profile is lenient, for work in progress; `publish` (the\n")
        .append("default of `PlanValidator.create()` and of `dx validate`) is strict; `off` means the profile\n")
        .append("does not apply the rule. Paths are JSON Pointers into the plan as written; for something\n")
        .append("missing they name the place where it belongs. `{name}` in a message is a finding argument.\n\n")
        .append("| code | draft | publish | title | タイトル |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (RuleDescriptor r : Rules.all()) {
      sb.append("| [").append(r.code()).append("](#").append(r.code().toLowerCase(Locale.ROOT)).append(") |");
      for (String p : PROFILES) {
        sb.append(' ').append(severity(p, r.code())).append(" |");
      }
      sb.append(' ').append(r.title(Locale.ENGLISH)).append(" | ").append(r.title(Locale.JAPANESE)).append(" |\n");
    }
    for (RuleDescriptor r : Rules.all()) {
      sb.append("\n## ").append(r.code()).append("\n\n")
          .append(r.title(Locale.ENGLISH)).append(" / ").append(r.title(Locale.JAPANESE)).append("\n\n")
          .append("- Severity: draft ").append(severity("draft", r.code()))
          .append(", publish ").append(severity("publish", r.code()))
          .append(" (default ").append(r.defaultSeverity()).append(")\n")
          .append("- Arguments: ")
          .append(r.arguments().isEmpty() ? "none" : "`" + String.join("`, `", r.arguments()) + "`")
          .append("\n")
          .append("- Message (en): ").append(r.messageTemplate(Locale.ENGLISH)).append('\n')
          .append("- Message (ja): ").append(r.messageTemplate(Locale.JAPANESE)).append('\n')
          .append("\nWhy: ").append(r.rationale(Locale.ENGLISH)).append("\n\n")
          .append("理由：").append(r.rationale(Locale.JAPANESE)).append('\n');
    }
    return sb.toString();
  }

  private static String severity(String profile, String code) {
    return ValidationProfile.named(profile).severityOf(code).map(Severity::name).orElse("off");
  }
}
