package io.github.dxplan.draft.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads KPI text: the indicator's name, and its figures only where each value pairs with a fiscal
 * year unambiguously (現状（R5年度）：19.0% … 目標（R10年度）：70.0%; R4 46.8% ⇒ R9 66.0%; 40人未満).
 * Anything else is left unread and said so, never guessed.
 */
public final class Kpis {
  private static final Pattern YEAR = Pattern.compile(
      "(?:(?:R|Ｒ|令和)\\s*([0-9０-９]{1,2}|元)(?:\\s*[（(]\\s*[0-9０-９]{4}\\s*[)）])?\\s*(?:年度|年)?"
          + "|(?:H|Ｈ|平成)\\s*([0-9０-９]{1,2})\\s*(?:年度|年)?"
          + "|((?:19|20|１９|２０)[0-9０-９]{2})\\s*(?:年度|年))(?:末|当初|時点)?");
  private static final Pattern VALUE = Pattern.compile(
      "([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\\s*"
          + "(％|%|パーセント|件|人|名|回|業務|課室|課|手続き|手続|か所|箇所|カ所|ヶ所|団体|校|台|時間|分|日|千円|万円|億円|円|社|施設|割|ポイント|pt|システム|者|世帯|部署|項目|種類|本|基|店舗|事業|km|GB|件数)"
          + "\\s*(未満|以上|以下|超|以内|を維持)?(?![\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");
  private static final Pattern LEAD = Pattern.compile("^[\\s■□●・･\\-*:：]*(?:KPI|ＫＰＩ|成果指標|指標|目標値)?[\\s:：・･]*");

  private Kpis() {}

  /** A figure found in the text. */
  private record Token(int start, int end, Integer year, String value, String unit, String comparator, String text) {}

  /** Reads one KPI entry's text (its lines joined by a space). */
  public static Node.KpiDraft read(String text, Line source) {
    String t = text.replace("**", "");
    List<Token> tokens = new ArrayList<>();
    Matcher y = YEAR.matcher(t);
    boolean[] masked = new boolean[t.length()];
    while (y.find()) {
      tokens.add(new Token(y.start(), y.end(), year(y), null, null, null, y.group()));
      for (int i = y.start(); i < y.end(); i++) {
        masked[i] = true;
      }
    }
    Matcher v = VALUE.matcher(t);
    while (v.find()) {
      if (masked[v.start()]) {
        continue;
      }
      if (v.start() > 0 && Character.isLetterOrDigit(t.charAt(v.start() - 1))
          && !isJapanese(t.charAt(v.start() - 1))) {
        continue;
      }
      tokens.add(new Token(v.start(), v.end(), null, v.group(1), v.group(2), v.group(3), v.group()));
    }
    tokens.sort(java.util.Comparator.comparingInt(Token::start));
    int first = tokens.isEmpty() ? t.length() : tokens.get(0).start();
    int label = firstLabel(t);
    String name = lead(t.substring(0, Math.min(first, label < 0 ? t.length() : label)))
        .replaceAll("[\\s　]*[（(]?\\s*$", "").replaceAll("[\\s:：⇒→]+$", "").strip();
    if (name.isEmpty()) {
      name = t.strip();
    }
    List<Token> values = tokens.stream().filter(k -> k.value != null).toList();
    if (values.isEmpty()) {
      return new Node.KpiDraft(name, null, null, null, false, t.strip(), source);
    }
    List<Node.Figure> figs = new ArrayList<>();
    Integer pending = null;
    boolean yearless = false;
    for (Token k : tokens) {
      if (k.year != null) {
        pending = k.year;
      } else {
        if (pending == null) {
          yearless = true;
        }
        figs.add(new Node.Figure(k.text.strip(), decimal(k.value), pending, comparator(k.comparator)));
        pending = null;
      }
    }
    String unit = values.get(values.size() - 1).unit;
    if (figs.size() == 2 && !yearless && sameUnit(values)) {
      return new Node.KpiDraft(name, unit(unit), figs.get(0), figs.get(1), true, t.strip(), source);
    }
    if (figs.size() == 1 && !yearless && label >= 0 && t.startsWith("目標", label) && label < values.get(0).start) {
      return new Node.KpiDraft(name, unit(unit), null, figs.get(0), true, t.strip(), source);
    }
    return new Node.KpiDraft(name, unit(unit), null, null, false, t.strip(), source);
  }

  /** Strips KPI labels and bullets from the front, as often as they repeat (■KPI KPI ・…). */
  private static String lead(String s) {
    String prev;
    String cur = s;
    do {
      prev = cur;
      cur = LEAD.matcher(cur).replaceFirst("");
    } while (!cur.equals(prev) && !cur.isEmpty());
    return cur;
  }

  /** True when the text holds a value with a unit. */
  public static boolean hasValue(String text) {
    return VALUE.matcher(text.replace("**", "")).find();
  }

  private static boolean sameUnit(List<Token> values) {
    return values.get(0).unit.equals(values.get(1).unit)
        || unit(values.get(0).unit).equals(unit(values.get(1).unit));
  }

  private static int firstLabel(String t) {
    Matcher m = Pattern.compile("(現状|基準値?|実績|目標)\\s*[（(:：]").matcher(t);
    return m.find() ? m.start() : -1;
  }

  private static boolean isJapanese(char c) {
    return c >= 0x3000;
  }

  private static String unit(String u) {
    return switch (u) {
      case "％", "パーセント" -> "%";
      case "手続き" -> "手続";
      default -> u;
    };
  }

  private static String comparator(String c) {
    if (c == null) {
      return null;
    }
    return switch (c) {
      case "未満" -> "LESS_THAN";
      case "以上" -> "AT_LEAST";
      case "以下", "以内" -> "AT_MOST";
      case "超" -> "MORE_THAN";
      default -> null;
    };
  }

  private static BigDecimal decimal(String v) {
    String n = Normalizer.normalize(v, Normalizer.Form.NFKC).replace(",", "");
    return new BigDecimal(n);
  }

  private static Integer year(Matcher y) {
    if (y.group(1) != null) {
      String g = y.group(1);
      int n = g.equals("元") ? 1 : Integer.parseInt(Normalizer.normalize(g, Normalizer.Form.NFKC));
      return 2018 + n;
    }
    if (y.group(2) != null) {
      return 1988 + Integer.parseInt(Normalizer.normalize(y.group(2), Normalizer.Form.NFKC));
    }
    return Integer.parseInt(Normalizer.normalize(y.group(3), Normalizer.Form.NFKC));
  }
}
