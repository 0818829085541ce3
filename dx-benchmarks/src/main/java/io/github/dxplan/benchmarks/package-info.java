/**
 * Performance measurement for dxplan: a deterministic corpus generator shaped like the seed plans,
 * JMH benchmarks of each stage, and an end-to-end measurement that reports every stage as a ratio to
 * a floor measured in the same run.
 *
 * <p>Nothing here runs in CI: the module is compiled there, and run by {@code dx-benchmarks/run}.
 */
package io.github.dxplan.benchmarks;
