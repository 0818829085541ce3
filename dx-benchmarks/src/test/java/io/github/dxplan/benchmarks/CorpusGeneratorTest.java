package io.github.dxplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.model.format.PlanWriter;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Fast checks of the corpus generator; nothing here runs a benchmark. */
class CorpusGeneratorTest {
  @Test
  void plan_isDeterministicForSeedScaleAndIndex() {
    byte[] a = PlanWriter.json().writeBytes(CorpusGenerator.of(7, 1).plan(3));
    byte[] b = PlanWriter.json().writeBytes(CorpusGenerator.of(7, 1).plan(3));
    assertThat(a).isEqualTo(b);
    assertThat(PlanWriter.json().writeBytes(CorpusGenerator.of(8, 1).plan(3))).isNotEqualTo(a);
  }

  @Test
  void plan_hasTheSeedsShapeAndReadsBackInBothFormats() {
    CorpusGenerator generator = CorpusGenerator.of(CorpusGenerator.DEFAULT_SEED, 1);
    for (int i = 40; i < 44; i++) {
      DxPlan plan = generator.plan(i);
      assertThat(plan.policies()).hasSizeBetween(3, 8);
      for (BasicPolicy p : plan.policies()) {
        assertThat(p.measures()).hasSizeBetween(2, 6);
        for (Measure m : p.measures()) {
          assertThat(m.initiatives()).hasSizeBetween(3, 20);
        }
      }
      assertThat(PlanReader.json().read(PlanWriter.json().writeBytes(plan), "g.json")).isEqualTo(plan);
      assertThat(PlanReader.yaml().read(PlanWriter.yaml().writeBytes(plan), "g.yaml")).isEqualTo(plan);
    }
  }

  @Test
  void code_isValidAndDistinctForAllLocalGovernments() {
    Set<LocalGovernmentCode> codes = new HashSet<>();
    for (int i = 0; i < CorpusGenerator.DEFAULT_PLANS; i++) {
      LocalGovernmentCode code = CorpusGenerator.code(i);
      assertThat(LocalGovernmentCode.isValid(code.value())).isTrue();
      codes.add(code);
    }
    assertThat(codes).hasSize(CorpusGenerator.DEFAULT_PLANS);
    assertThat(CorpusGenerator.code(0).isPrefecture()).isTrue();
  }

  @Test
  void textScale_makesDescriptionsLongerAndKeepsTheStructure() {
    DxPlan one = CorpusGenerator.of(1, 1).plan(100);
    DxPlan two = CorpusGenerator.of(1, 2).plan(100);
    assertThat(two.allInitiatives()).hasSameSizeAs(one.allInitiatives());
    assertThat(two.allKpis()).hasSameSizeAs(one.allKpis());
    assertThat(PlanWriter.json().writeBytes(two).length).isGreaterThan(PlanWriter.json().writeBytes(one).length);
  }
}
