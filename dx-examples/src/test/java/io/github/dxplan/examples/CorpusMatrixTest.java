package io.github.dxplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorpusMatrixTest {

  @Test
  void main_withoutArguments_printsFiveRowsAndARatePerItemOf2_0() {
    String out = Stdout.of(CorpusMatrix::main);
    assertThat(out)
        .startsWith("■ 5計画 × 自治体DX推進計画（第2.0版） 15項目  ● 明示  ○ 推定  · 不足\n")
        .contains("  ·  ○  ·  ·  ●  ●  ●  ●  ●  ●  ●  ○  ●  ●  ●  itako-2023 潮来市DX推進計画\n")
        .contains("nasukarasuyama-2024 那須烏山市DX推進計画\n")
        .contains("【項目ごとの割合】明示 / 明示または推定\n")
        // 小山市's section 7 takes up the eleven items of 2.0; 潮来市's 対応表 claims ten of them
        .contains("  ·  ○  ·  ○  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  oyama-2021 第3次小山市情報化基本計画\n")
        .contains("   5 STANDARDIZATION          2/5  40%  4/5  80%\n")
        .contains("   3 PLANNED_APPROACH         0/5   0%  0/5   0%\n");
    assertThat(out.lines().filter(l -> l.matches("^(  [●○·])+  .*"))).hasSize(5);
  }

  @Test
  void main_withAVersion_usesItsItems() {
    assertThat(Stdout.of(CorpusMatrix::main, "3.0")).contains("（第3.0版）").contains("ELTAX_PUBLIC_FUNDS");
  }
}
