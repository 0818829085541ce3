package io.github.dxplan.validation;

import io.github.dxplan.validation.internal.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of rules, in code order: what {@code docs/rules.md} lists and {@code dx validate --help}
 * shows.
 *
 * <p>Example: {@code Rules.find("DX-KPI-003").get().rationale(Locale.JAPANESE)}. This class is
 * immutable and thread-safe.
 */
public final class Rules {
  private static final List<RuleDescriptor> ALL;

  static {
    List<RuleDescriptor> all = new ArrayList<>();
    for (Rule r : Rule.values()) {
      all.add(new RuleDescriptor(r.code(), r.defaultSeverity(), r.arguments()));
    }
    ALL = List.copyOf(all);
  }

  private Rules() {}

  /**
   * Returns every rule.
   *
   * @return the rules, unmodifiable, grouped by area (ID, PERIOD, KPI, ROADMAP, COMPLETE, TEXT) and
   *     numbered within each
   */
  public static List<RuleDescriptor> all() {
    return ALL;
  }

  /**
   * Finds a rule by its code.
   *
   * @param code the code, such as {@code DX-ROADMAP-003}
   * @return the rule, or empty if there is none
   */
  public static Optional<RuleDescriptor> find(String code) {
    return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
  }
}
