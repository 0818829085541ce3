package io.github.dxplan.benchmarks;

/** A main that does nothing: a fresh process of it is the JVM start-up floor ({@code jvmFloorMs}). */
public final class Trivial {
  private Trivial() {}

  /**
   * Prints nothing and exits.
   *
   * @param args ignored
   */
  public static void main(String[] args) {}
}
