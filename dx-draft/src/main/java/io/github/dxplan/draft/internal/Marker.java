package io.github.dxplan.draft.internal;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering or bullet a heading or list item begins with, in the forms Japanese documents use:
 * 1 / １ / 1. / 1-1, (1) / （１） / ⑴, ①, ア, Ⅰ / IV, 【…】, 《…》, ■ ● ◎ ・, level words with a
 * number (基本方針1, 基本目標２, 施策①, 重点取組事項 ③), table captions (表5-1), full and half width.
 *
 * @param kind the marker's kind
 * @param label the marker as written (for a level word, the word and its number)
 * @param ordinal the number it stands for (1 for ① or ア or Ⅰ), or 0 for a bullet
 * @param title the text after the marker
 */
public record Marker(Kind kind, String label, int ordinal, String title) {
  /** Marker kinds. The three LW_ kinds are level words: a policy, a measure or an initiative word. */
  public enum Kind {
    DIGIT, HYPHEN, PAREN, CIRCLED, KATAKANA, ROMAN, BRACKET, SQUARE, FILLED, DOT, LW_POLICY,
    LW_MEASURE, LW_INITIATIVE, CAPTION, CHAPTER, NONE
  }

  private static final String NUM = "[0-9０-９]{1,2}";
  private static final String CIRCLED = "[\\u2460-\\u2473\\u3251-\\u325F]";
  private static final String ROMAN = "(?:[\\u2160-\\u216B]|(?:IX|IV|V?I{1,3}|X)(?![A-Za-z]))";
  private static final String ANYNUM = "(?:" + NUM + "|" + CIRCLED + "|[\\u2160-\\u216B]|[\\u2474-\\u2487])";
  private static final String SEP = "[\\s\\u3000．.、:：)）]*";

  private static final String POLICY_WORD = "基本方針|基本目標|重点取組事項|重点取組|重点項目|重点施策|基本施策|施策の柱|政策|方針|目標|柱|分野";
  private static final String MEASURE_WORD = "施策|取組方針|推進施策";
  private static final String INITIATIVE_WORD = "取組|取り組み|事業|具体的取組";

  private static final Pattern LEVEL = Pattern.compile(
      "^[【\\[《<＜]?\\s*(" + POLICY_WORD + "|" + MEASURE_WORD + "|" + INITIATIVE_WORD + ")\\s*(" + ANYNUM
          + ")\\s*[】\\]》>＞]?" + SEP + "(.*)$");
  private static final Pattern CHAPTER = Pattern.compile("^(第\\s*" + NUM + "\\s*[章節部編])" + SEP + "(.*)$");
  private static final Pattern CAPTION = Pattern.compile("^(表\\s*" + NUM + "(?:\\s*[-－‐]\\s*" + NUM + ")?)[\\s\\u3000．.:：]*(.*)$");
  private static final Pattern HYPHEN = Pattern.compile("^(" + NUM + "\\s*[-－‐]\\s*" + NUM + "(?:\\s*[-－‐]\\s*" + NUM + ")?)[\\s\\u3000．.]*(.+)$");
  private static final Pattern DIGIT = Pattern.compile("^(" + NUM + ")(?:[．.、](?![0-9０-９])\\s*|[\\s\\u3000]+)(.+)$");
  private static final Pattern PAREN = Pattern.compile("^([(（]\\s*" + NUM + "\\s*[)）]|[\\u2474-\\u2487])[\\s\\u3000]*(.*)$");
  private static final Pattern CIRC = Pattern.compile("^(" + CIRCLED + ")[\\s\\u3000]*(.*)$");
  private static final Pattern KATA = Pattern.compile("^([アイウエオカキクケコサシスセソタチツテトナニヌネノ])(?:[\\s\\u3000]+|[．.、])(.+)$");
  private static final Pattern ROM = Pattern.compile("^(" + ROMAN + ")(?:[\\s\\u3000]+|[．.、])(.+)$");
  private static final Pattern BRACKET = Pattern.compile("^([【《＜<\\[]([^】》＞>\\]]{1,30})[】》＞>\\]])[\\s\\u3000]*(.*)$");
  private static final Pattern SQUARE = Pattern.compile("^([■□◆◇▼▽▶►])[\\s\\u3000]*(.+)$");
  private static final Pattern FILLED = Pattern.compile("^([●○◎◯])[\\s\\u3000]*(.+)$");
  private static final Pattern DOT = Pattern.compile("^([・･•‐\\-])[\\s\\u3000]*(.+)$");

