package io.github.dxplan.cli;

/**
 * The main class of {@code dx.jar}: {@link DxCommand#main}. A class of its own because the launcher
 * resolves every type in its main class's method signatures, and {@link DxCommand}'s name picocli's
 * classes, which a plain {@code check} or {@code validate} never needs (see {@link FastPath}).
 */
public final class Main {
  private Main() {}

  /**
   * Runs {@code dx} and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    DxCommand.main(args);
  }
}
