package io.github.dxplan.mapping.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over normalized terms: one pass over a text reports every occurrence
 * of every term, whatever the number of terms.
 *
 * <p>Terms made of ASCII letters or digits at an edge match only at a word boundary there, so
 * {@code ai} matches in {@code ai活用} and {@code ai-ocr} but not in {@code mail}. This class is
 * immutable and thread-safe once built.
 */
public final class TermAutomaton {

  /** Receives matches. */
  @FunctionalInterface
  public interface Sink {
    /**
     * One occurrence.
     *
     * @param term the index of the term, as added
     * @param start the normalized offset where it starts
     * @param end the normalized offset just after it
     */
    void match(int term, int start, int end);
  }

  /**
   * Every transition but the root's in one open-addressing table (load at most 1/2): key
   * {@code state << 16 | char} (0: empty slot; the root's transitions are in {@link #rootNext}),
   * so neither the goto nor the fail walk searches a state's row.
   */
  private final long[] transKey;
  private final int[] transTo;
  private final int transShift;
  private final int[] fail;
  /**
   * The root's transitions by char (0: stay at the root), so most chars cost one array read; -1
   * for a char that occurs in no term, which sends every state back to the root.
   */
  private final int[] rootNext;
  /**
   * Per state, bit {@code c & 63} set for each char it has a transition on: a clear bit is a
   * certain miss, so most fail steps skip the hash probe.
   */
  private final long[] childMask;
  /**
   * Per state with exactly one transition (most states of Japanese terms): {@code char << 32 | next};
   * -1 for the others, which use {@link #childMask} and the table.
   */
  private final long[] only;
  private final int[][] outputs;
  private final int[] termLength;
  private final boolean[] latinStart;
  private final boolean[] latinEnd;

