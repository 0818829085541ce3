package io.github.dxplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.dxplan.model.AchievementSummary;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.Comparison;
import io.github.dxplan.model.DataTable;
import io.github.dxplan.model.Direction;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.GlossaryEntry;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.NationalClaim;
import io.github.dxplan.model.PlanStatus;
import io.github.dxplan.model.PreviousResult;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapExtent;
import io.github.dxplan.model.RoadmapKind;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.model.format.PlanWriter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 那須烏山市DX推進計画 原案 (令和6～10年度), seed {@code 003_350d113b5dec9d1f.txt}: every count and figure
 * below can be checked against the seed text.
 */
class NasukarasuyamaPlanTest {

  private static DxPlan plan;
  private static Map<String, Kpi> kpisById;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = NasukarasuyamaPlanTest.class.getResourceAsStream("/plans/nasukarasuyama-2024.yaml")) {
      plan = PlanReader.yaml().read(in, "nasukarasuyama-2024.yaml");
    }
    kpisById = plan.allKpis().stream().collect(Collectors.toMap(Kpi::id, Function.identity()));
  }

  private static Measure measure(int policy, int measure) {
    return plan.policies().get(policy - 1).measures().get(measure - 1);
  }

  private static Initiative initiative(int policy, int measure, int initiative) {
    return measure(policy, measure).initiatives().get(initiative - 1);
  }

  @Test
  void plan_isTheDraftOfNasukarasuyamaForFiscal2024To2028() {
    assertThat(plan.id()).isEqualTo("nasukarasuyama-2024");
    // cover: 那須烏山市DX推進計画 / 原 案 / 令和6～10年度; 計画の期間: 令和6（2024）年4月～令和11（2029）年3月
    assertThat(plan.title()).isEqualTo("那須烏山市DX推進計画");
    assertThat(plan.municipality().code().value()).isEqualTo("092151");
    assertThat(plan.municipality().name()).isEqualTo("那須烏山市");
    assertThat(plan.municipality().prefecture()).isEqualTo("栃木県");
    assertThat(plan.period().from().value()).isEqualTo(2024);
    assertThat(plan.period().to().value()).isEqualTo(2028);
    // cover: 原 案 / 令和6年2月15日現在, and a blank 「令和 年 月」: a draft, not an adopted plan
    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(plan.drafted()).hasToString("2024-02-15");
    assertThat(plan.adopted()).isNull();
    assertThat(plan.notes()).noneSatisfy(n -> assertThat(n).contains("adopted"));
    // 第2章 Ⅱ quotes the national lists (フロントヤード改革 first, eLTAX third) but names no version:
    // a check takes the version in force on the draft's date
    assertThat(plan.nationalPlanVersion()).isNull();
    // 第4章 Ⅰ 基本理念
    assertThat(plan.vision())
        .isEqualTo("デジタル技術の活用により、新たな価値の創造や市民生活の向上に取り組み、デジタル社会での市民の暮らしやすさを実現");
    assertThat(plan.description()).startsWith("本市では、現行の「地域情報化計画Ⅲ」を平成30（2018）年3月に策定し");
  }

  @Test
  void plan_roundTripsThroughYamlAndJson() {
    String yaml = PlanWriter.yaml().write(plan);
    assertThat(PlanReader.yaml().readString(yaml, "round-trip.yaml")).isEqualTo(plan);
    String json = PlanWriter.json().write(plan);
    assertThat(PlanReader.json().readString(json, "round-trip.json")).isEqualTo(plan);
  }

  @Test
  void governance_isTheSecurityCommitteeWithCsirtAndDxMembers() {
    // 第3章 Ⅰ 推進体制: 情報セキュリティ委員会, 情報セキュリティ推進会議 (CSIRT会議), DX推進メンバー
    assertThat(plan.governance().bodies())
        .extracting(b -> b.name())
        .containsExactly("情報セキュリティ委員会", "情報セキュリティ推進会議 (CSIRT会議)", "DX推進メンバー");
    assertThat(plan.governance().bodies().get(0).members())
        .containsExactly(
            "最高情報セキュリティ責任者（CISO）：副市長",
            "統括情報セキュリティ責任者：総合政策課長",
            "委員：参事課長等会議を構成する職にある者",
            "事務局：総合政策課");
  }

  @Test
  void policies_matchTheThreeBasicGoalsOfTheSeed() {
    // 第4章 Ⅱ 基本目標と取組方針: 「次の3つの基本目標、取組方針を掲げ」
    assertThat(plan.policies())
        .extracting(BasicPolicy::label, BasicPolicy::title)
        .containsExactly(
            tuple("基本目標1", "市民に寄り添うデジタル化の推進"),
            tuple("基本目標2", "効率的で効果的なデジタル行政の実現"),
            tuple("基本目標3", "安全で安心な基盤の運用"));
    assertThat(plan.policies().get(0).description())
        .isEqualTo("デジタル技術やデータを活用して、市民の利便性向上に取り組み、市民視点による行政サービスの変革を起こします。");
  }

  @Test
  void measures_matchTheNineMeasuresOfTheSystemDiagram() {
    // 第4章 Ⅲ 体系図: 3 施策 under each 基本目標
    assertThat(plan.policies()).extracting(p -> p.measures().size()).containsExactly(3, 3, 3);
    assertThat(plan.allMeasures()).hasSize(9);
    assertThat(plan.allMeasures())
        .extracting(Measure::title)
        .containsExactly(
            "行政手続きのデジタル化の推進",
            "デジタル技術を活用した地域活性化",
            "着実に伝わる情報発信の推進",
            "業務プロセスの改善・変革",
            "自治体情報システムの標準化・共通化",
            "働き方改革への支援",
            "デジタルを活用できる人材の育成",
            "情報セキュリティ対策の徹底",
            // Ⅳ 具体的な取組 writes the heading 「3 G I G Aスクール構想の推進」 (体系図: GIGAスクール構想の推進)
            "G I G Aスクール構想の推進");
    assertThat(plan.allMeasures()).extracting(Measure::label).containsExactly("1", "2", "3", "1", "2", "3", "1", "2", "3");
    assertThat(plan.allMeasures()).allSatisfy(m -> assertThat(m.goal()).endsWith("。"));
  }

  @Test
  void initiatives_matchTheNumbered取組内容OfEachMeasure() {
    // 体系図 and ■取組内容: ①②③ per 施策 — 3,2,3 / 2,3,1 / 3,2,2 = 21
    assertThat(plan.allMeasures())
        .extracting(m -> m.initiatives().size())
        .containsExactly(3, 2, 3, 2, 3, 1, 3, 2, 2);
    assertThat(plan.allInitiatives()).hasSize(21);
    assertThat(measure(1, 1).initiatives())
        .extracting(Initiative::label, Initiative::title)
        .containsExactly(
            tuple("①", "マイナンバーカードの利活用拡大及び普及促進"),
            tuple("②", "行政手続きのオンライン化の推進"),
            tuple("③", "公金収納のキャッシュレス化の推進"));
    // the city's own spelling in Ⅳ (体系図: デジタルデバイス対策)
    assertThat(initiative(1, 3, 2).title()).isEqualTo("デジタルデバインド対策");
    assertThat(initiative(3, 3, 2).title()).isEqualTo("I C T機器の適切な運用・更新");
    // ①'s body: three bullets, the second one the ワンストップ窓口
    assertThat(initiative(1, 1, 1).description().split("\n")).hasSize(3);
    assertThat(initiative(1, 1, 1).description().split("\n")[1]).contains("ワンストップ窓口を構築します。");
    // 2-1 ②行政事務の効率化 has four bullets (AIガイドライン, AI-OCR/RPA, 電子決裁, 統合型GIS)
    assertThat(initiative(2, 1, 2).description().split("\n")).hasSize(4);
    assertThat(plan.allInitiatives()).allSatisfy(i -> assertThat(i.description()).startsWith("・"));
  }

  @Test
  void challenges_matchThe現状と課題BulletsOfEachMeasure() {
    // ■現状と課題: one ◇ per challenge
    assertThat(plan.allMeasures())
        .extracting(m -> m.challenges().size())
        .containsExactly(3, 2, 2, 2, 3, 2, 2, 3, 2);
    assertThat(measure(1, 1).challenges().get(2))
        .startsWith("国では、地方公共団体に属する幅広い公金について、令和8（2026）年9月までにeLTAXを活用した公金収納");
  }

  @Test
  void departments_matchThe所管And関係課OfEachMeasure() {
    // 「所 管：総合政策課、総務課、市民課、会計課 / 関係課：全課（局）」
    assertThat(measure(1, 1).departments().responsible()).containsExactly("総合政策課", "総務課", "市民課", "会計課");
    assertThat(measure(1, 1).departments().related()).containsExactly("全課（局）");
    assertThat(measure(1, 2).departments().responsible())
        .containsExactly("総合政策課", "まちづくり課", "総務課", "健康福祉課", "商工観光課", "こども課");
    // 2-2: 「所 管：総合政策課、市民課 / 関係課：基幹系システム利用課」
    assertThat(measure(2, 2).departments().responsible()).containsExactly("総合政策課", "市民課");
    assertThat(measure(2, 2).departments().related()).containsExactly("基幹系システム利用課");
    // 3-2: 「所 管：総合政策課」
    assertThat(measure(3, 2).departments().responsible()).containsExactly("総合政策課");
    // 3-3: 「所 管：学校教育課 / 関係課：総合政策課」
    assertThat(measure(3, 3).departments().responsible()).containsExactly("学校教育課");
    assertThat(measure(3, 3).departments().related()).containsExactly("総合政策課");
    assertThat(plan.allMeasures()).allSatisfy(m -> assertThat(m.departments().responsible()).isNotEmpty());
  }

  @Test
  void kpis_areSixteen_theSharedOneDefinedOnceAndReferencedTwice() {
    // ■KPI per 施策: 3,1,3 / 4,1,1 / 1,2,2 listed = 18; 「パソコンや携帯電話を利用した…」 is listed under 1-1, 1-2 and 1-3
    assertThat(plan.allMeasures()).extracting(m -> m.kpis().size()).containsExactly(3, 0, 2, 4, 1, 1, 1, 2, 2);
    assertThat(plan.allKpis()).hasSize(16);
    assertThat(plan.allMeasures())
        .extracting(m -> m.kpis().size() + m.kpiRefs().size())
        .containsExactly(3, 1, 3, 4, 1, 1, 1, 2, 2);
    assertThat(measure(1, 2).kpiRefs()).containsExactly("kpi-p1-m1-3");
    assertThat(measure(1, 3).kpiRefs()).containsExactly("kpi-p1-m1-3");
    Kpi shared = kpisById.get("kpi-p1-m1-3");
    assertThat(shared.name()).isEqualTo("パソコンや携帯電話を利用した行政サービスの利便性向上が図られていると思う人の割合");
    assertThat(shared.note()).isEqualTo("総合計画と連動");
    // every reference resolves to a KPI defined in the plan
    assertThat(plan.allMeasures().stream().flatMap(m -> m.kpiRefs().stream())).allSatisfy(ref -> assertThat(kpisById).containsKey(ref));
  }

  static Stream<Arguments> kpiFigures() {
    // id, baseline value, baseline year, target value, target year, unit — as in each ■KPI block
    return Stream.of(
        Arguments.of("kpi-p1-m1-1", "19.0", 2023, "70.0", 2028, "%"),
        Arguments.of("kpi-p1-m1-2", "15.9", 2022, "50.0", 2028, "%"),
        Arguments.of("kpi-p1-m1-3", "75.6", 2021, "78.6", 2027, "%"),
        Arguments.of("kpi-p1-m3-1", "266148", 2023, "300000", 2028, "件"),
        Arguments.of("kpi-p1-m3-2", "59.29", 2023, "80.0", 2028, "%"),
        Arguments.of("kpi-p2-m1-1", "66.0", 2021, "69.3", 2027, "%"),
        Arguments.of("kpi-p2-m1-2", "77", 2022, "40", 2028, "人/年"),
        Arguments.of("kpi-p2-m1-3", "7", 2022, "0", 2028, "人/年"),
        Arguments.of("kpi-p2-m1-4", "8", 2022, "0", 2028, "人/年"),
        Arguments.of("kpi-p2-m2-1", "0", 2023, "19", 2025, "件"),
        Arguments.of("kpi-p2-m3-1", "7.0", 2023, "50.0", 2028, "%"),
        Arguments.of("kpi-p3-m1-1", "0", 2023, "15", 2028, "人"),
        Arguments.of("kpi-p3-m2-1", "0", 2023, "0", 2028, "件"),
        Arguments.of("kpi-p3-m2-2", "100", 2023, "100", 2028, "%"),
        Arguments.of("kpi-p3-m3-1", "89.2", 2021, "93.0", 2027, "%"),
        Arguments.of("kpi-p3-m3-2", "84.4", 2021, "87.0", 2027, "%"));
  }

  @ParameterizedTest
  @MethodSource("kpiFigures")
  void kpi_hasTheBaselineAndTargetOfTheSeed(
      String id, String baseline, int baselineYear, String target, int targetYear, String unit) {
    Kpi kpi = kpisById.get(id);
    assertThat(kpi).as(id).isNotNull();
    assertThat(kpi.unit()).isEqualTo(unit);
    assertThat(kpi.baseline().value()).isEqualByComparingTo(baseline);
    assertThat(kpi.baseline().fiscalYear().value()).isEqualTo(baselineYear);
    assertThat(kpi.target().value()).isEqualByComparingTo(target);
    assertThat(kpi.target().fiscalYear().value()).isEqualTo(targetYear);
  }

  @Test
  void kpiFigures_coverEveryKpiOfThePlan() {
    assertThat(kpiFigures().map(a -> (String) a.get()[0])).containsExactlyInAnyOrderElementsOf(kpisById.keySet());
  }

  @Test
  void overtimeKpi_isAnUpperBoundOf40人未満() {
    // 2-1 超過勤務職員数: 「・1月あたり45時間超職員数 77人/年 40人未満/年」
    Kpi kpi = kpisById.get("kpi-p2-m1-2");
    assertThat(kpi.name()).isEqualTo("1月あたり45時間超職員数");
    assertThat(kpi.direction()).isEqualTo(Direction.DECREASE);
    assertThat(kpi.target().comparator()).isEqualTo(Comparison.LESS_THAN);
    assertThat(kpi.target().value()).isEqualByComparingTo("40");
    assertThat(kpi.target().asWritten()).isEqualTo("40人未満/年");
    // the other targets state no comparator
    assertThat(plan.allKpis().stream().filter(k -> k.target().comparator() != null)).containsExactly(kpi);
  }

  @Test
  void securityKpis_keepZeroIncidentsAndFullAttendance() {
    // 3-2: 情報漏洩事故件数 0件 → 0件; セキュリティ研修（e-ラーニング含む）受講率 100% → 100%
    assertThat(kpisById.get("kpi-p3-m2-1").name()).isEqualTo("情報漏洩事故件数");
    assertThat(kpisById.get("kpi-p3-m2-1").direction()).isEqualTo(Direction.MAINTAIN);
    assertThat(kpisById.get("kpi-p3-m2-2").direction()).isEqualTo(Direction.MAINTAIN);
    // 2-2: 標準準拠システム 0件 (R5) → 19件 (R7), the only KPI with an R7 target
    assertThat(kpisById.get("kpi-p2-m2-1").target().asWritten()).isEqualTo("目標（R7年度）：19件");
  }

  @Test
  void nationalItems_areThe国の重点取組事項LineOnMeasure1_1WhereItIsPrinted() {
    // 「国の重点取組事項：自治体フロントヤード改革の推進 / 公金収納におけるeLTAXの活用」 is printed on the
    // page of 1 行政手続きのデジタル化の推進, not for all of 基本目標1
    assertThat(measure(1, 1).nationalClaims())
        .extracting(NationalClaim::code, NationalClaim::text)
        .containsExactly(
            tuple("FRONTYARD", "自治体フロントヤード改革の推進"),
            tuple("ELTAX_PUBLIC_FUNDS", "公金収納におけるeLTAXの活用"));
    assertThat(plan.policies()).allSatisfy(p -> assertThat(p.nationalItems()).isEmpty());
    assertThat(plan.allMeasures()).filteredOn(m -> !m.nationalItems().isEmpty()).containsExactly(measure(1, 1));
    assertThat(plan.allInitiatives()).allSatisfy(i -> assertThat(i.nationalItems()).isEmpty());
  }

  @Test
  void roadmap_followsTheColumnsOfEach取組番号() {
    // 1-1 ①: マイナンバーカード利活用… (R6–R10), ワンストップ窓口構築検討 (R6–R8) → ワンストップ窓口運用 (R9–R10), 申請・交付機会の拡充
    List<RoadmapEntry> oneStop = initiative(1, 1, 1).roadmap();
    assertThat(oneStop).hasSize(4);
    assertThat(oneStop.get(1).label()).isEqualTo("ワンストップ窓口構築検討");
    assertThat(oneStop.get(1).kind()).isEqualTo(RoadmapKind.STUDY);
    // its cell stands in 令和6年度 and the next filled cell of the row is in 令和9年度: where the bar
    // ends (R6, R7 or R8) is lost, so no end year is given
    assertThat(oneStop.get(1).from().value()).isEqualTo(2024);
    assertThat(oneStop.get(1).to()).isNull();
    assertThat(oneStop.get(1).extent()).isEqualTo(RoadmapExtent.UNKNOWN);
    assertThat(oneStop.get(2).label()).isEqualTo("ワンストップ窓口運用");
    assertThat(oneStop.get(2).from().value()).isEqualTo(2027);
    assertThat(oneStop.get(2).to()).isNull();
    // 1-2 ①: 現状把握 利用者ニーズ調査 (R6) → 一元化に向けた調整 (R7) → アプリ導入・運用 (R8–)
    assertThat(initiative(1, 2, 1).roadmap())
        .extracting(RoadmapEntry::label, e -> e.from().value())
        .containsExactly(
            tuple("現状把握 利用者ニーズ調査", 2024),
            tuple("一元化に向けた調整", 2025),
            tuple("アプリ導入・運用", 2026));
    // 3-2 ②: ICT-BCPの策定 (R6) … 定期的な訓練 (R8): both ends unknown
    assertThat(initiative(3, 2, 2).roadmap())
        .extracting(RoadmapEntry::label, e -> e.from().value(), RoadmapEntry::to, RoadmapEntry::extent)
        .containsExactly(
            tuple("ICT-BCPの策定", 2024, null, RoadmapExtent.UNKNOWN),
            tuple("定期的な訓練", 2026, null, RoadmapExtent.UNKNOWN));
    // 2-1 ①: four cells side by side, R6 R7 R8 R9 — each of the first three ends where the next begins
    assertThat(initiative(2, 1, 1).roadmap())
        .extracting(e -> e.from().value(), e -> e.to() == null ? null : e.to().value(), RoadmapEntry::extent)
        .containsExactly(
            tuple(2024, 2024, RoadmapExtent.STATED),
            tuple(2025, 2025, RoadmapExtent.STATED),
            tuple(2026, 2026, RoadmapExtent.STATED),
            tuple(2027, null, RoadmapExtent.UNKNOWN));
    // 3-1 ①: 方針作成 リーダー認定制度の構築 — a 構築 stage
    assertThat(initiative(3, 1, 1).roadmap().get(0).kind()).isEqualTo(RoadmapKind.IMPLEMENT);
    // 2-2 and 2-3: ■ロードマップ is a figure lost in extraction — no entries
    assertThat(measure(2, 2).initiatives()).allSatisfy(i -> assertThat(i.roadmap()).isEmpty());
    assertThat(measure(2, 3).initiatives()).allSatisfy(i -> assertThat(i.roadmap()).isEmpty());
    // filled cells per ■ロードマップ table (a row with two filled cells is two entries):
    // 1-1 11 (9 rows), 1-2 5 (3 rows), 1-3 4 (3 rows), 2-1 8 (4 rows), 2-2 0, 2-3 0, 3-1 4 (3 rows), 3-2 4 (3 rows), 3-3 5 (3 rows)
    assertThat(plan.allMeasures())
        .extracting(m -> m.initiatives().stream().mapToInt(i -> i.roadmap().size()).sum())
        .containsExactly(11, 5, 4, 8, 0, 0, 4, 4, 5);
    // every entry starts within the plan period 令和6–10年度; an end is given only where the next
    // filled cell of its row begins the following year: 11 of the 41
    List<RoadmapEntry> all = plan.allInitiatives().stream().flatMap(i -> i.roadmap().stream()).toList();
    assertThat(all).hasSize(41).allSatisfy(e -> {
      assertThat(e.from().value()).isBetween(2024, 2028);
      if (e.extent() == RoadmapExtent.UNKNOWN) {
        assertThat(e.to()).isNull();
      } else {
        assertThat(e.to()).isEqualTo(e.from());
      }
      assertThat(e.note()).isNull();
    });
    assertThat(all).filteredOn(e -> e.extent() == RoadmapExtent.STATED).hasSize(11);
    assertThat(all).filteredOn(e -> e.extent() == RoadmapExtent.UNKNOWN).hasSize(30);
  }

  @Test
  void glossary_isThe用語解説OfTheAppendix() {
    // 用語解説: 【あ行】 アプリ … 【アルファベット順】 … Society5.0, Well-Being — 57 terms over six pages
    assertThat(plan.glossary()).hasSize(57);
    assertThat(plan.glossary().get(0)).isEqualTo(
        new GlossaryEntry("アプリ", "「アプリケーション」の略。スマートフォンやタブレット上で動作するソフトウェア。"));
    assertThat(plan.glossary()).extracting(GlossaryEntry::term).contains("フロントヤード", "eLTAX", "DX推進リーダー")
        .endsWith("Society5.0", "Well-Being")
        .doesNotHaveDuplicates()
        .noneSatisfy(t -> assertThat(t).startsWith("【"));
    assertThat(plan.notes()).noneSatisfy(n -> assertThat(n).contains("用語 | 解説"));
  }

  @Test
  void surveyResults_areTablesOfTheAppendix() {
    // 資料編 1 市民意向調査: 4-1 … 4-9 print a table each, except 4-6 (none survives) and 4-8, whose
    // printed table repeats 4-7's rows and is not 4-8's data
    assertThat(plan.tables()).extracting(DataTable::id).containsExactly(
        "survey-4-1", "survey-4-2", "survey-4-3", "survey-4-4", "survey-4-5", "survey-4-7", "survey-4-9");
    // each: 総合, 年齢 10代後半 … 70代以上 (7), 居住地区 旧烏山東部 … 旧南那須北部 (4)
    assertThat(plan.tables()).allSatisfy(t -> {
      assertThat(t.rows()).hasSize(12);
      assertThat(t.rows().get(0).get(0)).isEqualTo("総合");
      assertThat(t.rows().get(1).subList(0, 3)).containsExactly("年齢", "10代後半", "32");
      assertThat(t.source().section()).startsWith("資料編 1 那須烏山市まちづくりに関する市民意向調査結果報告書");
    });
    DataTable cards = plan.tables().get(0);
    assertThat(cards.title()).isEqualTo("4-1 マイナンバーカードに期待すること[問11：複数回答n=764]");
    assertThat(cards.columns()).hasSize(9).contains("本人確認書類として利用できる");
    assertThat(cards.rows().get(0)).containsExactly("総合", "", "764", "61.5%", "50.7%", "63.4%", "13.6%", "28.0%", "5.0%");
    assertThat(cards.note()).startsWith("○ 「本人確認書類として利用できる」");
    // 4-4 and 4-5: the 総合 row came through with one figure fewer than the columns; it is kept short,
    // not aligned by a guess
    DataTable online = plan.tables().get(3);
    assertThat(online.columns()).hasSize(11);
    assertThat(online.rows().get(0)).hasSize(10);
    assertThat(online.rows().subList(1, 12)).allSatisfy(r -> assertThat(r).hasSize(11));
    assertThat(online.note()).contains("not recoverable");
    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).startsWith("4-8 ").contains("repeats the rows and columns of 4-7"));
  }

  @Test
  void previousPlan_achievedFifteenOfTwentySixTargets_58Percent() {
    // 第2章 Ⅳ 1: 地域情報化計画Ⅲ評価目標値達成状況（令和5年3月31日時点）: 目標値数 26項目, 達成 15項目, 未達成 11項目, 達成率 58%
    assertThat(plan.previousPlan().title()).isEqualTo("地域情報化計画Ⅲ");
    assertThat(plan.previousPlan().period().from().value()).isEqualTo(2018);
    assertThat(plan.previousPlan().period().to().value()).isEqualTo(2022);
    List<PreviousResult> results = plan.previousPlan().results();
    assertThat(results).hasSize(26);
    long achieved = results.stream().filter(r -> Boolean.TRUE.equals(r.achieved())).count();
    long notAchieved = results.stream().filter(r -> Boolean.FALSE.equals(r.achieved())).count();
    assertThat(achieved).isEqualTo(15);
    assertThat(notAchieved).isEqualTo(11);
    BigDecimal percent = BigDecimal.valueOf(achieved * 100).divide(BigDecimal.valueOf(results.size()), 0, RoundingMode.HALF_UP);
    assertThat(percent).isEqualByComparingTo("58");
    AchievementSummary summary = plan.previousPlan().achievementSummary();
    assertThat(summary.total()).isEqualTo(26);
    assertThat(summary.achieved()).isEqualTo(15);
    assertThat(summary.percent()).contains(58);
    // 基本目標1 has 9 targets (4 achieved), 基本目標2 has 17 (11 achieved)
    assertThat(results.stream().filter(r -> r.group().startsWith("基本目標1"))).hasSize(9);
    assertThat(results.stream().filter(r -> r.group().startsWith("基本目標1") && r.achieved())).hasSize(4);
    // 施策⑤ 4.行政手続きのオンライン化: (公共施設予約システム)未達成 (eLTAX)達成 (電子入札システム)未達成 (ぴったりサービス) 達成
    assertThat(results.stream().filter(r -> "4.行政手続きのオンライン化".equals(r.title())))
        .extracting(PreviousResult::indicator, PreviousResult::achieved)
        .containsExactly(
            tuple("公共施設予約システム", false),
            tuple("eLTAX", true),
            tuple("電子入札システム", false),
            tuple("ぴったりサービス", true));
  }
}
