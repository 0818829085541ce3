package io.github.dxplan.draft;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.PlanWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plan drafted from a document, for a person to review: the plan (every element's source page,
 * line and confidence in {@link #sources()}, keyed by JSON Pointer, and written into the element's
 * notes as 出典), and the review list.
 *
 * <pre>
 * Draft d = Drafter.create().draft(Path.of("plan.pdf"));
 * Files.writeString(Path.of("draft.yaml"), d.toYaml());
 * Files.writeString(Path.of("review.md"), d.reviewMarkdown(Locale.JAPANESE));
 * </pre>
 *
 * @param plan the drafted plan
 * @param sources where each element stands, by JSON Pointer ({@code /policies/0/measures/1})
 * @param review the places a person must check, in document order
 * @param document the document's file name
 * @param pages the document's pages
 */
public record Draft(DxPlan plan, Map<String, Source> sources, List<ReviewItem> review, String document, int pages) {
  public Draft {
    sources = Map.copyOf(sources);
    review = List.copyOf(review);
  }

  /** The plan as YAML in the project's canonical form. */
  public String toYaml() {
    return PlanWriter.yaml().write(plan);
  }

  /**
   * The review list as Markdown: what to check, with page and line.
   *
   * @param locale Japanese, or English for {@code Locale.ENGLISH}
   * @return the list
   */
  public String reviewMarkdown(Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    StringBuilder b = new StringBuilder();
    b.append(en ? "# Review list: " : "# 確認リスト: ").append(document).append("\n\n");
    b.append(en
        ? "The draft was made by rules from the document's numbering and layout. Check each place below against the document; nothing here was guessed, so what could not be read is listed instead.\n\n"
        : "この下書きは文書の番号付けと体裁から規則で起こしたものです。以下の各箇所を原文と照らして確認してください。推測で補った値はなく、読み取れなかったものはここに挙げています。\n\n");
    b.append(en ? "| # | page | line | kind | what to check |\n| --- | --- | --- | --- | --- |\n"
        : "| # | ページ | 行 | 種類 | 確認すること |\n| --- | --- | --- | --- | --- |\n");
    int i = 1;
    for (ReviewItem r : review) {
      b.append("| ").append(i++).append(" | ").append(r.page()).append(" | ").append(r.line()).append(" | ")
          .append(kind(r.kind(), en)).append(" | ").append((en ? r.en() : r.ja()).replace("|", "｜")).append(" |\n");
    }
    if (review.isEmpty()) {
      b.append(en ? "| – | – | – | – | nothing listed |\n" : "| – | – | – | – | 該当なし |\n");
    }
    return b.toString();
  }

  private static String kind(String k, boolean en) {
    return switch (k) {
      case "FIGURES" -> en ? "figures not read" : "数値未読";
      case "SPAN" -> en ? "span not told" : "期間不明";
      case "UNSURE" -> en ? "unsure heading" : "見出し要確認";
      case "UNSURE_SKIPPED" -> en ? "heading left out" : "見出し不採用";
      case "SKIPPED" -> en ? "text skipped" : "読み飛ばし";
      case "IMPLICIT" -> en ? "level missing" : "階層不足";
      case "DERIVED" -> en ? "level derived" : "階層補完";
      case "CLAIM" -> en ? "national item" : "国の項目";
      case "METADATA" -> en ? "cover data" : "表紙情報";
      case "READER" -> en ? "reading" : "読み取り";
      default -> k;
    };
  }

  /** Review items of one kind. */
  public List<ReviewItem> review(String kind) {
    return review.stream().filter(r -> r.kind().equals(kind)).toList();
  }

  @Override
  public String toString() {
    return "Draft[" + document + ", " + plan.policies().size() + " policies, " + review.size() + " review items]";
  }

  /** Locale shorthand for callers. */
  static Locale locale(String lang) {
    return "en".equals(lang) ? Locale.ENGLISH : Locale.JAPANESE;
  }
}
