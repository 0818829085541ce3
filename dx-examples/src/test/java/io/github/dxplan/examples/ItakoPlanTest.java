package io.github.dxplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.GlossaryEntry;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.NationalClaim;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapKind;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.model.format.PlanWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 潮来市DX推進計画 (令和5年12月), seed {@code 004_ff5eeef5d6c0b852.txt}. Every number below can be
 * checked against that text; the comment above each assertion says where.
 */
class ItakoPlanTest {

  private static DxPlan plan;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = ItakoPlanTest.class.getResourceAsStream("/plans/itako-2023.yaml")) {
      plan = PlanReader.yaml().read(in, "itako-2023.yaml");
    }
  }

  private static Measure measure(String id) {
    return plan.allMeasures().stream().filter(m -> id.equals(m.id())).findFirst().orElseThrow();
  }

  private static Initiative initiative(String id) {
    return plan.allInitiatives().stream().filter(i -> id.equals(i.id())).findFirst().orElseThrow();
  }

  @Test
  void header_matchesTheCoverAndSection1() {
    // Cover: 潮来市DX推進計画 / 令和5年12月 / 潮来市
    assertThat(plan.id()).isEqualTo("itako-2023");
    assertThat(plan.title()).isEqualTo("潮来市DX推進計画");
    assertThat(plan.municipality().name()).isEqualTo("潮来市");
    assertThat(plan.municipality().prefecture()).isEqualTo("茨城県");
    assertThat(plan.municipality().code().value()).isEqualTo("082236");
    assertThat(plan.adopted().toString()).isEqualTo("2023-12");
    // 1-4 計画期間: 令和5年度から令和7年度の3年間
    assertThat(plan.period().from().value()).isEqualTo(2023);
    assertThat(plan.period().to().value()).isEqualTo(2025);
    // The 対応表 quotes the national plan's items but the plan names no version of it: a check takes
    // the version in force on 令和5年12月
    assertThat(plan.nationalPlanVersion()).isNull();
    // The plan states no 基本理念 or vision: 「誰一人取り残さないデジタル社会」の実現 is the purpose of
    // 1-1 計画の目的, kept in the description
    assertThat(plan.vision()).isNull();
    assertThat(plan.description()).endsWith("「誰一人取り残さないデジタル社会」の実現を目的とします。");
  }

  @Test
  void governance_matchesTheDiagramOf1_2() {
    // 1-2 推進体制 (推進体制図): 推進本部（本部長会議）, プロジェクトチーム, ワーキンググループ
    assertThat(plan.governance().bodies()).hasSize(3);
    assertThat(plan.governance().bodies().get(0).name()).isEqualTo("潮来市DX推進本部");
    assertThat(plan.governance().bodies().get(0).role()).isEqualTo("本部長会議");
    assertThat(plan.governance().bodies().get(0).members())
        .containsExactly("本部長 市長", "副本部長 副市長", "教育長", "各部長", "事務局 DX戦略室");
    // 全体PT, 個別PT and three PTs, each of the three with its WG
    assertThat(plan.governance().bodies().get(1).members()).hasSize(5);
    assertThat(plan.governance().bodies().get(2).members())
        .containsExactly("オンライン化WG", "業務効率化WG", "情報セキュリティ・人材育成WG");
  }

  @Test
  void policies_matchTheThreeBasicPoliciesOfTheSeed() {
    // 2-1 本市のDX推進基本方針: 【基本方針1】【基本方針2】【基本方針3】
    assertThat(plan.policies())
        .extracting(BasicPolicy::label, BasicPolicy::title)
        .containsExactly(
            tuple("基本方針1", "利便性の高い行政サービスの実現"),
            tuple("基本方針2", "業務効率化の実現"),
            tuple("基本方針3", "デジタル基盤の整備促進・職員の人材育成"));
    // The 対応表 claims national items per 施策 only, never per 基本方針
    assertThat(plan.policies()).allSatisfy(p -> assertThat(p.nationalItems()).isEmpty());
  }

  @Test
  void measures_matchTheSixMeasuresOf3_1() {
    // 3-1 本市の取組方針: (1)(2) under each 基本方針, 6 施策 in all
    assertThat(plan.policies()).extracting(p -> p.measures().size()).containsExactly(2, 2, 2);
    assertThat(plan.allMeasures())
        .extracting(Measure::id, Measure::label, Measure::title)
        .containsExactly(
            tuple("p1-m1", "(1)", "行政手続のオンライン化"),
            tuple("p1-m2", "(2)", "オープンデータの活用促進"),
            tuple("p2-m1", "(1)", "情報システムの標準化・共通化"),
            tuple("p2-m2", "(2)", "AI・RPA等を活用した業務効率化・テレワークの推進"),
            tuple("p3-m1", "(1)", "デジタル化による諸課題の解決"),
            tuple("p3-m2", "(2)", "情報セキュリティ対策の徹底・職員のデジタルリテラシーの向上"));
  }

  @Test
  void challenges_matchEachMeasuresCurrentStateAndIssues() {
    // 《現状と課題》 ①… per 施策: 5, 2, 3, 4, 3, 3
    assertThat(plan.allMeasures()).extracting(m -> m.challenges().size()).containsExactly(5, 2, 3, 4, 3, 3);
    assertThat(measure("p1-m1").challenges().get(0))
        .isEqualTo("令和5年度より押印見直しを実施し、多くの手続きにおいて押印を不要としました。");
  }

  @Test
  void nationalItems_areExactlyTheDotsOfTheCorrespondenceTable() {
    // ■本計画と国の自治体DX推進計画との対応表, one row per 施策, ● per column. Split columns share a code:
    // 地域社会のデジタル化 + デジタル田園都市国家構想の実現に向けた → DIGITAL_COMMUNITY,
    // 官民データ活用 + オープンデータの推進 → OPEN_DATA, デジタルデバイス対策 (sic) → DIGITAL_DIVIDE.
    Map<String, List<String>> claims =
        plan.allMeasures().stream().collect(Collectors.toMap(Measure::title, Measure::nationalItems));
    // 行政手続のオンライン化: マイナンバーカードの普及促進, 自治体の行政手続のオンライン化,
    // デジタル原則に基づく条例等の規制の点検・見直し, BPRの取組の徹底
    assertThat(claims.get("行政手続のオンライン化"))
        .containsExactlyInAnyOrder("MYNUMBER_CARD", "ONLINE_PROCEDURES", "ANALOG_REGULATION", "BPR");
    // オープンデータの活用促進: 地域社会のデジタル化, 官民データ活用
    assertThat(claims.get("オープンデータの活用促進"))
        .containsExactlyInAnyOrder("DIGITAL_COMMUNITY", "OPEN_DATA");
    // 情報システムの標準化・共通化: 自治体の情報システムの標準化・共通化
    assertThat(claims.get("情報システムの標準化・共通化")).containsExactly("STANDARDIZATION");
    // AI・RPA等を活用した業務効率化・テレワークの推進: 自治体のAI・RPAの利用推進, テレワークの推進,
    // デジタル原則に基づく条例等の規制の点検・見直し, BPRの取組の徹底
    assertThat(claims.get("AI・RPA等を活用した業務効率化・テレワークの推進"))
        .containsExactlyInAnyOrder("AI_RPA", "TELEWORK", "ANALOG_REGULATION", "BPR");
    // デジタル化による諸課題の解決: 地域社会のデジタル化, デジタル田園都市国家構想の実現に向けた — two columns
    // of one item, claimed once per column (the デジタルデバイス対策 column has no ● in any row)
    assertThat(claims.get("デジタル化による諸課題の解決")).containsExactly("DIGITAL_COMMUNITY", "DIGITAL_COMMUNITY");
    // 情報セキュリティ対策の徹底・職員のデジタルリテラシーの向上: セキュリティ対策の徹底
    assertThat(claims.get("情報セキュリティ対策の徹底・職員のデジタルリテラシーの向上"))
        .containsExactly("SECURITY");
    // 14 ● in the table, each claimed with the wording of its column
    assertThat(plan.allMeasures().stream().mapToInt(m -> m.nationalClaims().size()).sum()).isEqualTo(14);
    assertThat(plan.allMeasures()).noneSatisfy(m -> assertThat(m.nationalItems()).contains("DIGITAL_DIVIDE"));
    // No claims below the 施策 level
    assertThat(plan.allInitiatives()).allSatisfy(i -> assertThat(i.nationalItems()).isEmpty());
  }

  @Test
  void nationalClaims_keepTheCitysColumnWording() {
    // the city splits DIGITAL_COMMUNITY (地域社会のデジタル化 / デジタル田園都市国家構想の実現に向けた) and
    // OPEN_DATA (官民データ活用 / オープンデータの推進) into two columns each; a claim keeps which one
    assertThat(measure("p3-m1").nationalClaims()).extracting(NationalClaim::code, NationalClaim::text)
        .containsExactly(
            tuple("DIGITAL_COMMUNITY", "地域社会のデジタル化"),
            tuple("DIGITAL_COMMUNITY", "デジタル田園都市国家構想の実現に向けた"));
    assertThat(measure("p1-m2").nationalClaims()).extracting(NationalClaim::code, NationalClaim::text)
        .containsExactly(tuple("DIGITAL_COMMUNITY", "地域社会のデジタル化"), tuple("OPEN_DATA", "官民データ活用"));
    assertThat(measure("p1-m1").nationalClaims()).extracting(NationalClaim::text).containsExactly(
        "マイナンバーカードの普及促進", "自治体の行政手続のオンライン化",
        "デジタル原則に基づく条例等の規制の点検・見直し", "BPRの取組の徹底");
    // the table quotes no deadline and no subset
    assertThat(plan.allMeasures()).flatExtracting(Measure::nationalClaims).allSatisfy(c -> {
      assertThat(c.due()).isNull();
      assertThat(c.scope()).isNull();
    });
    // the 対応表 notes of version 1 are gone: the claims hold their wording
    assertThat(plan.allMeasures()).flatExtracting(Measure::notes).noneSatisfy(n -> assertThat(n).startsWith("対応表"));
  }

  @Test
  void mainInitiatives_areTagsOfTheirMeasure() {
    // 《主な取組》 ①… per 施策: 4, 2, 1, 5, 2, 3 = 17
    assertThat(plan.allMeasures()).extracting(m -> m.tags().getOrDefault("主な取組", List.of()).size())
        .containsExactly(4, 2, 1, 5, 2, 3);
    assertThat(measure("p1-m1").tags().get("主な取組").get(0)).isEqualTo("① マイナンバーカードの取得を促進します。(出張申請受付、受付時間の拡充)");
    assertThat(measure("p2-m1").tags().get("主な取組"))
        .containsExactly("① 基幹系業務を国の標準化・共通化に合わせたガバメントクラウド*等の国が示す標準仕様に準拠したシステムへ移行します。");
    assertThat(plan.allMeasures()).flatExtracting(Measure::notes).noneSatisfy(n -> assertThat(n).contains("《主な取組》"));
  }

  @Test
  void glossary_holdsThe用語解説AndTheFootnotes() {
    // 4-1 用語解説: 12 terms from AI to マイナポータル, then the footnotes printed at the foot of the
    // pages, in page order (DX … セキュリティポリシー): 12
    assertThat(plan.glossary()).hasSize(24);
    assertThat(plan.glossary().subList(0, 12)).extracting(GlossaryEntry::term).containsExactly(
        "AI", "AR", "BPR", "DX", "ICT", "RPA", "オープンデータ", "ガバメントクラウド", "セキュリティポリシー",
        "デジタルデバイド", "デジタルリテラシー", "マイナポータル");
    assertThat(plan.glossary().subList(12, 24)).extracting(GlossaryEntry::term).containsExactly(
        "DX", "ICT", "デジタルデバインド", "デジタルリテラシー", "オープンデータ", "AI", "RPA", "マイナポータル", "BPR",
        "ガバメントクラウド", "AR", "セキュリティポリシー");
    assertThat(plan.glossary().get(14).definition()).startsWith("インターネットやパソコン等の情");
  }

  @Test
  void footnoteMarks_areTheCitysAsteriskNotTheExtractionsEscape() {
    // the extraction wrote the city's footnote mark * as \*; the plan keeps the mark
    assertThat(initiative("p3-m1-i5").title()).isEqualTo("AR*等を活用した地域プロモーションの拡充");
    assertThat(plan.description()).contains("情報通信技術（ICT*）", "DX*（デジタル・トランスフォーメーション）");
    assertThat(PlanWriter.yaml().write(plan)).doesNotContain("\\*");
  }

  @Test
  void initiatives_matchTheNumberedConcreteExamples() {
    // 《具体的な取組事例》 ①…: 19, 5, 1, 10, 12, 3 = 50
    assertThat(plan.allMeasures())
        .extracting(m -> m.initiatives().size())
        .containsExactly(19, 5, 1, 10, 12, 3);
    assertThat(plan.allInitiatives()).hasSize(50);
    assertThat(measure("p1-m1").initiatives().get(18).label()).isEqualTo("⑲");
    assertThat(measure("p1-m1").initiatives().get(18).title()).isEqualTo("BPRの実施");
    assertThat(initiative("p1-m2-i3").title())
        .isEqualTo("潮来市独自の農地台帳システムから全国一元的な農地情報公開システム（通称：eMAFF農地ナビ）への移行");
    assertThat(initiative("p2-m1-i1").title()).startsWith("市民生活に直接関係する事務に関する基幹系 20 業務");
    // Every 取組事例 has a row in its 工程表
    assertThat(plan.allInitiatives()).allSatisfy(i -> assertThat(i.roadmap()).isNotEmpty());
  }

  @Test
  void departments_areTheBracketedDivisionsOfTheRoadmapRows() {
    // 工程表 ④ 女性のがん 検診（医療機関 検診）予約手続 【かすみ保健 福祉センター】
    assertThat(initiative("p1-m1-i4").departments().responsible()).containsExactly("かすみ保健福祉センター");
    // ①「優先的にオンライン化を推進すべき」とする27手続 【DX戦略室 （庁内横断的）】: the qualifier as written
    assertThat(initiative("p1-m1-i1").departments().responsible()).containsExactly("DX戦略室 （庁内横断的）");
    // ⑦ その他の手続 【DX戦略室 (庁内横断的)】, ⑮ 【DX戦略室(庁内横断的)】, 基本方針2 (2) ⑥ 【DX戦略室（横断的）】
    assertThat(initiative("p1-m1-i7").departments().responsible()).containsExactly("DX戦略室 (庁内横断的)");
    assertThat(initiative("p1-m1-i15").departments().responsible()).containsExactly("DX戦略室(庁内横断的)");
    assertThat(initiative("p2-m2-i6").departments().responsible()).containsExactly("DX戦略室（横断的）");
    // 13 rows qualify DX戦略室 as 横断的 (6 in 基本方針1 (1), 4 in 基本方針2 (2), 2 in 基本方針3 (1), 1 in 基本方針3 (2))
    assertThat(plan.allInitiatives()).filteredOn(i -> i.departments().responsible().get(0).contains("横断的"))
        .hasSize(13);
    // 基本方針2 (2) ② 財務会計システムの電子決裁の導入 【財政課・会計課】
    assertThat(initiative("p2-m2-i2").departments().responsible()).containsExactly("財政課", "会計課");
    // ⑧ ペーパーレス化【全課】
    assertThat(initiative("p2-m2-i8").departments().responsible()).containsExactly("全課");
    // 基本方針3 (1) ⑧ ICTを活用した有害鳥獣対策の実施 【環境課・農政課】
    assertThat(initiative("p3-m1-i8").departments().responsible()).containsExactly("環境課", "農政課");
    // every row names its 所管課; no 関係課 in this plan
    assertThat(plan.allInitiatives()).allSatisfy(i -> {
      assertThat(i.departments().responsible()).isNotEmpty();
      assertThat(i.departments().related()).isEmpty();
    });
    // DX戦略室 holds 16 of the 50 rows, 3 of them without a qualifier
    assertThat(plan.allInitiatives().stream().filter(i -> i.departments().responsible().get(0).startsWith("DX戦略室")))
        .hasSize(16);
    assertThat(plan.allInitiatives().stream().filter(i -> i.departments().responsible().contains("DX戦略室")))
        .hasSize(3);
  }

  @Test
  void roadmap_followsTheThreePhasesOfTheSchedule() {
    // 工程表 ① 27手続: R5 事業の検討／実施計画の作成, R6 試行実施／事業の実施, R7 効果検証・改善
    assertThat(initiative("p1-m1-i1").roadmap())
        .extracting(RoadmapEntry::label, RoadmapEntry::kind, e -> e.from().value(), e -> e.to().value())
        .containsExactly(
            tuple("事業の検討／実施計画の作成", RoadmapKind.PLAN, 2023, 2023),
            tuple("試行実施／事業の実施", RoadmapKind.IMPLEMENT, 2024, 2024),
            tuple("効果検証・改善", RoadmapKind.EVALUATE, 2025, 2025));
    // ⑯ マイナンバーカードの取得促進 【市民課】: R5 平日夜間・ 休日受付、 出張申請, R6 交付率、国の動向を注視し対応
    assertThat(initiative("p1-m1-i16").roadmap())
        .extracting(RoadmapEntry::label, e -> e.from().value())
        .containsExactly(tuple("平日夜間・ 休日受付、 出張申請", 2023), tuple("交付率、国の動向を注視し対応", 2024));
    // 基本方針2 (2) ⑤: R5 事業の検討／実施計画の作成, R6 試行実施／事業の実施  効果検証・改善 (R7 empty)
    assertThat(initiative("p2-m2-i5").roadmap())
        .extracting(e -> e.from().value())
        .containsExactly(2023, 2024, 2024);
    // 基本方針3 (2) ① 情報セキュリティポリシーの見直し: R5 見直し実施, R6 国・県の動向…適宜改定の要否を検討
    assertThat(initiative("p3-m2-i1").roadmap())
        .extracting(RoadmapEntry::label, RoadmapEntry::kind)
        .containsExactly(
            tuple("見直し実施", RoadmapKind.EVALUATE),
            tuple("国・県の動向、市の状況に合わせ 適宜改定の要否を検討", RoadmapKind.STUDY));
    // 136 phase entries in the six 工程表 (52 + 15 + 3 + 24 + 36 + 6), none outside R5–R7
    assertThat(plan.allMeasures())
        .extracting(m -> m.initiatives().stream().mapToInt(i -> i.roadmap().size()).sum())
        .containsExactly(52, 15, 3, 24, 36, 6);
    assertThat(plan.allInitiatives().stream().flatMap(i -> i.roadmap().stream()))
        .allSatisfy(e -> assertThat(e.from().value()).isBetween(2023, 2025));
    Map<RoadmapKind, Long> kinds = plan.allInitiatives().stream()
        .flatMap(i -> i.roadmap().stream())
        .collect(Collectors.groupingBy(RoadmapEntry::kind, Collectors.counting()));
    // 事業の検討／実施計画の作成 appears in 41 of the 50 rows (not in p1 ⑯⑱⑲, p2 (2) ⑧⑨⑩, p3 (2) ①②③)
    assertThat(kinds.get(RoadmapKind.PLAN)).isEqualTo(41L);
  }

  @Test
  void kpis_areAbsentBecauseThePlanSetsNone() {
    // 1-4: targets are set in the 実施計画 of the 潮来市第7次総合計画, not in this plan
    assertThat(plan.policies()).allSatisfy(p -> assertThat(p.kpis()).isEmpty());
    assertThat(plan.allMeasures()).allSatisfy(m -> assertThat(m.kpis()).isEmpty());
    assertThat(plan.allInitiatives()).allSatisfy(i -> assertThat(i.kpis()).isEmpty());
    assertThat(plan.previousPlan()).isNull();
  }

  @Test
  void roundTrip_writesAndReadsBackTheSamePlan() {
    String yaml = PlanWriter.yaml().write(plan);
    assertThat(PlanReader.yaml().readString(yaml, "itako-2023.yaml (written)")).isEqualTo(plan);
    String json = PlanWriter.json().write(plan);
    assertThat(PlanReader.json().readString(json, "itako-2023.json (written)")).isEqualTo(plan);
  }
}
