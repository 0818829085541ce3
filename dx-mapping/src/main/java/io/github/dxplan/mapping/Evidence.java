package io.github.dxplan.mapping;

import static java.util.Objects.requireNonNull;

/**
 * Why an element is linked to an item: a term found in one of the plan's texts, or the plan's own
 * claim.
 *
 * <p>Example: {@code new Evidence("/policies/1/measures/1/title", "RPA", 3, 3, "RPA", 0.9)}: the
 * term {@code RPA} matched the measure title 「AI・RPA等を活用した業務効率化…」 at UTF-16 offset 3.
 * For a claim, {@code field} points at the {@code nationalItems} entry, {@code term} is the code
 * and {@code contribution} is 1. This class is immutable and thread-safe.
 *
 * @param field JSON Pointer of the text in the plan
 * @param term the dictionary term that matched (or the claimed code)
 * @param offset UTF-16 offset of the match in the original text
 * @param length UTF-16 length of the match in the original text
 * @param text the matched original text
 * @param contribution what the match adds to the score (term weight × field weight)
 */
public record Evidence(String field, String term, int offset, int length, String text, double contribution) {

  /**
   * Checks that the texts are present.
   *
   * @param field JSON Pointer of the text in the plan
   * @param term the dictionary term that matched (or the claimed code)
   * @param offset UTF-16 offset of the match in the original text
   * @param length UTF-16 length of the match in the original text
   * @param text the matched original text
   * @param contribution what the match adds to the score (term weight × field weight)
   */
  public Evidence {
    requireNonNull(field, "field");
    requireNonNull(term, "term");
    requireNonNull(text, "text");
  }
}
