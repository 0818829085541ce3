package io.github.dxplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.model.format.PlanWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks utsunomiya-2020.yaml against its seed, 宇都宮市の情報化推進に係る取組状況
 * (seeds/000_78b8909853f67526.txt): section １ (令和元年度の主な取組の成果と課題), section ２ (令和２年度における
 * 情報化推進の考え方) and section ３ (令和２年度における重点取組【分野別】) under 基本方針Ⅰ–Ⅳ of the 第4次情報化計画.
 */
class Utsunomiya2020PlanTest {

  private static DxPlan plan;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = Utsunomiya2020PlanTest.class.getResourceAsStream("/plans/utsunomiya-2020.yaml")) {
      plan = PlanReader.yaml().read(in, "utsunomiya-2020.yaml");
    }
  }

  @Test
  void header_namesTheReportAndTheCity() {
    assertThat(plan.id()).isEqualTo("utsunomiya-2020");
    // first line of the seed
    assertThat(plan.title()).isEqualTo("宇都宮市の情報化推進に係る取組状況");
    assertThat(plan.municipality().name()).isEqualTo("宇都宮市");
    assertThat(plan.municipality().prefecture()).isEqualTo("栃木県");
    assertThat(plan.municipality().code()).hasToString("092011");
    // a report on 令和元年度 and the focus of 令和２年度: it states no plan period and no adoption date
    assertThat(plan.period()).isNull();
    assertThat(plan.adopted()).isNull();
    // ◎ 趣 旨
    assertThat(plan.description())
        .isEqualTo("本市域の情報化を推進するにあたり，取組状況等を報告するとともに，今後注力すべき施策や目標等についてご意見をいただくもの");
  }

  @Test
  void policies_matchTheFourBasicPoliciesOfTheFourthPlan() {
    // the headings ⑴…⑷ of sections １ and ３, each naming its （基本方針Ⅰ）…（基本方針Ⅳ）
    assertThat(plan.policies()).extracting(BasicPolicy::label)
        .containsExactly("基本方針Ⅰ", "基本方針Ⅱ", "基本方針Ⅲ", "基本方針Ⅳ");
    assertThat(plan.policies()).extracting(BasicPolicy::title).containsExactly(
        "市民生活に身近な分野のデジタルサービスの拡充",
        "地域社会の活性化に向けたＩＣＴ利活用の促進",
        "情報通信環境の充実",
        "行政運営の効率化・高度化に向けたデジタル化");
  }

  @Test
  void fieldHeadings_areOnePolicyEach_notAPolicyAndAMeasureOfTheSameTitle() {
    // 「⑴ 市民生活に身近な分野のデジタルサービスの拡充（基本方針Ⅰ）」 heads sections １ and ３ once per
    // field: it is the 基本方針 itself, so the focus items ア イ ウ stand directly below it
    assertThat(plan.allMeasures()).noneSatisfy(m -> assertThat(m.title()).contains("（基本方針"));
    assertThat(plan.allInitiatives()).isEmpty();
  }

  @Test
  void measures_areTheTenFocusItemsAIUOfSectionThree() {
    // section ３: ⑴ ア イ ウ, ⑵ ア イ, ⑶ ア イ, ⑷ ア イ ウ
    assertThat(plan.policies()).extracting(p -> p.measures().size()).containsExactly(3, 2, 2, 3);
    assertThat(plan.allMeasures()).hasSize(10);
    assertThat(plan.allMeasures()).extracting(Measure::label)
        .containsExactly("ア", "イ", "ウ", "ア", "イ", "ア", "イ", "ア", "イ", "ウ");
    assertThat(plan.allMeasures()).extracting(Measure::title).containsExactly(
        "ＡＩ活用事業の拡充",
        "行政手続きのオンライン化の積極的な推進",
        "キャッシュレス決済の拡充",
        "スマートシティの推進",
        "地域産業の活性化等",
        "５Ｇの導入・活用促進",
        "ＩＣＴ教育の充実に向けた環境整備",
        "ビッグデータの分析力の向上",
        "ＡＩ導入業務の拡充",
        "テレワークやモバイルワーク，遠隔会議の拡充");
    assertThat(plan.allMeasures()).allSatisfy(m -> assertThat(m.description()).isNotBlank());
  }

  @Test
  void measureDescriptions_keepTheCityWordsAndParagraphs() {
    Measure industry = plan.policies().get(1).measures().get(1);
    // ⑵ イ 地域産業の活性化等 has two paragraphs, the second beginning 「また，」
    assertThat(industry.description().split("\n")).hasSize(2);
    assertThat(industry.description()).endsWith("「Society5.0」の実現に向けた地域産業の活性化を図る。");
    // ⑶ イ keeps the seed's stray space in 「ハード・ソフトの 両面から」
    assertThat(plan.policies().get(2).measures().get(1).description()).contains("ハード・ソフトの 両面から");
  }

  @Test
  void resultsOfReiwa1_areKeptInEachPolicysNotes() {
    // section １ 令和元年度の主な取組の成果と課題: two bullets (・ …できた / ・ 一方で，…) per 基本方針
    for (BasicPolicy p : plan.policies()) {
      assertThat(p.notes()).hasSize(1);
      String[] lines = p.notes().get(0).split("\n");
      assertThat(lines).hasSize(3);
      assertThat(lines[0]).isEqualTo("１ 令和元年度の主な取組の成果と課題");
      assertThat(lines[2]).startsWith("・ 一方で，");
    }
    assertThat(plan.policies().get(0).notes().get(0)).contains("ＡＩ自動応答サービスやキャッシュレス決済の開始など，実現化できた。");
    assertThat(plan.policies().get(3).notes().get(0)).contains("「データに基づく根拠ある政策立案」");
  }

  @Test
  void planNotes_keepTheStanceForReiwa2() {
    // section ２ (three ● points) and the lead of section ３
    assertThat(plan.notes()).hasSize(2);
    assertThat(plan.notes().get(0).split("\n")).hasSize(5)
        .filteredOn(l -> l.startsWith("● ")).hasSize(3);
    assertThat(plan.notes().get(1)).startsWith("３ 令和２年度における重点取組【分野別】・・・別紙１，別紙２");
  }

  @Test
  void theReportStatesNoKpiRoadmapDepartmentOrNationalClaim() {
    assertThat(plan.policies()).allSatisfy(p -> {
      assertThat(p.kpis()).isEmpty();
      assertThat(p.nationalItems()).isEmpty();
    });
    assertThat(plan.allMeasures()).allSatisfy(m -> {
      assertThat(m.kpis()).isEmpty();
      assertThat(m.roadmap()).isEmpty();
      assertThat(m.nationalItems()).isEmpty();
      assertThat(m.departments().isEmpty()).isTrue();
    });
    assertThat(plan.allKpis()).isEmpty();
    assertThat(plan.previousPlan()).isNull();
  }

  @Test
  void ids_areUniqueInThePlan() {
    List<String> ids = new ArrayList<>();
    for (BasicPolicy p : plan.policies()) {
      ids.add(p.id());
      p.measures().forEach(m -> ids.add(m.id()));
    }
    Set<String> unique = new HashSet<>(ids);
    assertThat(unique).hasSize(ids.size()).hasSize(4 + 10);
  }

  @Test
  void plan_roundTripsThroughYamlAndJson() {
    assertThat(PlanReader.yaml().readString(PlanWriter.yaml().write(plan), "utsunomiya-2020.yaml")).isEqualTo(plan);
    assertThat(PlanReader.json().readString(PlanWriter.json().write(plan), "utsunomiya-2020.json")).isEqualTo(plan);
  }
}
