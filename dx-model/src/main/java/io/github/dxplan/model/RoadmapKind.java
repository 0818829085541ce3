package io.github.dxplan.model;

/**
 * The kind of stage a roadmap (工程表) entry describes; the city's own words stay in the entry's label.
 *
 * <p>The constants are declared in the order a stage normally comes: a study precedes a plan, a pilot,
 * the implementation and operation. Validation uses that order to spot a later stage ending before an
 * earlier one begins.
 */
public enum RoadmapKind {
  /** 検討, 調査, 研究. */
  STUDY,
  /** 計画, 設計, 準備. */
  PLAN,
  /** 実証, 試行. */
  PILOT,
  /** 導入, 構築, 実施, 開始. */
  IMPLEMENT,
  /** 運用, 継続, 推進. */
  OPERATE,
  /** 評価, 検証, 見直し. */
  EVALUATE,
  /** Anything else. */
  OTHER
}
