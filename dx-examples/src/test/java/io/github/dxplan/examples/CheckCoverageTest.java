package io.github.dxplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckCoverageTest {

  @Test
  void main_withoutArguments_printsItakosTableGapsDeadlinesAndTheDevSetComparison() {
    String out = Stdout.of(CheckCoverage::main);
    assertThat(out)
        .startsWith("■ 潮来市DX推進計画 × 自治体DX推進計画（第2.0版）\n【対応表】● 計画が明示  ○ 推定\n")
        // the city's own 対応表 row for 基本方針1 (1), as printed in the plan
        .contains("         ●  ●                 ●  ●     基本方針1 (1) 行政手続のオンライン化\n")
        .contains("   1 STANDARDIZATION 自治体の情報システムの標準化・共通化\n")
        .contains("【国の項目】明示 10、推定 2、不足 3\n")
        .contains("  不足: ORGANIZATION 組織体制の整備\n")
        .contains("  ON_TIME STANDARDIZATION DUE_BY FY2025\n")
        .contains("【明示と推定の比較】measure × 国の項目（11項目、体制系を除く）\n")
        .contains("基本方針3 (1) デジタル化による諸課題の解決  一致 [DIGITAL_COMMUNITY]  明示のみ []  推定のみ [DIGITAL_DIVIDE, MYNUMBER_CARD]")
        // the dev-set figures of docs/mapping.md
        .endsWith("  適合率 0.867  再現率 1.000  F1 0.929（一致 13、推定のみ 2、明示のみ 0）\n");
  }

  @Test
  void main_withTheDraftSeed_usesTheVersionInForceOnItsDraftDateAndComparesAtTheClaimsLevel() {
    // 那須烏山市's 原案 (2024-02-15) names no version: 第2.3版 was in force; its one claim line is
    // printed on 施策 1-1, so the comparison is per measure
    String out = Stdout.of(CheckCoverage::main, "nasukarasuyama-2024");
    assertThat(out).startsWith("■ 那須烏山市DX推進計画 × 自治体DX推進計画（第2.3版）")
        .contains("      ●     ●  ○                          基本目標1 1 行政手続きのデジタル化の推進\n")
        .contains("【明示と推定の比較】measure × ")
        .contains("基本目標1 1 行政手続きのデジタル化の推進  一致 [ELTAX_PUBLIC_FUNDS, FRONTYARD]");
  }
}
