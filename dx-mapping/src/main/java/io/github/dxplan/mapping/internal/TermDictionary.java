package io.github.dxplan.mapping.internal;

import io.github.dxplan.mapping.TermsFormatException;
import io.github.dxplan.catalog.internal.Node;
import io.github.dxplan.catalog.internal.Node.ListNode;
import io.github.dxplan.catalog.internal.Node.MapNode;
import io.github.dxplan.catalog.internal.Node.ScalarNode;
import io.github.dxplan.catalog.internal.Node.ScalarType;
import io.github.dxplan.catalog.internal.Problems;
import io.github.dxplan.catalog.internal.TreeReader;
import io.github.dxplan.model.format.InputFiles;
import io.github.dxplan.model.format.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The inference terms of the national items: a list of {@link Term}s read from terms files.
 *
 * <p>Shipped: one file per catalogue version, {@code terms-<version>.yaml}, with every term of the
 * version's items and the version's {@link InferenceRules} (section {@code rules}); users add files
 * in the same format, without rules. See docs/mapping.md for the format. This class is immutable and
 * thread-safe.
 */
public final class TermDictionary {
  /** The resource folder of the shipped terms files. */
  public static final String BASE = "/io/github/dxplan/mapping/terms/";

  /**
   * The suffix of a shipped terms file's compiled copy ({@code terms-2.3.yaml} → {@code terms-2.3.dxterms}),
   * written at build time by {@code CompileShipped} and read without YAML or data binding.
   */
  public static final String COMPILED = ".dxterms";

  private static final String COMPILED_HEADER = "dxterms 1";

  /** The largest terms file read, in bytes (the shipped ones are under 100 kB). */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Map<String, Term.Tier> TIERS = tiers();

  private static Map<String, Term.Tier> tiers() {
    Map<String, Term.Tier> m = new LinkedHashMap<>();
    for (Term.Tier t : Term.Tier.values()) {
      m.put(t.name().toLowerCase(Locale.ROOT), t);
    }
    return Map.copyOf(m);
  }
  private final List<Term> terms;
  private final Map<String, Set<String>> alongside;
  /** The version's rules: set by a shipped file only; null in a user's file. */
  private final InferenceRules rules;

  private TermDictionary(List<Term> terms) {
    this(terms, Map.of(), null);
  }

  private TermDictionary(List<Term> terms, Map<String, Set<String>> alongside, InferenceRules rules) {
    this.rules = rules;
    this.terms = List.copyOf(terms);
    Map<String, Set<String>> a = new LinkedHashMap<>();
    alongside.forEach((k, v) -> a.put(k, Set.copyOf(v)));
    this.alongside = Collections.unmodifiableMap(a);
  }

  /** An empty dictionary. */
  public static TermDictionary empty() {
    return new TermDictionary(List.of());
  }

  /**
   * The shipped terms and rules for a catalogue version: the one file {@code terms-<version>.yaml}.
   * A version without its own file (a user's catalogue) takes the file of {@code fallback}.
   *
   * @param version the catalogue version, e.g. {@code 2.0}
   * @param fallback the version whose file is used when there is none for {@code version}
   * @return the version's terms and rules
   */
  public static TermDictionary shipped(String version, String fallback) {
    TermDictionary out = readShipped("terms-" + version);
    if (out == null) {
      out = readShipped("terms-" + fallback);
    }
    if (out == null) {
      throw new IllegalStateException("no shipped terms file for version " + version + " or " + fallback);
    }
    return out;
  }

  /**
   * The shipped terms and rules for a catalogue version; a version with no file of its own (a user's
   * catalogue) takes the newest shipped version's.
   *
   * @param version the catalogue version
   * @return its terms and rules
   */
  public static TermDictionary shipped(String version) {
    return shipped(version, io.github.dxplan.catalog.NationalCatalogs.shipped().latest().version());
  }

