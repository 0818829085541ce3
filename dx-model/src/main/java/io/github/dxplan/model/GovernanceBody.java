package io.github.dxplan.model;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.internal.Lists;
import java.util.List;

/**
 * One body of a plan's governance, such as a DX推進本部 or a working group.
 *
 * <p>Example: {@code new GovernanceBody("潮来市DX推進本部", "本部長会議", List.of("本部長 市長", "副本部長 副市長"))}.
 *
 * @param name the body's name as written
 * @param role what the body does, or {@code null}
 * @param members members as written (a person's post, a department), in order
 */
public record GovernanceBody(String name, String role, List<String> members) {
  /**
   * Checks the name and copies the list.
   *
   * @param name the body's name as written
   * @param role what the body does, or {@code null}
   * @param members members as written (a person's post, a department), in order
   */
  public GovernanceBody {
    requireNonNull(name, "name");
    members = Lists.copy(members, "members");
  }
}
