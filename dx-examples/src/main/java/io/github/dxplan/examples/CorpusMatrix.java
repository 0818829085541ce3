package io.github.dxplan.examples;

import io.github.dxplan.mapping.CorpusAnalysis;
import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageStatus;
import io.github.dxplan.model.DxPlan;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compares the five seed plans: maps each against one version of the national 自治体DX推進計画 and
 * prints the matrix of plans × national items (● claimed, ○ inferred, · missing) and each item's
 * coverage rate across the plans.
 *
 * <pre>
 * ./mvnw -q -pl dx-examples -am compile -Dexample=CorpusMatrix
 * ./mvnw -q -pl dx-examples -am compile -Dexample=CorpusMatrix -Dexample.args=2.3
 * </pre>
 *
 * <p>The plans stream through {@link CorpusAnalysis}: each is read, mapped, reduced to its row and
 * dropped, so the same code handles a corpus of thousands (it is what {@code dx corpus} does). The
 * argument is the national plan version (1.0, 2.0, 2.3, 3.0 or latest; default {@code 2.0}, the version
 * most seeds follow). As CSV or HTML: {@code CoverageExporter.toCsv(matrix)}, {@code toHtml(matrix)}.
 */
public final class CorpusMatrix {

  /** The national plan version used when no argument is given. */
  public static final String DEFAULT_VERSION = "2.0";

  private CorpusMatrix() {}

  /**
   * Runs the example.
   *
   * @param args optional: the national plan version
   */
  public static void main(String[] args) {
    PrintStream out = ExampleSupport.utf8Out();
    String version = args.length > 0 ? args[0] : DEFAULT_VERSION;
    Stream<DxPlan> plans = SeedPlans.ids().stream().map(SeedPlans::load); // lazy: one plan at a time
    io.github.dxplan.mapping.CorpusMatrix m = CorpusAnalysis.of(CoverageMapper.create(), version).analyze(plans);

    out.println("■ " + m.rows().size() + "計画 × " + m.catalog().title() + " " + m.codes().size()
        + "項目  ● 明示  ○ 推定  · 不足");
    List<String> codes = m.codes();
    StringBuilder header = new StringBuilder();
    for (int k = 0; k < codes.size(); k++) {
      header.append(String.format(Locale.ROOT, "%3d", k + 1));
    }
    out.println(header);
    for (io.github.dxplan.mapping.CorpusMatrix.Row row : m.rows()) {
      StringBuilder line = new StringBuilder();
      for (CoverageStatus s : row.statuses()) {
        line.append("  ").append(s == CoverageStatus.COVERED ? '●' : s == CoverageStatus.INFERRED ? '○' : '·');
      }
      out.println(line.append("  ").append(row.planId()).append(' ').append(row.title()));
    }
    out.println("【項目ごとの割合】明示 / 明示または推定");
    for (int k = 0; k < codes.size(); k++) {
      io.github.dxplan.mapping.CorpusMatrix.ItemRate r = m.rates().get(k);
      out.println(String.format(Locale.ROOT, "  %2d %-24s %d/%d %3.0f%%  %d/%d %3.0f%%", k + 1, r.code(), r.covered(),
          r.plans(), r.coveredRate() * 100, r.covered() + r.inferred(), r.plans(), r.addressedRate() * 100));
    }
    out.flush();
  }
}
