package io.github.dxplan.mapping.internal;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Normalizes Japanese plan text for matching: NFKC first, then folding of case, whitespace,
 * footnote marks and a short list of variant spellings, keeping a map back to the original.
 *
 * <p>Example: {@code "行政手続きの ＯＮＬＩＮＥ\\*化"} becomes {@code "行政手続のonline化"}. Every step
 * keeps, for each output char, the span of the original it came from, so evidence can point at
 * what the city wrote. This class is stateless and thread-safe.
 */
public final class TextNormalizer {

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

  /**
   * The folds by the last char of their variant: a fold can apply only where the first pass's
   * output contains its variant, which is seen when the variant's last char is written.
   */
  private static final char[][][] FOLDS_BY_LAST = new char[0x10000][][];

  static {
    for (String[] f : FOLDS) {
      char[] v = f[0].toCharArray();
      char c = v[v.length - 1];
      char[][] list = FOLDS_BY_LAST[c];
      list = list == null ? new char[1][] : Arrays.copyOf(list, list.length + 1);
      list[list.length - 1] = v;
      FOLDS_BY_LAST[c] = list;
    }
  }

  /** Per-char facts, filled on first use: {@link #KNOWN} once computed. */
  private static final byte[] KIND = new byte[0x10000];

  private static final byte KNOWN = 1;
  /** A char the first pass copies as it is: NFKC-stable, not a mark, space, skipped, dash, capital or surrogate. */
  private static final byte PLAIN = 2;
  /** {@link #isMark}. */
  private static final byte MARK = 4;
  /** The last char of a fold's variant. */
  private static final byte FOLD_END = 8;
  /** The char before the last of a fold's variant. */
  private static final byte FOLD_PREV = 16;

  /** The chars before the last of the variants. */
  private static final boolean[] BEFORE_LAST = new boolean[0x10000];

