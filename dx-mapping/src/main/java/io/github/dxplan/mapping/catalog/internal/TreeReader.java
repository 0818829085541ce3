package io.github.dxplan.mapping.catalog.internal;

import io.github.dxplan.mapping.catalog.internal.Node.ListNode;
import io.github.dxplan.mapping.catalog.internal.Node.MapNode;
import io.github.dxplan.mapping.catalog.internal.Node.ScalarNode;
import io.github.dxplan.mapping.catalog.internal.Node.ScalarType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a YAML or JSON document into a {@link Node} tree that keeps the line, column and JSON
 * Pointer of every value, using Jackson's streaming parser (no data binding, so reading stays
 * cheap).
 *
 * <p>A key that repeats within one mapping is reported as a problem at the repeated key, naming
 * the first; reading goes on, so one report holds every repeat. (Jackson's {@code
 * STRICT_DUPLICATE_DETECTION} would stop at the first one.) Syntax errors stop reading and are
 * reported with the parser's location.
 */
public final class TreeReader {

  private static final TokenStreamFactory YAML = new YAMLFactory();
  private static final TokenStreamFactory JSON = new JsonFactory();

  private TreeReader() {}

  /**
   * Reads a document. JSON is chosen when the source name ends with {@code .json}, YAML
   * otherwise.
   *
   * @param in the bytes, UTF-8; not closed
   * @param problems where problems go; its source name picks the syntax
   * @return the root node, or empty if the document could not be read at all
   */
  public static Optional<Node> read(InputStream in, Problems problems) {
    boolean json = problems.source().toLowerCase(Locale.ROOT).endsWith(".json");
    TokenStreamFactory factory = json ? JSON : YAML;
    try (JsonParser parser = factory.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.at(1, 1, "", "the document is empty");
        return Optional.empty();
      }
      Node root = value(parser, first, "", problems);
      return Optional.of(root);
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
      int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
      String message = e.getOriginalMessage();
      problems.at(
          line,
          column,
          "",
          "cannot read the %s syntax: %s",
          json ? "JSON" : "YAML",
          message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(""));
      return Optional.empty();
    }
  }

  private static Node value(JsonParser p, JsonToken token, String pointer, Problems problems) {
    TokenStreamLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int column = loc.getColumnNr();
    switch (token) {
      case START_OBJECT:
        {
          Map<String, Node> entries = new LinkedHashMap<>();
          Map<String, Node> keys = new LinkedHashMap<>();
          JsonToken t;
          while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            TokenStreamLocation keyLoc = p.currentTokenLocation();
            String childPointer = pointer + "/" + escape(name);
            ScalarNode keyNode =
                new ScalarNode(
                    keyLoc.getLineNr(), keyLoc.getColumnNr(), childPointer, ScalarType.STRING, name);
            Node child = value(p, p.nextToken(), childPointer, problems);
            Node firstKey = keys.get(name);
            if (firstKey != null) {
              problems.at(
                  keyNode,
                  "duplicate key \"%s\" (first at line %d, column %d)",
                  name,
                  firstKey.line(),
                  firstKey.column());
            } else {
              keys.put(name, keyNode);
              entries.put(name, child);
            }
          }
          return new MapNode(
              line,
              column,
              pointer,
              Collections.unmodifiableMap(entries),
              Collections.unmodifiableMap(keys));
        }
      case START_ARRAY:
        {
          List<Node> elements = new ArrayList<>();
          JsonToken t;
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            elements.add(value(p, t, pointer + "/" + elements.size(), problems));
          }
          return new ListNode(line, column, pointer, List.copyOf(elements));
        }
      case VALUE_STRING:
        return new ScalarNode(line, column, pointer, ScalarType.STRING, p.getString());
      case VALUE_NUMBER_INT:
        return new ScalarNode(line, column, pointer, ScalarType.INTEGER, p.getText());
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(line, column, pointer, ScalarType.DECIMAL, p.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new ScalarNode(line, column, pointer, ScalarType.BOOLEAN, p.getText());
      case VALUE_NULL:
        return new ScalarNode(line, column, pointer, ScalarType.NULL, "null");
      default:
        return new ScalarNode(line, column, pointer, ScalarType.STRING, String.valueOf(p.getText()));
    }
  }

  /**
   * Escapes a key for use in a JSON Pointer (RFC 6901): {@code ~} as {@code ~0}, {@code /} as
   * {@code ~1}.
   *
   * @param key the key
   * @return the escaped key
   */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
