package io.github.dxplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.NationalClaim;
import io.github.dxplan.model.format.PlanWriter;
import io.github.dxplan.validation.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAndValidateTest {

  @Test
  void main_withoutArguments_printsItakosStructureAndFindings() {
    String out = Stdout.of(ReadAndValidate::main);
    assertThat(out)
        .startsWith("■ 潮来市DX推進計画（潮来市）")
        .contains("計画期間: 令和5（2023）年度～令和7（2025）年度")
        .contains("  基本方針等: 3\n  施策: 6\n  取組: 50\n  KPI: 0\n")
        .contains("  国の重点取組事項の記載: 13")
        .contains("【検証結果】エラー 0件、")
        // 潮来市 sets no KPI: each 施策 is told so under the publish profile
        .contains("[警告] DX-COMPLETE-002 /policies/0/measures/0/kpis 施策「行政手続のオンライン化」にKPIがありません");
  }

  @Test
  void main_withASeedId_readsThatSeed() {
    String out = Stdout.of(ReadAndValidate::main, "nasukarasuyama-2024");
    assertThat(out).startsWith("■ 那須烏山市DX推進計画（那須烏山市）").contains("  施策: 9\n  取組: 21\n  KPI: 16\n");
  }

  @Test
  void main_withAPath_reportsAClaimedCodeTheCatalogueDoesNotHave(@TempDir Path dir) throws IOException {
    DxPlan seed = SeedPlans.load("nasukarasuyama-2024");
    BasicPolicy first = seed.policies().get(0);
    BasicPolicy wrong =
        new BasicPolicy(
            first.id(), first.label(), first.title(), first.description(),
            List.of(NationalClaim.of("FRONTYARD"), NationalClaim.of("NO_SUCH_ITEM")), first.tags(), first.source(),
            first.roadmap(), first.kpis(), first.kpiRefs(), first.notes(), first.tables(), first.measures());
    DxPlan plan =
        new DxPlan(
            seed.schemaVersion(), seed.id(), seed.title(), seed.status(), seed.municipality(), seed.drafted(),
            seed.adopted(), seed.period(), seed.nationalPlanVersion(), seed.vision(), seed.description(),
            seed.governance(), seed.notes(), concat(wrong, seed.policies().subList(1, seed.policies().size())),
            seed.previousPlan(), seed.tables(), seed.glossary());
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, PlanWriter.yaml().write(plan));

    String out = Stdout.of(ReadAndValidate::main, file.toString());

    assertThat(out).contains("NO_SUCH_ITEM").doesNotContain("【検証結果】エラー 0件");
  }

  @Test
  void validator_checksClaimsInTheVersionTheMapperPicks() {
    // 2021 plan, no stated version: 1.0 is in force; ONLINE_PROCEDURES is an item there, so no finding
    // (an older adapter here used the newest version and reported an ERROR the mapper never would).
    DxPlan seed = SeedPlans.load("oyama-2021");
    DxPlan plan = new DxPlan(seed.schemaVersion(), seed.id(), seed.title(), seed.status(), seed.municipality(),
        seed.drafted(), seed.adopted(), seed.period(), null, seed.vision(), seed.description(), seed.governance(),
        seed.notes(), seed.policies(), seed.previousPlan(), seed.tables(), seed.glossary());
    assertThat(ReadAndValidate.validator().validate(plan).findings()).extracting(Finding::code)
        .doesNotContain("DX-ID-005");
    DxPlan unknown =
        new DxPlan(1, null, "未知の版", null, null, null, "9.9", null, null, null, List.of(), null, null);
    assertThat(ReadAndValidate.validator().validate(unknown).findings()).extracting(Finding::code)
        .contains("DX-ID-008");
  }

  private static List<BasicPolicy> concat(BasicPolicy first, List<BasicPolicy> rest) {
    List<BasicPolicy> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
