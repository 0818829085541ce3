package io.github.dxplan.cli.internal;

/** The exit codes of {@code dx}, as the architecture page fixes them. */
public final class ExitCodes {
  /** Done, and nothing at or above the failure threshold. */
  public static final int OK = 0;
  /** Findings at or above the failure threshold. */
  public static final int FINDINGS = 1;
  /** The input or the command line could not be used. */
  public static final int UNUSABLE = 2;

  private ExitCodes() {}
}
