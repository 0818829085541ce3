/**
 * The five seed plans encoded from real municipal documents, and small runnable examples of the
 * dxplan API.
 *
 * <p>{@link io.github.dxplan.examples.SeedPlans} loads the seed plans from the classpath. Each
 * example class has a {@code main} method and a one-line command in the README's "Examples"
 * section.
 */
package io.github.dxplan.examples;
