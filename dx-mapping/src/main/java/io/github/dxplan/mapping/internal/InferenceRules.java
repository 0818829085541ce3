package io.github.dxplan.mapping.internal;

import io.github.dxplan.catalog.internal.Node;
import io.github.dxplan.catalog.internal.Node.MapNode;
import io.github.dxplan.catalog.internal.Node.ScalarNode;
import io.github.dxplan.catalog.internal.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The numbers of inference for one catalogue version, read from the {@code rules} section of the
 * version's shipped terms file ({@code terms-<version>.yaml}; docs/mapping.md, "Rules"): nothing
 * here is a constant of the code.
 *
 * @param threshold an item is linked to an element from this score
 * @param strong the weight of a strong term written without {@code ^w}
 * @param weak the weight of a weak term written without {@code ^w}
 * @param domain the weight of a domain term written without {@code ^w}
 * @param title the weight of a match in the element's title
 * @param description in its description
 * @param other in its goal or KPI names
 * @param challenge in its challenges (課題: the current state, not what it does)
 * @param inherited in its measure's title, read when the element's own texts link nothing
 * @param titleAnchor a linked item whose title evidence contributes at least this anchors the element
 * @param secondary the firm (non-weak) score an item without title evidence needs on an anchored element
 * @param rollUpFactor a parent's score from a child's link
 * @param rollUpStrong a child's link carries up if its best evidence contributes at least this
 * @param rollUpShare …or if at least this share of the children (and two) carry it
 */
public record InferenceRules(double threshold, double strong, double weak, double domain, double title,
    double description, double other, double challenge, double inherited, double titleAnchor, double secondary,
    double rollUpFactor, double rollUpStrong, double rollUpShare) {

  /** The keys of the {@code rules} section, by group, in the order of the record. */
  private static final Map<String, Set<String>> KEYS = Map.of(
      "", Set.of("threshold", "titleAnchor", "secondary"),
      "weights", Set.of("strong", "weak", "domain"),
      "fields", Set.of("title", "description", "other", "challenge", "inherited"),
      "rollUp", Set.of("factor", "strong", "share"));

  /**
   * Returns these rules with another threshold (the builder's).
   *
   * @param t the threshold
   * @return the rules
   */
  public InferenceRules withThreshold(double t) {
    return new InferenceRules(t, strong, weak, domain, title, description, other, challenge, inherited, titleAnchor,
        secondary, rollUpFactor, rollUpStrong, rollUpShare);
  }

  /** The weight of a term of this tier written without {@code ^w}. */
  double weightOf(Term.Tier tier) {
    switch (tier) {
      case STRONG:
        return strong;
      case WEAK:
        return weak;
      case DOMAIN:
        return domain;
      default:
        return 0;
    }
  }

  /** The rules as {@code key=value} lines (for the compiled copies). */
  String write() {
    return "threshold=" + threshold + "\nweights.strong=" + strong + "\nweights.weak=" + weak + "\nweights.domain=" + domain
        + "\nfields.title=" + title + "\nfields.description=" + description + "\nfields.other=" + other
        + "\nfields.challenge=" + challenge + "\nfields.inherited=" + inherited + "\ntitleAnchor=" + titleAnchor
        + "\nsecondary=" + secondary + "\nrollUp.factor=" + rollUpFactor + "\nrollUp.strong=" + rollUpStrong
        + "\nrollUp.share=" + rollUpShare;
  }

  /** Reads what {@link #write} wrote. */
  static InferenceRules read(Map<String, Double> v) {
    return new InferenceRules(v.get("threshold"), v.get("weights.strong"), v.get("weights.weak"), v.get("weights.domain"),
        v.get("fields.title"), v.get("fields.description"), v.get("fields.other"), v.get("fields.challenge"),
        v.get("fields.inherited"), v.get("titleAnchor"), v.get("secondary"), v.get("rollUp.factor"),
        v.get("rollUp.strong"), v.get("rollUp.share"));
  }

  /**
   * Reads the {@code rules} section of a terms file; every key is required, every value a number
   * from 0 to 1.
   *
   * @return the rules, or null when a problem was reported
   */
  static InferenceRules parse(Node node, Problems problems) {
    if (!(node instanceof MapNode map)) {
      problems.at(node, "rules must be a mapping (threshold, weights, fields, titleAnchor, secondary, rollUp), found %s",
          node.describe());
      return null;
    }
    Map<String, Double> values = new LinkedHashMap<>();
    boolean ok = true;
    for (var group : KEYS.entrySet()) {
      MapNode in = map;
      if (!group.getKey().isEmpty()) {
        Node g = map.entries().get(group.getKey());
        if (!(g instanceof MapNode gm)) {
          problems.at(g == null ? map : g, "rules.%s must be a mapping of %s", group.getKey(), String.join(", ",
              new java.util.TreeSet<>(group.getValue())));
          ok = false;
          continue;
        }
        in = gm;
        for (String k : gm.entries().keySet()) {
          if (!group.getValue().contains(k)) {
            problems.at(gm.keys().get(k), "rules.%s: unknown key %s", group.getKey(), k);
            ok = false;
          }
        }
      }
      for (String k : group.getValue()) {
        String name = group.getKey().isEmpty() ? k : group.getKey() + "." + k;
        Node v = in.entries().get(k);
        Double d = v instanceof ScalarNode s ? number(s.text()) : null;
        if (d == null || !(d >= 0 && d <= 1)) {
          problems.at(v == null ? in : v, "rules.%s must be a number from 0 to 1%s", name,
              v == null ? " (missing)" : ", found " + v.describe());
          ok = false;
        } else {
          values.put(name, d);
        }
      }
    }
    for (String k : map.entries().keySet()) {
      if (!KEYS.containsKey(k) && !KEYS.get("").contains(k)) {
        problems.at(map.keys().get(k), "rules: unknown key %s (threshold, weights, fields, titleAnchor, secondary, rollUp)", k);
        ok = false;
      }
    }
    return ok ? read(values) : null;
  }

  private static Double number(String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
