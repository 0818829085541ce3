package io.github.dxplan.model.internal;

/**
 * The reason why a piece of text could not be read, without the "cannot read …" preamble that
 * the public type adds when it turns this into an {@code InvalidValueException}.
 *
 * <p>Example: {@code new TextException("era year 0 does not exist")}. It carries no stack trace,
 * because it never leaves dx-model. This class is immutable and thread-safe.
 */
public final class TextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason why the text is wrong, e.g. {@code era year 0 does not exist}
   */
  public TextException(String reason) {
    super(reason, null, false, false);
  }

  /**
   * Returns why the text is wrong.
   *
   * @return the reason, never {@code null}
   */
  public String reason() {
    return getMessage();
  }
}
