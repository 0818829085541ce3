package io.github.dxplan.mapping.internal;

import io.github.dxplan.mapping.catalog.Absorption;
import io.github.dxplan.mapping.catalog.NationalCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The term matcher for one catalogue version and one dictionary: every term of every item in one
 * automaton, scored per element.
 *
 * <p>Score of an item for one element: a noisy-or over its distinct matched terms, each
 * contributing {@code termWeight × fieldWeight} (its best field); weak terms count only with
 * another term of the item; domain terms only when no other item reaches the threshold on the
 * element; a negative term cancels overlapping matches of its item. Terms of a code the version
 * absorbs count for the absorbing item. This class is immutable and thread-safe.
 */
public final class Inference {

  /**
   * One text of an element.
   *
   * @param pointer JSON Pointer of the text (for an inherited text, the parent's field)
   * @param text the text
   * @param weight the field weight (for an inherited text, already discounted)
   * @param inherited whether the text is context from an ancestor (a measure's title for an
   *     initiative), read only when the element's own texts link no item; with weight 0 it only
   *     supplies context terms (a policy's title). Pass such texts through {@link #scan}.
   */
  public record Field(String pointer, String text, double weight, boolean inherited) {
    /** An own text of the element. */
    public Field(String pointer, String text, double weight) {
      this(pointer, text, weight, false);
    }
  }

  /** One matched term: where and what. */
  public record Hit(String pointer, String term, int offset, int length, String text, double contribution) {}

  /** An item suggested for an element. */
  public record Candidate(String code, double score, List<Hit> hits) {}

  private final List<Term> terms;
  private final List<String> codes;
  private final TermAutomaton automaton;
  private final double threshold;
  private final Map<String, Set<String>> alongside;
  /** Codes whose domain terms need a context term in the element. */
  private final Set<String> needContext;
  /** Per term: its tier, weight, and its code's rank in code order (so int order is String order). */
  private final Term.Tier[] tierOf;
  private final double[] weightOf;
  private final int[] codeRank;
  private final int codeCount;

  private Inference(List<Term> terms, List<String> codes, TermAutomaton automaton, double threshold,
      Map<String, Set<String>> alongside) {
    this.terms = terms;
    this.codes = codes;
    this.automaton = automaton;
    this.threshold = threshold;
    this.alongside = alongside;
    Set<String> need = new HashSet<>();
    for (Term t : terms) {
      if (t.tier() == Term.Tier.CONTEXT) {
        need.add(t.code());
      }
    }
    this.needContext = Set.copyOf(need);
    int n = terms.size();
    this.tierOf = new Term.Tier[n];
    this.weightOf = new double[n];
    this.codeRank = new int[n];
    java.util.TreeSet<String> sorted = new java.util.TreeSet<>(codes);
    Map<String, Integer> rank = new HashMap<>();
    for (String c : sorted) {
      rank.put(c, rank.size());
    }
    this.codeCount = rank.size();
    for (int t = 0; t < n; t++) {
      tierOf[t] = terms.get(t).tier();
      weightOf[t] = terms.get(t).weight();
      codeRank[t] = rank.get(codes.get(t));
    }
  }

  /**
   * Builds the matcher.
   *
   * @param catalog the catalogue version; terms of codes it neither has nor absorbs are dropped
   * @param dictionary the terms
   * @param threshold the score from which an item counts as inferred
   * @return the matcher
   */
  public static Inference build(NationalCatalog catalog, TermDictionary dictionary, double threshold) {
    Map<String, String> target = new HashMap<>();
    for (String code : catalog.codes()) {
      target.put(code, code);
    }
    for (Absorption a : catalog.absorptions()) {
      target.put(a.code(), a.into());
    }
    List<Term> kept = new ArrayList<>();
    List<String> normalized = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (Term t : dictionary.terms()) {
      String into = target.get(t.code());
      if (into == null) {
        continue;
      }
      String norm = TextNormalizer.normalize(t.text()).text();
      if (norm.isEmpty()) {
        continue;
      }
      kept.add(new Term(into, t.text(), t.tier(), t.weight()));
      normalized.add(norm);
      codes.add(into);
    }
    Map<String, Set<String>> alongside = new HashMap<>();
    for (var e : dictionary.alongside().entrySet()) {
      String into = target.get(e.getKey());
      if (into == null) {
        continue;
      }
      for (String other : e.getValue()) {
        String o = target.get(other);
        if (o != null) {
          alongside.computeIfAbsent(into, k -> new HashSet<>()).add(o);
        }
      }
    }
    return new Inference(List.copyOf(kept), codes, TermAutomaton.build(normalized), threshold, Map.copyOf(alongside));
  }

