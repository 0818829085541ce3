package io.github.dxplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.NationalClaim;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.model.format.PlanWriter;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 第3次小山市情報化基本計画, chapter 5 only, seed {@code 002_530a8c6a1d05e519.txt}. Every number below
 * can be checked against that text; the comment above each assertion says where.
 */
class OyamaPlanTest {

  private static DxPlan plan;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = OyamaPlanTest.class.getResourceAsStream("/plans/oyama-2021.yaml")) {
      plan = PlanReader.yaml().read(in, "oyama-2021.yaml");
    }
  }

  private static Measure measure(String id) {
    return plan.allMeasures().stream().filter(m -> id.equals(m.id())).findFirst().orElseThrow();
  }

  @Test
  void header_holdsOnlyWhatTheChapterStates() {
    // 7.(2): 令和3年4月に「第3次小山市情報化基本計画」を策定し、最終計画年度を令和7年度として
    assertThat(plan.id()).isEqualTo("oyama-2021");
    assertThat(plan.title()).isEqualTo("第3次小山市情報化基本計画");
    assertThat(plan.municipality().name()).isEqualTo("小山市");
    assertThat(plan.municipality().prefecture()).isEqualTo("栃木県");
    assertThat(plan.municipality().code().value()).isEqualTo("092088");
    assertThat(plan.adopted().toString()).isEqualTo("2021-04");
    // The chapter gives the last year (最終計画年度を令和7年度) but not the first: a period with one end
    assertThat(plan.period().from()).isNull();
    assertThat(plan.period().to().value()).isEqualTo(2025);
    assertThat(plan.period().isComplete()).isFalse();
    assertThat(plan.notes()).noneSatisfy(n -> assertThat(n).contains("period"));
    // 7.(3): 「自治体 DX 推進計画 第2.0版」が示されました; 7.(4) quotes its lists
    assertThat(plan.nationalPlanVersion()).isEqualTo("2.0");
    // 6. 本市の目指すべき姿
    assertThat(plan.vision()).contains("「スマート自治体」を目指します。");
    assertThat(plan.governance()).isNull();
  }

  @Test
  void policies_matchTheFiveTablesOfChapter5() {
    // 表5-1 … 表5-5, one per section 1–5 of chapter 5, and section 7 自治体 DX の取組方針, where the city
    // takes up the national plan's 取組事項
    assertThat(plan.policies())
        .extracting(BasicPolicy::label, BasicPolicy::title)
        .containsExactly(
            tuple("表5-1", "社会環境の変化からの取り組み"),
            tuple("表5-2", "国・県等からの取り組み"),
            tuple("表5-3", "市の状況からの取り組み"),
            tuple("表5-4", "市民ニーズからの取り組み"),
            tuple("表5-5", "職員意識からの取り組み"),
            tuple("7.", "自治体 DX の取組方針"));
  }

  @Test
  void measures_areTheIssueRowsOfEachTable() {
    // 取り組むべき課題 rows: 表5-1 ①–④, 表5-2 ①–④, 表5-3 ①–⑥, 表5-4 ①–⑥, 表5-5 ①–⑤ = 25; section 7 has none
    assertThat(plan.policies()).extracting(p -> p.measures().size()).containsExactly(4, 4, 6, 6, 5, 0);
    assertThat(plan.allMeasures()).hasSize(25);
    assertThat(plan.policies().get(0).measures())
        .extracting(Measure::label, Measure::title)
        .containsExactly(
            tuple("①", "5G 活用による価値生成"),
            tuple("②", "Society5.0 の実現"),
            tuple("③", "SDGs への貢献"),
            tuple("④", "スマート自治体への変換"));
    // 表5-4 ⑥ as written (への配慮した)
    assertThat(measure("p4-m6").title()).isEqualTo("情報弱者への配慮した仕組み");
    // 4.(1)–(6) and 5.(1)–(5) explain the rows of 表5-4 and 表5-5
    assertThat(measure("p4-m6").description()).startsWith("(6) 公平な情報提供（情報弱者）に配慮した仕組みづくり");
    assertThat(measure("p5-m2").description()).startsWith("(2) 防災・災害、医療・健康福祉分野の情報発信");
  }

  @Test
  void initiatives_areTheDirectionBullets() {
    // 解決の方向性 bullets per row: 表5-1 1,2,1,2 / 表5-2 5,2,2,2 / 表5-3 2,2,2,2,2,1 /
    // 表5-4 2,1,1,1,1,1 / 表5-5 1,1,1,2,1 = 41
    assertThat(plan.allMeasures())
        .extracting(m -> m.initiatives().size())
        .containsExactly(1, 2, 1, 2, 5, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1);
    assertThat(plan.allInitiatives()).hasSize(41);
    // 表5-2 ①デジタル・ガバメントの実現
    assertThat(measure("p2-m1").initiatives())
        .extracting(Initiative::title)
        .containsExactly(
            "行政サービスのオンライン化",
            "業務システムの標準化・共同利用",
            "AI・RPA 活用による業務効率化",
            "オープンデータ推進・データ活用",
            "IT 人材育成");
    // 表5-5 ②: the bullet is broken across a page (…多くのメデ / ィアで発信をする)
    assertThat(measure("p5-m2").initiatives().get(0).title())
        .isEqualTo("災害などの緊急情報や健康福祉情報を市ホームページや SNS、ケーブルテレビなど多くのメディアで発信をする");
    // No 所管課, no 工程, no KPI in this chapter
    assertThat(plan.allInitiatives()).allSatisfy(i -> {
      assertThat(i.roadmap()).isEmpty();
      assertThat(i.kpis()).isEmpty();
      assertThat(i.departments().isEmpty()).isTrue();
    });
  }

  @Test
  void previousMeasures_areThe9ContinuedMeasuresOfTable5_3() {
    // 3.: 前計画における情報化施策のうち9施策については、新たな計画でも統合または拡充しながら
    // 表5-3 【前計画・継続】 links, rows ①–⑥: 1, 1, 2, 2, 1, 2
    assertThat(plan.policies().get(2).measures())
        .extracting(m -> m.previousMeasures().size())
        .containsExactly(1, 1, 2, 2, 1, 2);
    assertThat(plan.allMeasures().stream().flatMap(m -> m.previousMeasures().stream()).distinct())
        .hasSize(9);
    assertThat(measure("p3-m1").previousMeasures()).containsExactly("(1)②学校教育への ICT 活用の拡充");
    assertThat(measure("p3-m3").previousMeasures())
        .containsExactly("(1)③総合窓口の拡充", "(3)⑦社会保障・税番号精度への対応");
    // only 表5-3 links to the previous plan
    assertThat(plan.allMeasures().stream().filter(m -> !m.previousMeasures().isEmpty()))
        .allSatisfy(m -> assertThat(m.id()).startsWith("p3-"));
  }

  @Test
  void kpis_areAbsentBecauseTheChapterSetsNone() {
    // chapter 5 gives issues and directions only: no 成果指標 at any level
    assertThat(plan.allKpis()).isEmpty();
    assertThat(plan.allMeasures()).allSatisfy(m -> assertThat(m.kpiRefs()).isEmpty());
  }

  @Test
  void nationalItems_areThe取組事項OfSection7WithTheDeadlinesTheyQuote() {
    // 7. 「本市においても…「自治体 DX 推進計画」掲げられた重点取組を推進する」; 7.(4) 取組事項 lists
    // 6 重点取組事項, 3 あわせて取り組む and 2 必要に応じ実施を検討する items, each in the city's wording
    BasicPolicy section7 = plan.policies().get(5);
    assertThat(section7.nationalClaims()).hasSize(11);
    assertThat(section7.nationalItems()).containsExactly(
        "STANDARDIZATION", "MYNUMBER_CARD", "ONLINE_PROCEDURES", "AI_RPA", "TELEWORK", "SECURITY",
        "DIGITAL_COMMUNITY", "DIGITAL_DIVIDE", "ANALOG_REGULATION", "BPR", "OPEN_DATA");
    // deadlines as quoted: 目標時期を2025年度とし…; 2022年度末までにほぼ全住民が…; 2022年度末を目指して…
    assertThat(section7.nationalClaims()).filteredOn(c -> c.due() != null)
        .extracting(NationalClaim::code, NationalClaim::due)
        .containsExactly(
            tuple("STANDARDIZATION", "2025年度"),
            tuple("MYNUMBER_CARD", "2022年度末"),
            tuple("ONLINE_PROCEDURES", "2022年度末"));
    assertThat(section7.nationalClaims().get(7).text()).isEqualTo("デジタルデバインド対策");
    assertThat(section7.nationalClaims().get(9).text()).isEqualTo("BPR の取組の徹底");
    // the 表5-1 … 表5-5 rows are not linked to the items by the text: no claim below section 7
    assertThat(plan.policies().subList(0, 5)).allSatisfy(p -> assertThat(p.nationalItems()).isEmpty());
    assertThat(plan.allMeasures()).allSatisfy(m -> assertThat(m.nationalItems()).isEmpty());
    assertThat(plan.allInitiatives()).allSatisfy(i -> assertThat(i.nationalItems()).isEmpty());
    // the quoted lists with their descriptions stay in section 7's notes, the last one cut off
    assertThat(section7.notes()).anySatisfy(n -> assertThat(n)
        .startsWith("【自治体 DX の重点取組事項】")
        .contains("①自治体の情報システムの標準化・共通化", "⑥セキュリティ対策の徹底"));
    assertThat(section7.notes()).anySatisfy(n -> assertThat(n)
        .startsWith("【各団体において必要に応じ実施を検討する取組】")
        .endsWith("公共データの公開及び活用"));
    assertThat(section7.notes()).anySatisfy(n -> assertThat(n).contains("途切れて"));
  }

  @Test
  void footnoteMarks_areTheCitysAsteriskNotTheExtractionsEscape() {
    // 「GIGAスクール構想(\\*)」 in the extraction is the city's (*) mark
    String yaml = PlanWriter.yaml().write(plan);
    assertThat(yaml).contains("GIGAスクール構想(*)", "セキュリティゾーニング(*)").doesNotContain("\\*");
  }

  @Test
  void roundTrip_writesAndReadsBackTheSamePlan() {
    String yaml = PlanWriter.yaml().write(plan);
    assertThat(PlanReader.yaml().readString(yaml, "oyama-2021.yaml (written)")).isEqualTo(plan);
    String json = PlanWriter.json().write(plan);
    assertThat(PlanReader.json().readString(json, "oyama-2021.json (written)")).isEqualTo(plan);
  }
}
