package io.github.dxplan.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.model.DxPlan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CorpusAnalysisTest {
  private static final String[] SEEDS = {"itako-2023", "nasukarasuyama-2024", "oyama-2021"};
  private final CoverageMapper mapper = CoverageMapper.create();

  @Test
  void fromRows_givesTheSameMatrixAsAnalyzingThePlans() {
    NationalCatalog v20 = mapper.catalogs().get("2.0");
    List<CorpusMatrix.Row> rows = new ArrayList<>();
    List<DxPlan> plans = new ArrayList<>();
    for (String s : SEEDS) {
      DxPlan plan = Plans.seed(s);
      plans.add(plan);
      rows.add(CorpusMatrix.Row.of(null, plan, mapper.map(plan, "2.0")));
    }
    CorpusMatrix fromRows = CorpusAnalysis.fromRows(v20, false, rows);
    CorpusMatrix analyzed = CorpusAnalysis.of(mapper, "2.0").analyze(plans.iterator());
    assertThat(fromRows).isEqualTo(analyzed);
    assertThat(fromRows.rates().get(0).plans()).isEqualTo(3);
  }

  @Test
  void rows_carryThePrefectureAndTypeOfTheMunicipality_soAResearcherCanGroupByThem() {
    for (String s : SEEDS) {
      DxPlan plan = Plans.seed(s);
      CorpusMatrix.Row row = CorpusMatrix.Row.of(null, plan, mapper.map(plan, "2.0"));
      assertThat(row.prefecture()).as(s).isIn("栃木県", "茨城県");
      assertThat(row.type()).as(s).isEqualTo("city");
      assertThat(row.municipalityCode()).as(s).isEqualTo(plan.municipality().code().value());
    }
  }

  @Test
  void analyze_consumesPlansOneAtATime() {
    // The iterator hands out a plan only when asked: the analysis never needs the corpus in memory.
    AtomicInteger handedOut = new AtomicInteger();
    Iterator<DxPlan> plans =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return handedOut.get() < SEEDS.length;
          }

          @Override
          public DxPlan next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return Plans.seed(SEEDS[handedOut.getAndIncrement()]);
          }
        };
    CorpusMatrix m = CorpusAnalysis.of(mapper, "2.3").analyze(plans);
    assertThat(m.rows()).extracting(CorpusMatrix.Row::planId).containsExactly(SEEDS);
  }

  @Test
  void fromRows_rejectsARowOfAnotherVersion() {
    CorpusMatrix.Row row20 = CorpusMatrix.Row.of("a.yaml", mapper.map(Plans.seed("itako-2023"), "2.0"));
    assertThatThrownBy(() -> CorpusAnalysis.fromRows(mapper.catalogs().get("1.0"), false, List.of(row20)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 1.0");
  }
}
