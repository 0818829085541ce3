package io.github.dxplan.model;

/**
 * How an initiative was derived: from today's issues forward, or back from the vision.
 *
 * <p>宇都宮市's DX実現タスク marks each 施策・事業 with ● (forecast) or ◎ (backcast).
 */
public enum Approach {
  /** ● フォアキャスト: from the current state and its issues. */
  FORECAST,
  /** ◎ バックキャスト: from the vision to be realised. */
  BACKCAST
}
