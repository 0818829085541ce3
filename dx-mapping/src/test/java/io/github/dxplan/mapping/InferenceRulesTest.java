package io.github.dxplan.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanReader;
import java.util.Set;
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

  static CoverageReport infer(String version, String measure, String... initiatives) {
    StringBuilder b = new StringBuilder("schemaVersion: 1\nid: c\ntitle: t\npolicies:\n  - title: 方針\n    measures:\n      - title: ")
        .append(measure).append("\n        initiatives:\n");
    for (String i : initiatives) {
      b.append("          - title: ").append(i).append('\n');
    }
    return CoverageMapper.builder().inferOnly(true).build().map(PlanReader.yaml().readString(b.toString(), "c"), version);
  }

  static Set<String> codes(CoverageReport r, int initiative) {
    Set<String> out = new java.util.TreeSet<>();
    r.element("/policies/0/measures/0/initiatives/" + initiative).orElseThrow().links().forEach(l -> out.add(l.code()));
    return out;
  }

  @Test
  void prefectureSide_supportingTheMunicipalitiesIsPrefectureCollaboration_withTheSubjectNamed() {
    CoverageReport r = infer("2.3", "市町村への支援", "市町村の基幹業務システム移行への伴走支援", "県と市町村による電子申請システムの共同調達");
    assertThat(codes(r, 0)).contains("PREFECTURE_COLLABORATION", "STANDARDIZATION");
    assertThat(codes(r, 1)).contains("PREFECTURE_COLLABORATION", "FRONTYARD");
  }

  @Test
  void organisationAndStaff_withoutTheWords人材or育成() {
    CoverageReport r = infer("3.0", "体制", "デジタル政策課の新設", "民間企業出身者の任期付採用", "局横断のプロジェクトチーム");
    assertThat(codes(r, 0)).containsExactly("ORGANIZATION");
    assertThat(codes(r, 1)).containsExactly("DIGITAL_TALENT");
    assertThat(codes(r, 2)).containsExactly("ORGANIZATION");
  }

  @Test
  void onceOnlyAndOneStop_areOnlineProceduresUnderTwoPointZero_andFrontyardFromTwoPointThree() {
    String[] inits = {"一度提出した書類の再提出を求めない仕組み（ワンスオンリー）", "転入手続のワンストップ化"};
    assertThat(codes(infer("2.0", "手続", inits), 0)).containsExactly("ONLINE_PROCEDURES");
    assertThat(codes(infer("2.0", "手続", inits), 1)).containsExactly("ONLINE_PROCEDURES");
    assertThat(codes(infer("2.3", "手続", inits), 0)).containsExactly("FRONTYARD");
    assertThat(codes(infer("3.0", "手続", inits), 1)).containsExactly("FRONTYARD");
  }

  @Test
  void weakWordsOfAnotherSubject_doNotMakeALink() {
    // 窓口 + 研修 + 職員 without anything digital; 市民 + 生活 (generic words of the catch-all item) in
    // a standardisation measure; クラウド + 移行 without the standard.
    CoverageReport r = infer("2.3", "窓口", "区役所窓口の職員の接遇研修", "市民生活に関わる基幹系20業務のシステム移行",
        "県の業務システムのクラウドサービスへの移行");
    assertThat(codes(r, 0)).isEmpty();
    assertThat(codes(r, 1)).containsExactly("STANDARDIZATION");
    assertThat(codes(r, 2)).isEmpty();
  }
}
