/**
 * The plan format: JSON and YAML over one tree, read with explicit limits and precise error locations,
 * written canonically so a plan diffs cleanly in git.
 *
 * <p>Entry points: {@link io.github.dxplan.model.format.PlanReader} and
 * {@link io.github.dxplan.model.format.PlanWriter} for files and streams, and
 * {@link io.github.dxplan.model.format.DxplanModule} for a Jackson {@code ObjectMapper} of your own. The
 * keys are documented in {@code docs/plan-format.md}. Only this package touches Jackson; the entity types
 * carry no annotations.
 */
package io.github.dxplan.model.format;