  private TermAutomaton(
      char[][] keys, int[][] next, int[] fail, int[][] outputs, int[] termLength,
      boolean[] latinStart, boolean[] latinEnd) {
    this.fail = fail;
    this.rootNext = new int[Character.MAX_VALUE + 1];
    Arrays.fill(rootNext, -1);
    this.childMask = new long[keys.length];
    this.only = new long[keys.length];
    for (int s = 0; s < keys.length; s++) {
      only[s] = s != 0 && keys[s].length == 1 ? (long) keys[s][0] << 32 | next[s][0] : -1;
    }
    int transitions = 0;
    for (int s = 0; s < keys.length; s++) {
      for (char c : keys[s]) {
        this.rootNext[c] = 0;
        this.childMask[s] |= 1L << c;
      }
      if (s != 0) {
        transitions += keys[s].length;
      }
    }
    for (int k = 0; k < keys[0].length; k++) {
      this.rootNext[keys[0][k]] = next[0][k];
    }
    int bits = 1;
    while ((1 << bits) < 2 * transitions) {
      bits++;
    }
    this.transShift = 64 - bits;
    this.transKey = new long[1 << bits];
    this.transTo = new int[1 << bits];
    int mask = (1 << bits) - 1;
    for (int s = 1; s < keys.length; s++) {
      for (int k = 0; k < keys[s].length; k++) {
        long key = (long) s << 16 | keys[s][k];
        int h = slot(key);
        while (transKey[h] != 0) {
          h = (h + 1) & mask;
        }
        transKey[h] = key;
        transTo[h] = next[s][k];
      }
    }
    this.outputs = outputs;
    this.termLength = termLength;
    this.latinStart = latinStart;
    this.latinEnd = latinEnd;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> transShift);
  }

  /** The transition of a state other than the root on a char, or -1. */
  private int go(int s, char c) {
    long key = (long) s << 16 | c;
    long[] tk = transKey;
    int mask = tk.length - 1;
    int h = slot(key);
    long k;
    while ((k = tk[h]) != 0) {
      if (k == key) {
        return transTo[h];
      }
      h = (h + 1) & mask;
    }
    return -1;
  }

  /**
   * Builds the automaton.
   *
   * @param terms normalized, non-empty terms; the index in this list is reported on a match
   * @return the automaton
   */
  public static TermAutomaton build(List<String> terms) {
    return trie(terms).automaton();
  }

  /** What the constructor takes: the trie's rows, fail links, outputs and per-term facts. */
  private record Parts(char[][] keys, int[][] next, int[] fail, int[][] outputs, int[] termLength,
      boolean[] latinStart, boolean[] latinEnd) {
    TermAutomaton automaton() {
      return new TermAutomaton(keys, next, fail, outputs, termLength, latinStart, latinEnd);
    }
  }

  /**
   * Writes what {@link #build} derives from the terms, for {@link #read} (build time).
   *
   * @param terms as for {@link #build}
   * @param out where it goes
   * @throws IOException if it cannot be written
   */
  static void write(List<String> terms, DataOutputStream out) throws IOException {
    Parts p = trie(terms);
    int size = p.keys.length;
    out.writeInt(size);
    for (int s = 0; s < size; s++) {
      out.writeShort(p.keys[s].length);
      for (int k = 0; k < p.keys[s].length; k++) {
        out.writeChar(p.keys[s][k]);
        out.writeInt(p.next[s][k]);
      }
      out.writeInt(p.fail[s]);
      out.writeShort(p.outputs[s].length);
      for (int t : p.outputs[s]) {
        out.writeInt(t);
      }
    }
    out.writeInt(p.termLength.length);
    for (int t = 0; t < p.termLength.length; t++) {
      out.writeInt(p.termLength[t]);
      out.writeByte((p.latinStart[t] ? 1 : 0) | (p.latinEnd[t] ? 2 : 0));
    }
  }

  /**
   * Reads what {@link #write} wrote: the automaton {@link #build} makes of the same terms.
   *
   * @param in the data
   * @return the automaton
   * @throws IOException if it cannot be read
   */
  static TermAutomaton read(DataInputStream in) throws IOException {
    int size = in.readInt();
    char[][] keys = new char[size][];
    int[][] next = new int[size][];
    int[] fail = new int[size];
    int[][] outputs = new int[size][];
    for (int s = 0; s < size; s++) {
      int n = in.readUnsignedShort();
      char[] ks = new char[n];
      int[] ns = new int[n];
      for (int k = 0; k < n; k++) {
        ks[k] = in.readChar();
        ns[k] = in.readInt();
      }
      keys[s] = ks;
      next[s] = ns;
      fail[s] = in.readInt();
      int o = in.readUnsignedShort();
      int[] os = new int[o];
      for (int k = 0; k < o; k++) {
        os[k] = in.readInt();
      }
      outputs[s] = os;
    }
    int terms = in.readInt();
    int[] termLength = new int[terms];
    boolean[] latinStart = new boolean[terms];
    boolean[] latinEnd = new boolean[terms];
    for (int t = 0; t < terms; t++) {
      termLength[t] = in.readInt();
      int b = in.readByte();
      latinStart[t] = (b & 1) != 0;
      latinEnd[t] = (b & 2) != 0;
    }
    return new TermAutomaton(keys, next, fail, outputs, termLength, latinStart, latinEnd);
  }

  /**
   * Whether another automaton has the same tables (for tests).
   *
   * @param o the other
   * @return whether every array is equal
   */
  boolean sameAs(TermAutomaton o) {
    return Arrays.equals(transKey, o.transKey) && Arrays.equals(transTo, o.transTo) && transShift == o.transShift
        && Arrays.equals(fail, o.fail) && Arrays.equals(rootNext, o.rootNext) && Arrays.equals(childMask, o.childMask)
        && Arrays.equals(only, o.only)
        && Arrays.deepEquals(outputs, o.outputs) && Arrays.equals(termLength, o.termLength)
        && Arrays.equals(latinStart, o.latinStart) && Arrays.equals(latinEnd, o.latinEnd);
  }

  private static Parts trie(List<String> terms) {
    List<TreeMap<Character, Integer>> trie = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    trie.add(new TreeMap<>());
    out.add(new ArrayList<>());
    int[] termLength = new int[terms.size()];
    boolean[] latinStart = new boolean[terms.size()];
    boolean[] latinEnd = new boolean[terms.size()];
    for (int t = 0; t < terms.size(); t++) {
      String term = terms.get(t);
      if (term.isEmpty()) {
        throw new IllegalArgumentException("empty term at " + t);
      }
      termLength[t] = term.length();
      latinStart[t] = TextNormalizer.isAsciiAlnum(term.charAt(0));
      latinEnd[t] = TextNormalizer.isAsciiAlnum(term.charAt(term.length() - 1));
      int s = 0;
      for (int k = 0; k < term.length(); k++) {
        Integer to = trie.get(s).get(term.charAt(k));
        if (to == null) {
          to = trie.size();
          trie.get(s).put(term.charAt(k), to);
          trie.add(new TreeMap<>());
          out.add(new ArrayList<>());
        }
        s = to;
      }
      out.get(s).add(t);
    }
    int size = trie.size();
    char[][] keys = new char[size][];
    int[][] next = new int[size][];
    for (int s = 0; s < size; s++) {
      TreeMap<Character, Integer> m = trie.get(s);
      keys[s] = new char[m.size()];
      next[s] = new int[m.size()];
      int k = 0;
      for (var e : m.entrySet()) {
        keys[s][k] = e.getKey();
        next[s][k] = e.getValue();
        k++;
      }
    }
    int[] fail = new int[size];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int k = 0; k < next[0].length; k++) {
      fail[next[0][k]] = 0;
      queue.add(next[0][k]);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int k = 0; k < keys[s].length; k++) {
        char c = keys[s][k];
        int u = next[s][k];
        queue.add(u);
        int f = fail[s];
        int g;
        while ((g = step(keys, next, f, c)) < 0 && f != 0) {
          f = fail[f];
        }
        g = step(keys, next, f, c);
        fail[u] = g < 0 || g == u ? 0 : g;
        out.get(u).addAll(out.get(fail[u]));
      }
    }
    int[][] outputs = new int[size][];
    for (int s = 0; s < size; s++) {
      outputs[s] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    return new Parts(keys, next, fail, outputs, termLength, latinStart, latinEnd);
  }

  private static int step(char[][] keys, int[][] next, int s, char c) {
    int k = Arrays.binarySearch(keys[s], c);
    return k < 0 ? -1 : next[s][k];
  }

  /**
   * Reports every occurrence of every term in a normalized text.
   *
   * @param text the normalized text
   * @param sink receives the matches, in order of their end
   */
  public void scan(String text, Sink sink) {
    scan(text.toCharArray(), text.length(), sink);
  }

  /**
   * Reports every occurrence of every term in a normalized text held in {@code text[0..n)}.
   *
   * @param text the normalized text's chars
   * @param n its length
   * @param sink receives the matches, in order of their end
   */
  void scan(char[] text, int n, Sink sink) {
    int s = 0;
    for (int i = 0; i < n; i++) {
      char c = text[i];
      int r = rootNext[c];
      if (r < 0) {
        s = 0;
        continue;
      }
      int g = r;
      while (s != 0) {
        long one = only[s];
        if (one >= 0) {
          if ((char) (one >>> 32) == c) {
            g = (int) one;
            break;
          }
        } else if ((childMask[s] >>> c & 1) != 0 && (g = go(s, c)) >= 0) {
          break;
        }
        s = fail[s];
        g = r;
      }
      s = g;
      int[] o = outputs[s];
      if (o.length == 0) {
        continue;
      }
      for (int t : o) {
        int end = i + 1;
        int start = end - termLength[t];
        if (latinStart[t] && start > 0 && TextNormalizer.isAsciiAlnum(text[start - 1])) {
          continue;
        }
        if (latinEnd[t] && end < n && TextNormalizer.isAsciiAlnum(text[end])) {
          continue;
        }
        sink.match(t, start, end);
      }
    }
  }
}
