package io.github.dxplan.xlsx.internal;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanWriter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The plan as the format's JSON tree, and paths into it. */
final class Trees {
  private Trees() {}

  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  static ObjectNode tree(DxPlan plan) {
    return (ObjectNode) MAPPER.readTree(PlanWriter.json().writeBytes(plan));
  }

  static byte[] bytes(JsonNode tree) {
    return MAPPER.writeValueAsBytes(tree);
  }

  static String compact(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /** The value at a dotted path, or {@code null}. */
  static JsonNode get(ObjectNode obj, String path) {
    JsonNode n = obj;
    for (String part : path.split("\\.")) {
      if (n == null || !n.isObject()) {
        return null;
      }
      n = n.get(part);
    }
    return n == null || n.isNull() ? null : n;
  }

  /** Removes the value at a dotted path, and the objects it leaves empty. */
  static void remove(ObjectNode obj, String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      obj.remove(path);
      return;
    }
    JsonNode child = obj.get(path.substring(0, dot));
    if (child instanceof ObjectNode o) {
      remove(o, path.substring(dot + 1));
      if (o.isEmpty()) {
        obj.remove(path.substring(0, dot));
      }
    }
  }

  /** Sets the value at a dotted path, making the objects on the way. */
  static void set(ObjectNode obj, String path, JsonNode value) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      obj.set(path, value);
      return;
    }
    String head = path.substring(0, dot);
    JsonNode child = obj.get(head);
    ObjectNode o = child instanceof ObjectNode c ? c : obj.putObject(head);
    set(o, path.substring(dot + 1), value);
  }

  /**
   * Merges {@code extra} into {@code target}; returns the first key that both hold as a value (a
   * conflict), or {@code null}.
   */
  static String merge(ObjectNode target, ObjectNode extra, String prefix) {
    for (var e : extra.properties()) {
      JsonNode have = target.get(e.getKey());
      if (have == null) {
        target.set(e.getKey(), e.getValue());
      } else if (have instanceof ObjectNode h && e.getValue() instanceof ObjectNode x) {
        String c = merge(h, x, prefix + e.getKey() + ".");
        if (c != null) {
          return c;
        }
      } else {
        return prefix + e.getKey();
      }
    }
    return null;
  }
}
