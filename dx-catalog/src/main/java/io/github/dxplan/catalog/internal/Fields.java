package io.github.dxplan.catalog.internal;

import io.github.dxplan.catalog.Provenance;
import io.github.dxplan.catalog.internal.Node.ListNode;
import io.github.dxplan.catalog.internal.Node.MapNode;
import io.github.dxplan.catalog.internal.Node.ScalarNode;
import io.github.dxplan.catalog.internal.Node.ScalarType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one mapping, reporting missing, mistyped and unknown keys. Every accessor
 * returns empty (or {@code null}) after reporting a problem, so the caller carries on and the
 * report holds every problem. Keys starting with {@code x-} are extensions and are ignored.
 */
final class Fields {

  private final MapNode node;
  private final Problems problems;
  private final Set<String> read = new LinkedHashSet<>();

  private Fields(MapNode node, Problems problems) {
    this.node = node;
    this.problems = problems;
  }

  /** Returns fields over a node that must be a mapping, or empty after reporting. */
  static Optional<Fields> of(Node node, String what, Problems problems) {
    if (node instanceof MapNode) {
      return Optional.of(new Fields((MapNode) node, problems));
    }
    problems.at(node, "%s must be a mapping, found %s", what, node.describe());
    return Optional.empty();
  }

  MapNode node() {
    return node;
  }

  Optional<Node> optional(String key) {
    read.add(key);
    Node value = node.entries().get(key);
    if (value instanceof ScalarNode && ((ScalarNode) value).type() == ScalarType.NULL) {
      return Optional.empty();
    }
    return Optional.ofNullable(value);
  }

  Optional<Node> required(String key) {
    Optional<Node> value = optional(key);
    if (value.isEmpty()) {
      problems.at(node, "missing required key \"%s\"", key);
    }
    return value;
  }

  /** A required non-blank text; numbers are read as their text (version: 2.0). */
  String text(String key) {
    return required(key).map(n -> text(n, key)).orElse(null);
  }

  Optional<String> optionalText(String key) {
    return optional(key).map(n -> text(n, key));
  }

  private String text(Node n, String key) {
    if (n instanceof ScalarNode) {
      ScalarNode s = (ScalarNode) n;
      if (s.type() == ScalarType.STRING || s.type() == ScalarType.INTEGER || s.type() == ScalarType.DECIMAL) {
        if (s.text().isBlank()) {
          problems.at(n, "\"%s\" must not be blank", key);
          return null;
        }
        return s.text().strip();
      }
    }
    problems.at(n, "\"%s\" must be text, found %s", key, n.describe());
    return null;
  }

  Boolean bool(String key) {
    return required(key).map(n -> bool(n, key)).orElse(null);
  }

  Optional<Boolean> optionalBool(String key) {
    return optional(key).map(n -> bool(n, key));
  }

  private Boolean bool(Node n, String key) {
    if (n instanceof ScalarNode && ((ScalarNode) n).type() == ScalarType.BOOLEAN) {
      return Boolean.valueOf(((ScalarNode) n).text());
    }
    problems.at(n, "\"%s\" must be true or false, found %s", key, n.describe());
    return null;
  }

  Integer integer(String key) {
    return required(key).map(n -> integer(n, key)).orElse(null);
  }

  Optional<Integer> optionalInteger(String key) {
    return optional(key).map(n -> integer(n, key));
  }

  private Integer integer(Node n, String key) {
    if (n instanceof ScalarNode && ((ScalarNode) n).type() == ScalarType.INTEGER) {
      try {
        return Integer.valueOf(((ScalarNode) n).text());
      } catch (NumberFormatException e) {
        // too large: reported below
      }
    }
    problems.at(n, "\"%s\" must be a whole number, found %s", key, n.describe());
    return null;
  }

  /** A list; absent gives an empty list, a non-list is reported. */
  List<Node> list(String key, boolean required) {
    Optional<Node> value = required ? required(key) : optional(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get() instanceof ListNode) {
      return ((ListNode) value.get()).elements();
    }
    problems.at(value.get(), "\"%s\" must be a list, found %s", key, value.get().describe());
    return List.of();
  }

  /** A list of non-blank texts without repeats. */
  List<String> texts(String key) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node n : list(key, false)) {
      String s = text(n, key);
      if (s == null) {
        continue;
      }
      if (!seen.add(s)) {
        problems.at(n, "\"%s\" repeats \"%s\"", key, s);
        continue;
      }
      out.add(s);
    }
    return out;
  }

  /** The {@code verified} and {@code source} keys (or others) as a provenance. */
  Provenance provenance(String verifiedKey, String sourceKey) {
    Boolean verified = bool(verifiedKey);
    String source = text(sourceKey);
    return verified == null || source == null ? null : new Provenance(verified, source);
  }

  /** Reports the keys that were never asked for, except extensions ({@code x-...}). */
  void rejectUnknown() {
    for (Map.Entry<String, Node> e : node.keys().entrySet()) {
      if (!read.contains(e.getKey()) && !e.getKey().startsWith("x-")) {
        problems.at(
            e.getValue(),
            "unknown key \"%s\"; known keys here: %s (extensions start with x-)",
            e.getKey(),
            String.join(", ", read));
      }
    }
  }
}
