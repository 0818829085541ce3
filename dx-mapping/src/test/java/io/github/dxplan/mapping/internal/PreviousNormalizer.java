package io.github.dxplan.mapping.internal;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * {@link TextNormalizer} as it was before it normalized into a reused scratch and ran the fold pass
 * only where a variant occurs (branch {@code tp4}): the current one must give the same text and
 * offsets for every input, spaced letters included. Test only.
 */
final class PreviousNormalizer {

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

  /** The folds by the first char of their variant, in {@link #FOLDS} order (first match wins). */
  private static final String[][][] FOLDS_BY_FIRST = new String[0x10000][][];

  static {
    for (String[] f : FOLDS) {
      char c = f[0].charAt(0);
      String[][] list = FOLDS_BY_FIRST[c];
      list = list == null ? new String[1][] : Arrays.copyOf(list, list.length + 1);
      list[list.length - 1] = f;
      FOLDS_BY_FIRST[c] = list;
    }
  }

  /** Per-char facts, filled on first use: {@link #KNOWN} once computed. */
  private static final byte[] KIND = new byte[0x10000];

  private static final byte KNOWN = 1;
  /** A char the first pass copies as it is: NFKC-stable, not a mark, space, skipped, dash, capital or surrogate. */
  private static final byte PLAIN = 2;
  /** {@link #isMark}. */
  private static final byte MARK = 4;
  /** The first char of a fold's variant. */
  private static final byte FOLDS_HERE = 8;

  private static int kind(char c) {
    byte k = KIND[c];
    if (k == 0) {
      k = KNOWN;
      if (isMark(c)) {
        k |= MARK;
      } else if (!Character.isSurrogate(c) && !Character.isWhitespace(c) && c != '\u3000' && c != '*' && c != '\\'
          && c != '\u200b' && c != '\ufeff' && c != '\u00ad' && !(c >= 'A' && c <= 'Z')
          && !(c >= '\u2010' && c <= '\u2015') && c != '\u2212' && (c < 0x80 || single(c) == null)) {
        k |= PLAIN;
      }
      if (FOLDS_BY_FIRST[c] != null) {
        k |= FOLDS_HERE;
      }
      KIND[c] = k;
    }
    return k;
  }

  /** Buffers of one thread, reused from text to text. */
  private static final class Buffers {
    char[] out = new char[256];
    int[] starts = new int[256];
    int[] ends = new int[256];
    char[] out2 = new char[256];
    int[] starts2 = new int[256];
    int[] ends2 = new int[256];

    void ensure(int n) {
      if (out.length < n) {
        int m = Math.max(n, out.length * 2);
        out = new char[m];
        starts = new int[m];
        ends = new int[m];
        out2 = new char[m];
        starts2 = new int[m];
        ends2 = new int[m];
      }
    }
  }

  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  private PreviousNormalizer() {}

  /**
   * Normalizes a text.
   *
   * <p>Besides NFKC and the folds, single Latin letters separated by single spaces ({@code I C T機器})
   * are joined ({@code ict機器}) when every space-separated word of the run is one letter; each
   * joined letter keeps its own offsets in the original.
   *
   * @param original the text as written; {@code null} is read as empty
   * @return the normalized text with its offset map
   */
  public static NormalizedText normalize(String original) {
    if (original == null) {
      original = "";
    }
    int n = original.length();
    Buffers b = BUFFERS.get();
    // NFKC of one char yields at most 18 chars; a longer expansion grows the buffers below.
    b.ensure(n + 8);
    char[] out = b.out;
    int[] starts = b.starts;
    int[] ends = b.ends;
    int len = 0;
    // identity: output char k came from original char k alone; same: and is equal to it.
    boolean identity = true;
    boolean same = true;
    boolean folds = false;
    int i = 0;
    while (i < n) {
      int start = i;
      char c = original.charAt(i);
      int kc = kind(c);
      if ((kc & PLAIN) != 0 && (c < 0x80 || i + 1 >= n || (kind(original.charAt(i + 1)) & MARK) == 0)) {
        // The common case: a char kept as it is (lower-case ASCII, kana, kanji, most punctuation).
        i++;
        if (len > 0 && out[len - 1] == ' ' && !isAsciiAlnum(c)) {
          len--;
        }
        if (len == out.length) {
          grow(b, len);
          out = b.out;
          starts = b.starts;
          ends = b.ends;
        }
        identity &= len == start;
        folds |= (kc & FOLDS_HERE) != 0 || (len >= 2 && isLetter(c) && out[len - 1] == ' ' && isLetter(out[len - 2]));
        out[len] = c;
        starts[len] = start;
        ends[len] = i;
        len++;
        continue;
      }
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
          if (len > 0 && isAsciiAlnum(out[len - 1])) {
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
        if (len > 0 && out[len - 1] == ' ' && !isAsciiAlnum(ch)) {
          len--;
        }
        if (len == out.length) {
          grow(b, len);
          out = b.out;
          starts = b.starts;
          ends = b.ends;
        }
        identity &= len == start && i == start + 1;
        same &= ch == c;
        folds |= (kind(ch) & FOLDS_HERE) != 0 || (len >= 2 && isLetter(ch) && out[len - 1] == ' ' && isLetter(out[len - 2]));
        out[len] = ch;
        starts[len] = start;
        ends[len] = i;
        len++;
      }
    }
    if (len > 0 && out[len - 1] == ' ') {
      len--;
    }
    if (folds) {
      NormalizedText folded = fold(original, b, len);
      if (folded != null) {
        return folded;
      }
    }
    if (identity) {
      String text = same && len == n ? original : new String(out, 0, len);
      return new NormalizedText(original, text, null, null);
    }
    return new NormalizedText(original, new String(out, 0, len), Arrays.copyOf(starts, len), Arrays.copyOf(ends, len));
  }

