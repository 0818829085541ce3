package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.catalog.internal.Problems;
import io.github.dxplan.model.DxplanException;
import java.util.List;
import java.util.Locale;

/**
 * Thrown when a catalogue file cannot be used; lists every problem found, each with its place.
 *
 * <p>Example message:
 *
 * <pre>
 * catalogue file tochigi.yaml has 2 problems:
 *   tochigi.yaml:14:11 /items/1/code: duplicate code "AI_RPA" (first at line 8, column 11)
 *   tochigi.yaml:19:14 /items/1/deadlines/0/due: cannot read deadline "2025/03": accepted forms ...
 * </pre>
 */
public class CatalogFormatException extends DxplanException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem in a catalogue file.
   *
   * <p>Example: {@code new Problem("my.yaml", 14, 11, "/items/1/code", "duplicate code
   * \"AI_RPA\" (first at line 8, column 11)")}. This class is immutable and thread-safe.
   *
   * @param source the name of the file or resource
   * @param line the line, from 1; 0 if unknown
   * @param column the column, from 1; 0 if unknown
   * @param pointer the JSON Pointer of the value concerned ({@code ""} for the whole document)
   * @param message what is wrong and what is expected
   */
  public record Problem(String source, int line, int column, String pointer, String message) {

    /** Checks that every component is present. */
    public Problem {
      requireNonNull(source, "source");
      requireNonNull(pointer, "pointer");
      requireNonNull(message, "message");
    }

    /** Returns {@code source:line:column pointer: message}. */
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s:%d:%d %s: %s",
          source,
          line,
          column,
          pointer.isEmpty() ? "(document)" : pointer,
          message);
    }
  }

  private final String source;
  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param source the name of the file or resource
   * @param problems the problems, at least one
   */
  public CatalogFormatException(String source, List<Problem> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  private static String message(String source, List<Problem> problems) {
    requireNonNull(source, "source");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a catalogue format exception needs a problem");
    }
    return Problems.describe("catalogue file", source, problems);
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
   * Returns every problem found, in the order of the file.
   *
   * @return the problems, unmodifiable, never empty
   */
  public List<Problem> problems() {
    return problems;
  }
}
