package io.github.dxplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.Approach;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.Direction;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.PreviousResult;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapKind;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.model.format.PlanWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks utsunomiya-2023.yaml against its seed, 宇都宮市DX実現タスク 令和5年（2023年）2月
 * (seeds/001_740fc94516c8451a.txt): 8 重点取組事項, the rows of their 工程表 (R5–R9) as 施策, every ● / ◎
 * 施策・事業 as an initiative, the KPIs, and 【参考】第4次宇都宮市情報化計画の進捗状況 as the previous plan.
 */
class Utsunomiya2023PlanTest {

  private static DxPlan plan;
  private static Map<String, Initiative> initiativesById;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = Utsunomiya2023PlanTest.class.getResourceAsStream("/plans/utsunomiya-2023.yaml")) {
      plan = PlanReader.yaml().read(in, "utsunomiya-2023.yaml");
    }
    initiativesById = plan.allInitiatives().stream().collect(Collectors.toMap(Initiative::id, Function.identity()));
  }

  private static Kpi kpi(String id) {
    return plan.policies().stream().flatMap(p -> p.kpis().stream()).filter(k -> id.equals(k.id())).findFirst()
        .orElseThrow();
  }

  private static Initiative initiative(String id) {
    return Optional.ofNullable(initiativesById.get(id)).orElseThrow();
  }

  @Test
  void header_namesTheTaskItsDateAndPeriod() {
    assertThat(plan.id()).isEqualTo("utsunomiya-2023");
    assertThat(plan.title()).isEqualTo("宇都宮市DX実現タスク");
    assertThat(plan.municipality().name()).isEqualTo("宇都宮市");
    assertThat(plan.municipality().code()).hasToString("092011");
    // 令和5年（2023年）2月
    assertThat(plan.adopted()).hasToString("2023-02");
    // the 工程表 columns R5 … R9
    assertThat(plan.period().from().value()).isEqualTo(2023);
    assertThat(plan.period().to().value()).isEqualTo(2027);
    // the national lists it quotes include デジタル三原則に基づく規制の見直し, an item from 第2.0版 on
    assertThat(plan.nationalPlanVersion()).isEqualTo("2.0");
    // バックキャスト スーパースマートシティ実現の視点
    assertThat(plan.vision()).isEqualTo("人にやさしく まちを元気に 未来を創る 雷都のデジタル");
    assertThat(plan.description()).startsWith("「DX実現タスク」の位置づけ").contains("「DX実現タスク」の目的");
  }

  @Test
  void policies_matchTheEightFocusAreas() {
    // the headings 「# 重点取組事項 ①…⑧」
    assertThat(plan.policies()).extracting(BasicPolicy::label).containsExactly(
        "重点取組事項 ①", "重点取組事項 ②", "重点取組事項 ③", "重点取組事項 ④",
        "重点取組事項 ⑤", "重点取組事項 ⑥", "重点取組事項 ⑦", "重点取組事項 ⑧");
    assertThat(plan.policies()).extracting(BasicPolicy::title).containsExactly(
        "スーパースマートシティ実現に向けたデジタルサービスの提供",
        "スマート窓口の実現",
        "デジタルデバイド対策・デジタル人材育成",
        "デジタル社会基盤の強化",
        "業務のデジタル変革",
        "庁内DX人材の育成・確保",
        "スマートワークの実現",
        "データの利活用");
    // the overview table names ③ differently (デジタルリテラシー対策); it is kept in ③'s notes
    assertThat(plan.policies().get(2).notes().get(0)).contains("③デジタルリテラシー対策・デジタル人材育成");
    // ⑧ is missing from the overview table
    assertThat(plan.policies().get(7).notes()).isEmpty();
  }

  @Test
  void measures_areTheRowsOfEachRoadmapTable() {
    // ① has four tables (地域共生社会 5 rows, 地域経済循環社会 4, 脱炭素社会 2, まちの基盤NCC 3);
    // ②–⑦ two 取組内容 rows each; ⑧ one row (データをつくる・つなげる・使う)
    assertThat(plan.policies()).extracting(p -> p.measures().size()).containsExactly(14, 2, 2, 2, 2, 2, 2, 1);
    assertThat(plan.allMeasures()).hasSize(27);
    List<Measure> first = plan.policies().get(0).measures();
    assertThat(first).extracting(m -> m.notes().get(0)).containsExactly(
        "地域共生社会に貢献するデジタル", "地域共生社会に貢献するデジタル", "地域共生社会に貢献するデジタル",
        "地域共生社会に貢献するデジタル", "地域共生社会に貢献するデジタル",
        "地域経済循環社会に貢献するデジタル", "地域経済循環社会に貢献するデジタル",
        "地域経済循環社会に貢献するデジタル", "地域経済循環社会に貢献するデジタル",
        "脱炭素社会に貢献するデジタル", "脱炭素社会に貢献するデジタル",
        "まちの基盤NCCに貢献するデジタル", "まちの基盤NCCに貢献するデジタル", "まちの基盤NCCに貢献するデジタル");
    // the seed's own typo 支え会える (for 支え合える) is kept
    assertThat(first.get(0).title()).isEqualTo("支え会える社会づくり");
    assertThat(plan.policies().get(1).measures()).extracting(Measure::title)
        .containsExactly("行政手続オンライン化の加速", "窓口サービスのDX推進");
  }

  @Test
  void initiatives_areEveryMarkedProjectOfTheTables() {
    // ● and ◎ items counted per 重点取組事項: ① 17+17+10+13, ② 4+5, ③ 4+3, ④ 2+1, ⑤ 4+2, ⑥ 4+2, ⑦ 3+1, ⑧ 8
    assertThat(plan.policies())
        .extracting(p -> p.measures().stream().mapToInt(m -> m.initiatives().size()).sum())
        .containsExactly(57, 9, 7, 3, 6, 6, 4, 8);
    assertThat(plan.allInitiatives()).hasSize(100);
    // ① per row: 5 3 3 3 3 | 3 6 4 4 | 5 5 | 4 2 7
    assertThat(plan.policies().get(0).measures()).extracting(m -> m.initiatives().size())
        .containsExactly(5, 3, 3, 3, 3, 3, 6, 4, 4, 5, 5, 4, 2, 7);
  }

  @Test
  void approach_followsTheForecastAndBackcastMarks() {
    // ● : フォアキャストの取組, ◎ : バックキャストの取組 — 83 ● and 17 ◎
    assertThat(plan.allInitiatives()).allSatisfy(i -> assertThat(i.approach())
        .isEqualTo("●".equals(i.label()) ? Approach.FORECAST : Approach.BACKCAST));
    assertThat(plan.allInitiatives()).filteredOn(i -> i.approach() == Approach.BACKCAST).hasSize(17);
    // ◎ per 重点取組事項: ① 15 (1+0+1+0+1 | 1+1+1+1 | 3+1 | 1+0+3), ④ 1, ⑧ 1
    assertThat(plan.policies()).extracting(p -> p.measures().stream().flatMap(m -> m.initiatives().stream())
        .filter(i -> i.approach() == Approach.BACKCAST).count())
        .containsExactly(15L, 0L, 0L, 1L, 0L, 0L, 0L, 1L);
    assertThat(initiative("p4-m2-i1").title()).isEqualTo("本市ポイント事業の一元化の検討（デジタル地域通貨を含める）");
    assertThat(initiative("p8-m1-i8").title()).isEqualTo("AIカメラなどのセンシング技術を活用したデータ収集の拡充");
  }

  @Test
  void relistedItems_referToTheirOriginals() {
    // ③ デジタルデバイド対策: two items marked （再掲）, first listed under ① デジタルに不慣れな人にも優しい社会づくり
    List<Initiative> relisted = plan.allInitiatives().stream().filter(i -> i.relistOf() != null).toList();
    assertThat(relisted).extracting(Initiative::id).containsExactly("p3-m2-i1", "p3-m2-i2");
    assertThat(relisted).allSatisfy(i -> assertThat(i.title()).endsWith("（再掲）"));
    assertThat(relisted).extracting(Initiative::relistOf).containsExactly("p1-m5-i1", "p1-m5-i2");
    assertThat(initiative("p1-m5-i1").title()).isEqualTo("「宮デジサポーター」によるデジタル知識・技術の伝達・支援");
    assertThat(initiative("p3-m2-i1").title()).isEqualTo(initiative("p1-m5-i1").title() + "（再掲）");
    // the second is re-listed under other words (広報紙などを活用… / 広報紙を活用…の推進)
    assertThat(initiative("p1-m5-i2").title()).isEqualTo("広報紙を活用したデジタルデバイド対策の推進");
    assertThat(initiative("p3-m2-i2").title()).isEqualTo("広報紙などを活用したデジタルデバイド対策（再掲）");
    // no other item says 再掲
    assertThat(plan.allInitiatives()).filteredOn(i -> i.title().contains("再掲")).hasSize(2);
  }

  @Test
  void kpis_haveTheFiguresTheTextKeeps() {
    // ① …②③④ ⑤×2 ⑥ ⑦ ⑧×2
    assertThat(plan.policies()).extracting(p -> p.kpis().size()).containsExactly(1, 1, 1, 1, 2, 1, 1, 2);

    // ①: KPI : デジタルサービスの恩恵を享受している市民の割合 R4 46.8% ⇒ R9 66.0%
    Kpi benefit = kpi("kpi-p1-1");
    assertThat(benefit.name()).isEqualTo("デジタルサービスの恩恵を享受している市民の割合");
    assertThat(benefit.unit()).isEqualTo("%");
    assertThat(benefit.direction()).isEqualTo(Direction.INCREASE);
    assertThat(benefit.baseline().value()).isEqualByComparingTo("46.8");
    assertThat(benefit.baseline().fiscalYear().value()).isEqualTo(2022);
    assertThat(benefit.target().value()).isEqualByComparingTo("66.0");
    assertThat(benefit.target().fiscalYear().value()).isEqualTo(2027);
    assertThat(benefit.target().comparator()).isNull();

    // ⑤: AI/RPA活用業務数 R4 14業務 → R9 120業務
    Kpi aiRpa = kpi("kpi-p5-1");
    assertThat(aiRpa.name()).isEqualTo("AI/RPA活用業務数");
    assertThat(aiRpa.unit()).isEqualTo("業務");
    assertThat(aiRpa.baseline().value()).isEqualByComparingTo("14");
    assertThat(aiRpa.baseline().fiscalYear().value()).isEqualTo(2022);
    assertThat(aiRpa.target().value()).isEqualByComparingTo("120");
    assertThat(aiRpa.target().fiscalYear().value()).isEqualTo(2027);
    assertThat(aiRpa.target().comparator()).isNull();

    // ⑤: 標準化共通化対応システム数 R4 0件 → R7 20件
    Kpi standard = kpi("kpi-p5-2");
    assertThat(standard.name()).isEqualTo("標準化共通化対応システム数");
    assertThat(standard.unit()).isEqualTo("件");
    assertThat(standard.baseline().value()).isEqualByComparingTo("0");
    assertThat(standard.baseline().fiscalYear().value()).isEqualTo(2022);
    assertThat(standard.target().value()).isEqualByComparingTo("20");
    assertThat(standard.target().fiscalYear().value()).isEqualTo(2025);
    assertThat(standard.target().comparator()).isNull();
  }

  @Test
  void kpisWhoseChartsWereLost_haveNoFigures() {
    // ②③④⑥⑦⑧: the ■ KPI names survive, their charts did not
    assertThat(Stream.of("kpi-p2-1", "kpi-p3-1", "kpi-p4-1", "kpi-p6-1", "kpi-p7-1", "kpi-p8-1", "kpi-p8-2")
        .map(Utsunomiya2023PlanTest::kpi)).allSatisfy(k -> {
          assertThat(k.baseline()).isNull();
          assertThat(k.target()).isNull();
          assertThat(k.actuals()).isEmpty();
        }).extracting(Kpi::name).containsExactly(
            "行政手続オンライン化数", "宮デジサポーター養成人数", "マイナンバーカード普及率",
            "ローコード・ノーコード開発ができる職員数", "執務室改善着手フロア数", "国の推奨データセット公開割合",
            "行政課題の解決に資するデータを活用した伴走型モデル事業数");
    assertThat(kpi("kpi-p2-1").note()).isEqualTo("(規制のない手続)");
  }

  @Test
  void roadmap_keepsTheCellsThatNameAnInitiative() {
    // ④ 新たなデジタル活用基盤の構築, one ◎ item: ポイント一元化の検討 (R5), 共通ポイントの導入・運用 (R7),
    // ポイントの順次集約 (R8), デジタル地域通貨等との連携の検討 (R9)
    List<RoadmapEntry> points = initiative("p4-m2-i1").roadmap();
    assertThat(points).extracting(RoadmapEntry::label).containsExactly(
        "ポイント一元化の検討", "共通ポイントの導入・運用", "ポイントの順次集約", "デジタル地域通貨等との連携の検討");
    assertThat(points).extracting(e -> e.from().value()).containsExactly(2023, 2025, 2026, 2027);
    assertThat(points).extracting(RoadmapEntry::kind)
        .containsExactly(RoadmapKind.STUDY, RoadmapKind.IMPLEMENT, RoadmapKind.IMPLEMENT, RoadmapKind.STUDY);
    // ⑥ 外部デジタル専門家等の活用: CIO補佐官試行任用 (R5) … CIO補佐官の任用 (R9)
    assertThat(initiative("p6-m2-i1").roadmap()).extracting(RoadmapEntry::label, e -> e.from().value(), RoadmapEntry::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CIO補佐官試行任用", 2023, RoadmapKind.PILOT),
            org.assertj.core.groups.Tuple.tuple("CIO補佐官の任用", 2027, RoadmapKind.IMPLEMENT));
    // ① 誰もが時間の制約なく…: アプリ統合の検討 (R5), 統合型アプリの導入・運用 (R7) on the ◎ item
    assertThat(initiative("p1-m3-i3").roadmap()).extracting(RoadmapEntry::label)
        .containsExactly("アプリ統合の検討", "統合型アプリの導入・運用");
    // 19 cells name an initiative: ① 8, ④ 5, ⑥ 2, ⑦ 4
    assertThat(plan.policies()).extracting(p -> p.measures().stream().flatMap(m -> m.initiatives().stream())
        .mapToInt(i -> i.roadmap().size()).sum()).containsExactly(8, 0, 0, 5, 0, 2, 4, 0);
    assertThat(plan.allInitiatives()).flatExtracting(Initiative::roadmap)
        .allSatisfy(e -> assertThat(e.from()).isEqualTo(e.to()));
  }

  @Test
  void roadmapCellsOfAWholeRow_stayWithTheirMeasure() {
    // ② 行政手続オンライン化の加速: one stage per column, R5 … R9
    assertThat(plan.policies().get(1).measures().get(0).notes()).containsExactly(
        "R5: 全行政手続のオンライン化推進",
        "R6: 優先的にオンライン化すべき手続への対応",
        "R7: 規制見直し・業務見直し",
        "R8: オンライン決済化",
        "R9: 基幹系システム等とのエンドツーエンド接続");
    // ⑧: 実施 in R9
    assertThat(plan.policies().get(7).measures().get(0).notes()).containsExactly("R9: 実施");
  }

  @Test
  void previousPlan_holdsTheProgressTableOfTheFourthPlan() {
    assertThat(plan.previousPlan().title()).isEqualTo("第4次宇都宮市情報化計画");
    List<PreviousResult> results = plan.previousPlan().results();
    // 【参考】…進捗状況: 4 KPI (one per 基本方針) + 3 国の関連指標 (2 under Ⅰ, 1 under Ⅳ);
    // フォアキャスト 本市の視点: 4 sections × 3 figures
    assertThat(results).hasSize(19);
    List<PreviousResult> table = results.subList(0, 7);
    assertThat(table).extracting(PreviousResult::indicator).containsExactly(
        "スマホアプリ公開数", "オンライン手続き", "マイナンバーカード普及率", "ICT利活用セミナー開催数",
        "Wi-Fi整備施設数", "位置情報を付加したオープンデータ数", "テレワーク実施率");
    assertThat(table).extracting(PreviousResult::title)
        .containsExactly("KPI", "国の関連指標", "国の関連指標", "KPI", "KPI", "KPI", "国の関連指標");
    // 目標：10 実績：7
    assertThat(table.get(0).target().value()).isEqualByComparingTo("10");
    assertThat(table.get(0).actual().value()).isEqualByComparingTo("7");
    // 目標：100% 実績：48.3%
    assertThat(table.get(2).target().value()).isEqualByComparingTo("100");
    assertThat(table.get(2).actual().value()).isEqualByComparingTo("48.3");
    // 目標：12回 実績：12回
    assertThat(table.get(3).actual().value()).isEqualByComparingTo("12");
    assertThat(table.get(3).note()).startsWith("※コロナの影響により開催数の減 R1：12回 R2：9回 R3：7回 R4：1回");
    // テレワーク実施率 実績：10%未満 — an upper bound, no exact value and no target
    assertThat(table.get(6).actual().value()).isNull();
    assertThat(table.get(6).actual().asWritten()).isEqualTo("実績：10%未満");
    assertThat(table.get(6).target()).isNull();
    // the city gives no 達成 judgement; by the figures only the セミナー reached its target
    assertThat(table).allSatisfy(r -> assertThat(r.achieved()).isNull());
    assertThat(table).extracting(r -> r.outcome().orElse(null))
        .containsExactly(false, false, false, true, false, false, null);
  }

  @Test
  void previousPlan_holdsTheFiguresOfTheCitysOwnView() {
    List<PreviousResult> figures = plan.previousPlan().results().subList(7, 19);
    assertThat(figures).allSatisfy(r -> {
      assertThat(r.group()).isEqualTo("フォアキャスト 本市の視点（第4次計画の評価）");
      assertThat(r.target()).isNull();
      assertThat(r.actual().value()).isNotNull();
    });
    // マイナポータル利用率※1 6.8% (※ 1 令和4年度市民意識調査)
    assertThat(figures.get(0).indicator()).isEqualTo("マイナポータル利用率");
    assertThat(figures.get(0).actual().value()).isEqualByComparingTo("6.8");
    assertThat(figures.get(0).actual().fiscalYear().value()).isEqualTo(2022);
    // AI・RPA活用業務数 14業務, the baseline of ⑤'s KPI
    assertThat(figures.get(10).indicator()).isEqualTo("AI・RPA活用業務数");
    assertThat(figures.get(10).actual().value()).isEqualByComparingTo(kpi("kpi-p5-1").baseline().value());
  }

  @Test
  void theTaskClaimsNoNationalItemAndNamesNoDepartment() {
    // the national lists appear only under フォアキャスト 国の視点, tied to no 重点取組事項
    assertThat(plan.policies()).allSatisfy(p -> assertThat(p.nationalItems()).isEmpty());
    assertThat(plan.allMeasures()).allSatisfy(m -> assertThat(m.nationalItems()).isEmpty());
    assertThat(plan.allInitiatives()).allSatisfy(i -> assertThat(i.nationalItems()).isEmpty());
    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("・デジタル三原則に基づく規制の見直し"));
  }

  @Test
  void ids_areUniqueAndReferencesResolve() {
    List<String> ids = new ArrayList<>();
    for (BasicPolicy p : plan.policies()) {
      ids.add(p.id());
      p.kpis().forEach(k -> ids.add(k.id()));
      for (Measure m : p.measures()) {
        ids.add(m.id());
        m.initiatives().forEach(i -> ids.add(i.id()));
      }
    }
    Set<String> unique = new HashSet<>(ids);
    assertThat(unique).hasSize(ids.size()).hasSize(8 + 10 + 27 + 100);
    assertThat(plan.allInitiatives()).filteredOn(i -> i.relistOf() != null)
        .allSatisfy(i -> assertThat(initiativesById).containsKey(i.relistOf()));
  }

  @Test
  void plan_roundTripsThroughYamlAndJson() {
    assertThat(PlanReader.yaml().readString(PlanWriter.yaml().write(plan), "utsunomiya-2023.yaml")).isEqualTo(plan);
    assertThat(PlanReader.json().readString(PlanWriter.json().write(plan), "utsunomiya-2023.json")).isEqualTo(plan);
  }
}
