package io.github.dxplan.model.format;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.DxplanException;
import io.github.dxplan.model.internal.SafeText;

/**
 * Thrown when a plan document cannot be read: malformed or truncated JSON/YAML, invalid UTF-8, a wrong
 * type, an unknown or duplicate key, a value that cannot be read, or a document over a limit.
 *
 * <p>It names where the problem is, so a person can go to the line they wrote:
 *
 * <pre>
 * itako-2023.yaml:14:15: cannot read fiscal year "令和0年度": … (at /period/from)
 * </pre>
 *
 * <p>This is the only exception {@link PlanReader} throws for bad input (I/O failures of the underlying
 * stream surface as {@link java.io.UncheckedIOException}).
 */
public final class PlanFormatException extends DxplanException {
  private static final long serialVersionUID = 1L;

  /** The file name or other source description. */
  private final String source;
  /** The 1-based line, or 0 when unknown. */
  private final int line;
  /** The 1-based column, or 0 when unknown. */
  private final int column;
  /** The JSON Pointer of the offending node. */
  private final String pointer;
  /** What is wrong, without the location. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the file name or other source description
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param pointer the JSON Pointer of the offending node ("" for the root)
   * @param problem what is wrong, without the location
   * @param cause the underlying exception, or {@code null}
   */
  public PlanFormatException(String source, int line, int column, String pointer, String problem, Throwable cause) {
    super(SafeText.clip(format(source, line, column, pointer, SafeText.clip(problem))), cause);
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.pointer = requireNonNull(pointer, "pointer");
    this.problem = SafeText.clip(requireNonNull(problem, "problem"));
  }

  private static String format(String source, int line, int column, String pointer, String problem) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(problem);
    sb.append(" (at ").append(pointer.isEmpty() ? "/" : pointer).append(')');
    return sb.toString();
  }

  /**
   * Returns the source: a file name, or the name given when reading a stream.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the 1-based line of the problem, or 0 when unknown.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the problem, or 0 when unknown.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON Pointer of the node where the problem is, such as {@code /policies/0/title}; the
   * root is the empty string.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
