package io.github.dxplan.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Regular expressions (ECMA 262, as JSON Schema uses) for the text forms the plan reader accepts, so
 * the schema refuses what the reader refuses: 令和0年度, "banana", "2024-13", a wrong check digit.
 *
 * <p>The reader NFKC-normalizes and drops whitespace before it reads a year or a date; the patterns
 * follow with both digit widths, both letter cases and widths, the squared era signs (㋿) and optional
 * whitespace between characters. What a pattern cannot say is left to the reader and listed in
 * docs/plan-format.md: that an era year and the Western year beside it agree (令和6（2024）), that a
 * date is not before its era began, 29 February outside leap years, and NFKC forms beyond the widths
 * (circled digits).
 */
public final class SchemaPatterns {
  private SchemaPatterns() {}

  /** Optional whitespace, as the reader drops every whitespace character. */
  private static final String W = "[\\s\\u3000]*";

  /** A digit class holding both widths: {@code d('0','9')} is {@code [0-9０-９]}. */
  private static String d(char lo, char hi) {
    char flo = (char) (lo - '0' + '０');
    char fhi = (char) (hi - '0' + '０');
    return lo == hi ? "[" + lo + flo + "]" : "[" + lo + "-" + hi + flo + "-" + fhi + "]";
  }

  private static String d(char c) {
    return d(c, c);
  }

  private static final String ANY = d('0', '9');

  /** Joins parts with optional whitespace between them. */
  private static String seq(String... parts) {
    return String.join(W, parts);
  }

  private static String group(String... alternatives) {
    return "(?:" + String.join("|", alternatives) + ")";
  }

  /** A Western year 1868..2999. */
  static String westernYear() {
    return group(
        seq(d('1'), d('8'), group(seq(d('6'), d('8', '9')), seq(d('7', '9'), ANY))),
        seq(d('1'), d('9'), ANY, ANY),
        seq(d('2'), ANY, ANY, ANY));
  }

  private static final String OPEN = "[(（]";
  private static final String CLOSE = "[)）]";
  private static final String NEN = "年";
  private static final String NENDO = seq("年", "度");

  /** An era year 1..999 written with at most three digits, in kanji numerals, or 元. */
  private static String eraYear(boolean reiwa) {
    String three = reiwa
        ? group(seq(d('1', '8'), ANY, ANY), seq(d('9'), d('0', '7'), ANY), seq(d('9'), d('8'), d('0', '1')))
        : seq(d('1', '9'), ANY, ANY);
    // Kanji numerals (令和六年度, 平成三十一年度), read by the reader as digits; the reader names a
    // run it cannot read, so the pattern takes any short run of them.
    return group("元", "[一二三四五六七八九十百〇]{1,6}", seq(d('0'), d('0'), d('1', '9')), seq(d('0'), d('1', '9'), ANY), seq(d('0'), d('1', '9')),
        d('1', '9'), seq(d('1', '9'), ANY), three);
  }

  private static String letter(char upper) {
    char lower = Character.toLowerCase(upper);
    return "[" + upper + lower + (char) (upper - 'A' + 'Ａ') + (char) (lower - 'a' + 'ａ') + "]";
  }

  /** An era and its year: 令和6, R6, ㋿6, 平成31, H30. */
  static String era() {
    String others = group(seq("明", "治"), seq("大", "正"), seq("昭", "和"), seq("平", "成"), "[㍾㍽㍼㍻]",
        letter('M'), letter('T'), letter('S'), letter('H'));
    String reiwa = group(seq("令", "和"), "㋿", letter('R'));
    return group(seq(others, eraYear(false)), seq(reiwa, eraYear(true)));
  }

  /** A Western year in parentheses: （2024）, (2024年). */
  private static String westernInParens() {
    return seq(OPEN, westernYear(), group(NEN, "") , CLOSE);
  }

