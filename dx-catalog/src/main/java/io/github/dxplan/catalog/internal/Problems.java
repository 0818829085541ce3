package io.github.dxplan.catalog.internal;

import io.github.dxplan.catalog.CatalogFormatException;
import io.github.dxplan.catalog.CatalogFormatException.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
      throw new CatalogFormatException(source, sorted());
    }
  }

  /**
   * Returns every problem, one per line in the order of the file, under a heading such as {@code
   * terms file my-terms.yaml has 2 problems:}.
   *
   * @param what what the source is, such as {@code terms file}
   * @return the text
   */
  public String describe(String what) {
    return describe(what, source, sorted());
  }

  /**
   * Returns problems one per line under a heading naming the source (the text of catalogue and
   * terms file exceptions).
   *
   * @param what what the source is, such as {@code catalogue file}
   * @param source the source name
   * @param sorted the problems, at least one
   * @return the text
   */
  public static String describe(String what, String source, List<Problem> sorted) {
    return String.format(
        Locale.ROOT,
        "%s %s has %d problem%s:%n%s",
        what,
        source,
        sorted.size(),
        sorted.size() == 1 ? "" : "s",
        sorted.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator())));
  }

  private List<Problem> sorted() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return sorted;
  }
}
