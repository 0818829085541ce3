package io.github.dxplan.model;

/**
 * The direction in which a city wants a KPI to move: 増加 (increase), 減少 (decrease) or 維持 (maintain).
 */
public enum Direction {
  /** Higher is better (利用率を向上させる). */
  INCREASE,
  /** Lower is better (事故件数を削減する, 「40人未満」). */
  DECREASE,
  /** The value should stay where it is (情報漏洩事故件数 0件 → 0件). */
  MAINTAIN
}