  /**
   * The year at the start of a year or date, followed by {@code tail} (what may follow the year):
   * 2024, FY2024, 令和6, 令和6（2024）, 2024（令和6）, 令和6年（2024）. With {@code withEra} the forms that
   * name an era, else those that do not.
   */
  private static String yearThen(boolean allowFy, String tail, String tailAfterNen, Boolean withEra) {
    List<String> forms = new ArrayList<>();
    if (withEra == null || !withEra) {
      // 2024 / FY2024
      forms.add(seq(allowFy ? group(seq(letter('F'), letter('Y')), "") : "", westernYear(), tail));
    }
    if (withEra == null || withEra) {
      // 2024（令和6）, 2024年（令和6年）: a 年 before the parenthesis joins what follows.
      String eraInParens = seq(OPEN, era(), group(NEN, ""), CLOSE);
      forms.add(seq(westernYear(), eraInParens, tail));
      forms.add(seq(westernYear(), NEN, eraInParens, tailAfterNen));
      // 令和6, 令和6（2024）, 令和6年（2024）…
      forms.add(seq(era(), group(westernInParens(), ""), tail));
      forms.add(seq(era(), group(westernInParens(), ""), NEN, westernInParens(), tailAfterNen));
    }
    return group(forms.toArray(new String[0]));
  }

  private static String fiscalYearBody(Boolean withEra) {
    return yearThen(true, group(NENDO, NEN, ""), group("度", ""), withEra);
  }

  /**
   * A span of fiscal years as text: 令和5年度～令和7年度, R5-R7, 2023-2025, 令和5～7年度 (an end with only
   * an era year takes the era of the start), 令和5年度から令和7年度まで, or one fiscal year.
   */
  public static String fiscalYearRange() {
    String sep = "(?:か" + W + "ら|[-~〜‐‑–—―−ー－～])";
    String bare = seq(group("元", seq(d('0'), d('1', '9')), d('1', '9'), seq(d('1', '9'), ANY)), group(NENDO, NEN, ""));
    String range = group(
        seq(fiscalYearBody(true), sep, group(fiscalYearBody(null), bare)),
        seq(fiscalYearBody(false), sep, fiscalYearBody(null)),
        fiscalYearBody(null));
    return "^" + W + seq(range, group(seq("ま", "で"), "")) + W + "$";
  }

  /** A fiscal year as text: 2024, FY2024, 2024年度, 令和6年度, R6, 令和元年度, 令和6（2024）年度. */
  public static String fiscalYear() {
    return "^" + W + fiscalYearBody(null) + W + "$";
  }

  /** A month and day that exist (29 February is left to the reader). */
  private static String monthDay(String monthSep, String daySep, String dayEnd) {
    String m31 = group(seq(d('0'), d('1')), seq(d('0'), d('3')), seq(d('0'), d('5')), seq(d('0'), d('7')),
        seq(d('0'), d('8')), seq(d('1'), d('0')), seq(d('1'), d('2')), "[13578１３５７８]");
    String m30 = group(seq(d('0'), d('4')), seq(d('0'), d('6')), seq(d('0'), d('9')), seq(d('1'), d('1')),
        "[469４６９]");
    String m29 = group(seq(d('0'), d('2')), d('2'));
    String day29 = group(seq(d('0'), d('1', '9')), seq(d('1', '2'), ANY), d('1', '9'));
    String day30 = group(day29, seq(d('3'), d('0')));
    String day31 = group(day30, seq(d('3'), d('1')));
    return group(
        seq(m31, monthSep, group(seq(daySep, day31, dayEnd), "")),
        seq(m30, monthSep, group(seq(daySep, day30, dayEnd), "")),
        seq(m29, monthSep, group(seq(daySep, day29, dayEnd), "")));
  }

  /** What may follow the year of a date: nothing, 年度末, 年12月15日, -12-15, /12/15, .12.15. */
  private static String dateTail(boolean afterNen) {
    List<String> forms = new ArrayList<>();
    forms.add(seq(NEN, group(monthDay("月", "", "日"), "")));
    forms.add(seq(NEN, "度", "末"));
    if (!afterNen) {
      forms.add("");
      for (String sep : new String[] {"[-－]", "[/／]", "[.．]"}) {
        forms.add(seq(sep, monthDay("", sep, "")));
      }
    }
    return group(forms.toArray(new String[0]));
  }

