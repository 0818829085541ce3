package io.github.dxplan.cli.internal;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON output: one mapper, two-space indentation, UTF-8 text never escaped, a final newline. */
public final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final DefaultIndenter INDENT = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n");
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withArrayIndenter(INDENT)
          .withObjectIndenter(INDENT);

  private Json() {}

  /**
   * Returns a new empty object.
   *
   * @return the object
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Returns a new empty array.
   *
   * @return the array
   */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * Returns the mapper.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Returns a node as indented JSON text ending with a newline.
   *
   * @param node the node
   * @return the text
   */
  public static String write(JsonNode node) {
    return MAPPER.writer().with(PRETTY).writeValueAsString(node) + "\n";
  }
}
