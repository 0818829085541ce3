package io.github.dxplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.KpiProgress;
import io.github.dxplan.model.format.PlanWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiProgressReportTest {

  @Test
  void main_withoutArguments_reportsNasukarasuyamasKpisAndThePreviousPlanRate() {
    String out = Stdout.of(KpiProgressReport::main);
    assertThat(out)
        .startsWith("■ 那須烏山市DX推進計画（那須烏山市）")
        .contains("【KPIの進捗】 16件")
        .contains("現状値 15.9%（令和4（2022）年度） → 目標値 50.0%（令和10（2028）年度）")
        // the seed has no actuals yet
        .contains("実績 なし … 判定不可")
        // 地域情報化計画Ⅲ: 26 targets, 15 achieved — from the encoded results
        .contains("【前計画の達成状況】地域情報化計画Ⅲ")
        .contains("目標値数 26項目、達成 15項目、未達成 11項目")
        .contains("達成率 58%")
        .contains("【例示】実績を仮に与えた場合の進捗（架空の数値であり、市のデータではありません）")
        .contains("実績 33.0%（令和7（2025）年度） … 順調（進捗率 50.2%、経過率 50.0%）")
        .contains("実績 25.0%（令和7（2025）年度） … 遅れ（進捗率 11.8%、経過率 40.0%）")
        .contains("実績 39人/年（令和8（2026）年度） … 達成");
  }

  @Test
  void main_withASeedId_reportsThatPlan() {
    String out = Stdout.of(KpiProgressReport::main, "itako-2023");
    assertThat(out).startsWith("■ 潮来市DX推進計画（潮来市）").contains("【KPIの進捗】 0件").contains("【前計画の達成状況】記載なし");
  }

  @Test
  void main_withAPath_readsTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, PlanWriter.json().write(SeedPlans.load("utsunomiya-2023")));
    String out = Stdout.of(KpiProgressReport::main, file.toString());
    assertThat(out).startsWith("■ 宇都宮市DX実現タスク（宇都宮市）").contains("【KPIの進捗】 10件");
  }

  @Test
  void illustrativeKpis_showEachStatusAKpiWithAnActualCanHave() {
    assertThat(KpiProgressReport.illustrativeKpis())
        .extracting(Kpi::progress)
        .extracting(KpiProgress::status)
        .containsExactly(KpiProgress.Status.ON_TRACK, KpiProgress.Status.BEHIND, KpiProgress.Status.ACHIEVED);
    KpiProgress onTrack = KpiProgressReport.illustrativeKpis().get(0).progress();
    assertThat(onTrack.ratio()).isEqualByComparingTo("0.5015");
    assertThat(onTrack.expectedRatio()).isEqualByComparingTo("0.5");
    // the seed itself is untouched: its KPIs have no actuals
    assertThat(SeedPlans.load("nasukarasuyama-2024").allKpis()).allSatisfy(k -> assertThat(k.actuals()).isEmpty());
  }
}
