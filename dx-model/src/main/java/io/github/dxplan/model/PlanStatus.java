package io.github.dxplan.model;

/**
 * Whether a plan is a draft (原案, 素案, 案) or the adopted plan (策定).
 *
 * <p>那須烏山市's document 「那須烏山市DX推進計画（原案）」 as of 2024-02-15 is {@link #DRAFT}, with
 * {@code drafted} 2024-02-15 and no {@code adopted} date.
 */
public enum PlanStatus {
  /** 原案 / 素案 / 案: not yet adopted; the text may still change. */
  DRAFT,
  /** 策定済み: the plan as adopted. */
  ADOPTED
}
