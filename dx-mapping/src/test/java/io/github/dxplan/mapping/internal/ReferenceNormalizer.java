package io.github.dxplan.mapping.internal;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The normalizer before the throughput work, kept as the reference for TextNormalizerTest. Normalizes Japanese plan text for matching: NFKC first, then folding of case, whitespace,
 * footnote marks and a short list of variant spellings, keeping a map back to the original.
 *
 * <p>Example: {@code "行政手続きの ＯＮＬＩＮＥ\\*化"} becomes {@code "行政手続のonline化"}. Every step
 * keeps, for each output char, the span of the original it came from, so evidence can point at
 * what the city wrote. This class is stateless and thread-safe.
 */
final class ReferenceNormalizer {

  /**
   * Variant spellings folded to one form, applied after NFKC and case folding. Each pair is
   * (variant, canonical); variants describe how Japanese is written, not any one plan.
   */
  private static final String[][] FOLDS = {
    {"手続き", "手続"},
    {"取り組み", "取組"},
    {"取組み", "取組"},
    {"取り組", "取組"},
    {"申し込み", "申込"},
    {"申込み", "申込"},
    {"申し込", "申込"},
    {"問い合わせ", "問合せ"},
    {"問合わせ", "問合せ"},
    {"打ち合わせ", "打合せ"},
    {"デバインド", "デバイド"},
    {"デジタルデバイス対策", "デジタルデバイド対策"},
    {"デジタル・デバイド", "デジタルデバイド"},
    {"ディバイド", "デバイド"},
    {"見直し", "見直"},
    {"行なう", "行う"},
    {"利活用", "活用"},
    {"e-ltax", "eltax"},
    {"マイナンバー・カード", "マイナンバーカード"},
    {"個人番号カード", "マイナンバーカード"},
    {"テレ・ワーク", "テレワーク"},
    {"ウェブ", "web"},
    {"ウエブ", "web"},
    {"ホームページ", "web"},
  };

  private static final boolean[] FOLD_FIRST = new boolean[0x10000];

  static {
    for (String[] f : FOLDS) {
      FOLD_FIRST[f[0].charAt(0)] = true;
    }
  }

  private ReferenceNormalizer() {}

  /**
   * Normalizes a text.
   *
   * @param original the text as written; {@code null} is read as empty
   * @return the normalized text with its offset map
   */
  public static NormalizedText normalize(String original) {
    if (original == null) {
      original = "";
    }
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[] starts = new int[n + 8];
    int[] ends = new int[n + 8];
    int len = 0;
    int i = 0;
    while (i < n) {
      int start = i;
      char c = original.charAt(i);
      String piece;
      if (c < 0x80) {
        i++;
        piece = null;
      } else {
        int cp = original.codePointAt(i);
        i += Character.charCount(cp);
        // Keep a base char with its following combining or half-width voicing marks together.
        while (i < n && isMark(original.charAt(i))) {
          i++;
        }
        if (i == start + 1) {
          // A single BMP char: its NFKC form depends on the char alone, so it is looked up once.
          piece = single(c);
        } else {
          String raw = original.substring(start, i);
          piece = Normalizer.isNormalized(raw, Normalizer.Form.NFKC)
              ? raw
              : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        }
      }
      int pieceLen = piece == null ? 1 : piece.length();
      for (int k = 0; k < pieceLen; k++) {
        char ch = piece == null ? c : piece.charAt(k);
        if (Character.isWhitespace(ch) || ch == '\u3000') {
          // One space between Latin words; none between Japanese words.
          if (len > 0 && isAsciiAlnum(out.charAt(len - 1))) {
            ch = ' ';
          } else {
            continue;
          }
        } else if (ch == '*' || ch == '\\' || ch == '\u200b' || ch == '\ufeff' || ch == '\u00ad') {
          continue;
        } else if (ch >= 'A' && ch <= 'Z') {
          ch = (char) (ch + 32);
        } else if (ch == '\u2010' || ch == '\u2011' || ch == '\u2012' || ch == '\u2013'
            || ch == '\u2014' || ch == '\u2015' || ch == '\u2212') {
          ch = '-';
        }
        if (len > 0 && out.charAt(len - 1) == ' ' && !isAsciiAlnum(ch)) {
          len--;
          out.setLength(len);
        }
        if (len == starts.length) {
          starts = Arrays.copyOf(starts, len * 2 + 8);
          ends = Arrays.copyOf(ends, len * 2 + 8);
        }
        out.append(ch);
        starts[len] = start;
        ends[len] = i;
        len++;
      }
    }
    if (len > 0 && out.charAt(len - 1) == ' ') {
      len--;
      out.setLength(len);
    }
    return fold(original, out, starts, ends, len);
  }

  private static NormalizedText fold(String original, StringBuilder in, int[] starts, int[] ends, int len) {
    boolean any = false;
    for (int i = 0; i < len && !any; i++) {
      any = FOLD_FIRST[in.charAt(i)];
    }
    if (!any) {
      return new NormalizedText(original, in.toString(), Arrays.copyOf(starts, len), Arrays.copyOf(ends, len));
    }
    StringBuilder out = new StringBuilder(len);
    int[] s2 = new int[len];
    int[] e2 = new int[len];
    int o = 0;
    int i = 0;
    outer:
    while (i < len) {
      if (FOLD_FIRST[in.charAt(i)]) {
        for (String[] f : FOLDS) {
          String from = f[0];
          if (i + from.length() <= len && regionMatches(in, i, from)) {
            String to = f[1];
            int spanStart = starts[i];
            int spanEnd = ends[i + from.length() - 1];
            for (int k = 0; k < to.length(); k++) {
              out.append(to.charAt(k));
              s2[o] = spanStart;
              e2[o] = spanEnd;
              o++;
            }
            i += from.length();
            continue outer;
          }
        }
      }
      out.append(in.charAt(i));
      s2[o] = starts[i];
      e2[o] = ends[i];
      o++;
      i++;
    }
    return new NormalizedText(original, out.toString(), Arrays.copyOf(s2, o), Arrays.copyOf(e2, o));
  }

  /**
   * NFKC of each single BMP char, filled on first use: {@link #STABLE} for a char NFKC leaves alone,
   * else its NFKC form. Racing writers store equal values, and strings are safely published.
   */
  private static final String[] SINGLE = new String[0x10000];

  /** Marks a char that NFKC leaves alone (compared by identity). */
  private static final String STABLE = new String("");

  /** Returns the NFKC form of {@code c} alone, or {@code null} when NFKC leaves it alone. */
  private static String single(char c) {
    String s = SINGLE[c];
    if (s == null) {
      String raw = String.valueOf(c);
      s = Normalizer.isNormalized(raw, Normalizer.Form.NFKC) ? STABLE : Normalizer.normalize(raw, Normalizer.Form.NFKC);
      SINGLE[c] = s;
    }
    return s == STABLE ? null : s;
  }

  private static boolean regionMatches(StringBuilder sb, int at, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (sb.charAt(at + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMark(char c) {
    return c == '\uff9e' || c == '\uff9f' || c == '\u3099' || c == '\u309a'
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /**
   * Returns whether a char is an ASCII letter or digit.
   *
   * @param c the char
   * @return {@code true} for {@code [A-Za-z0-9]}
   */
  public static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