  /** A shipped file by base name: its compiled copy when there is one, else the YAML, else null. */
  private static TermDictionary readShipped(String name) {
    String compiled = BASE + name + COMPILED;
    try (InputStream in = TermDictionary.class.getResourceAsStream(compiled)) {
      if (in != null) {
        return readCompiled(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), compiled);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String yaml = BASE + name + ".yaml";
    return TermDictionary.class.getResource(yaml) != null ? read(yaml) : null;
  }

  /**
   * Reads a terms file and returns its compiled form: a header line, then one line per term ({@code
   * T}, code, tier, weight, text) in file order and one per {@code alongside} code ({@code A}, code,
   * other), tab-separated. Used at build time.
   *
   * @param in the YAML terms file; not closed
   * @param source the name used in errors
   * @return the compiled text
   * @throws TermsFormatException if the file is not a terms file, or a term holds a tab or line break
   */
  public static String writeCompiled(InputStream in, String source) {
    TermDictionary d = parse(in, source, true);
    StringBuilder b = new StringBuilder(COMPILED_HEADER).append('\n');
    if (d.rules != null) {
      for (String line : d.rules.write().split("\n")) {
        int eq = line.indexOf('=');
        b.append("R\t").append(line, 0, eq).append('\t').append(line.substring(eq + 1)).append('\n');
      }
    }
    for (Term t : d.terms) {
      if (t.text().indexOf('\t') >= 0 || t.text().indexOf('\n') >= 0 || t.text().indexOf('\r') >= 0) {
        throw new TermsFormatException(source + ": a term holds a tab or line break: " + t.text());
      }
      b.append("T\t").append(t.code()).append('\t').append(t.tier().name()).append('\t')
          .append(Double.toString(t.weight())).append('\t').append(t.text()).append('\n');
    }
    d.alongside.forEach((code, others) -> others.stream().sorted()
        .forEach(o -> b.append("A\t").append(code).append('\t').append(o).append('\n')));
    return b.toString();
  }

  /** Reads the compiled form written by {@link #writeCompiled}. */
  static TermDictionary readCompiled(String text, String source) {
    List<Term> out = new ArrayList<>();
    Map<String, Set<String>> alongside = new LinkedHashMap<>();
    Map<String, Double> rules = new LinkedHashMap<>();
    int start = text.indexOf('\n') + 1;
    if (start == 0 || !text.substring(0, start - 1).equals(COMPILED_HEADER)) {
      throw new IllegalStateException(source + ": not a compiled terms file");
    }
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      String[] f = text.substring(start, end).split("\t", -1);
      if (f[0].equals("T")) {
        out.add(new Term(f[1], f[4], Term.Tier.valueOf(f[2]), Double.parseDouble(f[3])));
      } else if (f[0].equals("R")) {
        rules.put(f[1], Double.parseDouble(f[2]));
      } else {
        alongside.computeIfAbsent(f[1], k -> new LinkedHashSet<>()).add(f[2]);
      }
      start = end + 1;
    }
    return new TermDictionary(out, alongside, rules.isEmpty() ? null : InferenceRules.read(rules));
  }

  /**
   * Reads a user terms file.
   *
   * @param file the file
   * @return its terms
   */
  public static TermDictionary read(Path file) {
    byte[] bytes;
    try {
      bytes = InputFiles.read(file, MAX_BYTES);
    } catch (UnreadableFileException e) {
      throw new TermsFormatException("cannot read terms file " + file + ": " + e.problem());
    }
    return parse(new ByteArrayInputStream(bytes), file.toString(), false);
  }

