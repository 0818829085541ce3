package io.github.dxplan.catalog.internal;

import java.util.List;
import java.util.Map;

/**
 * A value of a YAML or JSON document with the place it was written: line, column (both from 1)
 * and JSON Pointer. Unlike Jackson's {@code JsonNode}, every node keeps its location, so each
 * problem can be reported next to the text a person wrote.
 */
public interface Node {

  /**
   * Returns the line of the first character of the value, from 1.
   *
   * @return the line
   */
  int line();

  /**
   * Returns the column of the first character of the value, from 1.
   *
   * @return the column
   */
  int column();

  /**
   * Returns the JSON Pointer of the value ({@code ""} for the root).
   *
   * @return the pointer
   */
  String pointer();

  /**
   * Returns what kind of value this is, in words, for messages ("a mapping", "a list", "a
   * number").
   *
   * @return the description
   */
  String describe();

  /**
   * A mapping, with its entries in the order written and the location of each key.
   *
   * @param line the line
   * @param column the column
   * @param pointer the pointer
   * @param entries the values by key, in order
   * @param keys the key nodes (scalar nodes holding the key text) by key
   */
  record MapNode(
      int line, int column, String pointer, Map<String, Node> entries, Map<String, Node> keys)
      implements Node {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /**
   * A list.
   *
   * @param line the line
   * @param column the column
   * @param pointer the pointer
   * @param elements the elements, in order
   */
  record ListNode(int line, int column, String pointer, List<Node> elements) implements Node {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar: text, number, boolean or null, with its text as written.
   *
   * @param line the line
   * @param column the column
   * @param pointer the pointer
   * @param type the kind of scalar
   * @param text the text as written ({@code "null"} for null)
   */
  record ScalarNode(int line, int column, String pointer, ScalarType type, String text)
      implements Node {
    @Override
    public String describe() {
      switch (type) {
        case INTEGER:
        case DECIMAL:
          return "the number " + text;
        case BOOLEAN:
          return "the boolean " + text;
        case NULL:
          return "an empty value";
        default:
          return "the text \"" + text + "\"";
      }
    }
  }

  /** The kinds of scalar. */
  enum ScalarType {
    /** Text. */
    STRING,
    /** A whole number. */
    INTEGER,
    /** A number with a fraction or exponent. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An empty value or {@code null}. */
    NULL
  }
}
