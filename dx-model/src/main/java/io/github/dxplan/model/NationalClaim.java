package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

/**
 * A national item (国の重点取組事項) a plan itself claims at one of its elements, with the city's own
 * wording of the item, the deadline it quotes and the subset it means, where it states them.
 *
 * <p>Example from 小山市: {@code new NationalClaim("STANDARDIZATION", "自治体情報システムの標準化・共通化",
 * "2025年度", null)}; 潮来市's 対応表 splits OPEN_DATA into two columns, each a claim with its own
 * {@code text}. A claim of a bare code is {@link #of(String)}.
 *
 * @param code the national item code (see the national catalogue), such as {@code "MYNUMBER_CARD"}
 * @param text the city's wording of the item, or {@code null}
 * @param due the deadline as the city quotes it (「2025年度」, 「令和8年9月」), or {@code null}
 * @param scope the subset of the item meant (「特定移行支援システム」), or {@code null}
 */
public record NationalClaim(String code, String text, String due, String scope) {
  /** Checks that the code is present. */
  public NationalClaim {
    requireNonNull(code, "code");
  }

  /**
   * Returns a claim of a bare code.
   *
   * @param code the national item code
   * @return the claim, with no wording, deadline or scope
   */
  public static NationalClaim of(String code) {
    return new NationalClaim(code, null, null, null);
  }

  /**
   * Returns whether the claim is only a code, with nothing the city wrote beside it.
   *
   * @return {@code true} if text, due and scope are all absent
   */
  public boolean isBare() {
    return text == null && due == null && scope == null;
  }
}
