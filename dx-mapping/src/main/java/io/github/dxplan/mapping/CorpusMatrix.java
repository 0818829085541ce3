package io.github.dxplan.mapping;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.catalog.LocalGovernment;
import io.github.dxplan.catalog.LocalGovernmentType;
import io.github.dxplan.catalog.LocalGovernments;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.Municipality;
import java.util.Optional;

import io.github.dxplan.catalog.NationalCatalog;
import java.util.List;

/**
 * Many plans × the items of one catalogue version, a status in each cell, with per-item coverage
 * rates: the result of {@link CorpusAnalysis}.
 *
 * <p>Example: five seed plans under 2.0 give five rows of 17 cells; STANDARDIZATION's rate of
 * {@link CoverageStatus#COVERED} is the share of rows claiming it. This class is immutable and
 * thread-safe.
 *
 * @param catalog the version the columns come from
 * @param inferOnly whether the plans' claims were ignored
 * @param rows one row per plan, in input order
 * @param rates one entry per item, in the version's order
 */
public record CorpusMatrix(NationalCatalog catalog, boolean inferOnly, List<Row> rows, List<ItemRate> rates) {

  /**
   * One plan.
   *
   * @param source where the plan came from (a file name), or {@code null}
   * @param planId the plan id, or {@code null}
   * @param title the plan title
   * @param municipality the municipality name, or {@code null}
   * @param municipalityCode the 6-digit 全国地方公共団体コード, from the plan or found by name in the
   *     official list, or {@code null}
   * @param prefecture the prefecture, from the official list (else as the plan states it), or {@code null}
   * @param type the kind of local government ({@code city}, {@code town}, … as {@link
   *     LocalGovernmentType#id()}), or {@code null} when the list does not know the municipality
   * @param statuses one status per item, in the version's order
   */
  public record Row(String source, String planId, String title, String municipality, String municipalityCode,
      String prefecture, String type, List<CoverageStatus> statuses) {
    /** Checks the components and copies the list. */
    public Row {
      requireNonNull(title, "title");
      statuses = List.copyOf(statuses);
    }

    /**
     * A row without code, prefecture or type.
     *
     * @param source where the plan came from
     * @param planId the plan id
     * @param title the plan title
     * @param municipality the municipality name
     * @param statuses one status per item
     */
    public Row(String source, String planId, String title, String municipality, List<CoverageStatus> statuses) {
      this(source, planId, title, municipality, null, null, null, statuses);
    }

    /**
     * Keeps of a report what the matrix needs, with the municipality's code, prefecture and type from
     * the plan and the shipped official list ({@link LocalGovernments#shipped()}), so a researcher can
     * group the rows by them.
     *
     * @param source where the plan came from (a file name), or {@code null}
     * @param plan the plan the report is of
     * @param report the plan's report
     * @return the row
     */
    public static Row of(String source, DxPlan plan, CoverageReport report) {
      Row r = of(source, report);
      Municipality m = plan.municipality();
      if (m == null) {
        return r;
      }
      LocalGovernments list = LocalGovernments.shipped();
      Optional<LocalGovernment> g = list.find(m.code());
      if (g.isEmpty() && m.name() != null) {
        g = list.lookup(m.name(), m.prefecture()).match();
      }
      String code = m.code() != null ? m.code().value() : g.map(x -> x.code().value()).orElse(null);
      String prefecture = g.map(LocalGovernment::prefecture).orElse(m.prefecture());
      String type = g.map(x -> x.type().id()).orElse(null);
      return new Row(r.source(), r.planId(), r.title(), r.municipality(), code, prefecture, type, r.statuses());
    }

    /**
     * Keeps of a report only what the matrix needs, so a caller mapping many plans can drop each
     * report as soon as it is made.
     *
     * @param source where the plan came from (a file name), or {@code null}
     * @param report the plan's report
     * @return the row: the plan's identity and one status per item, in the version's order
     */
    public static Row of(String source, CoverageReport report) {
      List<CoverageStatus> statuses = new java.util.ArrayList<>(report.items().size());
      for (ItemCoverage item : report.items()) {
        statuses.add(item.status());
      }
      return new Row(source, report.planId(), report.planTitle(), report.municipality(), statuses);
    }
  }

  /**
   * The counts of one item over the corpus.
   *
   * @param code the item code
   * @param covered plans claiming it
   * @param inferred plans where it is only inferred
   * @param missing plans where it is missing
   */
  public record ItemRate(String code, int covered, int inferred, int missing) {
    /** Checks the code. */
    public ItemRate {
      requireNonNull(code, "code");
    }

    /**
     * Returns the number of plans.
     *
     * @return covered + inferred + missing
     */
    public int plans() {
      return covered + inferred + missing;
    }

    /**
     * Returns the share of plans that claim the item.
     *
     * @return 0 to 1, 0 for an empty corpus
     */
    public double coveredRate() {
      return plans() == 0 ? 0 : (double) covered / plans();
    }

    /**
     * Returns the share of plans that claim it or where it is inferred.
     *
     * @return 0 to 1, 0 for an empty corpus
     */
    public double addressedRate() {
      return plans() == 0 ? 0 : (double) (covered + inferred) / plans();
    }
  }

  /** Checks the components and copies the lists. */
  public CorpusMatrix {
    requireNonNull(catalog, "catalog");
    rows = List.copyOf(rows);
    rates = List.copyOf(rates);
  }

  /**
   * Returns the item codes of the columns.
   *
   * @return codes in the version's order
   */
  public List<String> codes() {
    return rates.stream().map(ItemRate::code).toList();
  }
}