  static {
    for (String[] f : FOLDS) {
      BEFORE_LAST[f[0].charAt(f[0].length() - 2)] = true;
    }
  }

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
      if (FOLDS_BY_LAST[c] != null) {
        k |= FOLD_END;
      }
      if (BEFORE_LAST[c]) {
        k |= FOLD_PREV;
      }
      KIND[c] = k;
    }
    return k;
  }

  /**
   * A thread's normalized text, reused from text to text ({@link #scratch}): the chars are
   * {@code text[0..length)}; {@link #originalStart}/{@link #originalEnd} map each back to the
   * original. While {@code identity} holds, char {@code k} came from original char {@code k} alone
   * and the offset arrays are not filled (most text), so normalizing it writes one array.
   */
  static final class Scratch {
    char[] text = new char[256];
    int[] starts = new int[256];
    int[] ends = new int[256];
    char[] text2 = new char[256];
    int[] starts2 = new int[256];
    int[] ends2 = new int[256];
    int length;
    /** Char {@code k} came from original char {@code k} alone (the arrays may be unfilled). */
    boolean identity;
    /** The offset arrays hold the map (always, once {@code identity} is false). */
    boolean mapped;
    /** The text equals the original. */
    boolean same;
    /** A fold or a join of spaced letters changed the first pass's output. */
    boolean folded;

    void ensure(int n) {
      if (text.length < n) {
        int m = Math.max(n, text.length * 2);
        text = new char[m];
        starts = new int[m];
        ends = new int[m];
        text2 = new char[m];
        starts2 = new int[m];
        ends2 = new int[m];
      }
    }

    /** Fills the offset arrays for the identity map of the first {@code len} chars. */
    void map(int len) {
      if (!mapped) {
        for (int k = 0; k < len; k++) {
          starts[k] = k;
          ends[k] = k + 1;
        }
        mapped = true;
      }
    }

    /** The offset in the original where char {@code i} starts. */
    int originalStart(int i) {
      return identity ? i : starts[i];
    }

    /** The offset in the original just after char {@code i}. */
    int originalEnd(int i) {
      return identity ? i + 1 : ends[i];
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** The most marks normalized together with one base char (UAX #15's 30 non-starters). */
  static final int MAX_MARKS = 30;

  private TextNormalizer() {}

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
    Scratch b = scratch(original);
    int len = b.length;
    if (b.folded || !b.identity) {
      return new NormalizedText(original, new String(b.text, 0, len), Arrays.copyOf(b.starts, len),
          Arrays.copyOf(b.ends, len));
    }
    String text = b.same && len == original.length() ? original : new String(b.text, 0, len);
    return new NormalizedText(original, text, null, null);
  }

  /**
   * Normalizes a text into this thread's scratch, which stays valid until the thread's next call:
   * the same text and offsets as {@link #normalize}, without allocating.
   *
   * @param original the text as written, not null
   * @return the thread's scratch holding the result
   */
  static Scratch scratch(String original) {
    int n = original.length();
    Scratch b = SCRATCH.get();
    // NFKC of one char yields at most 18 chars; a longer expansion grows the buffers below.
    b.ensure(n + 8);
    b.mapped = false;
    char[] out = b.text;
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
          out = b.text;
          starts = b.starts;
          ends = b.ends;
        }
        if (identity && len != start) {
          identity = false;
          b.map(len);
        }
        if (!identity) {
          starts[len] = start;
          ends[len] = i;
        }
        out[len] = c;
        if (!folds && (((kc & FOLD_END) != 0 && len > 0 && (kind(out[len - 1]) & FOLD_PREV) != 0
            && variantEndsAt(out, len))
            || (len >= 2 && isLetter(c) && out[len - 1] == ' ' && isLetter(out[len - 2])))) {
          folds = true;
        }
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
        // Keep a base char with its following combining or half-width voicing marks together, at
        // most MAX_MARKS of them (UAX #15 stream-safe text): NFKC reorders a run of marks by
        // insertion, so an unbounded run would make this quadratic. Further marks start a piece.
        while (i < n && isMark(original.charAt(i)) && i - start <= MAX_MARKS) {
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
          out = b.text;
          starts = b.starts;
          ends = b.ends;
        }
        if (identity && !(len == start && i == start + 1)) {
          identity = false;
          b.map(len);
        }
        same &= ch == c;
        if (!identity) {
          starts[len] = start;
          ends[len] = i;
        }
        out[len] = ch;
        if (!folds && (((kind(ch) & FOLD_END) != 0 && len > 0 && (kind(out[len - 1]) & FOLD_PREV) != 0
            && variantEndsAt(out, len))
            || (len >= 2 && isLetter(ch) && out[len - 1] == ' ' && isLetter(out[len - 2])))) {
          folds = true;
        }
        len++;
      }
    }
    if (len > 0 && out[len - 1] == ' ') {
      len--;
    }
    b.length = len;
    b.identity = identity;
    b.same = same;
    b.folded = false;
    if (folds) {
      b.map(len);
      fold(b, len);
    }
    return b;
  }

  /** Whether a fold's variant ends at {@code out[at]}. */
  private static boolean variantEndsAt(char[] out, int at) {
    outer:
    for (char[] v : FOLDS_BY_LAST[out[at]]) {
      int from = at + 1 - v.length;
      if (from < 0) {
        continue;
      }
      // Backwards from the char before the last: most candidates fail there.
      for (int k = v.length - 2; k >= 0; k--) {
        if (out[from + k] != v[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static void grow(Scratch b, int len) {
    int m = len * 2 + 8;
    b.text = Arrays.copyOf(b.text, m);
    b.starts = Arrays.copyOf(b.starts, m);
    b.ends = Arrays.copyOf(b.ends, m);
    b.text2 = new char[m];
    b.starts2 = new int[m];
    b.ends2 = new int[m];
  }

  /**
   * Applies the folds to the first pass's output in {@code b} (offsets mapped); when one applies,
   * the result replaces it ({@code folded}).
   */
  private static void fold(Scratch b, int len) {
    char[] in = b.text;
    int[] starts = b.starts;
    int[] ends = b.ends;
    if (b.text2.length < 2 * len) {
      // 個人番号カード (7 chars) becomes マイナンバーカード (9): the output can outgrow the input.
      b.text2 = new char[2 * len];
      b.starts2 = new int[2 * len];
      b.ends2 = new int[2 * len];
    }
    char[] out = b.text2;
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
      return;
    }
    b.text2 = in;
    b.starts2 = starts;
    b.ends2 = ends;
    b.text = out;
    b.starts = s2;
    b.ends = e2;
    b.length = o;
    b.identity = false;
    b.same = false;
    b.folded = true;
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
