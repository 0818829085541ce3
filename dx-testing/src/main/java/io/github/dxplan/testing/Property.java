package io.github.dxplan.testing;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property over many seeded random cases and, when one fails, names the seed so the case can be
 * replayed and pinned as a regression test.
 *
 * <pre>{@code
 * Property.check("plan round trip", 500, random -> {
 *   DxPlan plan = PlanGenerator.plan(random);
 *   assertThat(read(write(plan))).isEqualTo(plan);
 * });
 * }</pre>
 *
 * <p>The base seed is fixed, so the build is repeatable; set {@code -Ddx.seed=N} to explore other cases
 * and {@code -Ddx.tries=N} to run more of them.
 */
public final class Property {
  private static final long DEFAULT_BASE_SEED = 20261122L;

  private Property() {}

  /**
   * Runs {@code body} once per seed derived from the base seed.
   *
   * @param name the property's name, for the failure message
   * @param tries how many cases to run (overridden by {@code -Ddx.tries})
   * @param body the property; it throws (e.g. an AssertionError) when violated
   */
  public static void check(String name, int tries, Consumer<Random> body) {
    long base = Long.getLong("dx.seed", DEFAULT_BASE_SEED);
    int n = Integer.getInteger("dx.tries", tries);
    for (int i = 0; i < n; i++) {
      long seed = base + i * 0x9E3779B97F4A7C15L;
      replay(name, seed, body);
    }
  }

  /**
   * Runs {@code body} for one seed, as a pinned regression case.
   *
   * @param name the property's name
   * @param seed the seed
   * @param body the property
   */
  public static void replay(String name, long seed, Consumer<Random> body) {
    try {
      body.accept(new Random(seed));
    } catch (AssertionError | RuntimeException e) {
      AssertionError failure =
          new AssertionError(
              "property \"" + name + "\" failed for seed " + seed + " (pin it with Property.replay(..., " + seed
                  + "L, ...)): " + e.getMessage(),
              e);
      throw failure;
    }
  }
}
