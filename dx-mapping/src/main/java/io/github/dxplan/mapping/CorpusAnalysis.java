package io.github.dxplan.mapping;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.catalog.NationalItem;
import io.github.dxplan.model.DxPlan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Maps many plans against one catalogue version into a {@link CorpusMatrix}, streaming: each plan
 * is mapped, reduced to its row and dropped, so a corpus of thousands never sits in memory.
 *
 * <p>Example: {@code CorpusAnalysis.of(CoverageMapper.create(), "2.3").analyze(plans.stream())}.
 * This class is immutable and thread-safe.
 */
public final class CorpusAnalysis {
  private final CoverageMapper mapper;
  private final NationalCatalog catalog;

  private CorpusAnalysis(CoverageMapper mapper, NationalCatalog catalog) {
    this.mapper = mapper;
    this.catalog = catalog;
  }

  /**
   * Creates an analysis.
   *
   * @param mapper the mapper (its threshold and infer-only setting apply)
   * @param version the version every plan is checked against, e.g. {@code 2.3} or {@code latest}
   * @return the analysis
   */
  public static CorpusAnalysis of(CoverageMapper mapper, String version) {
    requireNonNull(mapper, "mapper");
    return new CorpusAnalysis(mapper, mapper.catalogs().get(requireNonNull(version, "version")));
  }

  /**
   * Maps every plan and builds the matrix.
   *
   * @param plans the plans, consumed once
   * @return the matrix, rows in input order
   */
  public CorpusMatrix analyze(Iterator<DxPlan> plans) {
    Accumulator acc = new Accumulator(catalog, mapper.inferOnly());
    while (plans.hasNext()) {
      DxPlan plan = plans.next();
      acc.add(CorpusMatrix.Row.of(null, plan, mapper.map(plan, catalog.version())));
    }
    return acc.result();
  }

  /**
   * Maps every plan and builds the matrix.
   *
   * @param plans the plans, consumed once (sequentially, to keep the row order)
   * @return the matrix, rows in input order
   */
  public CorpusMatrix analyze(Stream<DxPlan> plans) {
    return analyze(plans.sequential().iterator());
  }

  /**
   * Builds the matrix from rows already made, for callers that map plans themselves (in parallel,
   * say) and keep only each plan's {@link CorpusMatrix.Row#of row}.
   *
   * @param catalog the version every row was mapped against
   * @param inferOnly whether the plans' claims were ignored
   * @param rows the rows, in the order they should appear
   * @return the matrix
   * @throws IllegalArgumentException if a row does not have one status per item of {@code catalog}
   */
  public static CorpusMatrix fromRows(NationalCatalog catalog, boolean inferOnly, Iterable<CorpusMatrix.Row> rows) {
    Accumulator acc = new Accumulator(requireNonNull(catalog, "catalog"), inferOnly);
    for (CorpusMatrix.Row row : rows) {
      acc.add(row);
    }
    return acc.result();
  }

  private static final class Accumulator {
    final NationalCatalog catalog;
    final boolean inferOnly;
    final List<CorpusMatrix.Row> rows = new ArrayList<>();
    final int[][] counts;

    Accumulator(NationalCatalog catalog, boolean inferOnly) {
      this.catalog = catalog;
      this.inferOnly = inferOnly;
      this.counts = new int[catalog.items().size()][3];
    }

    void add(CoverageReport r) {
      add(CorpusMatrix.Row.of(null, r));
    }

    void add(CorpusMatrix.Row row) {
      if (row.statuses().size() != counts.length) {
        throw new IllegalArgumentException(
            "row of " + row.statuses().size() + " statuses for version " + catalog.version() + " of " + counts.length + " items");
      }
      for (int k = 0; k < counts.length; k++) {
        counts[k][row.statuses().get(k).ordinal()]++;
      }
      rows.add(row);
    }

    CorpusMatrix result() {
      List<CorpusMatrix.ItemRate> rates = new ArrayList<>();
      List<NationalItem> items = catalog.items();
      for (int k = 0; k < items.size(); k++) {
        rates.add(new CorpusMatrix.ItemRate(items.get(k).code(), counts[k][0], counts[k][1], counts[k][2]));
      }
      return new CorpusMatrix(catalog, inferOnly, rows, rates);
    }
  }
}
