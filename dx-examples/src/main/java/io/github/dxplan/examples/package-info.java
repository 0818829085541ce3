/**
 * The five seed plans encoded from real municipal documents, and small runnable examples of the
 * dxplan API.
 *
 * <p>{@link io.github.dxplan.examples.SeedPlans} loads the seed plans from the classpath. Each
 * example class has a {@code main} method and a one-line command in the README's "Examples"
 * section: {@link io.github.dxplan.examples.ReadAndValidate} (structure and validation findings) and
 * {@link io.github.dxplan.examples.KpiProgressReport} (KPI progress and a previous plan's
 * achievement rate), {@link io.github.dxplan.examples.CheckCoverage} (the 対応表 against the national
 * plan, and the plan's claims compared with inference) and {@link io.github.dxplan.examples.CorpusMatrix}
 * (the seed plans × national items, with coverage rates).
 */
package io.github.dxplan.examples;