  private static final class Occ {
    final int term;
    final int start;
    final int end;
    final int field;

    Occ(int term, int start, int end, int field) {
      this.term = term;
      this.start = start;
      this.end = end;
      this.field = field;
    }
  }

  /**
   * A scored item with what the decision rules need besides the score; its evidence is built only
   * if it is reported ({@link #candidate}).
   */
  private record Scored(String code, double score, double firm, double title, List<Occ> occ, boolean domain,
      Occ context) {}

  /**
   * A text normalized and matched once, to be read as inherited context by many elements (a
   * measure's title by each of its initiatives). Immutable.
   */
  public static final class Scanned {
    final Field field;
    final NormalizedText text;
    final List<Occ> occs;
    /** Context-term occurrences by code rank ({@code null}: none). */
    final Occ[] context;

    Scanned(Field field, NormalizedText text, List<Occ> occs, Occ[] context) {
      this.field = field;
      this.text = text;
      this.occs = occs;
      this.context = context;
    }
  }

  /**
   * Normalizes and matches one text once (for inherited context).
   *
   * @param field the text
   * @return the matches, field index 0
   */
  public Scanned scan(Field field) {
    NormalizedText nt = TextNormalizer.normalize(field.text());
    List<Occ> occs = new ArrayList<>();
    Occ[] context = new Occ[codeCount];
    scanInto(nt, 0, field.weight() == 0, occs, context);
    return new Scanned(field, nt, List.copyOf(occs), context);
  }

  /**
   * Scores the items for one element.
   *
   * @param fields the element's texts with their weights; the first is its title
   * @return candidates by code (sorted by code), only those at or above the threshold
   */
  public Map<String, Candidate> infer(List<Field> fields) {
    return infer(fields, List.of());
  }

  /**
   * Scores the items for one element with context inherited from its ancestors.
   *
   * @param own the element's texts with their weights; the first is its title
   * @param inherited ancestors' texts ({@link #scan}), read only when the own texts link nothing
   *     (weight 0: context terms only)
   * @return candidates by code (sorted by code), only those at or above the threshold
   */
  public Map<String, Candidate> infer(List<Field> own, List<Scanned> inherited) {
    List<Field> fields = own;
    List<NormalizedText> texts = new ArrayList<>(own.size() + inherited.size());
    List<Occ> occs = new ArrayList<>();
    Occ[] context = new Occ[codeCount];
    for (int f = 0; f < own.size(); f++) {
      NormalizedText nt = TextNormalizer.normalize(own.get(f).text());
      texts.add(nt);
      scanInto(nt, f, false, occs, context);
    }
    int ownOccs = occs.size();
    if (!inherited.isEmpty()) {
      fields = new ArrayList<>(own);
      for (Scanned sc : inherited) {
        int f = fields.size();
        fields.add(sc.field);
        texts.add(sc.text);
        for (Occ o : sc.occs) {
          occs.add(new Occ(o.term, o.start, o.end, f));
        }
        for (int r = 0; r < codeCount; r++) {
          Occ o = sc.context[r];
          if (o != null && context[r] == null) {
            context[r] = new Occ(o.term, o.start, o.end, f);
          }
        }
      }
    }
    if (occs.isEmpty()) {
      return Map.of();
    }
    if (ownOccs == occs.size()) {
      return decide(occs, fields, texts, context);
    }
    // The element's own texts first; the ancestors' only for an element they leave unlinked
    // (a vague title such as 市政研究センターの機能強化 under a measure about data).
    Map<String, Candidate> out = ownOccs == 0 ? Map.of() : decide(occs.subList(0, ownOccs), fields, texts, context);
    if (!out.isEmpty()) {
      return out;
    }
    out = decide(occs, fields, texts, context);
    if (out.size() <= 1) {
      return out;
    }
    // Context naming several items (a measure 「AI・RPA、テレワーク等の推進」) does not say which one a
    // vague initiative is about: keep only items the element's own texts also support.
    Map<String, Candidate> kept = new LinkedHashMap<>();
    for (var e : out.entrySet()) {
      for (Hit h : e.getValue().hits()) {
        if (h.contribution() > 0 && own.stream().anyMatch(f -> f.pointer().equals(h.pointer()))) {
          kept.put(e.getKey(), e.getValue());
          break;
        }
      }
    }
    return kept;
  }

