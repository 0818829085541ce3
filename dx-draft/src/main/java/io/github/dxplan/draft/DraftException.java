package io.github.dxplan.draft;

import io.github.dxplan.model.DxplanException;
import java.util.Locale;

/**
 * The document could not be used: not found, not a PDF or text, a scan without a text layer,
 * encrypted, malformed, empty, or over one of the {@link DraftLimits}. The message names the file
 * and what was expected, in Japanese ({@link #getMessage()}) or English ({@link #message(Locale)}).
 *
 * <pre>
 * try {
 *   Draft d = Drafter.create().draft(Path.of("plan.pdf"));
 * } catch (DraftException e) {
 *   System.err.println(e.message(Locale.ENGLISH));
 * }
 * </pre>
 */
public final class DraftException extends DxplanException {
  private static final long serialVersionUID = 1L;

  private final String en;

  /**
   * @param ja the message in Japanese
   * @param en the same message in English
   */
  public DraftException(String ja, String en) {
    super(ja);
    this.en = en;
  }

  /**
   * @param ja the message in Japanese
   * @param en the same message in English
   * @param cause what went wrong underneath
   */
  public DraftException(String ja, String en, Throwable cause) {
    super(ja, cause);
    this.en = en;
  }

  /**
   * The message in a language: English for {@code Locale.ENGLISH}, Japanese otherwise.
   *
   * @param locale the reader's language
   * @return the message
   */
  public String message(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : getMessage();
  }
}
