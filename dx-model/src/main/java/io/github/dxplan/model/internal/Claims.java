package io.github.dxplan.model.internal;

import io.github.dxplan.model.NationalClaim;
import java.util.List;

/** Conversions between national claims and their codes. Not part of the API. */
public final class Claims {
  private Claims() {}

  /**
   * Returns the codes of {@code claims}, in order (a code claimed twice appears twice).
   *
   * @param claims the claims
   * @return the codes, unmodifiable
   */
  public static List<String> codes(List<NationalClaim> claims) {
    switch (claims.size()) {
      case 0:
        return List.of();
      case 1:
        return List.of(claims.get(0).code());
      default:
        String[] out = new String[claims.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = claims.get(i).code();
        }
        return List.of(out);
    }
  }

  /**
   * Returns bare claims of {@code codes}.
   *
   * @param codes the codes, may be {@code null}
   * @param name the component name, for the message when a code is {@code null}
   * @return the claims, unmodifiable
   */
  public static List<NationalClaim> of(List<String> codes, String name) {
    if (codes == null || codes.isEmpty()) {
      return List.of();
    }
    NationalClaim[] out = new NationalClaim[codes.size()];
    for (int i = 0; i < out.length; i++) {
      String code = codes.get(i);
      if (code == null) {
        throw new NullPointerException(name + " must not contain null");
      }
      out[i] = NationalClaim.of(code);
    }
    return List.of(out);
  }
}