  /** A line's marker; {@link Kind#NONE} with the whole text as title when it has none. */
  public static Marker of(String text) {
    String s = text.strip();
    Matcher m;
    if ((m = LEVEL.matcher(s)).matches()) {
      String word = m.group(1);
      Kind k = word.matches(POLICY_WORD) ? Kind.LW_POLICY
          : word.matches(MEASURE_WORD) ? Kind.LW_MEASURE : Kind.LW_INITIATIVE;
      return new Marker(k, (word + m.group(2)).strip(), ordinal(m.group(2)), trimTitle(m.group(3)));
    }
    if ((m = CHAPTER.matcher(s)).matches()) {
      return new Marker(Kind.CHAPTER, m.group(1), 0, m.group(2).strip());
    }
    if ((m = CAPTION.matcher(s)).matches()) {
      return new Marker(Kind.CAPTION, m.group(1), 0, m.group(2).strip());
    }
    if ((m = HYPHEN.matcher(s)).matches()) {
      return new Marker(Kind.HYPHEN, m.group(1), 0, m.group(2).strip());
    }
    if ((m = DIGIT.matcher(s)).matches()) {
      return new Marker(Kind.DIGIT, m.group(1), ordinal(m.group(1)), m.group(2).strip());
    }
    if ((m = PAREN.matcher(s)).matches()) {
      return new Marker(Kind.PAREN, m.group(1), ordinal(m.group(1)), m.group(2).strip());
    }
    if ((m = CIRC.matcher(s)).matches()) {
      return new Marker(Kind.CIRCLED, m.group(1), ordinal(m.group(1)), m.group(2).strip());
    }
    if ((m = KATA.matcher(s)).matches()) {
      return new Marker(Kind.KATAKANA, m.group(1), "アイウエオカキクケコサシスセソタチツテトナニヌネノ".indexOf(m.group(1)) + 1,
          m.group(2).strip());
    }
    if ((m = ROM.matcher(s)).matches()) {
      return new Marker(Kind.ROMAN, m.group(1), ordinal(m.group(1)), m.group(2).strip());
    }
    if ((m = BRACKET.matcher(s)).matches()) {
      return new Marker(Kind.BRACKET, m.group(2).strip(), 0, m.group(3).strip());
    }
    if ((m = SQUARE.matcher(s)).matches()) {
      return new Marker(Kind.SQUARE, m.group(1), 0, m.group(2).strip());
    }
    if ((m = FILLED.matcher(s)).matches()) {
      return new Marker(Kind.FILLED, m.group(1), 0, m.group(2).strip());
    }
    if ((m = DOT.matcher(s)).matches()) {
      return new Marker(Kind.DOT, m.group(1), 0, m.group(2).strip());
    }
    return new Marker(Kind.NONE, "", 0, s);
  }

  private static String trimTitle(String t) {
    return t.replaceFirst("^[\\s\\u3000：:】]+", "").strip();
  }

  /** The number a numbering stands for: 1 for 1, １, ①, ⑴, Ⅰ, I. */
  public static int ordinal(String label) {
    String n = Normalizer.normalize(label, Normalizer.Form.NFKC).replaceAll("[()（）\\s.．]", "");
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c >= '\u2460' && c <= '\u2473') {
        return c - '\u2460' + 1;
      }
      if (c >= '\u3251' && c <= '\u325F') {
        return c - '\u3251' + 21;
      }
      if (c >= '\u2474' && c <= '\u2487') {
        return c - '\u2474' + 1;
      }
      if (c >= '\u2160' && c <= '\u216B') {
        return c - '\u2160' + 1;
      }
    }
    String digits = n.replaceAll("[^0-9]", "");
    if (!digits.isEmpty() && digits.length() <= 3) {
      return Integer.parseInt(digits);
    }
    return switch (n.replaceAll("[^IVX]", "")) {
      case "I" -> 1;
      case "II" -> 2;
      case "III" -> 3;
      case "IV" -> 4;
      case "V" -> 5;
      case "VI" -> 6;
      case "VII" -> 7;
      case "VIII" -> 8;
      case "IX" -> 9;
      case "X" -> 10;
      default -> 0;
    };
  }
}
