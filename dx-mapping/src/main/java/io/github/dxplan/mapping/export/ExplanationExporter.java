package io.github.dxplan.mapping.export;

import io.github.dxplan.mapping.Explanation;
import java.util.Locale;

/**
 * An {@link Explanation} for people (text, Japanese or English) and for machines (JSON).
 *
 * <p>Example: {@code ExplanationExporter.toText(mapper.explain(plan, "/policies/0/measures/0"), Locale.JAPANESE)}.
 * Deterministic; LF line ends; numbers with {@link Locale#ROOT}.
 */
public final class ExplanationExporter {
  private ExplanationExporter() {}

  /**
   * The explanation as text: the element, the threshold, then every item with its decision and the
   * terms found (with the text around them, weight × field weight = contribution, counted or not).
   *
   * @param e the explanation
   * @param locale Japanese unless its language is English
   * @return the text
   */
  public static String toText(Explanation e, Locale locale) {
    boolean en = locale.getLanguage().equals("en");
    StringBuilder b = new StringBuilder();
    String name = (e.label() == null ? "" : e.label() + " ") + e.title();
    b.append(en ? "Why " : "").append(en ? kind(e, true) + " " : kind(e, false) + "「").append(name)
        .append(en ? "" : "」").append(en ? " is or is not linked to each national item" : "が国の各項目に結び付く（付かない）理由")
        .append('\n');
    b.append(en ? "  element: " : "  要素: ").append(e.path()).append('\n');
    b.append(en ? "  national plan: " : "  国の計画: ").append(e.version())
        .append(en ? ", threshold " : "、しきい値 ").append(num(e.threshold())).append('\n');
    if (e.inheritedContext()) {
      b.append(en ? "  its own texts link nothing: its measure's title was read as context\n"
          : "  自身の記述では何も結び付かないため、施策の題名を文脈として読んでいます\n");
    }
    for (Explanation.Item i : e.items()) {
      b.append('\n').append(i.linked() ? (en ? "[linked] " : "[対応] ") : (en ? "[not linked] " : "[対応なし] "))
          .append(i.code()).append(' ').append(i.title() == null ? "" : i.title()).append('\n');
      b.append("  ").append(reason(i, e.threshold(), en)).append('\n');
      for (Explanation.Term t : i.terms()) {
        b.append("    ").append(t.counted() ? "+ " : "  ").append(t.term()).append(" (").append(tier(t.tier(), en)).append(") ")
            .append(en ? "in " : "").append(t.field()).append(en ? ": " : " の「").append(flat(t.before())).append('[')
            .append(flat(t.text())).append(']').append(flat(t.after())).append(en ? "" : "」").append("  ")
            .append(num(t.weight())).append(" × ").append(num(t.fieldWeight())).append(" = ").append(num(t.contribution()));
        if (!t.counted()) {
          b.append(en ? " (not counted)" : "（数えない）");
        }
        b.append('\n');
      }
      for (String f : i.from()) {
        b.append(en ? "    from " : "    下位の要素から: ").append(f).append('\n');
      }
    }
    if (!en) {
      b.append("\n語を足すには、自分の用語ファイルを書いて読み込ませます（docs/mapping.md「Terms files」）。\n");
    } else {
      b.append("\nTo add a term, write your own terms file and load it (docs/mapping.md, \"Terms files\").\n");
    }
    return b.toString();
  }

  private static String kind(Explanation e, boolean en) {
    return e.kind().displayName(en);
  }

  private static String tier(String tier, boolean en) {
    if (en) {
      return tier;
    }
    return switch (tier) {
      case "strong" -> "強";
      case "weak" -> "弱";
      case "domain" -> "分野語";
      case "context" -> "文脈語";
      default -> tier;
    };
  }

  private static String reason(Explanation.Item i, double threshold, boolean en) {
    String s = num(i.score());
    String t = num(threshold);
    return switch (i.reason()) {
      case CLAIMED -> en ? "claimed by the plan here (nationalItems)" : "計画がここで明示しています（nationalItems）";
      case LINKED -> en ? "score " + s + " ≥ threshold " + t + ": linked" : "スコア " + s + " ≥ しきい値 " + t + " のため対応";
      case ROLLED_UP -> en ? "carried up from its children (score " + s + ")" : "下位の要素から引き継いでいます（スコア " + s + "）";
      case BELOW_THRESHOLD -> en ? "score " + s + " < threshold " + t : "スコア " + s + " < しきい値 " + t;
      case WEAK_ONLY -> en ? "only weak terms: they count beside a strong term of the item, or two with one in the title"
          : "弱い語だけです。強い語と一緒のとき、または題名を含む2語のときだけ数えます";
      case NO_CONTEXT -> en ? "its weak or field terms need one of the item's context terms, and none is here"
          : "弱い語・分野語はこの項目の文脈語（デジタル等）と一緒のときだけ数えます。文脈語がありません";
      case NOT_RESIDUAL -> en ? "field terms count only when no more specific item is linked, and another is"
          : "分野語は、より具体的な項目が結び付かないときだけ数えます。他の項目が結び付いています";
      case MENTION_ONLY -> en ? "the title is about another item; this one is only mentioned in the longer texts (score " + s + ")"
          : "題名は別の項目についてで、この項目は説明文で触れているだけです（スコア " + s + "）";
      case NOT_IN_OWN_TEXTS -> en ? "found only in the measure's title, which names several items, not in the element's own texts"
          : "複数の項目を挙げる施策の題名にだけあり、要素自身の記述にはありません";
      case NO_TERMS -> en ? "no term of the item found" : "この項目の語は見つかりません";
    };
  }

  /**
   * The explanation as JSON: {@code path, kind, label, title, version, threshold, inheritedContext,
   * items[]{code, title, linked, reason, score, from[], terms[]{term, tier, weight, field,
   * fieldWeight, contribution, counted, offset, length, text, before, after}}}.
   *
   * @param e the explanation
   * @return the JSON, LF-terminated
   */
  public static String toJson(Explanation e) {
    Json j = new Json().begin();
    j.field("path", e.path()).field("kind", e.kind().name()).field("label", e.label()).field("title", e.title())
        .field("version", e.version()).field("threshold", e.threshold()).field("inheritedContext", e.inheritedContext());
    j.key("items").beginArray();
    for (Explanation.Item i : e.items()) {
      j.begin().field("code", i.code()).field("title", i.title()).field("linked", i.linked())
          .field("reason", i.reason().name()).field("score", i.score());
      j.key("from").beginArray();
      i.from().forEach(j::value);
      j.endArray();
      j.key("terms").beginArray();
      for (Explanation.Term t : i.terms()) {
        j.begin().field("term", t.term()).field("tier", t.tier()).field("weight", t.weight()).field("field", t.field())
            .field("fieldWeight", t.fieldWeight()).field("contribution", t.contribution()).field("counted", t.counted())
            .field("offset", t.offset()).field("length", t.length()).field("text", t.text()).field("before", t.before())
            .field("after", t.after()).end();
      }
      j.endArray().end();
    }
    j.endArray().end();
    return j.toString();
  }

  /** Line breaks and tabs of the plan's text as spaces, so each term stays on its line. */
  private static String flat(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "").replaceAll("\\.$", ".0");
  }
}
