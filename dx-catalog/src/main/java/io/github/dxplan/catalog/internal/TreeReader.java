package io.github.dxplan.catalog.internal;

import io.github.dxplan.catalog.internal.Node.ListNode;
import io.github.dxplan.catalog.internal.Node.MapNode;
import io.github.dxplan.catalog.internal.Node.ScalarNode;
import io.github.dxplan.catalog.internal.Node.ScalarType;
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
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

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

  /**
   * How deep mappings and lists may nest. A catalogue needs 5 levels; the limit stops a hostile file
   * well before the recursion of {@link #value} could run out of stack.
   */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNumberLength(100)
          .build();
  private static final TokenStreamFactory YAML =
      YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  private static final TokenStreamFactory JSON =
      JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

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
    JsonParser parser = null;
    try {
      parser = factory.createParser(in);
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.at(1, 1, "", "the document is empty");
        return Optional.empty();
      }
      Node root = value(parser, first, "", problems);
      return Optional.of(root);
    } catch (JacksonException e) {
      // A limit (nesting, string length) carries no location of its own: the parser knows where it is.
      TokenStreamLocation loc = e.getLocation();
      if ((loc == null || loc.getLineNr() <= 0) && parser != null) {
        loc = parser.currentLocation();
      }
      int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
      int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
      problems.at(
          line,
          column,
          "",
          "cannot read the %s syntax: %s",
          json ? "JSON" : "YAML",
          describe(e));
      return Optional.empty();
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (JacksonException e) {
          // already reported, or nothing to report
        }
      }
    }
  }

  /**
   * The parser's message on one line: SnakeYAML's first line only says what it was doing ("while
   * scanning for the next token"), the reason comes on the following lines; the source excerpts
   * and carets are left out (the problem has its own line and column).
   */
  private static String describe(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    List<String> parts = new ArrayList<>();
    for (String l : message.split("\\R")) {
      String t = l.strip();
      if (t.isEmpty() || t.startsWith("in reader") || t.startsWith("^") || t.startsWith("at [Source")) {
        continue;
      }
      if (l.startsWith(" ") && !parts.isEmpty()) {
        continue; // an excerpt of the source line
      }
      parts.add(t);
    }
    return parts.isEmpty() ? e.getClass().getSimpleName() : String.join("; ", parts);
  }

  private static Node value(JsonParser p, JsonToken token, String pointer, Problems problems) {
    TokenStreamLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int column = loc.getColumnNr();
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      // Jackson gives an alias as its name, as if it were a string value: refuse it rather than
      // read "*v" as the text "v". (No aliases also means no "billion laughs".)
      problems.at(
          line,
          column,
          pointer,
          "YAML aliases (*%s) are not accepted in catalogue files: write the value out in full",
          p.getString());
      return new ScalarNode(line, column, pointer, ScalarType.NULL, "null");
    }
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
