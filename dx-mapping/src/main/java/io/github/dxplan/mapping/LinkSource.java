package io.github.dxplan.mapping;

import java.util.Locale;

/** Where a link between a plan element and a national item comes from. */
public enum LinkSource {
  /** The plan states it in {@code nationalItems}. */
  EXPLICIT,
  /** Inferred from the element's texts. */
  INFERRED;

  /**
   * Returns the name used in exports, {@code explicit} or {@code inferred}.
   *
   * @return the lower-case name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
