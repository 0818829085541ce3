package io.github.dxplan.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import org.junit.jupiter.api.Test;

/** The general inference rules: inherited context, the digital-context requirement, evidence. */
class InferenceRulesTest {
  static final String PLAN = """
      schemaVersion: 1
      id: rules
      title: t
      policies:
        - id: p1
          title: 暮らしのデジタルサービス
          measures:
            - id: m1
              title: オープンデータの推進
              initiatives:
                - id: i1
                  title: 研究センターの機能強化
            - id: m2
              title: 支え合う地域づくり
              initiatives:
                - id: i2
                  title: 健康づくりの推進
        - id: p2
          title: 持続可能な行財政運営
          measures:
            - id: m3
              title: 施設の維持管理
              initiatives:
                - id: i3
                  title: 健康診断の受診率の向上
      """;

  @Test
  void vagueInitiativeInheritsTheMeasureTitle_evidencePointsThere() {
    DxPlan plan = PlanReader.yaml().readString(PLAN, "rules");
    CoverageReport r = CoverageMapper.builder().inferOnly(true).build().map(plan, "2.0");
    ElementLink l = r.element("/policies/0/measures/0/initiatives/0").orElseThrow().links().get(0);
    assertThat(l.code()).isEqualTo("OPEN_DATA");
    assertThat(l.score()).isEqualTo(0.54);
    assertThat(l.evidence().get(0).field()).isEqualTo("/policies/0/measures/0/title");
    assertThat(l.evidence().get(0).text()).isEqualTo("オープンデータ");
  }

  @Test
  void residentFieldWordsNeedADigitalContext_whichAnAncestorTitleMayGive() {
    DxPlan plan = PlanReader.yaml().readString(PLAN, "rules");
    CoverageReport r = CoverageMapper.builder().inferOnly(true).build().map(plan, "2.0");
    ElementLink l = r.element("/policies/0/measures/1/initiatives/0").orElseThrow().links().get(0);
    assertThat(l.code()).isEqualTo("DIGITAL_COMMUNITY");
    assertThat(l.evidence()).anySatisfy(e -> {
      assertThat(e.field()).isEqualTo("/policies/0/title");
      assertThat(e.text()).isEqualTo("デジタル");
      assertThat(e.contribution()).isZero();
    });
    assertThat(r.element("/policies/1/measures/0/initiatives/0").orElseThrow().links()).isEmpty();
  }
}
