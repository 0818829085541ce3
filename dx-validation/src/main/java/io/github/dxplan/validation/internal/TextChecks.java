package io.github.dxplan.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The text rules: known variant spellings of national terms (data in {@code text-variants.properties}),
 * Cyrillic or Greek letters inside Japanese or Latin words (lookalikes in {@code
 * text-lookalikes.properties}), and full/half-width mixtures in codes and years. Each finding gives the
 * suggested spelling, the offset (a UTF-16 index, as Java and JavaScript count) in the field, and the
 * 1-based position a person counts to, which the message shows so that two occurrences in one field
 * read as two places. The text itself is never changed.
 */
public final class TextChecks {
  private static final String[] ERAS = {"令和", "平成", "昭和"};
  private static final java.util.regex.Pattern ERA_LETTER_YEAR =
      java.util.regex.Pattern.compile("(?:[RHS]|FY)[0-9]{1,4}");

  private TextChecks() {}

  /** The data files, loaded once. */
  private static final class Data {
    /** Variants by first character, longest first. */
    static final Map<Character, List<String[]>> VARIANTS = variants();

    /** The same variants indexed by their first character (null: none starts with it), unboxed. */
    static final String[][][] BY_FIRST = new String[Character.MAX_VALUE + 1][][];

    static {
      for (Map.Entry<Character, List<String[]>> e : VARIANTS.entrySet()) {
        BY_FIRST[e.getKey()] = e.getValue().toArray(new String[0][]);
      }
    }

    static final Map<Integer, String> KANA = new HashMap<>();
    static final Map<Integer, String> LATIN = new HashMap<>();

    static {
      Properties p = load("text-lookalikes.properties");
      for (String key : p.stringPropertyNames()) {
        String value = p.getProperty(key).strip();
        if (key.startsWith("kana.")) {
          KANA.put(key.codePointAt(5), value);
        } else if (key.startsWith("latin.")) {
          LATIN.put(key.codePointAt(6), value);
        }
      }
    }

    private static Map<Character, List<String[]>> variants() {
      Properties p = load("text-variants.properties");
      Map<Character, List<String[]>> map = new HashMap<>();
      for (String key : p.stringPropertyNames()) {
        map.computeIfAbsent(key.charAt(0), c -> new ArrayList<>()).add(new String[] {key, p.getProperty(key).strip()});
      }
      for (List<String[]> list : map.values()) {
        list.sort(Comparator.comparingInt((String[] e) -> -e[0].length()).thenComparing(e -> e[0]));
      }
      return Map.copyOf(map);
    }

