package io.github.dxplan.validation;

import io.github.dxplan.model.DxPlan;
import java.util.Optional;
import java.util.Set;

/**
 * A caller's own national item codes (MYNUMBER_CARD, FRONTYARD, …) for the plans it validates, in place
 * of the catalogue check that {@link PlanValidator} does by default through dx-catalog.
 *
 * <p>A fixed set for tests is {@code plan -> Optional.of(Set.of("FRONTYARD", "BPR"))}. Without a {@code
 * NationalItemCodes}, the validator checks claims against the version {@code NationalCatalogs.choose}
 * picks, as the coverage mapper does.
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
