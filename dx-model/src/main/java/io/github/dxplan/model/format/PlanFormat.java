package io.github.dxplan.model.format;

import java.util.Locale;
import java.util.Optional;

/** The two syntaxes of the plan format. Both carry the same tree. */
public enum PlanFormat {
  /** JSON (RFC 8259), UTF-8. */
  JSON,
  /** YAML 1.2, UTF-8; the canonical form for files people edit. */
  YAML;

  /**
   * Guesses the format from a file name: {@code .json} is JSON; {@code .yaml} and {@code .yml} are YAML.
   *
   * @param fileName the file name
   * @return the format, or empty for other extensions
   */
  public static Optional<PlanFormat> fromFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }

  /**
   * Decides the syntax of a document the way {@link PlanReader#auto()} does: by the file name's
   * extension, and otherwise JSON when the first non-blank character is <code>{</code>, else YAML.
   *
   * @param fileName the file name or source name
   * @param content the document's text
   * @return the format
   */
  public static PlanFormat detect(String fileName, CharSequence content) {
    return fromFileName(fileName).orElseGet(() -> firstNonBlank(content) == '{' ? JSON : YAML);
  }

  private static char firstNonBlank(CharSequence content) {
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c;
      }
    }
    return 0;
  }
}
