package io.github.dxplan.cli.internal;

/**
 * A problem the user can fix, reported as one line on stderr with an exit code and no stack trace.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * Creates the exception.
   *
   * @param exitCode the process exit code
   * @param message the message, naming the file or the option
   */
  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /**
   * Creates the exception with its cause (shown with {@code --debug}).
   *
   * @param exitCode the process exit code
   * @param message the message, naming the file or the option
   * @param cause the cause
   */
  public CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /**
   * Returns an exception for input that cannot be used (exit code 2).
   *
   * @param message the message
   * @return the exception
   */
  public static CliException unusable(String message) {
    return new CliException(ExitCodes.UNUSABLE, message);
  }

  /**
   * Returns the process exit code.
   *
   * @return the exit code
   */
  public int exitCode() {
    return exitCode;
  }
}
