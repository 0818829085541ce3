package io.github.dxplan.model;

/**
 * The root of every unchecked exception that dxplan throws for bad input.
 *
 * <p>Callers that want to handle "anything dxplan rejected" catch this one type, the way
 * java.time callers catch {@code DateTimeException}. Validation findings are never thrown:
 * they are returned in a report.
 */
public class DxplanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that says what was read and what was expected.
   *
   * @param message the detail message, never {@code null}
   */
  public DxplanException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the lower-level cause.
   *
   * @param message the detail message, never {@code null}
   * @param cause the cause, may be {@code null}
   */
  public DxplanException(String message, Throwable cause) {
    super(message, cause);
  }
}
