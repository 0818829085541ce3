/**
 * Coverage of a plan against the national 自治体DX推進計画: {@link
 * io.github.dxplan.mapping.CoverageMapper} turns a plan and a catalogue version into a {@link
 * io.github.dxplan.mapping.CoverageReport} (claimed links, inferred links with evidence, item and
 * deadline status); {@link io.github.dxplan.mapping.RevisionImpact} compares versions and {@link
 * io.github.dxplan.mapping.CorpusAnalysis} many plans. Method and thresholds: docs/mapping.md.
 */
package io.github.dxplan.mapping;
