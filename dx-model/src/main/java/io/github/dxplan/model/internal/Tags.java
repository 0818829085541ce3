package io.github.dxplan.model.internal;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies for the {@code tags} component of the entities. Not part of the API. */
public final class Tags {
  private Tags() {}

  /**
   * Returns an unmodifiable copy of {@code tags} in the same order, each value list copied; an empty
   * map for {@code null}.
   *
   * @param tags axis → values, may be {@code null}; no key, value or value element may be {@code null}
   * @return the copy
   */
  public static Map<String, List<String>> copy(Map<String, List<String>> tags) {
    if (tags == null || tags.isEmpty()) {
      return Map.of();
    }
    LinkedHashMap<String, List<String>> out = new LinkedHashMap<>(tags.size() * 2);
    for (Map.Entry<String, List<String>> e : tags.entrySet()) {
      requireNonNull(e.getKey(), "tags must not contain a null axis");
      requireNonNull(e.getValue(), "tags must not contain null values");
      out.put(e.getKey(), Lists.copy(e.getValue(), "tags"));
    }
    return Collections.unmodifiableMap(out);
  }
}