    private static Properties load(String name) {
      Properties p = new Properties();
      try (InputStream in = TextChecks.class.getResourceAsStream("/io/github/dxplan/validation/" + name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p;
    }
  }

  /**
   * Checks one text field.
   *
   * @param text the text, may be null
   * @param path the field's JSON Pointer
   * @param r where findings go
   */
  public static void check(String text, String path, Reporter r) {
    check(text, path, "", r);
  }

  /**
   * Checks one text field whose pointer, {@code base + suffix}, is built only for a finding.
   *
   * @param text the text, may be null
   * @param base the element's JSON Pointer
   * @param suffix the field's, e.g. {@code /title}
   * @param r where findings go
   */
  public static void check(String text, String base, String suffix, Reporter r) {
    if (text == null || text.isEmpty()) {
      return;
    }
    if (r.enabled(Rule.TEXT_VARIANT)) {
      variants(text, base, suffix, r);
    }
    if (r.enabled(Rule.TEXT_FOREIGN_LETTER)) {
      foreignLetters(text, base, suffix, r);
    }
    if (r.enabled(Rule.TEXT_WIDTH_MIXTURE)) {
      widths(text, base, suffix, r);
    }
  }

  private static void variants(String text, String base, String suffix, Reporter r) {
    String[][][] byFirst = Data.BY_FIRST;
    int i = 0;
    outer:
    while (i < text.length()) {
      String[][] candidates = byFirst[text.charAt(i)];
      if (candidates != null) {
        for (String[] v : candidates) {
          if (text.startsWith(v[0], i)) {
            r.report(Rule.TEXT_VARIANT, base.concat(suffix), v[0], v[1], i, i + 1);
            i += v[0].length();
            continue outer;
          }
        }
      }
      i++;
    }
  }

  private static final int NONE = 0;
  private static final int JAPANESE = 1;
  private static final int LATIN = 2;

  /**
   * A Cyrillic letter next to a Japanese or Latin letter, or a Greek letter between two katakana or a
   * Greek capital that looks like a Latin one next to a Latin letter. The context is the script of the
   * neighbours (Latin wins, so 自治体ДX suggests DX); the finding covers the run of context letters
   * around the foreign ones.
   */
  private static void foreignLetters(String text, String base, String suffix, Reporter r) {
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isCyrillicOrGreek(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int runStart = i;
      int runEnd = i;
      while (runEnd < text.length() && isCyrillicOrGreek(text.codePointAt(runEnd))) {
        runEnd += Character.charCount(text.codePointAt(runEnd));
      }
      int before = runStart > 0 ? text.codePointBefore(runStart) : -1;
      int after = runEnd < text.length() ? text.codePointAt(runEnd) : -1;
      int context = classOf(before) == LATIN || classOf(after) == LATIN
          ? LATIN
          : classOf(before) == JAPANESE || classOf(after) == JAPANESE ? JAPANESE : NONE;
      if (context != NONE) {
        foreignRun(text, runStart, runEnd, context, isKatakana(before) && isKatakana(after), base, suffix, r);
      }
      i = runEnd;
    }
  }

  private static void foreignRun(
      String text, int runStart, int runEnd, int context, boolean betweenKatakana, String base, String suffix,
      Reporter r) {
    Map<Integer, String> lookalikes = context == LATIN ? Data.LATIN : Data.KANA;
    int first = -1;
    StringBuilder replaced = new StringBuilder();
    for (int k = runStart; k < runEnd; ) {
      int cp = text.codePointAt(k);
      boolean cyrillic = Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC;
      boolean flagged = cyrillic || (context == LATIN ? Data.LATIN.containsKey(cp) : betweenKatakana);
      if (flagged) {
        if (first < 0) {
          first = cp;
        }
        String mapped = lookalikes.get(cp);
        if (mapped != null) {
          replaced.append(mapped);
        }
      } else {
        replaced.appendCodePoint(cp);
      }
      k += Character.charCount(cp);
    }
    if (first < 0) {
      return;
    }
    int start = runStart;
    while (start > 0 && classOf(text.codePointBefore(start)) == context) {
      start -= Character.charCount(text.codePointBefore(start));
    }
    int end = runEnd;
    while (end < text.length() && classOf(text.codePointAt(end)) == context) {
      end += Character.charCount(text.codePointAt(end));
    }
    String found = text.substring(start, end);
    String suggestion = text.substring(start, runStart) + replaced + text.substring(runEnd, end);
    r.report(
        Rule.TEXT_FOREIGN_LETTER,
        base.concat(suffix),
        found,
        new String(Character.toChars(first)),
        String.format(Locale.ROOT, "U+%04X", first),
        Character.UnicodeScript.of(first),
        suggestion,
        start,
        start + 1);
  }

  private static int classOf(int cp) {
    if (cp < 0) {
      return NONE;
    }
    if (isLatin(cp) || (cp >= '0' && cp <= '9') || (cp >= '０' && cp <= '９')) {
      return LATIN;
    }
    return isJapanese(cp) ? JAPANESE : NONE;
  }

  private static boolean isKatakana(int cp) {
    return cp >= 0x30A0 && cp <= 0x30FF;
  }

  private static void widths(String text, String base, String suffix, Reporter r) {
    int i = 0;
    while (i < text.length()) {
      if (!isAlnum(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean full = false;
      boolean half = false;
      while (i < text.length() && isAlnum(text.charAt(i))) {
        boolean f = text.charAt(i) >= 0xFF10;
        full |= f;
        half |= !f;
        i++;
      }
      int end = i;
      if (full && half) {
        String token = text.substring(start, end);
        r.report(Rule.TEXT_WIDTH_MIXTURE, base.concat(suffix), token, halfWidth(token), start, start + 1);
      } else if (full) {
        yearWithFullWidth(text, start, end, base, suffix, r);
      }
    }
  }

  /** 令和６年度, ２０２４年度, Ｒ６, ＦＹ２０２４: a year in full-width letters and digits. */
  private static void yearWithFullWidth(String text, int start, int end, String base, String suffix, Reporter r) {
    String token = text.substring(start, end);
    String half = halfWidth(token);
    boolean digits = half.chars().allMatch(c -> c >= '0' && c <= '9');
    boolean eraLetterYear = ERA_LETTER_YEAR.matcher(half).matches();
    int from = start;
    int to = end;
    boolean year = eraLetterYear;
    if (digits) {
      for (String era : ERAS) {
        if (text.startsWith(era, start - era.length()) && start >= era.length()) {
          from = start - era.length();
          year = true;
          break;
        }
      }
      if (text.startsWith("年度", end)) {
        to = end + 2;
        year = true;
      } else if (year && text.startsWith("年", end)) {
        to = end + 1;
      } else if (!year && text.startsWith("年", end) && half.length() == 4) {
        to = end + 1;
        year = true;
      }
    }
    if (year) {
      String found = text.substring(from, to);
      r.report(Rule.TEXT_WIDTH_MIXTURE, base.concat(suffix), found, halfWidth(found), from, from + 1);
    }
  }

  private static boolean isAlnum(char c) {
    return (c >= '0' && c <= '9')
        || (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '０' && c <= '９')
        || (c >= 'Ａ' && c <= 'Ｚ')
        || (c >= 'ａ' && c <= 'ｚ');
  }

  private static String halfWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c);
    }
    return sb.toString();
  }

  private static boolean isCyrillicOrGreek(int cp) {
    return cp >= 0x0370 && cp <= 0x052F && Character.isLetter(cp);
  }

  private static boolean isJapanese(int cp) {
    return (cp >= 0x3040 && cp <= 0x30FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFF66 && cp <= 0xFF9F)
        || (cp >= 0x20000 && cp <= 0x3FFFF)
        || cp == 0x3005;
  }

  private static boolean isLatin(int cp) {
    return (cp >= 'A' && cp <= 'Z')
        || (cp >= 'a' && cp <= 'z')
        || (cp >= 'Ａ' && cp <= 'Ｚ')
        || (cp >= 'ａ' && cp <= 'ｚ')
        || (cp >= 0x00C0 && cp <= 0x024F && Character.isLetter(cp));
  }
}