  /** A date as text, as precise as stated: 2023, 2023-12, 2024-02-15, 令和5年12月, R5.12, 令和7年度末. */
  public static String date() {
    // After 令和6年（2024） the 年 is already read, so the rest starts as if after 年.
    String afterNen = group(seq(monthDay("月", "", "日")), seq("度", "末"), "");
    return "^" + W + yearThen(false, dateTail(false), afterNen, null) + W + "$";
  }

  /**
   * A 全国地方公共団体コード as text: six digits whose last is the check digit of the first five, or the
   * five-digit JIS form; prefecture 01..47. The check digit is {@code (11 - Σ(6-i)·dᵢ mod 11) mod 10}, so
   * the pattern follows the running sum mod 11 digit by digit.
   */
  public static String localGovernmentCode() {
    // tail[r]: the last two digits (d5 and the check digit) when the sum of d1..d4 is r mod 11.
    String[] tail = new String[11];
    for (int r = 0; r < 11; r++) {
      List<String> alts = new ArrayList<>();
      for (int d5 = 0; d5 <= 9; d5++) {
        int check = (11 - (r + 2 * d5) % 11) % 10;
        alts.add(d((char) ('0' + d5)) + d((char) ('0' + check)));
      }
      tail[r] = group(alts.toArray(new String[0]));
    }
    String[] level4 = level(tail, 3);
    String[] level3 = level(level4, 4);
    Map<Integer, List<String>> prefecturesBySum = new TreeMap<>();
    for (int p = 1; p <= 47; p++) {
      int d1 = p / 10;
      int d2 = p % 10;
      int sum = (6 * d1 + 5 * d2) % 11;
      prefecturesBySum.computeIfAbsent(sum, k -> new ArrayList<>())
          .add(d((char) ('0' + d1)) + d((char) ('0' + d2)));
    }
    List<String> six = new ArrayList<>();
    for (Map.Entry<Integer, List<String>> e : prefecturesBySum.entrySet()) {
      six.add(group(e.getValue().toArray(new String[0])) + level3[e.getKey()]);
    }
    String prefecture = group(d('0') + d('1', '9'), d('1', '3') + ANY, d('4') + d('0', '7'));
    String five = prefecture + ANY + ANY + ANY;
    return "^" + W + group(group(six.toArray(new String[0])), five) + W + "$";
  }

  /** One digit of weight {@code weight} before the patterns {@code next[r]}; result by running sum. */
  private static String[] level(String[] next, int weight) {
    String[] out = new String[11];
    for (int r = 0; r < 11; r++) {
      Map<Integer, StringBuilder> byNext = new TreeMap<>();
      for (int digit = 0; digit <= 9; digit++) {
        int after = (r + weight * digit) % 11;
        byNext.computeIfAbsent(after, k -> new StringBuilder())
            .append((char) ('0' + digit)).append((char) ('０' + digit));
      }
      List<String> alts = new ArrayList<>();
      for (Map.Entry<Integer, StringBuilder> e : byNext.entrySet()) {
        alts.add("[" + e.getValue() + "]" + next[e.getKey()]);
      }
      out[r] = group(alts.toArray(new String[0]));
    }
    return out;
  }

  /**
   * A decimal as text: the figure alone, with any width of digits and thousands separators
   * ({@code "19.0"}, {@code "１，２００"}, {@code "1e3"}).
   */
  public static String decimal() {
    String digitOrComma = "[0-9０-９,，]";
    String digits = digitOrComma + "*" + ANY + digitOrComma + "*";
    String point = "[.．]";
    String mantissa = group(digits + group(point + digitOrComma + "*", ""), digitOrComma + "*" + point + digits);
    String exponent = group("[eEｅＥ][+\\-＋－]?" + digits, "");
    return "^[\\s\\u3000]*[+\\-＋－]?" + mantissa + exponent + "[\\s\\u3000]*$";
  }
}
