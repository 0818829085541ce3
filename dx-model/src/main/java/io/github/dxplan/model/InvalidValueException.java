package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.SafeText;

/**
 * Thrown when a scalar written by a person — a fiscal year, a local government code, a date —
 * cannot be read.
 *
 * <p>The message names the text that was read and the forms that are accepted, for example:
 * {@code cannot read fiscal year "令和0年度": era year 0 does not exist (令和 starts at 元年 = 2019);
 * accepted forms: 2024, FY2024, 2024年度, R6, 令和6年度, 令和6（2024）年度, 令和元年度}. The
 * format layer wraps it in a {@link io.github.dxplan.model.format.PlanFormatException} that adds
 * the file, line, column and JSON Pointer.
 */
public class InvalidValueException extends DxplanException {
  private static final long serialVersionUID = 1L;

  /** The text that could not be read. */
  private final String input;

  /**
   * Creates the exception.
   *
   * @param input the text that was read, as given
   * @param message the full message, naming the input and the accepted forms
   */
  public InvalidValueException(CharSequence input, String message) {
    super(SafeText.clip(message));
    this.input = requireNonNull(input, "input").toString();
  }

  /**
   * Returns the text that could not be read, exactly as given.
   *
   * @return the offending input
   */
  public String input() {
    return input;
  }
}
