package io.github.dxplan.validation;

import io.github.dxplan.model.DxPlan;
import java.util.Optional;
import java.util.Set;

/**
 * The national item codes (MYNUMBER_CARD, FRONTYARD, …) of the catalogue version a plan follows, so
 * that validation can check the codes a plan claims without depending on dx-mapping.
 *
 * <p>dx-mapping offers a method that fits this interface; a fixed set for tests is {@code plan ->
 * Optional.of(Set.of("FRONTYARD", "BPR"))}. When {@link PlanValidator} has no {@code NationalItemCodes},
 * the claims are not checked at all.
 *
 * <p>Implementations must be thread-safe. Exceptions they throw propagate out of {@link
 * PlanValidator#validate}.
 */
@FunctionalInterface
public interface NationalItemCodes {

  /**
   * Returns the item codes of the catalogue version {@code plan} follows (by its {@link
   * DxPlan#nationalPlanVersion()}, or the newest when it states none, as the implementation decides).
   *
   * @param plan the plan being validated
   * @return the codes, or empty when the version is unknown, in which case the claims are reported as
   *     unchecked ({@code DX-ID-006}) instead of being checked
   */
  Optional<Set<String>> codesFor(DxPlan plan);
}