  /** Collects one text's matches (a sink reused for the text; not shared between threads). */
  private final class Collector implements TermAutomaton.Sink {
    final int field;
    final boolean contextOnly;
    final Occ[] context;
    final List<Occ> neg = new ArrayList<>();
    final List<Occ> pos = new ArrayList<>();

    Collector(int field, boolean contextOnly, Occ[] context) {
      this.field = field;
      this.contextOnly = contextOnly;
      this.context = context;
    }

    @Override
    public void match(int term, int start, int end) {
      Term.Tier tier = tierOf[term];
      if (tier == Term.Tier.CONTEXT) {
        if (!needContext.isEmpty()) {
          int r = codeRank[term];
          if (context[r] == null) {
            context[r] = new Occ(term, start, end, field);
          }
        }
      } else if (contextOnly) {
        return;
      } else if (tier == Term.Tier.NEGATIVE) {
        neg.add(new Occ(term, start, end, field));
      } else {
        pos.add(new Occ(term, start, end, field));
      }
    }
  }

  private void scanInto(NormalizedText nt, int field, boolean contextOnly, List<Occ> occs, Occ[] context) {
    Collector sink = new Collector(field, contextOnly, context);
    automaton.scan(nt.text(), sink);
    List<Occ> neg = sink.neg;
    List<Occ> pos = sink.pos;
    for (int a = 0, np = pos.size(); a < np; a++) {
      Occ o = pos.get(a);
      int code = codeRank[o.term];
      boolean cancelled = false;
      for (int b = 0, nn = neg.size(); b < nn; b++) {
        Occ n = neg.get(b);
        if (codeRank[n.term] == code && n.start < o.end && o.start < n.end) {
          cancelled = true;
          break;
        }
      }
      // Overlapping matches of one item count once: the heavier (then longer, then first) wins,
      // so 自治体クラウド does not also count as クラウド.
      for (int b = 0; b < np && !cancelled; b++) {
        Occ n = pos.get(b);
        if (n != o && codeRank[n.term] == code && n.start < o.end && o.start < n.end && beats(n, o)) {
          cancelled = true;
        }
      }
      if (!cancelled) {
        occs.add(o);
      }
    }
  }

