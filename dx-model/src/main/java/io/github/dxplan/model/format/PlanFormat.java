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
}