  private static void grow(Buffers b, int len) {
    int m = len * 2 + 8;
    b.out = Arrays.copyOf(b.out, m);
    b.starts = Arrays.copyOf(b.starts, m);
    b.ends = Arrays.copyOf(b.ends, m);
    b.out2 = new char[m];
    b.starts2 = new int[m];
    b.ends2 = new int[m];
  }

  /** Applies the folds to the first pass's output in {@code b}; {@code null} when none applies. */
  private static NormalizedText fold(String original, Buffers b, int len) {
    char[] in = b.out;
    int[] starts = b.starts;
    int[] ends = b.ends;
    char[] out = b.out2;
    int[] s2 = b.starts2;
    int[] e2 = b.ends2;
    boolean changed = false;
    int o = 0;
    int i = 0;
    outer:
    while (i < len) {
      char c = in[i];
      if (c >= 'a' && c <= 'z') {
        int run = spacedLetters(in, i, len);
        if (run > 0) {
          // i, i+2, ..., i+run-1 are the letters; the spaces between them go.
          for (int k = i; k < i + run; k += 2) {
            out[o] = in[k];
            s2[o] = starts[k];
            e2[o] = ends[k];
            o++;
          }
          i += run;
          changed = true;
          continue;
        }
      }
      String[][] candidates = FOLDS_BY_FIRST[c];
      if (candidates != null) {
        for (String[] f : candidates) {
          String from = f[0];
          if (i + from.length() <= len && regionMatches(in, i, from)) {
            String to = f[1];
            int spanStart = starts[i];
            int spanEnd = ends[i + from.length() - 1];
            for (int k = 0; k < to.length(); k++) {
              out[o] = to.charAt(k);
              s2[o] = spanStart;
              e2[o] = spanEnd;
              o++;
            }
            i += from.length();
            changed = true;
            continue outer;
          }
        }
      }
      out[o] = c;
      s2[o] = starts[i];
      e2[o] = ends[i];
      o++;
      i++;
    }
    if (!changed) {
      return null;
    }
    return new NormalizedText(original, new String(out, 0, o), Arrays.copyOf(s2, o), Arrays.copyOf(e2, o));
  }

  /**
   * The length of a run of two or more single Latin letters separated by single spaces starting at
   * {@code i} ({@code i c t}), or 0: the run must be all the space-separated words there, so
   * neither end touches a letter, digit or space.
   */
  private static int spacedLetters(char[] in, int i, int len) {
    if (i > 0 && (in[i - 1] == ' ' || isAsciiAlnum(in[i - 1]))) {
      return 0;
    }
    int k = i + 1;
    while (k + 1 < len && in[k] == ' ' && in[k + 1] >= 'a' && in[k + 1] <= 'z') {
      k += 2;
    }
    if (k == i + 1 || (k < len && (in[k] == ' ' || isAsciiAlnum(in[k])))) {
      return 0;
    }
    return k - i;
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

  private static boolean regionMatches(char[] in, int at, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (in[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
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
