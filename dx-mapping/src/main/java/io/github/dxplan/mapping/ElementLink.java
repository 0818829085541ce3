package io.github.dxplan.mapping;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A link from one plan element to one national item, with its source, score and evidence.
 *
 * <p>Example: 潮来市's measure 「行政手続のオンライン化」 has {@code ElementLink("MYNUMBER_CARD",
 * EXPLICIT, 1.0, …)}; under {@code --infer-only} it has an {@code INFERRED} link with score 0.96
 * and the term マイナンバーカード as evidence. Explicit links score 1. This class is immutable and
 * thread-safe.
 *
 * @param code the national item code, as resolved in the report's version
 * @param source explicit (claimed) or inferred
 * @param score 1 for a claim, else the inference score (0–1, three decimals)
 * @param evidence the claim and/or matched terms, strongest first
 */
public record ElementLink(String code, LinkSource source, double score, List<Evidence> evidence) {

  /**
   * Checks the components and copies the list.
   *
   * @param code the national item code, as resolved in the report's version
   * @param source explicit (claimed) or inferred
   * @param score 1 for a claim, else the inference score (0–1, three decimals)
   * @param evidence the claim and/or matched terms, strongest first
   */
  public ElementLink {
    requireNonNull(code, "code");
    requireNonNull(source, "source");
    evidence = List.copyOf(evidence);
  }
}
