package io.github.dxplan.mapping;

import io.github.dxplan.model.DxplanException;

/**
 * A terms file (the dictionary of inference terms) that cannot be used; the message names the file
 * and the item.
 *
 * <p>Example: {@code terms.yaml: AI_RPA: unknown key strongg (strong, weak, domain, negative)}.
 */
public final class TermsFormatException extends DxplanException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the file
   */
  public TermsFormatException(String message) {
    super(message);
  }
}
