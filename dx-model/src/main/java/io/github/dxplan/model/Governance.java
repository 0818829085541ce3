package io.github.dxplan.model;

import io.github.dxplan.model.internal.Lists;
import java.util.List;

/**
 * How a city organises the plan's execution (推進体制).
 *
 * <p>Example: 潮来市 sets up 潮来市DX推進本部 (本部長 市長) with project teams and working groups.
 *
 * @param description the city's description of the structure, or {@code null}
 * @param bodies the bodies it names, in the order written
 */
public record Governance(String description, List<GovernanceBody> bodies) {
  /**
   * Copies the list; {@code null} becomes empty.
   *
   * @param description the city's description of the structure, or {@code null}
   * @param bodies the bodies it names, in the order written
   */
  public Governance {
    bodies = Lists.copy(bodies, "bodies");
  }
}
