/**
 * Exports of a {@link io.github.dxplan.mapping.CoverageReport} and a {@link
 * io.github.dxplan.mapping.CorpusMatrix}: JSON, CSV (Excel-safe), Markdown (the 対応表 layout) and
 * self-contained HTML. Every export is deterministic byte for byte.
 */
package io.github.dxplan.mapping.export;
