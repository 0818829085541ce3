package io.github.dxplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.dxplan.mapping.CoverageMapper;
import io.github.dxplan.mapping.CoverageReport;
import io.github.dxplan.mapping.DeadlineCheck;
import io.github.dxplan.mapping.DeadlineStatus;
import io.github.dxplan.catalog.VersionBasis;
import io.github.dxplan.model.Approach;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.Comparison;
import io.github.dxplan.model.Direction;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.KpiFigures;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.PreviousResult;
import io.github.dxplan.model.ResultGroup;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapExtent;
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
    // the task names no version of the national plan (it cites 『自治体DX推進計画』 only): a check
    // takes the version in force on its date
    assertThat(plan.nationalPlanVersion()).isNull();
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
  void policies_carryTheOverviewMatrixAsTags() {
    // 重点取組事項: rows サービス / 手続・業務 / 人 / 環境 × columns 市民視点 / 行政視点;
    // ① fills both columns of サービス (地域共生社会, 地域経済循環社会 | 脱炭素社会, N C C)
    assertThat(plan.policies()).extracting(p -> p.tags().get("要素")).containsExactly(
        List.of("サービス"), List.of("手続・業務"), List.of("人"), List.of("環境"),
        List.of("手続・業務"), List.of("人"), List.of("環境"), null);
    assertThat(plan.policies()).extracting(p -> p.tags().get("視点")).containsExactly(
        List.of("市民視点", "行政視点"), List.of("市民視点"), List.of("市民視点"), List.of("市民視点"),
        List.of("行政視点"), List.of("行政視点"), List.of("行政視点"), null);
    // the matrix header is held by the tags, the cell's own words stay in the note
    assertThat(plan.policies().get(1).notes()).containsExactly(
        "②スマート窓口の実現\nすべての市民が、意識することなく最適なデジタル技術を活用して、いつでも・どこでも・簡単に手續が完結する窓口を実現します");
  }

  @Test
  void measures_areTheRowsOfEachRoadmapTable() {
    // ① has four tables (地域共生社会 5 rows, 地域経済循環社会 4, 脱炭素社会 2, まちの基盤NCC 3);
    // ②–⑦ two 取組内容 rows each; ⑧ one row (データをつくる・つなげる・使う)
    assertThat(plan.policies()).extracting(p -> p.measures().size()).containsExactly(14, 2, 2, 2, 2, 2, 2, 1);
    assertThat(plan.allMeasures()).hasSize(27);
    List<Measure> first = plan.policies().get(0).measures();
    // the four 「…社会に貢献するデジタル」 pages of ① group its rows: a tag, not a note
    assertThat(first).extracting(m -> m.tags().get("社会")).extracting(t -> t.get(0)).containsExactly(
        "地域共生社会に貢献するデジタル", "地域共生社会に貢献するデジタル", "地域共生社会に貢献するデジタル",
        "地域共生社会に貢献するデジタル", "地域共生社会に貢献するデジタル",
        "地域経済循環社会に貢献するデジタル", "地域経済循環社会に貢献するデジタル",
        "地域経済循環社会に貢献するデジタル", "地域経済循環社会に貢献するデジタル",
        "脱炭素社会に貢献するデジタル", "脱炭素社会に貢献するデジタル",
        "まちの基盤NCCに貢献するデジタル", "まちの基盤NCCに貢献するデジタル", "まちの基盤NCCに貢献するデジタル");
    assertThat(first).allSatisfy(m -> assertThat(m.notes()).isEmpty());
    assertThat(plan.policies().subList(1, 8)).flatExtracting(BasicPolicy::measures)
        .allSatisfy(m -> assertThat(m.tags()).isEmpty());
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
  void kpisWhoseChartsWereLost_areMarkedNotRecoveredWithNoDirection() {
    // ②③④⑥⑦⑧: seven ■ KPI panels whose names survive and whose charts did not. The city did set
    // figures (the panels print them); they are lost, so they are NOT_RECOVERED, not NOT_SET, and no
    // direction can be read from figures nobody has
    List<Kpi> lost = Stream.of("kpi-p2-1", "kpi-p3-1", "kpi-p4-1", "kpi-p6-1", "kpi-p7-1", "kpi-p8-1", "kpi-p8-2")
        .map(Utsunomiya2023PlanTest::kpi).toList();
    assertThat(lost).allSatisfy(k -> {
          assertThat(k.figures()).isEqualTo(KpiFigures.NOT_RECOVERED);
          assertThat(k.direction()).isNull();
          assertThat(k.baseline()).isNull();
          assertThat(k.target()).isNull();
          assertThat(k.actuals()).isEmpty();
        }).extracting(Kpi::name).containsExactly(
            "行政手続オンライン化数", "宮デジサポーター養成人数", "マイナンバーカード普及率",
            "ローコード・ノーコード開発ができる職員数", "執務室改善着手フロア数", "国の推奨データセット公開割合",
            "行政課題の解決に資するデータを活用した伴走型モデル事業数");
    // the other three KPIs print R4 → R9/R7 figures
    assertThat(plan.allKpis()).filteredOn(k -> k.figures() == KpiFigures.NOT_RECOVERED).hasSize(7);
    assertThat(plan.allKpis()).filteredOn(k -> k.figures() == KpiFigures.STATED)
        .extracting(Kpi::id).containsExactly("kpi-p1-1", "kpi-p5-1", "kpi-p5-2");
  }

  @Test
  void onlineProceduresKpi_keepsItsQualifierApartFromTheName() {
    // ■ KPI 行政手続オンライン化数 / (規制のない手続)
    assertThat(kpi("kpi-p2-1").name()).isEqualTo("行政手続オンライン化数");
    assertThat(kpi("kpi-p2-1").qualifier()).isEqualTo("規制のない手続");
    assertThat(kpi("kpi-p2-1").note()).isNull();
  }

  private static Measure measure(String id) {
    return plan.allMeasures().stream().filter(m -> id.equals(m.id())).findFirst().orElseThrow();
  }

  @Test
  void roadmap_isOnTheMeasureRowsWithEveryCellInItsColumn() {
    // the 工程表 rows are the 施策 (measures): every cell's text belongs to its row, not to one item.
    // Cells with text per page: ① 地域共生社会 2+1+2+1+4, 地域経済循環社会 3+3+3+3, 脱炭素社会 1+2,
    // まちの基盤NCC 1+1+2; ② 5+4; ③ 1+1; ④ 1+4; ⑤ none; ⑥ 1+2; ⑦ 1+3; ⑧ 1 — 53 in all
    assertThat(plan.policies()).extracting(p -> p.measures().stream().mapToInt(m -> m.roadmap().size()).sum())
        .containsExactly(29, 9, 2, 5, 0, 3, 4, 1);
    assertThat(plan.allInitiatives()).allSatisfy(i -> assertThat(i.roadmap()).isEmpty());
    assertThat(plan.policies()).allSatisfy(p -> assertThat(p.roadmap()).isEmpty());
    // ② 行政手続オンライン化の加速: one stage per column, R5 … R9
    assertThat(measure("p2-m1").roadmap()).extracting(RoadmapEntry::label, e -> e.from().value()).containsExactly(
        tuple("全行政手続のオンライン化推進", 2023),
        tuple("優先的にオンライン化すべき手続への対応", 2024),
        tuple("規制見直し・業務見直し", 2025),
        tuple("オンライン決済化", 2026),
        tuple("基幹系システム等とのエンドツーエンド接続", 2027));
    // ⑧: 実施 in R9
    assertThat(measure("p8-m1").roadmap()).extracting(RoadmapEntry::label, e -> e.from().value())
        .containsExactly(tuple("実施", 2027));
    // ④ 新たなデジタル活用基盤の構築: R5 検討, R7 導入・運用, R8 順次集約, R9 連携の検討
    assertThat(measure("p4-m2").roadmap()).extracting(RoadmapEntry::label, e -> e.from().value(), RoadmapEntry::kind)
        .containsExactly(
            tuple("ポイント一元化の検討", 2023, RoadmapKind.STUDY),
            tuple("共通ポイントの導入・運用", 2025, RoadmapKind.IMPLEMENT),
            tuple("ポイントの順次集約", 2026, RoadmapKind.IMPLEMENT),
            tuple("デジタル地域通貨等との連携の検討", 2027, RoadmapKind.STUDY));
    // ⑥ 外部デジタル専門家等の活用: CIO補佐官試行任用 (R5) … CIO補佐官の任用 (R9)
    assertThat(measure("p6-m2").roadmap()).extracting(RoadmapEntry::label, e -> e.from().value(), RoadmapEntry::kind)
        .containsExactly(
            tuple("CIO補佐官試行任用", 2023, RoadmapKind.PILOT),
            tuple("CIO補佐官の任用", 2027, RoadmapKind.IMPLEMENT));
  }

  @Test
  void roadmap_keepsEachBackcastSequenceTogetherInItsRow() {
    // 支え会える社会づくり: ◎ …「居場所」づくり — オンライン空間を活用した施策事業の検討 (R6) ⇒ 実施 (R7)
    assertThat(measure("p1-m1").roadmap()).extracting(RoadmapEntry::label, e -> e.from().value())
        .containsExactly(tuple("オンライン空間を活用した施策事業の検討", 2024), tuple("実施", 2025));
    // 全ての事業者がDXを推進できる社会づくり: 検討 (R5), 実施 (R7), 実証⇒実装 (R8)
    assertThat(measure("p1-m7").roadmap()).extracting(RoadmapEntry::label, e -> e.from().value()).containsExactly(
        tuple("サブスクリプション等のサービス導入支援の検討", 2023), tuple("実施", 2025), tuple("実証⇒実装", 2026));
    // デジタルに不慣れな人にも優しい社会づくり: four cells R5 R6 R7 R8 in one row
    assertThat(measure("p1-m5").roadmap()).extracting(e -> e.from().value()).containsExactly(2023, 2024, 2025, 2026);
    assertThat(measure("p1-m5").roadmap().get(3).label()).isEqualTo("実証⇒実装");
  }

  @Test
  void roadmap_endsAreUnknownBecauseTheBarsWereLost() {
    // the extraction kept each cell's text in the column where it starts and lost the bars: no cell
    // states where it ends
    List<RoadmapEntry> all = plan.allMeasures().stream().flatMap(m -> m.roadmap().stream()).toList();
    assertThat(all).hasSize(53).allSatisfy(e -> {
      assertThat(e.extent()).isEqualTo(RoadmapExtent.UNKNOWN);
      assertThat(e.to()).isNull();
      assertThat(e.from().value()).isBetween(2023, 2027);
    });
    // ④ デジタルインフラの充実: マイナンバーカードの普及促進 in the R9 column — its start, not a completion
    assertThat(measure("p4-m1").roadmap()).singleElement().satisfies(e -> {
      assertThat(e.label()).isEqualTo("マイナンバーカードの普及促進");
      assertThat(e.from().value()).isEqualTo(2027);
      assertThat(e.to()).isNull();
    });
  }

  @Test
  void deadlineCheck_computesNoStatusFromACellWhoseEndIsUnknown() {
    // what dx check reports: the version in force on 令和5年2月 (2.0, by the adoption date)
    CoverageReport report = CoverageMapper.create().map(plan);
    assertThat(report.version()).isEqualTo("2.0");
    assertThat(report.versionBasis()).isEqualTo(VersionBasis.ADOPTION);
    List<DeadlineCheck> checks = report.items().stream().flatMap(i -> i.deadlines().stream()).toList();
    assertThat(checks).isNotEmpty();
    // every 工程 cell has an unknown end, so no due-by status rests on a roadmap: in version 1,
    // マイナンバーカードの普及促進 in the R9 column was read as "roadmap completes FY2027" → LATE
    assertThat(checks).noneSatisfy(c -> assertThat(c.basis()).startsWith("roadmap"));
    DeadlineCheck card = report.item("MYNUMBER_CARD").orElseThrow().deadlines().get(0);
    assertThat(card.status()).isEqualTo(DeadlineStatus.CANNOT_TELL);
    assertThat(card.planned()).isNull();
  }

  @Test
  void previousPlan_holdsTheProgressTableOfTheFourthPlan() {
    assertThat(plan.previousPlan().title()).isEqualTo("第4次宇都宮市情報化計画");
    List<PreviousResult> table = plan.previousPlan().results();
    // 【参考】…進捗状況: 4 KPI (one per 基本方針) + 3 国の関連指標 (2 under Ⅰ, 1 under Ⅳ)
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
    // テレワーク実施率 実績：10%未満 — below 10, no exact value and no target
    assertThat(table.get(6).actuals()).singleElement().satisfies(a -> {
      assertThat(a.value()).isEqualByComparingTo("10");
      assertThat(a.comparator()).isEqualTo(Comparison.LESS_THAN);
      assertThat(a.asWritten()).isEqualTo("実績：10%未満");
    });
    assertThat(table.get(6).target()).isNull();
    // the city gives no 達成 judgement; a bounded actual (「10%未満」) cannot be judged
    assertThat(table).allSatisfy(r -> assertThat(r.achieved()).isNull());
    assertThat(table.get(6).outcome()).isEmpty();
  }

  @Test
  void previousPlan_seminarResultIsTheYearlySeriesTheCityPrints() {
    // 目標：12回 実績：12回 ※コロナの影響により開催数の減 R1：12回 R2：9回 R3：7回 R4：1回
    PreviousResult seminars = plan.previousPlan().results().get(3);
    assertThat(seminars.target().value()).isEqualByComparingTo("12");
    assertThat(seminars.actuals()).extracting(a -> a.value().intValue(), a -> a.fiscalYear() == null ? null : a.fiscalYear().value())
        .containsExactly(tuple(12, null), tuple(12, 2019), tuple(9, 2020), tuple(7, 2021), tuple(1, 2022));
    assertThat(seminars.note()).isEqualTo("※コロナの影響により開催数の減");
    // judged on the latest year of the series (R4: 1回 against 12回)
    assertThat(seminars.actual().value()).isEqualByComparingTo("1");
    assertThat(seminars.outcome()).contains(false);
  }

  @Test
  void previousPlan_keepsChallengesAndDirectionOnTheWholeBasicPolicy() {
    // 取組における課題 and 方向性 are printed once per 基本方針 row, for all of its indicators
    List<ResultGroup> groups = plan.previousPlan().groups();
    assertThat(groups).extracting(ResultGroup::name).containsExactly(
        "基本方針Ⅰ 市民生活に身近な分野のデジタルサービスの拡充",
        "基本方針Ⅱ 地域社会の活性化に向けたICT利活用の促進",
        "基本方針Ⅲ 情報通信環境の充実",
        "基本方針Ⅳ 行政運営の効率化・高度化に向けた行政のデジタル化");
    // <li> items of 取組における課題: 2, 2, 1, 2; 方向性 ⇒ points: 2, 2, 1, 2
    assertThat(groups).extracting(g -> g.challenges().size()).containsExactly(2, 2, 1, 2);
    assertThat(groups).extracting(g -> g.outlook().size()).containsExactly(2, 2, 1, 2);
    assertThat(groups).flatExtracting(ResultGroup::outlook).allSatisfy(o -> assertThat(o).startsWith("⇒"));
    assertThat(groups.get(2).challenges().get(0)).startsWith("市有施設等へのWi-Fi環境の整備や「GIGAスクール構想」の実現");
    // 国の関連指標 なし under Ⅱ and Ⅲ
    assertThat(groups).extracting(ResultGroup::notes)
        .containsExactly(List.of(), List.of("国の関連指標：なし"), List.of("国の関連指標：なし"), List.of());
    // every result belongs to one of the groups, and no result carries the group's text any more
    assertThat(plan.previousPlan().results()).allSatisfy(r -> {
      assertThat(groups).extracting(ResultGroup::name).contains(r.group());
      assertThat(r.note() == null ? "" : r.note()).doesNotContain("取組における課題", "方向性");
    });
  }

  @Test
  void currentStateFigures_areATableNotPreviousResults() {
    // フォアキャスト 本市の視点（第4次計画の評価）: 4 sections × 3 figures of today's state
    assertThat(plan.tables()).singleElement().satisfies(t -> {
      assertThat(t.title()).isEqualTo("フォアキャスト 本市の視点（第4次計画の評価）");
      assertThat(t.columns()).containsExactly("分野", "指標", "現状", "注");
      assertThat(t.rows()).hasSize(12);
      assertThat(t.rows()).extracting(r -> r.get(0)).containsOnly(
          "市民生活のデジタルサービス拡充", "情報通信環境の充実", "地域活性化に向けたICT利活用促進", "行政運営の効率化・高度化");
      // マイナポータル利用率※1 6.8% (※ 1 令和4年度市民意識調査)
      assertThat(t.rows().get(0)).containsExactly("市民生活のデジタルサービス拡充", "マイナポータル利用率", "6.8%",
          "※ 1 令和4年度市民意識調査");
      // AI・RPA活用業務数 14業務, the baseline of ⑤'s KPI
      assertThat(t.rows().get(10)).containsExactly("行政運営の効率化・高度化", "AI・RPA活用業務数", "14業務", "");
    });
    assertThat(plan.previousPlan().results()).noneSatisfy(r -> assertThat(r.group()).startsWith("フォアキャスト"));
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