  private Map<String, Candidate> decide(List<Occ> occs, List<Field> fields, List<NormalizedText> texts,
      Occ[] context) {
    // Best occurrence of each distinct term (by contribution, then first position), in code order
    // then term order.
    Occ[] sorted = occs.toArray(new Occ[0]);
    // Stable: equal terms keep their order, so the first of equal contributions wins.
    Arrays.sort(sorted, (a, b) -> a.term != b.term
        ? (codeRank[a.term] != codeRank[b.term] ? Integer.compare(codeRank[a.term], codeRank[b.term])
            : Integer.compare(a.term, b.term))
        : 0);
    Map<String, List<Occ>> byCode = new LinkedHashMap<>();
    List<Occ> group = null;
    int groupCode = -1;
    for (int k = 0; k < sorted.length; ) {
      Occ b = sorted[k];
      int j = k + 1;
      for (; j < sorted.length && sorted[j].term == b.term; j++) {
        if (contribution(sorted[j], fields) > contribution(b, fields)) {
          b = sorted[j];
        }
      }
      k = j;
      if (codeRank[b.term] != groupCode) {
        groupCode = codeRank[b.term];
        group = new ArrayList<>(4);
        byCode.put(codes.get(b.term), group);
      }
      group.add(b);
    }
    Map<String, Scored> withoutDomain = new LinkedHashMap<>();
    for (var e : byCode.entrySet()) {
      Scored c = score(e.getKey(), e.getValue(), fields, texts, false, null);
      if (c != null) {
        withoutDomain.put(e.getKey(), c);
      }
    }
    Map<String, Scored> out = new LinkedHashMap<>();
    for (var e : byCode.entrySet()) {
      String code = e.getKey();
      Scored c = withoutDomain.get(code);
      boolean hasDomain = false;
      for (Occ o : e.getValue()) {
        hasDomain |= terms.get(o.term).tier() == Term.Tier.DOMAIN;
      }
      Occ ctx = context[codeRank[e.getValue().get(0).term]];
      if (hasDomain && needContext.contains(code) && ctx == null) {
        hasDomain = false;
      }
      if (hasDomain && (c == null || c.score() < threshold)) {
        // Residual rule: the field vocabulary of a catch-all item counts when nothing more specific
        // explains the element, or — named in the element's title — alongside an item it may
        // accompany (a resident service that uses AI or data is also DIGITAL_COMMUNITY).
        Set<String> may = alongside.getOrDefault(code, Set.of());
        boolean others = false;
        boolean onlyAccompanied = true;
        for (Scored o : withoutDomain.values()) {
          if (!o.code().equals(code) && o.score() >= threshold) {
            others = true;
            onlyAccompanied &= may.contains(o.code());
          }
        }
        if (!others) {
          c = score(code, e.getValue(), fields, texts, true, ctx);
        } else if (onlyAccompanied) {
          Scored d = score(code, e.getValue(), fields, texts, true, ctx);
          if (d != null && d.title() > 0) {
            c = d;
          }
        }
      }
      if (c != null && c.score() >= threshold) {
        out.put(code, c);
      }
    }
    // When the title already names an item, an item found only in the longer texts is a passing
    // mention unless its firm (non-weak) evidence reaches SECONDARY: a pile of generic words
    // (窓口, 手続, 申請) or one strong term in a description does not make a second item.
    boolean titleNamed = false;
    for (Scored c : out.values()) {
      titleNamed |= c.title() >= TITLE_ANCHOR;
    }
    Map<String, Candidate> result = new LinkedHashMap<>();
    for (var e : out.entrySet()) {
      Scored c = e.getValue();
      if (titleNamed && c.title() == 0 && c.firm() < SECONDARY) {
        continue;
      }
      result.put(e.getKey(), candidate(c, fields, texts));
    }
    return result;
  }

  /** Where a context hit goes in the evidence list (reports keep the first 8 entries). */
  static final int CONTEXT_SLOT = 3;

  /** A title hit contributing this much makes the title the element's anchor. */
  static final double TITLE_ANCHOR = 0.7;
  /** The score an item found only outside the title must reach when the title names another. */
  static final double SECONDARY = 0.8;

  private boolean beats(Occ a, Occ b) {
    double wa = weightOf[a.term];
    double wb = weightOf[b.term];
    if (wa != wb) {
      return wa > wb;
    }
    int la = a.end - a.start;
    int lb = b.end - b.start;
    if (la != lb) {
      return la > lb;
    }
    return a.start < b.start || (a.start == b.start && a.term < b.term);
  }

  private double contribution(Occ o, List<Field> fields) {
    return weightOf[o.term] * fields.get(o.field).weight();
  }

