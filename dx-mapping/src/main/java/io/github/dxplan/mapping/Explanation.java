package io.github.dxplan.mapping;

import io.github.dxplan.model.ElementKind;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Why one element of a plan is or is not linked to each national item: every item of the version,
 * the terms found for it (with the text around them), their weights, the score, the threshold and
 * the rule that decided. A city official or researcher who disagrees can see which word decided, and
 * add a term to their own terms file ({@link CoverageMapper.Builder#addTerms}).
 *
 * <p>Example: {@code CoverageMapper.create().explain(plan, "2.0", "/policies/1/measures/0")} for
 * 潮来市's measure 「情報システムの標準化・共通化」 holds STANDARDIZATION, {@link Reason#LINKED}, score
 * 0.9, the term 情報システムの標準化 in the title, and every other item with its reason. This class
 * is immutable and thread-safe.
 *
 * @param path the element's JSON Pointer
 * @param kind its level
 * @param label the city's own label, or {@code null}
 * @param title its title
 * @param version the catalogue version
 * @param threshold the score from which an item is linked
 * @param inheritedContext whether the element's own texts linked nothing, so its measure's title
 *     was read as context
 * @param items every item of the version, in the version's order
 */
public record Explanation(String path, ElementKind kind, String label, String title, String version,
    double threshold, boolean inheritedContext, List<Item> items) {

  /**
   * Checks the components and copies the list.
   *
   * @param path the element's JSON Pointer
   * @param kind its level
   * @param label the city's own label, or {@code null}
   * @param title its title
   * @param version the catalogue version
   * @param threshold the score from which an item is linked
   * @param inheritedContext whether the element's own texts linked nothing, so its measure's title
   *     was read as context
   * @param items every item of the version, in the version's order
   */
  public Explanation {
    requireNonNull(path, "path");
    requireNonNull(kind, "kind");
    requireNonNull(title, "title");
    requireNonNull(version, "version");
    items = List.copyOf(items);
  }

  /** What decided an item for the element. */
  public enum Reason {
    /** The plan claims the item here ({@code nationalItems}). */
    CLAIMED,
    /** Inferred: the score of the counted terms reaches the threshold. */
    LINKED,
    /** Carried up from the element's children (initiatives of a measure, measures of a policy). */
    ROLLED_UP,
    /** Terms were found, but their score stays below the threshold. */
    BELOW_THRESHOLD,
    /** Only weak terms were found: they need a firm term of the item, or two with one in the title. */
    WEAK_ONLY,
    /** The item's weak or field terms need one of its context terms, and none was found. */
    NO_CONTEXT,
    /** Field (domain) terms count only when no more specific item is linked, and another is. */
    NOT_RESIDUAL,
    /** The title names another item; this one appears only in the longer texts, a mention. */
    MENTION_ONLY,
    /** Found only through the measure's title, which names several items, none in the element's own texts. */
    NOT_IN_OWN_TEXTS,
    /** No term of the item was found. */
    NO_TERMS
  }

  /**
   * One item for the element.
   *
   * @param code the item code
   * @param title the item's title in the version
   * @param linked whether the element is linked to it (as the coverage report says)
   * @param reason what decided
   * @param score the score of the counted terms (1 for a claim)
   * @param terms the terms found, strongest first (counted or not; a context term has weight 0)
   * @param from for {@link Reason#ROLLED_UP}, the children's texts the evidence comes from
   */
  public record Item(String code, String title, boolean linked, Reason reason, double score, List<Term> terms,
      List<String> from) {
    /**
     * Checks the components and copies the lists.
     *
     * @param code the item code
     * @param title the item's title in the version
     * @param linked whether the element is linked to it (as the coverage report says)
     * @param reason what decided
     * @param score the score of the counted terms (1 for a claim)
     * @param terms the terms found, strongest first (counted or not; a context term has weight 0)
     * @param from for {@link Reason#ROLLED_UP}, the children's texts the evidence comes from
     */
    public Item {
      requireNonNull(code, "code");
      requireNonNull(reason, "reason");
      terms = List.copyOf(terms);
      from = List.copyOf(from);
    }
  }

  /**
   * One term found in the element's texts.
   *
   * @param term the term as the terms file writes it
   * @param tier strong, weak, domain or context
   * @param weight the term's weight
   * @param field JSON Pointer of the text it is in (an ancestor's for inherited context)
   * @param fieldWeight the weight of that text
   * @param contribution {@code weight × fieldWeight}
   * @param counted whether it counted toward the score
   * @param offset where it starts in the text as written (UTF-16)
   * @param length its length there
   * @param text the matched text as written
   * @param before up to 12 characters before it
   * @param after up to 12 characters after it
   */
  public record Term(String term, String tier, double weight, String field, double fieldWeight, double contribution,
      boolean counted, int offset, int length, String text, String before, String after) {}
}
