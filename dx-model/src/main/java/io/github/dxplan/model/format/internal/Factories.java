package io.github.dxplan.model.format.internal;

import io.github.dxplan.model.format.PlanFormat;
import io.github.dxplan.model.format.ReadLimits;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Builds the Jackson token stream factories the reader and writer use. */
public final class Factories {
  private static final YAMLFactory YAML_WRITER =
      YAMLFactory.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();
  private static final JsonFactory JSON_WRITER = JsonFactory.builder().build();

  private Factories() {}

  /**
   * Returns a factory for reading {@code format} within {@code limits}.
   *
   * @param format the syntax
   * @param limits the limits
   * @return the factory
   */
  public static TokenStreamFactory reader(PlanFormat format, ReadLimits limits) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            // A key is a string too: the same documented limit, not Jackson's own 50,000.
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .build();
    if (format == PlanFormat.JSON) {
      // Duplicate keys are detected by the plan parser, which names them in its own words.
      return JsonFactory.builder()
          .streamReadConstraints(constraints)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
    }
    LoadSettings settings =
        LoadSettings.builder()
            .setCodePointLimit(limits.maxDocumentBytes())
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(50)
            .build();
    return YAMLFactory.builder()
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .loadSettings(settings)
        .build();
  }

  /**
   * Returns the factory for writing {@code format} canonically.
   *
   * @param format the syntax
   * @return the factory
   */
  public static TokenStreamFactory writer(PlanFormat format) {
    return format == PlanFormat.JSON ? JSON_WRITER : YAML_WRITER;
  }
}