  private Scored score(String code, List<Occ> occ, List<Field> fields, List<NormalizedText> texts, boolean domain,
      Occ context) {
    int counted = 0;
    boolean anchor = false;
    boolean weakInTitle = false;
    for (Occ o : occ) {
      Term.Tier tier = terms.get(o.term).tier();
      if (tier == Term.Tier.DOMAIN && !domain) {
        continue;
      }
      counted++;
      if (tier != Term.Tier.WEAK) {
        anchor = true;
      } else if (o.field == 0) {
        weakInTitle = true;
      }
    }
    // Weak terms support; alone they decide only when one of them is in the element's own title
    // (two generic words in a description, 窓口 and 申請, are not an online-procedures measure).
    boolean weakCounts = anchor || (counted >= 2 && weakInTitle);
    double miss = 1;
    double firmMiss = 1;
    double title = 0;
    boolean any = false;
    for (Occ o : occ) {
      Term.Tier tier = tierOf[o.term];
      if ((tier == Term.Tier.DOMAIN && !domain) || (tier == Term.Tier.WEAK && !weakCounts)) {
        continue;
      }
      double c = contribution(o, fields);
      miss *= 1 - c;
      if (tier != Term.Tier.WEAK) {
        firmMiss *= 1 - c;
      }
      if (o.field == 0) {
        title = Math.max(title, c);
      }
      any = true;
    }
    if (!any) {
      return null;
    }
    return new Scored(code, round(1 - miss), 1 - firmMiss, title, occ, domain, context);
  }

  /** The reported candidate: the evidence of a {@link #score}, built for the items that are kept. */
  private Candidate candidate(Scored s, List<Field> fields, List<NormalizedText> texts) {
    List<Occ> occ = s.occ();
    boolean domain = s.domain();
    int counted = 0;
    boolean anchor = false;
    boolean weakInTitle = false;
    for (Occ o : occ) {
      Term.Tier tier = tierOf[o.term];
      if (tier == Term.Tier.DOMAIN && !domain) {
        continue;
      }
      counted++;
      if (tier != Term.Tier.WEAK) {
        anchor = true;
      } else if (o.field == 0) {
        weakInTitle = true;
      }
    }
    boolean weakCounts = anchor || (counted >= 2 && weakInTitle);
    List<Hit> hits = new ArrayList<>(occ.size() + 1);
    for (Occ o : occ) {
      Term.Tier tier = tierOf[o.term];
      if ((tier == Term.Tier.DOMAIN && !domain) || (tier == Term.Tier.WEAK && !weakCounts)) {
        continue;
      }
      hits.add(hit(o, contribution(o, fields), fields, texts));
    }
    boolean usedDomain = false;
    for (Occ o : occ) {
      usedDomain |= domain && tierOf[o.term] == Term.Tier.DOMAIN;
    }
    hits.sort((a, b) -> {
      int c = Double.compare(b.contribution(), a.contribution());
      if (c != 0) {
        return c;
      }
      c = a.pointer().compareTo(b.pointer());
      return c != 0 ? c : Integer.compare(a.offset(), b.offset());
    });
    if (usedDomain && s.context() != null) {
      // The context term that let the domain terms count: evidence with contribution 0, placed
      // within the first CONTEXT_SLOT entries so that reports, which keep 8, still show it.
      hits.add(Math.min(hits.size(), CONTEXT_SLOT), hit(s.context(), 0, fields, texts));
    }
    return new Candidate(s.code(), s.score(), List.copyOf(hits));
  }

  private Hit hit(Occ o, double contribution, List<Field> fields, List<NormalizedText> texts) {
    NormalizedText nt = texts.get(o.field);
    int from = nt.originalStart(o.start);
    int to = nt.originalEnd(o.end - 1);
    return new Hit(fields.get(o.field).pointer(), terms.get(o.term).text(), from, to - from,
        nt.original().substring(from, to), round(contribution));
  }

  /**
   * Rounds a score to three decimals, so reports print the same number everywhere.
   *
   * @param x the score
   * @return the rounded score
   */
  public static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
