package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.format.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The official list of 全国地方公共団体コード (総務省): every prefecture, city, ward, town and village
 * with its code, as of a date. dxplan ships the list as of 2024-01-01 (1,965 codes); a user can load a
 * newer one in the same TSV form ({@link #load(Path, LocalDate)}).
 *
 * <p>Example:
 *
 * <pre>{@code
 * LocalGovernments list = LocalGovernments.shipped();
 * list.find("082236").map(LocalGovernment::name);          // Optional[潮来市]
 * list.find("08223").map(LocalGovernment::name);           // the 5-digit form: Optional[潮来市]
 * list.lookup("府中市", null).candidates();                  // 東京都 and 広島県: ambiguous
 * list.lookup("府中市", "広島県").match().map(g -> g.code().value());  // Optional[342084]
 * }</pre>
 *
 * <p>Names are compared after NFKC and without spaces. This class is immutable and thread-safe.
 */
public final class LocalGovernments {

  /** The largest list file {@link #load} reads. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  private static final String RESOURCE = "/io/github/dxplan/catalog/local-government-codes.tsv";
  private static final String ABOUT = "/io/github/dxplan/catalog/local-government-codes.properties";
  private static final List<String> HEADER =
      List.of("code", "prefecture", "name", "kana", "type", "parentCode", "northernTerritories");

  private final LocalDate asOf;
  private final String source;
  private final List<LocalGovernment> all;
  private final Map<String, LocalGovernment> byCode;
  private volatile Map<String, List<LocalGovernment>> byName; // built on first lookup by name

  private LocalGovernments(LocalDate asOf, String source, List<LocalGovernment> rows) {
    this.asOf = asOf;
    this.source = source;
    this.all = List.copyOf(rows);
    Map<String, LocalGovernment> codes = new java.util.HashMap<>();
    for (LocalGovernment g : all) {
      codes.put(g.code().value(), g);
    }
    this.byCode = Collections.unmodifiableMap(codes);
  }

  private Map<String, List<LocalGovernment>> byName() {
    Map<String, List<LocalGovernment>> m = byName;
    if (m == null) {
      Map<String, List<LocalGovernment>> names = new LinkedHashMap<>();
      for (LocalGovernment g : all) {
        names.computeIfAbsent(fold(g.name()), k -> new ArrayList<>()).add(g);
      }
      names.replaceAll((k, v) -> List.copyOf(v));
      m = Collections.unmodifiableMap(names);
      byName = m;
    }
    return m;
  }

  private static final class Shipped {
    static final LocalGovernments INSTANCE = readShipped();
  }

  private static LocalGovernments readShipped() {
    Properties about = new Properties();
    try (InputStream a = LocalGovernments.class.getResourceAsStream(ABOUT);
        InputStream in = LocalGovernments.class.getResourceAsStream(RESOURCE)) {
      if (a == null || in == null) {
        throw new IllegalStateException("missing shipped resource " + RESOURCE);
      }
      about.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
      LocalDate asOf = LocalDate.parse(about.getProperty("asOf"));
      return parse(in.readAllBytes(), "classpath:" + RESOURCE, asOf, about.getProperty("source"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath:" + RESOURCE, e);
    }
  }

  /**
   * Returns the list shipped with dxplan (as of 2024-01-01), read on first use and shared.
   *
   * @return the list
   */
  public static LocalGovernments shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * Reads a list in the shipped TSV form: UTF-8, tab-separated, the header {@code code prefecture name
   * kana type parentCode northernTerritories}, one row per code.
   *
   * @param file the TSV file (at most {@link #MAX_BYTES})
   * @param asOf the date the list is as of
   * @return the list
   * @throws CatalogFormatException naming the file, line and column of every problem
   * @throws io.github.dxplan.model.format.UnreadableFileException if the file cannot be read
   */
  public static LocalGovernments load(Path file, LocalDate asOf) {
    requireNonNull(file, "file");
    requireNonNull(asOf, "asOf");
    return parse(InputFiles.read(file, MAX_BYTES), file.toString(), asOf, file.toString());
  }

  /**
   * Reads a list from bytes; see {@link #load(Path, LocalDate)}.
   *
   * @param tsv the bytes
   * @param sourceName the name used in problems
   * @param asOf the date the list is as of
   * @return the list
   * @throws CatalogFormatException naming the line and column of every problem
   */
  public static LocalGovernments parse(byte[] tsv, String sourceName, LocalDate asOf) {
    return parse(tsv, sourceName, asOf, sourceName);
  }

  private static LocalGovernments parse(byte[] bytes, String name, LocalDate asOf, String source) {
    List<CatalogFormatException.Problem> problems = new ArrayList<>();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new CatalogFormatException(name, List.of(
          new CatalogFormatException.Problem(name, 1, 1, "", "the list is not UTF-8 text; save it as UTF-8")));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<LocalGovernment> rows = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !split(lines.get(0)).subList(0, Math.min(HEADER.size(), split(lines.get(0)).size())).equals(HEADER)) {
      problems.add(new CatalogFormatException.Problem(name, 1, 1, "",
          "the first line must be the header " + String.join("<TAB>", HEADER)));
      throw new CatalogFormatException(name, problems);
    }
    List<String[]> parents = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      int line = i + 1;
      String l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      List<String> f = split(l);
      if (f.size() < 5 || f.size() > HEADER.size()) {
        problems.add(new CatalogFormatException.Problem(name, line, 1, "",
            "expected " + HEADER.size() + " tab-separated columns (" + String.join(", ", HEADER) + "), found " + f.size()));
        continue;
      }
      while (f.size() < HEADER.size()) {
        f.add("");
      }
      String codeText = f.get(0).strip();
      LocalGovernmentCode code = null;
      if (LocalGovernmentCode.isValid(codeText)) {
        code = LocalGovernmentCode.of(codeText);
      } else {
        problems.add(new CatalogFormatException.Problem(name, line, 1, "",
            "code \"" + codeText + "\" is not a 6-digit local government code with a valid check digit"));
      }
      LocalGovernmentType type = LocalGovernmentType.ofId(f.get(4).strip());
      if (type == null) {
        problems.add(new CatalogFormatException.Problem(name, line, column(f, 4), "",
            "unknown type \"" + f.get(4) + "\"; expected one of prefecture, designated_city, city, special_ward, town,"
                + " village, designated_ward"));
      }
      String prefecture = f.get(1).strip();
      String gname = f.get(2).strip();
      if (prefecture.isEmpty() || gname.isEmpty()) {
        problems.add(new CatalogFormatException.Problem(name, line, column(f, prefecture.isEmpty() ? 1 : 2), "",
            (prefecture.isEmpty() ? "prefecture" : "name") + " is empty"));
      }
      String parentText = f.get(5).strip();
      Optional<LocalGovernmentCode> parent = Optional.empty();
      if (!parentText.isEmpty()) {
        if (LocalGovernmentCode.isValid(parentText)) {
          parent = Optional.of(LocalGovernmentCode.of(parentText));
          parents.add(new String[] {parentText, String.valueOf(line), String.valueOf(column(f, 5))});
        } else {
          problems.add(new CatalogFormatException.Problem(name, line, column(f, 5), "",
              "parentCode \"" + parentText + "\" is not a 6-digit local government code"));
        }
      }
      if (type == LocalGovernmentType.DESIGNATED_WARD && parentText.isEmpty()) {
        problems.add(new CatalogFormatException.Problem(name, line, column(f, 5), "",
            "a designated_ward needs the parentCode of its city"));
      }
      String nt = f.get(6).strip();
      if (!nt.isEmpty() && !nt.equals("yes") && !nt.equals("no")) {
        problems.add(new CatalogFormatException.Problem(name, line, column(f, 6), "",
            "northernTerritories must be yes or empty, found \"" + nt + "\""));
      }
      if (code != null) {
        Integer first = seen.putIfAbsent(code.value(), line);
        if (first != null) {
          problems.add(new CatalogFormatException.Problem(name, line, 1, "",
              "code " + code.value() + " repeats (first on line " + first + ")"));
          continue;
        }
      }
      if (code != null && type != null && !prefecture.isEmpty() && !gname.isEmpty()) {
        rows.add(new LocalGovernment(code, prefecture, gname, f.get(3).strip(), type, parent, nt.equals("yes")));
      }
    }
    for (String[] p : parents) {
      if (!seen.containsKey(p[0])) {
        problems.add(new CatalogFormatException.Problem(name, Integer.parseInt(p[1]), Integer.parseInt(p[2]), "",
            "parentCode " + p[0] + " is not a code of this list"));
      }
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new CatalogFormatException.Problem(name, 1, 1, "", "the list has no rows"));
    }
    if (!problems.isEmpty()) {
      throw new CatalogFormatException(name, problems);
    }
    return new LocalGovernments(asOf, source, rows);
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == '\t') {
        out.add(line.substring(from, i));
        from = i + 1;
      }
    }
    return out;
  }

  private static int column(List<String> fields, int index) {
    int c = 1;
    for (int i = 0; i < index; i++) {
      c += fields.get(i).length() + 1;
    }
    return c;
  }

  static String fold(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Returns the date the list is as of.
   *
   * @return e.g. 2024-01-01 for the shipped list
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns where the list comes from.
   *
   * @return the source, in words, or the file name of a loaded list
   */
  public String source() {
    return source;
  }

  /**
   * Returns every row, in the list's order.
   *
   * @return the rows, unmodifiable
   */
  public List<LocalGovernment> all() {
    return all;
  }

  /**
   * Returns the row of a code, given in the 6-digit form (with check digit) or the 5-digit form.
   *
   * @param code e.g. {@code 082236} or {@code 08223}; full-width digits are accepted
   * @return the row, or empty if the list has no such code (or the text is no code at all)
   */
  public Optional<LocalGovernment> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = Normalizer.normalize(code, Normalizer.Form.NFKC).strip();
    if (c.length() == 5 && c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      c = c + LocalGovernmentCode.checkDigit(c);
    }
    return Optional.ofNullable(byCode.get(c));
  }

  /**
   * Returns the row of a code.
   *
   * @param code the code
   * @return the row, or empty if the list has no such code
   */
  public Optional<LocalGovernment> find(LocalGovernmentCode code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.value()));
  }

  /**
   * Returns every row of a name, in the list's order.
   *
   * @param name e.g. 府中市
   * @return the rows: none, one, or several when the name repeats across prefectures
   */
  public List<LocalGovernment> named(String name) {
    return name == null ? List.of() : byName().getOrDefault(fold(name), List.of());
  }

  /**
   * Looks a local government up by name and, when given, prefecture.
   *
   * @param name e.g. 府中市
   * @param prefecture e.g. 広島県, or null when not known
   * @return the result: a single match, or the candidates when the name alone is ambiguous
   */
  public NameLookup lookup(String name, String prefecture) {
    List<LocalGovernment> rows = named(name);
    if (prefecture != null && !prefecture.isBlank()) {
      String p = fold(prefecture);
      List<LocalGovernment> in = new ArrayList<>();
      for (LocalGovernment g : rows) {
        if (fold(g.prefecture()).equals(p)) {
          in.add(g);
        }
      }
      return new NameLookup(name, prefecture, in);
    }
    return new NameLookup(name, null, rows);
  }

  /**
   * The result of {@link #lookup}: the rows that fit the name (and prefecture, when given).
   *
   * @param name the name looked up
   * @param prefecture the prefecture given, or null
   * @param candidates the rows that fit, in the list's order
   */
  public record NameLookup(String name, String prefecture, List<LocalGovernment> candidates) {

    /** Copies the list. */
    public NameLookup {
      candidates = List.copyOf(candidates);
    }

    /**
     * Returns the one row that fits, if exactly one does.
     *
     * @return the row
     */
    public Optional<LocalGovernment> match() {
      return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * Returns whether several rows fit (a name such as 府中市 without its prefecture).
     *
     * @return true if ambiguous
     */
    public boolean isAmbiguous() {
      return candidates.size() > 1;
    }
  }

  @Override
  public String toString() {
    return "LocalGovernments[" + all.size() + " codes, as of " + asOf + "]";
  }
}
