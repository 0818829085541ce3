package io.github.dxplan.mapping.catalog.internal;

import io.github.dxplan.mapping.catalog.CatalogFormatException;
import io.github.dxplan.mapping.catalog.CatalogFormatException.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Collects the problems of one source, to be thrown together. */
public final class Problems {

  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  /**
   * Creates an empty collector.
   *
   * @param source the name of the file or resource
   */
  public Problems(String source) {
    this.source = source;
  }

  /**
   * Returns the name of the file or resource.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Adds a problem at a node.
   *
   * @param node where
   * @param format the message, a {@link String#format} pattern (formatted with {@code Locale.ROOT})
   * @param args the arguments
   */
  public void at(Node node, String format, Object... args) {
    at(node.line(), node.column(), node.pointer(), format, args);
  }

  /**
   * Adds a problem at a place.
   *
   * @param line the line, from 1 (0 if unknown)
   * @param column the column, from 1 (0 if unknown)
   * @param pointer the JSON Pointer
   * @param format the message pattern
   * @param args the arguments
   */
  public void at(int line, int column, String pointer, String format, Object... args) {
    problems.add(
        new Problem(source, line, column, pointer, String.format(Locale.ROOT, format, args)));
  }

  /**
   * Returns whether any problem was found.
   *
   * @return whether there is a problem
   */
  public boolean any() {
    return !problems.isEmpty();
  }

  /**
   * Throws a {@link CatalogFormatException} with every problem, in the order of the file, if
   * there is any.
   *
   * @throws CatalogFormatException if a problem was found
   */
  public void throwIfAny() {
    if (any()) {
      List<Problem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      throw new CatalogFormatException(source, sorted);
    }
  }
}
