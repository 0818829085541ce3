package io.github.dxplan.mapping;

import io.github.dxplan.model.DxplanException;
import java.util.List;

/**
 * No element of the plan, or more than one, answers to what {@link CoverageMapper#explain} was
 * given. The message names what was asked and, for several, the JSON Pointers to choose from.
 */
public final class UnknownElementException extends DxplanException {
  private static final long serialVersionUID = 1L;

  /** The path or label that was asked for. */
  private final String asked;
  /** The elements' paths and labels that exist. */
  private final List<String> candidates;

  UnknownElementException(String asked, List<String> candidates, String message) {
    super(message);
    this.asked = asked;
    this.candidates = List.copyOf(candidates);
  }

  /**
   * Returns what was asked.
   *
   * @return the pointer, id, label or title given
   */
  public String asked() {
    return asked;
  }

  /**
   * Returns the JSON Pointers of the elements that answer to it (empty: none).
   *
   * @return the pointers
   */
  public List<String> candidates() {
    return candidates;
  }
}
