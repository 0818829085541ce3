package io.github.dxplan.model;

import java.math.BigDecimal;

/**
 * How a KPI target is stated: 以上, 以下, 未満, 超 or exactly.
 *
 * <p>那須烏山市 writes 「40人未満」: the target is met at 39 and missed at 40, so
 * {@code LESS_THAN.isMet(39, 40)} is {@code true} and {@code LESS_THAN.isMet(40, 40)} is {@code false}.
 */
public enum Comparison {
  /** 以上: the value must be at least the target. */
  AT_LEAST,
  /** 以下: the value must be at most the target. */
  AT_MOST,
  /** 未満: the value must be below the target. */
  LESS_THAN,
  /** 超: the value must be above the target. */
  MORE_THAN,
  /** The value must equal the target. */
  EQUAL;

  /**
   * Returns whether {@code value} meets a target of {@code target} stated with this comparator.
   *
   * @param value the measured value
   * @param target the target value
   * @return {@code true} if the target is met
   */
  public boolean isMet(BigDecimal value, BigDecimal target) {
    int c = value.compareTo(target);
    switch (this) {
      case AT_LEAST:
        return c >= 0;
      case AT_MOST:
        return c <= 0;
      case LESS_THAN:
        return c < 0;
      case MORE_THAN:
        return c > 0;
      default:
        return c == 0;
    }
  }

  /**
   * Returns the direction this comparator implies, or {@code null} for {@link #EQUAL}.
   *
   * @return {@link Direction#INCREASE} for 以上/超, {@link Direction#DECREASE} for 以下/未満
   */
  public Direction impliedDirection() {
    switch (this) {
      case AT_LEAST:
      case MORE_THAN:
        return Direction.INCREASE;
      case AT_MOST:
      case LESS_THAN:
        return Direction.DECREASE;
      default:
        return null;
    }
  }
}
