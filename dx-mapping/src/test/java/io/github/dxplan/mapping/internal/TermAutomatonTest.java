package io.github.dxplan.mapping.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TermAutomatonTest {
  private static final char[] ALPHABET = "abcai-デジタル化行政手続オンライン".toCharArray();

  /** Every occurrence, by a naive search with the same word-boundary rule, in order of end then term. */
  private static List<String> naive(List<String> terms, String text) {
    List<String> out = new ArrayList<>();
    for (int end = 1; end <= text.length(); end++) {
      for (int t = 0; t < terms.size(); t++) {
        String term = terms.get(t);
        int start = end - term.length();
        if (start < 0 || !text.startsWith(term, start)) {
          continue;
        }
        if (TextNormalizer.isAsciiAlnum(term.charAt(0)) && start > 0
            && TextNormalizer.isAsciiAlnum(text.charAt(start - 1))) {
          continue;
        }
        if (TextNormalizer.isAsciiAlnum(term.charAt(term.length() - 1)) && end < text.length()
            && TextNormalizer.isAsciiAlnum(text.charAt(end))) {
          continue;
        }
        out.add(t + "@" + start + "-" + end);
      }
    }
    return out;
  }

  private static String random(SplittableRandom r, int max) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(max);
    for (int k = 0; k < n; k++) {
      sb.append(ALPHABET[r.nextInt(ALPHABET.length)]);
    }
    return sb.toString();
  }

  @Test
  void reportsWhatANaiveSearchFinds_onRandomTermsAndTexts() {
    SplittableRandom r = new SplittableRandom(11);
    for (int round = 0; round < 2_000; round++) {
      List<String> terms = new ArrayList<>();
      int n = 1 + r.nextInt(30);
      for (int t = 0; t < n; t++) {
        terms.add(random(r, 5));
      }
      TermAutomaton a = TermAutomaton.build(terms);
      for (int k = 0; k < 20; k++) {
        String text = random(r, 60);
        List<String> got = new ArrayList<>();
        a.scan(text, (term, start, end) -> got.add(term + "@" + start + "-" + end));
        List<String> want = naive(terms, text);
        got.sort(null);
        want.sort(null);
        assertEquals(want, got, terms + " in " + text);
      }
    }
  }
}
