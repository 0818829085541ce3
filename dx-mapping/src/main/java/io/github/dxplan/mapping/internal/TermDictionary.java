package io.github.dxplan.mapping.internal;

import io.github.dxplan.mapping.TermsFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The inference terms of the national items: a list of {@link Term}s read from terms files.
 *
 * <p>The shipped dictionary is {@code terms.yaml} (concepts valid in every version) plus {@code
 * terms-<version>.yaml} when present (what a version adds); users add files in the same format.
 * See docs/mapping.md for the format. This class is immutable and thread-safe.
 */
public final class TermDictionary {
  /** The resource folder of the shipped terms files. */
  public static final String BASE = "/io/github/dxplan/mapping/terms/";

  /**
   * The suffix of a shipped terms file's compiled copy ({@code terms.yaml} → {@code terms.dxterms}),
   * written at build time by {@code CompileShipped} and read without YAML or data binding.
   */
  public static final String COMPILED = ".dxterms";

  private static final String COMPILED_HEADER = "dxterms 1";
  /** Built on first use only: the shipped terms are read from their compiled copies, without it. */
  private static final class Yaml {
    static final YAMLMapper MAPPER = YAMLMapper.builder().build();
  }

  private final List<Term> terms;
  private final Map<String, Set<String>> alongside;

  private TermDictionary(List<Term> terms) {
    this(terms, Map.of());
  }

  private TermDictionary(List<Term> terms, Map<String, Set<String>> alongside) {
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
   * The shipped terms for a catalogue version.
   *
   * @param version the catalogue version, e.g. {@code 2.0}
   * @return the base terms and the version's own additions
   */
  public static TermDictionary shipped(String version) {
    TermDictionary out = readShipped("terms");
    TermDictionary extra = readShipped("terms-" + version);
    if (extra != null) {
      out = out.plus(extra);
    }
    return out;
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
    if (name.equals("terms") || TermDictionary.class.getResource(yaml) != null) {
      return read(yaml);
    }
    return null;
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
    TermDictionary d = parse(in, source);
    StringBuilder b = new StringBuilder(COMPILED_HEADER).append('\n');
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
    int start = text.indexOf('\n') + 1;
    if (start == 0 || !text.substring(0, start - 1).equals(COMPILED_HEADER)) {
      throw new IllegalStateException(source + ": not a compiled terms file");
    }
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      String[] f = text.substring(start, end).split("\t", -1);
      if (f[0].equals("T")) {
        out.add(new Term(f[1], f[4], Term.Tier.valueOf(f[2]), Double.parseDouble(f[3])));
      } else {
        alongside.computeIfAbsent(f[1], k -> new LinkedHashSet<>()).add(f[2]);
      }
      start = end + 1;
    }
    return new TermDictionary(out, alongside);
  }

  /**
   * Reads a user terms file.
   *
   * @param file the file
   * @return its terms
   */
  public static TermDictionary read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read terms file " + file, e);
    }
  }

  private static TermDictionary read(String resource) {
    try (InputStream in = TermDictionary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TermDictionary parse(InputStream in, String source) {
    JsonNode root;
    try {
      root = Yaml.MAPPER.readTree(in);
    } catch (RuntimeException e) {
      throw new TermsFormatException(source + ": not a YAML terms file: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new TermsFormatException(source + ": expected a mapping with termsFormat and items");
    }
    JsonNode format = root.get("termsFormat");
    if (format == null || format.asInt() != 1) {
      throw new TermsFormatException(source + ": termsFormat must be 1");
    }
    JsonNode items = root.get("items");
    List<Term> out = new ArrayList<>();
    Map<String, Set<String>> alongside = new LinkedHashMap<>();
    if (items == null || items.isNull()) {
      return new TermDictionary(out);
    }
    if (!items.isObject()) {
      throw new TermsFormatException(source + ": items must be a mapping of item codes");
    }
    for (Map.Entry<String, JsonNode> item : items.properties()) {
      String code = item.getKey();
      if (!code.matches("[A-Z][A-Z0-9_]*")) {
        throw new TermsFormatException(source + ": not an item code: " + code);
      }
      JsonNode spec = item.getValue();
      if (!spec.isObject()) {
        throw new TermsFormatException(source + ": " + code + " must be a mapping");
      }
      for (Map.Entry<String, JsonNode> tierEntry : spec.properties()) {
        if (tierEntry.getKey().equals("alongside")) {
          JsonNode list = tierEntry.getValue();
          if (!list.isArray()) {
            throw new TermsFormatException(source + ": " + code + ".alongside must be a list of item codes");
          }
          for (JsonNode t : list) {
            String other = t.asString().strip();
            if (!other.matches("[A-Z][A-Z0-9_]*")) {
              throw new TermsFormatException(source + ": " + code + ".alongside: not an item code: " + other);
            }
            alongside.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(other);
          }
          continue;
        }
        Term.Tier tier;
        try {
          tier = Term.Tier.valueOf(tierEntry.getKey().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new TermsFormatException(
              source + ": " + code + ": unknown key " + tierEntry.getKey()
                  + " (strong, weak, domain, negative, context, alongside)");
        }
        JsonNode list = tierEntry.getValue();
        if (!list.isArray()) {
          throw new TermsFormatException(source + ": " + code + "." + tierEntry.getKey() + " must be a list");
        }
        for (JsonNode t : list) {
          String raw = t.asString().strip();
          double weight = Term.defaultWeight(tier);
          int caret = raw.lastIndexOf('^');
          if (caret > 0) {
            try {
              weight = Double.parseDouble(raw.substring(caret + 1));
            } catch (NumberFormatException e) {
              throw new TermsFormatException(source + ": " + code + ": bad weight in " + raw);
            }
            raw = raw.substring(0, caret).strip();
          }
          if (raw.isEmpty()) {
            throw new TermsFormatException(source + ": " + code + ": empty term");
          }
          if (!(weight >= 0 && weight <= 1)) {
            throw new TermsFormatException(source + ": " + code + ": weight out of range in " + t.asString());
          }
          out.add(new Term(code, raw, tier, weight));
        }
      }
    }
    return new TermDictionary(out, alongside);
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
    if (other.terms.isEmpty() && other.alongside.isEmpty()) {
      return this;
    }
    List<Term> out = new ArrayList<>(terms);
    out.addAll(other.terms);
    Map<String, Set<String>> a = new LinkedHashMap<>();
    alongside.forEach((k, v) -> a.put(k, new LinkedHashSet<>(v)));
    other.alongside.forEach((k, v) -> a.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
    return new TermDictionary(out, a);
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
