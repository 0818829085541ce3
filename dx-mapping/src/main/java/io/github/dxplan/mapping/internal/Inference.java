package io.github.dxplan.mapping.internal;

import io.github.dxplan.mapping.Evidence;
import io.github.dxplan.catalog.Absorption;
import io.github.dxplan.catalog.NationalCatalog;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The term matcher for one catalogue version and one dictionary: every term of every item in one
 * automaton, scored per element by the rules of {@link #decide} with the numbers of the version's
 * {@link InferenceRules} (its terms file).
 *
 * <p>Score of an item for one element: a noisy-or over its distinct matched terms, each
 * contributing {@code termWeight × fieldWeight} (its best field); weak terms count only with a firm
 * term of the item, or two with one in the title, in the item's context; domain terms only when no
 * other item reaches the threshold on the element (or next to an item they may accompany); a
 * negative term cancels overlapping matches of its item. Terms of a code the version absorbs count
 * for the absorbing item. {@link #explain} runs the same code and records each decision. This class
 * is immutable and thread-safe.
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
  public static final class Field {
    private final String base;
    private final String suffix;
    private String pointer;
    private final String text;
    private final double weight;
    private final boolean inherited;

    /** A text with its pointer. */
    public Field(String pointer, String text, double weight, boolean inherited) {
      this.pointer = pointer;
      this.base = pointer;
      this.suffix = null;
      this.text = text;
      this.weight = weight;
      this.inherited = inherited;
    }

    /** An own text of the element. */
    public Field(String pointer, String text, double weight) {
      this(pointer, text, weight, false);
    }

    private Field(String base, String suffix, String text, double weight) {
      this.base = base;
      this.suffix = suffix;
      this.text = text;
      this.weight = weight;
      this.inherited = false;
    }

    /**
     * An own text of the element whose pointer, {@code base + suffix}, is built only if a match in
     * it becomes evidence (most texts link nothing).
     */
    public static Field of(String base, String suffix, String text, double weight) {
      return new Field(base, suffix, text, weight);
    }

    /** JSON Pointer of the text. */
    public String pointer() {
      String p = pointer;
      if (p == null) {
        p = base.concat(suffix);
        pointer = p;
      }
      return p;
    }

    /** The text. */
    public String text() {
      return text;
    }

    /** The field weight. */
    public double weight() {
      return weight;
    }

    /** Whether the text is context from an ancestor. */
    public boolean inherited() {
      return inherited;
    }
  }

  /**
   * An item suggested for an element; its hits are the reported evidence (the match's field
   * pointer, term, offset and length in the original text, the text matched, its contribution).
   */
  public record Candidate(String code, double score, List<Evidence> hits) {}

  private final List<Term> terms;
  private final List<String> codes;
  private final TermAutomaton automaton;
  private final InferenceRules rules;
  private final double threshold;
  private final Map<String, Set<String>> alongside;
  /** Codes whose domain terms need a context term in the element. */
  private final Set<String> needContext;
  /** Per term: its tier, weight, and its code's rank in code order (so int order is String order). */
  private final Term.Tier[] tierOf;
  private final double[] weightOf;
  private final int[] codeRank;
  private final int codeCount;
  /** Codes by rank, and whether a code's domain terms need a context term, by rank. */
  private final String[] codeByRank;
  private final boolean[] needContextByRank;
  /** Whether a code has domain terms (a catch-all item), by rank: its weak terms only support. */
  private final boolean[] catchAllByRank;
  /** Per-thread scratch for {@link #infer} and {@link #scan}. */
  private final ThreadLocal<Work> work = ThreadLocal.withInitial(Work::new);

  private Inference(List<Term> terms, List<String> codes, TermAutomaton automaton, InferenceRules rules,
      Map<String, Set<String>> alongside) {
    this.terms = terms;
    this.codes = codes;
    this.automaton = automaton;
    this.rules = rules;
    this.threshold = rules.threshold();
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
    this.codeByRank = sorted.toArray(new String[0]);
    this.needContextByRank = new boolean[codeCount];
    for (int r = 0; r < codeCount; r++) {
      needContextByRank[r] = needContext.contains(codeByRank[r]);
    }
    boolean[] catchAll = new boolean[codeCount];
    for (int t = 0; t < n; t++) {
      tierOf[t] = terms.get(t).tier();
      Term term = terms.get(t);
      weightOf[t] = term.tierWeight() ? rules.weightOf(term.tier()) : term.weight();
      codeRank[t] = rank.get(codes.get(t));
      catchAll[codeRank[t]] |= term.tier() == Term.Tier.DOMAIN;
    }
    this.catchAllByRank = catchAll;
  }

  /**
   * Builds the matcher.
   *
   * @param catalog the catalogue version; terms of codes it neither has nor absorbs are dropped
   * @param dictionary the terms; its rules, or when it has none (a user's terms alone) the rules of
   *     the version's shipped file
   * @param threshold the score from which an item counts as inferred, or {@code NaN} for the rules'
   * @return the matcher
   */
  public static Inference build(NationalCatalog catalog, TermDictionary dictionary, double threshold) {
    Prepared p = prepare(catalog, dictionary);
    return new Inference(List.copyOf(p.kept), p.codes, TermAutomaton.build(p.normalized),
        rules(catalog, dictionary, threshold), Map.copyOf(p.alongside));
  }

  private static InferenceRules rules(NationalCatalog catalog, TermDictionary dictionary, double threshold) {
    InferenceRules r = dictionary.rules() != null ? dictionary.rules() : TermDictionary.shipped(catalog.version()).rules();
    return Double.isNaN(threshold) ? r : r.withThreshold(threshold);
  }

  /**
   * Returns the rules this matcher decides by (threshold, weights, field weights…).
   *
   * @return the rules
   */
  public InferenceRules rules() {
    return rules;
  }

  /** What {@link #build} derives from the catalogue and the terms before making the automaton. */
  private record Prepared(Map<String, String> target, List<Term> kept, List<String> normalized, List<String> codes,
      Map<String, Set<String>> alongside) {}

  /** The item each code's terms count for: the code itself, or the item that absorbs it. */
  private static Map<String, String> target(NationalCatalog catalog) {
    Map<String, String> target = new HashMap<>();
    for (String code : catalog.codes()) {
      target.put(code, code);
    }
    for (Absorption a : catalog.absorptions()) {
      target.put(a.code(), a.into());
    }
    return target;
  }

  private static Prepared prepare(NationalCatalog catalog, TermDictionary dictionary) {
    Map<String, String> target = target(catalog);
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
    return new Prepared(target, kept, normalized, codes, alongside);
  }

  /** The resource holding what {@link #build} derives from the shipped terms for a version. */
  public static String compiledResource(String version) {
    return TermDictionary.BASE + "inference-" + version + COMPILED;
  }

  /** The file name suffix of a compiled matcher. */
  public static final String COMPILED = ".dxinf";

  private static final int MAGIC = 0x6478696E; // "dxin"
  private static final int FORMAT = 2;

  /**
   * Writes what {@link #build} derives from a catalogue and terms (all but the threshold), for
   * {@link #shipped}: the catalogue's code-to-item map (so a different catalogue of the same version
   * is noticed), the kept terms, the alongside map and the automaton. Used at build time.
   *
   * @param catalog the catalogue version
   * @param dictionary the terms
   * @param out where it goes
   * @throws IOException if it cannot be written
   */
  public static void writeCompiled(NationalCatalog catalog, TermDictionary dictionary, DataOutputStream out)
      throws IOException {
    Prepared p = prepare(catalog, dictionary);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeUTF(rules(catalog, dictionary, Double.NaN).write());
    List<String> sources = new ArrayList<>(p.target.keySet());
    java.util.Collections.sort(sources);
    out.writeInt(sources.size());
    for (String code : sources) {
      out.writeUTF(code);
      out.writeUTF(p.target.get(code));
    }
    out.writeInt(p.kept.size());
    for (Term t : p.kept) {
      out.writeUTF(t.code());
      out.writeUTF(t.text());
      out.writeByte(t.tier().ordinal());
      out.writeDouble(t.weight());
    }
    List<String> keys = new ArrayList<>(p.alongside.keySet());
    java.util.Collections.sort(keys);
    out.writeInt(keys.size());
    for (String k : keys) {
      out.writeUTF(k);
      List<String> others = new ArrayList<>(p.alongside.get(k));
      java.util.Collections.sort(others);
      out.writeInt(others.size());
      for (String o : others) {
        out.writeUTF(o);
      }
    }
    TermAutomaton.write(p.normalized, out);
  }

  /**
   * Reads what {@link #writeCompiled} wrote.
   *
   * @param catalog the catalogue version the matcher is for
   * @param in the data
   * @param threshold as for {@link #build}
   * @return the matcher {@link #build} makes of the catalogue and the same terms, or null if the data
   *     was written for a catalogue that maps codes to items differently
   * @throws IOException if it cannot be read
   */
  static Inference readCompiled(NationalCatalog catalog, DataInputStream in, double threshold) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
      return null;
    }
    Map<String, Double> values = new HashMap<>();
    for (String line : in.readUTF().split("\n")) {
      int eq = line.indexOf('=');
      values.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
    }
    InferenceRules rules = InferenceRules.read(values);
    if (!Double.isNaN(threshold)) {
      rules = rules.withThreshold(threshold);
    }
    int n = in.readInt();
    Map<String, String> target = new HashMap<>();
    for (int k = 0; k < n; k++) {
      String code = in.readUTF();
      target.put(code, in.readUTF());
    }
    if (!target.equals(target(catalog))) {
      return null;
    }
    Term.Tier[] tiers = Term.Tier.values();
    int terms = in.readInt();
    Term[] kept = new Term[terms];
    String[] codes = new String[terms];
    for (int t = 0; t < terms; t++) {
      String code = in.readUTF();
      String text = in.readUTF();
      Term.Tier tier = tiers[in.readByte()];
      kept[t] = new Term(code, text, tier, in.readDouble());
      codes[t] = code;
    }
    int keys = in.readInt();
    Map<String, Set<String>> alongside = new HashMap<>();
    for (int k = 0; k < keys; k++) {
      String key = in.readUTF();
      int m = in.readInt();
      Set<String> others = new HashSet<>();
      for (int j = 0; j < m; j++) {
        others.add(in.readUTF());
      }
      alongside.put(key, others);
    }
    TermAutomaton automaton = TermAutomaton.read(in);
    return new Inference(List.of(kept), Arrays.asList(codes), automaton, rules, Map.copyOf(alongside));
  }

  /**
   * The matcher of the shipped terms alone for a catalogue, read from the copy written at build time.
   *
   * @param catalog the catalogue version
   * @param threshold as for {@link #build}
   * @return what {@code build(catalog, TermDictionary.shipped(catalog.version()), threshold)} returns,
   *     or null when there is no compiled copy for the version or it was made for another catalogue
   */
  public static Inference shipped(NationalCatalog catalog, double threshold) {
    try (InputStream in = Inference.class.getResourceAsStream(compiledResource(catalog.version()))) {
      if (in == null) {
        return null;
      }
      return readCompiled(catalog, new DataInputStream(new ByteArrayInputStream(in.readAllBytes())), threshold);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether another matcher has the same terms, tables and automaton (for tests).
   *
   * @param o the other
   * @return whether they are equal
   */
  boolean sameAs(Inference o) {
    return terms.equals(o.terms) && codes.equals(o.codes) && automaton.sameAs(o.automaton)
        && rules.equals(o.rules) && Double.compare(threshold, o.threshold) == 0 && alongside.equals(o.alongside)
        && needContext.equals(o.needContext) && Arrays.equals(tierOf, o.tierOf) && Arrays.equals(weightOf, o.weightOf)
        && Arrays.equals(codeRank, o.codeRank) && codeCount == o.codeCount && Arrays.equals(codeByRank, o.codeByRank)
        && Arrays.equals(needContextByRank, o.needContextByRank) && Arrays.equals(catchAllByRank, o.catchAllByRank);
  }

  /**
   * Per-thread scratch: occurrences as parallel int arrays (term, start, end, field), the first
   * context-term occurrence by code rank, and the arrays {@link #decide} sorts and groups in. Reused
   * by every element a thread maps; {@link #infer} is not reentrant, so one per thread suffices.
   */
  private final class Work implements TermAutomaton.Sink {
    int[] term = new int[64];
    int[] start = new int[64];
    int[] end = new int[64];
    int[] field = new int[64];
    int count;
    /** Context occurrence by code rank: term ({@code -1}: none), start, end, field. */
    final int[] ctxTerm = new int[codeCount];
    final int[] ctxStart = new int[codeCount];
    final int[] ctxEnd = new int[codeCount];
    final int[] ctxField = new int[codeCount];
    /** One text's positive and negative matches (term, start, end triples). */
    int[] pos = new int[48];
    int posCount;
    int[] neg = new int[24];
    int negCount;
    int scanField;
    boolean contextOnly;
    /** The text being scanned, for the original offsets of its context matches. */
    TextNormalizer.Scratch scanText;
    /** decide: sort keys, best occurrence per distinct term, group starts and their scores. */
    long[] keys = new long[64];
    int[] best = new int[64];
    int[] groupFrom = new int[16];
    Scored[] scored = new Scored[16];

    void reset() {
      count = 0;
      Arrays.fill(ctxTerm, -1);
    }

    void add(int t, int st, int en, int f) {
      if (count == term.length) {
        int n = count * 2;
        term = Arrays.copyOf(term, n);
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        field = Arrays.copyOf(field, n);
      }
      term[count] = t;
      start[count] = st;
      end[count] = en;
      field[count] = f;
      count++;
    }

    void context(int r, int t, int st, int en, int f) {
      if (ctxTerm[r] < 0) {
        ctxTerm[r] = t;
        ctxStart[r] = st;
        ctxEnd[r] = en;
        ctxField[r] = f;
      }
    }

    @Override
    public void match(int t, int st, int en) {
      Term.Tier tier = tierOf[t];
      if (tier == Term.Tier.CONTEXT) {
        if (!needContext.isEmpty()) {
          context(codeRank[t], t, scanText.originalStart(st), scanText.originalEnd(en - 1), scanField);
        }
      } else if (contextOnly) {
        return;
      } else if (tier == Term.Tier.NEGATIVE) {
        if (negCount + 3 > neg.length) {
          neg = Arrays.copyOf(neg, neg.length * 2);
        }
        neg[negCount++] = t;
        neg[negCount++] = st;
        neg[negCount++] = en;
      } else {
        if (posCount + 3 > pos.length) {
          pos = Arrays.copyOf(pos, pos.length * 2);
        }
        pos[posCount++] = t;
        pos[posCount++] = st;
        pos[posCount++] = en;
      }
    }
  }

  /**
   * A scored item with what the decision rules need besides the score; its evidence is built only
   * if it is reported ({@link #candidate}). Its occurrences are {@code best[from..to)} of the
   * thread's {@link Work}; {@code context} is the code rank of its context occurrence, or -1;
   * {@code weakCounts} whether its weak terms counted ({@link #score}).
   */
  private record Scored(int rank, double score, double firm, double title, int from, int to, boolean domain,
      boolean weakCounts, int context) {}

  /** Whether an occurrence of this tier counts toward a score (see {@link #score}). */
  private static boolean counts(Term.Tier tier, boolean domain, boolean weakCounts) {
    return !(tier == Term.Tier.DOMAIN && !domain) && !(tier == Term.Tier.WEAK && !weakCounts);
  }

  /**
   * A text normalized and matched once, to be read as inherited context by many elements (a
   * measure's title by each of its initiatives). Immutable.
   */
  public static final class Scanned {
    final Field field;
    /** Matches as (term, start, end) triples, offsets in the original text. */
    final int[] occs;
    /** Context-term occurrences as (code rank, term, start, end) quadruples, by rank. */
    final int[] context;

    Scanned(Field field, int[] occs, int[] context) {
      this.field = field;
      this.occs = occs;
      this.context = context;
    }

    /** The text that was matched. */
    public Field field() {
      return field;
    }
  }

  /**
   * Normalizes and matches one text once (for inherited context).
   *
   * @param field the text
   * @return the matches, field index 0
   */
  public Scanned scan(Field field) {
    Work w = work.get();
    w.reset();
    scanInto(w, field.text(), 0, field.weight() == 0);
    int[] occs = new int[w.count * 3];
    for (int k = 0; k < w.count; k++) {
      occs[3 * k] = w.term[k];
      occs[3 * k + 1] = w.start[k];
      occs[3 * k + 2] = w.end[k];
    }
    int contexts = 0;
    for (int r = 0; r < codeCount; r++) {
      contexts += w.ctxTerm[r] >= 0 ? 1 : 0;
    }
    int[] context = new int[contexts * 4];
    for (int r = 0, k = 0; r < codeCount; r++) {
      if (w.ctxTerm[r] >= 0) {
        context[k++] = r;
        context[k++] = w.ctxTerm[r];
        context[k++] = w.ctxStart[r];
        context[k++] = w.ctxEnd[r];
      }
    }
    return new Scanned(field, occs, context);
  }

  /**
   * Scores the items for one element.
   *
   * @param fields the element's texts with their weights; the first is its title
   * @return candidates by code (sorted by code), only those at or above the threshold
   */
  public Map<String, Candidate> infer(List<Field> fields) {
    return infer(fields, List.of(), null);
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
    return infer(own, inherited, null);
  }

  /**
   * Scores the items for one element as {@link #infer(List, List)} does, and says for every item a
   * term was found for why it is or is not linked.
   *
   * @param own the element's texts
   * @param inherited ancestors' texts
   * @return the decisions, by code
   */
  public Explained explain(List<Field> own, List<Scanned> inherited) {
    Explained trace = new Explained();
    trace.linked = infer(own, inherited, trace);
    return trace;
  }

  /** Why an item is or is not linked to an element. */
  public enum Outcome {
    /** Linked: its score reaches the threshold. */
    LINKED,
    /** Its terms were found, but their score stays below the threshold. */
    BELOW_THRESHOLD,
    /** Only weak terms were found: they need a firm term of the item, or two with one in the title. */
    WEAK_ONLY,
    /** Its weak or domain terms need one of its context terms, and none was found. */
    NO_CONTEXT,
    /** Domain (field) terms count only when no more specific item is linked, and another is. */
    NOT_RESIDUAL,
    /** The title names another item; this one is only in the longer texts, with too little firm evidence. */
    MENTION_ONLY,
    /** Found only through the measure's title, which names several items, none in the element's own texts. */
    NOT_IN_OWN_TEXTS
  }

  /**
   * One term found for an item.
   *
   * @param evidence where (field pointer, offset and length in the original text, the text)
   * @param term the term
   * @param tier its tier
   * @param weight its weight
   * @param fieldWeight the weight of the text it is in
   * @param counted whether it counted toward the score
   */
  public record Found(Evidence evidence, Term term, double weight, double fieldWeight, boolean counted) {}

  /**
   * One item as decided for an element.
   *
   * @param code the item
   * @param score its score (of the counted terms)
   * @param outcome why it is or is not linked
   * @param found every term found, counted or not, strongest first
   */
  public record Decision(String code, double score, Outcome outcome, List<Found> found) {}

  /** The decisions of one {@link #explain}: filled by the same code that decides {@link #infer}. */
  public static final class Explained {
    private final Map<String, Decision> decisions = new LinkedHashMap<>();
    private boolean usedInherited;
    private Map<String, Candidate> linked = Map.of();

    /** The decisions, by code, for the items a term was found for. */
    public Map<String, Decision> decisions() {
      return Collections.unmodifiableMap(decisions);
    }

    /** Whether the element's own texts linked nothing, so its measure's title was read. */
    public boolean usedInherited() {
      return usedInherited;
    }

    /** The linked candidates, as {@link #infer} returns them. */
    public Map<String, Candidate> linked() {
      return linked;
    }
  }

  private Map<String, Candidate> infer(List<Field> own, List<Scanned> inherited, Explained trace) {
    List<Field> fields = own;
    Work w = work.get();
    w.reset();
    for (int f = 0; f < own.size(); f++) {
      scanInto(w, own.get(f).text(), f, false);
    }
    int ownOccs = w.count;
    if (!inherited.isEmpty()) {
      int f = own.size();
      for (Scanned sc : inherited) {
        int[] o = sc.occs;
        for (int k = 0; k < o.length; k += 3) {
          w.add(o[k], o[k + 1], o[k + 2], f);
        }
        int[] c = sc.context;
        for (int k = 0; k < c.length; k += 4) {
          w.context(c[k], c[k + 1], c[k + 2], c[k + 3], f);
        }
        f++;
      }
    }
    if (w.count == 0) {
      return Map.of();
    }
    if (!inherited.isEmpty()) {
      fields = new ArrayList<>(own.size() + inherited.size());
      fields.addAll(own);
      for (Scanned sc : inherited) {
        fields.add(sc.field);
      }
    }
    if (ownOccs == w.count) {
      return decide(w, w.count, fields, trace);
    }
    // The element's own texts first; the ancestors' only for an element they leave unlinked
    // (a vague title such as 市政研究センターの機能強化 under a measure about data).
    Map<String, Candidate> out = ownOccs == 0 ? Map.of() : decide(w, ownOccs, fields, trace);
    if (!out.isEmpty()) {
      return out;
    }
    if (trace != null) {
      trace.decisions.clear();
      trace.usedInherited = true;
    }
    out = decide(w, w.count, fields, trace);
    if (out.size() <= 1) {
      return out;
    }
    // Context naming several items (a measure 「AI・RPA、テレワーク等の推進」) does not say which one a
    // vague initiative is about: keep only items the element's own texts also support.
    Map<String, Candidate> kept = new LinkedHashMap<>();
    for (var e : out.entrySet()) {
      for (Evidence h : e.getValue().hits()) {
        if (h.contribution() > 0 && own.stream().anyMatch(f -> f.pointer().equals(h.field()))) {
          kept.put(e.getKey(), e.getValue());
          break;
        }
      }
      if (trace != null && !kept.containsKey(e.getKey())) {
        Decision d = trace.decisions.get(e.getKey());
        trace.decisions.put(e.getKey(), new Decision(d.code(), d.score(), Outcome.NOT_IN_OWN_TEXTS, d.found()));
      }
    }
    return kept;
  }

  /** Normalizes and matches one text; keeps its matches with their offsets in the original text. */
  private void scanInto(Work w, String text, int field, boolean contextOnly) {
    TextNormalizer.Scratch nt = TextNormalizer.scratch(text == null ? "" : text);
    w.scanField = field;
    w.contextOnly = contextOnly;
    w.scanText = nt;
    w.posCount = 0;
    w.negCount = 0;
    automaton.scan(nt.text, nt.length, w);
    int[] neg = w.neg;
    int[] pos = w.pos;
    int nn = w.negCount;
    int np = w.posCount;
    for (int a = 0; a < np; a += 3) {
      int ot = pos[a];
      int os = pos[a + 1];
      int oe = pos[a + 2];
      int code = codeRank[ot];
      boolean cancelled = false;
      for (int b = 0; b < nn; b += 3) {
        if (codeRank[neg[b]] == code && neg[b + 1] < oe && os < neg[b + 2]) {
          cancelled = true;
          break;
        }
      }
      // Overlapping matches of one item count once: the heavier (then longer, then first) wins,
      // so 自治体クラウド does not also count as クラウド.
      for (int b = 0; b < np && !cancelled; b += 3) {
        int nt2 = pos[b];
        int ns = pos[b + 1];
        int ne = pos[b + 2];
        if (b != a && codeRank[nt2] == code && ns < oe && os < ne && beats(nt2, ns, ne, ot, os, oe)) {
          cancelled = true;
        }
      }
      if (!cancelled) {
        w.add(ot, nt.originalStart(os), nt.originalEnd(oe - 1), field);
      }
    }
  }

  /**
   * Groups the first {@code n} occurrences by item: {@code w.best} holds, per item (in code order),
   * the best occurrence of each distinct term (by contribution, then first position); {@code
   * w.groupFrom[g]} is where item {@code g} starts. Returns the number of items.
   */
  private int groupByItem(Work w, int n, List<Field> fields) {
    if (w.keys.length < n) {
      w.keys = new long[Math.max(n, w.keys.length * 2)];
      w.best = new int[w.keys.length];
    }
    long[] keys = w.keys;
    for (int k = 0; k < n; k++) {
      int t = w.term[k];
      keys[k] = (long) codeRank[t] << 42 | (long) t << 21 | k;
    }
    // Sorting by (code rank, term, index) keeps equal terms in their order: the first of equal
    // contributions wins.
    Arrays.sort(keys, 0, n);
    int[] best = w.best;
    int m = 0;
    int groups = 0;
    int groupCode = -1;
    for (int k = 0; k < n; ) {
      int b = (int) (keys[k] & 0x1FFFFF);
      int bt = w.term[b];
      double bc = contribution(w, b, fields);
      int j = k + 1;
      for (; j < n && w.term[(int) (keys[j] & 0x1FFFFF)] == bt; j++) {
        int o = (int) (keys[j] & 0x1FFFFF);
        double oc = contribution(w, o, fields);
        if (oc > bc) {
          b = o;
          bc = oc;
        }
      }
      k = j;
      if (codeRank[bt] != groupCode) {
        groupCode = codeRank[bt];
        if (groups + 1 >= w.groupFrom.length) {
          w.groupFrom = Arrays.copyOf(w.groupFrom, w.groupFrom.length * 2);
          w.scored = Arrays.copyOf(w.scored, w.scored.length * 2);
        }
        w.groupFrom[groups++] = m;
      }
      best[m++] = b;
    }
    w.groupFrom[groups] = m;
    return groups;
  }

  /**
   * The decision rules, in order, for one element:
   * <ol>
   *   <li>each item's score from its strong and weak terms ({@link #score}: weak terms count beside
   *       a firm term, or two of them with one in the title, in the item's context);
   *   <li>domain terms: the field vocabulary of a catch-all item counts, in its context, when no
   *       other item reaches the threshold, or — named in the title — next to an item it may
   *       accompany ({@code alongside});
   *   <li>a link needs the threshold;
   *   <li>when a linked item's title evidence reaches {@code titleAnchor}, an item without title
   *       evidence needs {@code secondary} firm evidence (a passing mention is not a second item).
   * </ol>
   */
  private Map<String, Candidate> decide(Work w, int n, List<Field> fields, Explained trace) {
    int groups = groupByItem(w, n, fields);
    int[] groupFrom = w.groupFrom;
    Scored[] withoutDomain = w.scored;
    for (int g = 0; g < groups; g++) {
      withoutDomain[g] = score(w, groupFrom[g], groupFrom[g + 1], fields, false, -1);
    }
    List<Scored> linked = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      int from = groupFrom[g];
      int to = groupFrom[g + 1];
      int rank = codeRank[w.term[w.best[from]]];
      Scored c = withoutDomain[g];
      Outcome why = null;
      if (hasTier(w, from, to, Term.Tier.DOMAIN) && (c == null || c.score() < threshold)) {
        int ctx = w.ctxTerm[rank] >= 0 ? rank : -1;
        if (needContextByRank[rank] && ctx < 0) {
          why = Outcome.NO_CONTEXT;
        } else {
          Scored d = score(w, from, to, fields, true, ctx);
          switch (residual(withoutDomain, groups, g, codeByRank[rank])) {
            case ALONE:
              c = d;
              break;
            case ALONGSIDE:
              if (d != null && d.title() > 0) {
                c = d;
              } else {
                why = Outcome.NOT_RESIDUAL;
              }
              break;
            default:
              why = Outcome.NOT_RESIDUAL;
          }
        }
      }
      if (c != null && c.score() >= threshold) {
        linked.add(c);
      } else if (trace != null) {
        if (why == null) {
          boolean weakAlone = c == null && hasTier(w, from, to, Term.Tier.WEAK);
          why = !weakAlone ? Outcome.BELOW_THRESHOLD
              : needContextByRank[rank] && w.ctxTerm[rank] < 0 ? Outcome.NO_CONTEXT : Outcome.WEAK_ONLY;
        }
        trace.decisions.put(codeByRank[rank], decision(w, c, fields, why, from, to));
      }
    }
    Arrays.fill(withoutDomain, 0, groups, null);
    boolean anchored = false;
    for (Scored c : linked) {
      anchored |= c.title() >= rules.titleAnchor();
    }
    Map<String, Candidate> result = new LinkedHashMap<>();
    for (Scored c : linked) {
      boolean mention = anchored && c.title() == 0 && c.firm() < rules.secondary();
      if (trace != null) {
        trace.decisions.put(codeByRank[c.rank()], decision(w, c, fields,
            mention ? Outcome.MENTION_ONLY : Outcome.LINKED, c.from(), c.to()));
      }
      if (!mention) {
        result.put(codeByRank[c.rank()], candidate(w, c, fields));
      }
    }
    if (trace != null) {
      // Decisions in code order, as candidates are.
      Map<String, Decision> sorted = new java.util.TreeMap<>(trace.decisions);
      trace.decisions.clear();
      trace.decisions.putAll(sorted);
    }
    return result;
  }

  /** Whether the domain terms of item {@code g} may count: alone, only next to its alongside items, or not. */
  private enum Residual { ALONE, ALONGSIDE, NO }

  private Residual residual(Scored[] withoutDomain, int groups, int g, String code) {
    Set<String> may = alongside.getOrDefault(code, Set.of());
    boolean others = false;
    boolean onlyAccompanied = true;
    for (int h = 0; h < groups; h++) {
      Scored o = withoutDomain[h];
      if (o != null && h != g && o.score() >= threshold) {
        others = true;
        onlyAccompanied &= may.contains(codeByRank[o.rank()]);
      }
    }
    return !others ? Residual.ALONE : onlyAccompanied ? Residual.ALONGSIDE : Residual.NO;
  }

  private boolean hasTier(Work w, int from, int to, Term.Tier tier) {
    for (int k = from; k < to; k++) {
      if (tierOf[w.term[w.best[k]]] == tier) {
        return true;
      }
    }
    return false;
  }

  /** Where a context hit goes in the evidence list (reports keep the first 8 entries). */
  static final int CONTEXT_SLOT = 3;

  private boolean beats(int at, int as, int ae, int bt, int bs, int be) {
    double wa = weightOf[at];
    double wb = weightOf[bt];
    if (wa != wb) {
      return wa > wb;
    }
    int la = ae - as;
    int lb = be - bs;
    if (la != lb) {
      return la > lb;
    }
    return as < bs || (as == bs && at < bt);
  }

  private double contribution(Work w, int o, List<Field> fields) {
    return weightOf[w.term[o]] * fields.get(w.field[o]).weight();
  }

  /**
   * The score of one item: the noisy-or {@code 1 − Π(1 − contribution)} of the terms that count.
   * Strong terms always count; domain terms when {@code domain}; weak terms beside a firm term, or
   * when there are two with one in the element's own title — and then, for an item with context
   * terms, only if one of them was found (窓口 and 研修 in a counter-manners course are neither
   * FRONTYARD nor DIGITAL_TALENT). The weak terms of a catch-all item (one with domain terms:
   * 市民, 地域, 生活) never decide alone: 市民生活に関係する基幹系20業務 is not a community service.
   */
  private Scored score(Work w, int from, int to, List<Field> fields, boolean domain, int context) {
    int[] best = w.best;
    int counted = 0;
    boolean anchor = false;
    boolean weakInTitle = false;
    int rank = codeRank[w.term[best[from]]];
    for (int k = from; k < to; k++) {
      int o = best[k];
      Term.Tier tier = tierOf[w.term[o]];
      if (tier == Term.Tier.DOMAIN && !domain) {
        continue;
      }
      counted++;
      if (tier != Term.Tier.WEAK) {
        anchor = true;
      } else if (w.field[o] == 0) {
        weakInTitle = true;
      }
    }
    boolean inContext = !needContextByRank[rank] || w.ctxTerm[rank] >= 0;
    boolean weakCounts = anchor || (counted >= 2 && weakInTitle && inContext && !catchAllByRank[rank]);
    double miss = 1;
    double firmMiss = 1;
    double title = 0;
    boolean any = false;
    for (int k = from; k < to; k++) {
      int o = best[k];
      Term.Tier tier = tierOf[w.term[o]];
      if (!counts(tier, domain, weakCounts)) {
        continue;
      }
      double c = contribution(w, o, fields);
      miss *= 1 - c;
      if (tier != Term.Tier.WEAK) {
        firmMiss *= 1 - c;
      }
      if (w.field[o] == 0) {
        title = Math.max(title, c);
      }
      any = true;
    }
    if (!any) {
      return null;
    }
    return new Scored(rank, round(1 - miss), 1 - firmMiss, title, from, to, domain, weakCounts, context);
  }

  /** The reported candidate: the evidence of a {@link #score}, built for the items that are kept. */
  private Candidate candidate(Work w, Scored s, List<Field> fields) {
    int[] best = w.best;
    boolean domain = s.domain();
    List<Evidence> hits = new ArrayList<>(s.to() - s.from() + 1);
    for (int k = s.from(); k < s.to(); k++) {
      int o = best[k];
      if (!counts(tierOf[w.term[o]], domain, s.weakCounts())) {
        continue;
      }
      hits.add(hit(w.term[o], w.start[o], w.end[o], w.field[o], contribution(w, o, fields), fields));
    }
    boolean usedDomain = false;
    for (int k = s.from(); k < s.to(); k++) {
      usedDomain |= domain && tierOf[w.term[best[k]]] == Term.Tier.DOMAIN;
    }
    hits.sort(STRONGEST_FIRST);
    int r = s.context();
    if (usedDomain && r >= 0) {
      // The context term that let the domain terms count: evidence with contribution 0, placed
      // within the first CONTEXT_SLOT entries so that reports, which keep 8, still show it.
      hits.add(Math.min(hits.size(), CONTEXT_SLOT),
          hit(w.ctxTerm[r], w.ctxStart[r], w.ctxEnd[r], w.ctxField[r], 0, fields));
    }
    return new Candidate(codeByRank[s.rank()], s.score(), List.copyOf(hits));
  }

  private static final java.util.Comparator<Evidence> STRONGEST_FIRST = (a, b) -> {
    int c = Double.compare(b.contribution(), a.contribution());
    if (c != 0) {
      return c;
    }
    c = a.field().compareTo(b.field());
    return c != 0 ? c : Integer.compare(a.offset(), b.offset());
  };

  /** An explained decision: every term found for the item, whether it counted, and its context term. */
  private Decision decision(Work w, Scored s, List<Field> fields, Outcome why, int from, int to) {
    List<Found> found = new ArrayList<>();
    for (int k = from; k < to; k++) {
      int o = w.best[k];
      int t = w.term[o];
      boolean counted = s != null && counts(tierOf[t], s.domain(), s.weakCounts());
      found.add(new Found(hit(t, w.start[o], w.end[o], w.field[o], contribution(w, o, fields), fields), terms.get(t),
          weightOf[t], fields.get(w.field[o]).weight(), counted));
    }
    int rank = codeRank[w.term[w.best[from]]];
    if (w.ctxTerm[rank] >= 0) {
      int t = w.ctxTerm[rank];
      found.add(new Found(hit(t, w.ctxStart[rank], w.ctxEnd[rank], w.ctxField[rank], 0, fields), terms.get(t), 0,
          fields.get(w.ctxField[rank]).weight(), false));
    }
    found.sort((a, b) -> STRONGEST_FIRST.compare(a.evidence(), b.evidence()));
    return new Decision(codeByRank[rank], s == null ? 0 : s.score(), why, List.copyOf(found));
  }

  /** A match as evidence; {@code start} and {@code end} are offsets in the field's original text. */
  private Evidence hit(int term, int start, int end, int field, double contribution, List<Field> fields) {
    Field f = fields.get(field);
    return new Evidence(f.pointer(), terms.get(term).text(), start, end - start, f.text().substring(start, end),
        round(contribution));
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