  private static TermDictionary read(String resource) {
    try (InputStream in = TermDictionary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(in, resource, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a terms file, reporting every problem at once with its line, column and JSON Pointer
   * (through the catalogue's {@link TreeReader}: no YAML aliases, no repeated keys, bounded nesting).
   * Only a shipped file may hold {@code rules}, and a shipped file must.
   */
  static TermDictionary parse(InputStream in, String source, boolean shipped) {
    Problems problems = new Problems(source);
    List<Term> out = new ArrayList<>();
    Map<String, Set<String>> alongside = new LinkedHashMap<>();
    InferenceRules[] rules = new InferenceRules[1];
    TreeReader.read(in, problems).ifPresent(root -> document(root, problems, out, alongside, rules, shipped));
    if (problems.any()) {
      throw new TermsFormatException(problems.describe("terms file"));
    }
    return new TermDictionary(out, alongside, rules[0]);
  }

  private static void document(Node root, Problems problems, List<Term> out, Map<String, Set<String>> alongside,
      InferenceRules[] rules, boolean shipped) {
    if (!(root instanceof MapNode doc)) {
      problems.at(root, "expected a mapping with termsFormat and items, found %s", root.describe());
      return;
    }
    for (Map.Entry<String, Node> e : doc.entries().entrySet()) {
      String key = e.getKey();
      if (key.equals("rules") && !shipped) {
        problems.at(doc.keys().get(key), "rules are set by the shipped terms file of each version; "
            + "a terms file of your own adds terms (the threshold is CoverageMapper.Builder.threshold, dx check --threshold)");
      } else if (!key.equals("termsFormat") && !key.equals("items") && !key.equals("rules") && !key.startsWith("x-")) {
        problems.at(doc.keys().get(key), "unknown key %s (termsFormat, items, or an extension x-...)", key);
      }
    }
    Node rulesNode = doc.entries().get("rules");
    if (shipped && rulesNode == null) {
      problems.at(doc, "a shipped terms file must set rules (docs/mapping.md, Rules)");
    } else if (shipped) {
      rules[0] = InferenceRules.parse(rulesNode, problems);
    }
    Node format = doc.entries().get("termsFormat");
    if (format == null) {
      problems.at(doc, "termsFormat is missing; this reader knows termsFormat: 1");
    } else if (!(format instanceof ScalarNode f && f.type() == ScalarType.INTEGER && f.text().equals("1"))) {
      problems.at(format, "termsFormat must be 1, found %s", format.describe());
    }
    Node items = doc.entries().get("items");
    if (items == null || items instanceof ScalarNode n && (n.type() == ScalarType.NULL || n.text().isEmpty())) {
      return; // "items:" with nothing after it
    }
    if (!(items instanceof MapNode codes)) {
      problems.at(items, "items must be a mapping of item codes, found %s", items.describe());
      return;
    }
    for (Map.Entry<String, Node> item : codes.entries().entrySet()) {
      String code = item.getKey();
      if (!CODE.matcher(code).matches()) {
        problems.at(codes.keys().get(code), "not an item code: %s (UPPER_SNAKE, such as AI_RPA)", code);
        continue;
      }
      if (!(item.getValue() instanceof MapNode spec)) {
        problems.at(item.getValue(), "%s must be a mapping of strong, weak, domain, negative, context, alongside; found %s",
            code, item.getValue().describe());
        continue;
      }
      for (Map.Entry<String, Node> tierEntry : spec.entries().entrySet()) {
        String key = tierEntry.getKey();
        Node value = tierEntry.getValue();
        if (!(value instanceof ListNode list)) {
          problems.at(value, "%s.%s must be a list, found %s", code, key, value.describe());
          continue;
        }
        if (key.equals("alongside")) {
          for (Node t : list.elements()) {
            String other = text(t).strip();
            if (!CODE.matcher(other).matches()) {
              problems.at(t, "%s.alongside: not an item code: %s", code, t.describe());
            } else {
              alongside.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(other);
            }
          }
          continue;
        }
        Term.Tier tier = TIERS.get(key);
        if (tier == null) {
          problems.at(spec.keys().get(key), "%s: unknown key %s (strong, weak, domain, negative, context, alongside)", code, key);
          continue;
        }
        for (Node t : list.elements()) {
          term(code, tier, t, problems).ifPresent(out::add);
        }
      }
    }
  }

  /** One term, {@code text} or {@code text^weight}. */
  private static Optional<Term> term(String code, Term.Tier tier, Node node, Problems problems) {
    if (!(node instanceof ScalarNode) || ((ScalarNode) node).type() == ScalarType.NULL) {
      problems.at(node, "%s: a term must be text, found %s", code, node.describe());
      return Optional.empty();
    }
    String raw = text(node).strip();
    double weight = Double.NaN; // the tier's weight, from the version's rules
    int caret = raw.lastIndexOf('^');
    if (caret > 0) {
      try {
        weight = Double.parseDouble(raw.substring(caret + 1));
      } catch (NumberFormatException e) {
        problems.at(node, "%s: bad weight in %s (a number from 0 to 1 after ^)", code, raw);
        return Optional.empty();
      }
      raw = raw.substring(0, caret).strip();
    }
    if (raw.isEmpty()) {
      problems.at(node, "%s: empty term", code);
      return Optional.empty();
    }
    if (!(Double.isNaN(weight) || weight >= 0 && weight <= 1)) {
      problems.at(node, "%s: weight out of range in %s (from 0 to 1)", code, text(node));
      return Optional.empty();
    }
    return Optional.of(new Term(code, raw, tier, weight));
  }

  private static String text(Node node) {
    return node instanceof ScalarNode s && s.type() != ScalarType.NULL ? s.text() : "";
  }

  /**
   * Returns the terms.
   *
   * @return the terms, in file order
   */
  public List<Term> terms() {
    return terms;
  }

  /**
   * Returns this dictionary with another's terms added.
   *
   * @param other the other
   * @return the union, this one's terms first
   */
  public TermDictionary plus(TermDictionary other) {
    if (other.terms.isEmpty() && other.alongside.isEmpty() && (other.rules == null || rules != null)) {
      return this;
    }
    List<Term> out = new ArrayList<>(terms);
    out.addAll(other.terms);
    Map<String, Set<String>> a = new LinkedHashMap<>();
    alongside.forEach((k, v) -> a.put(k, new LinkedHashSet<>(v)));
    other.alongside.forEach((k, v) -> a.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
    return new TermDictionary(out, a, rules != null ? rules : other.rules);
  }

  /**
   * Returns the version's rules (threshold, weights, field weights…), set by the shipped file.
   *
   * @return the rules, or null for a user's terms
   */
  public InferenceRules rules() {
    return rules;
  }

  /**
   * Returns, per item, the items alongside which its domain terms still count: a resident service
   * that uses AI is both AI_RPA and DIGITAL_COMMUNITY.
   *
   * @return item code to the codes it may accompany
   */
  public Map<String, Set<String>> alongside() {
    return alongside;
  }
}
