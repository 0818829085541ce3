package io.github.dxplan.mapping.internal;

import static java.util.Objects.requireNonNull;

/**
 * One term of the dictionary: the words that suggest a national item.
 *
 * @param code the national item code it suggests
 * @param text the term as written in the terms file
 * @param tier how it counts
 * @param weight its weight, 0 to 1, or {@link Double#NaN} for the weight the version's rules give
 *     its tier ({@link InferenceRules})
 */
public record Term(String code, String text, Tier tier, double weight) {

  /** How a term counts towards an item. */
  public enum Tier {
    /** Enough on its own. */
    STRONG,
    /** Counts only together with another term of the same item in the same element. */
    WEAK,
    /** Counts only when no more specific item is inferred for the element (catch-all items). */
    DOMAIN,
    /** Cancels overlapping matches of the same item (a different concept that shares words). */
    NEGATIVE,
    /**
     * Required context of an item's domain terms: when an item has context terms, its domain terms
     * count only if one of them occurs in the element (a resident service is DIGITAL_COMMUNITY only
     * if the element speaks of something digital). Contributes nothing itself.
     */
    CONTEXT
  }

  /** Checks the components. */
  public Term {
    requireNonNull(code, "code");
    requireNonNull(text, "text");
    requireNonNull(tier, "tier");
    if (!(Double.isNaN(weight) || weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("term weight out of range: " + weight);
    }
  }

  /** Whether the weight is the tier's, set by the version's rules. */
  public boolean tierWeight() {
    return Double.isNaN(weight);
  }
}
