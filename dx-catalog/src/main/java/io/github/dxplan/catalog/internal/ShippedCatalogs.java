package io.github.dxplan.catalog.internal;

import io.github.dxplan.catalog.CatalogFormatException;
import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.model.DxplanException;
import io.github.dxplan.model.PlanDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the catalogue versions shipped in dx-mapping's resources: {@code index.yaml} names the
 * versions in order, each read from {@code national-<version>.yaml} through the same validating
 * reader as users' files.
 */
public final class ShippedCatalogs {

  /** The resource folder of the shipped files. */
  public static final String BASE = "/io/github/dxplan/catalog/";

  /** The resource that lists the shipped versions. */
  public static final String INDEX = BASE + "index.yaml";

  private ShippedCatalogs() {}

  /**
   * Returns the resource name of a shipped version's file.
   *
   * @param version the version, e.g. "2.3"
   * @return the resource name, e.g. {@code /io/github/dxplan/catalog/national-2.3.yaml}
   */
  public static String resource(String version) {
    return BASE + "national-" + version + ".yaml";
  }

  /**
   * Reads the index and every shipped version, in the index's order.
   *
   * @return the versions, oldest first
   * @throws CatalogFormatException if a shipped file is broken (a test keeps this from happening)
   */
  public static List<NationalCatalog> load() {
    List<NationalCatalog> catalogs = new ArrayList<>();
    for (String version : withShipped(INDEX, ShippedCatalogs::readIndex)) {
      catalogs.add(loadVersion(version, null));
    }
    return List.copyOf(catalogs);
  }

  /**
   * The resource written at build time by {@link CompileShipped}: a line per shipped version, in the
   * index's order, {@code <version> TAB <publishedOn>} (the {@code PlanDate} text), so the versions
   * can be listed and chosen by date without reading their items.
   */
  public static final String DATES = BASE + "index.dates";

  /**
   * The shipped versions' names and publication dates, oldest first.
   *
   * @param names the version names
   * @param published each version's {@code publishedOn}, same order
   */
  public record Index(List<String> names, List<PlanDate> published) {
    /** Copies the lists. */
    public Index {
      names = List.copyOf(names);
      published = List.copyOf(published);
    }
  }

  /**
   * Reads the index and the build-time publication dates, without reading any version's items.
   *
   * @return the index, or null when there is no usable dates file (e.g. an IDE build without the
   *     {@code process-classes} step, or a dates file that lists other versions than the index):
   *     the caller then reads every version with {@link #load()}
   */
  public static Index index() {
    List<String> names = withShipped(INDEX, ShippedCatalogs::readIndex);
    String text;
    try (InputStream in = ShippedCatalogs.class.getResourceAsStream(DATES)) {
      if (in == null) {
        return null;
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath:" + DATES, e);
    }
    List<String> dated = new ArrayList<>();
    List<PlanDate> published = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int tab = text.indexOf('\t', start);
      if (tab < 0 || tab > end) {
        return null;
      }
      dated.add(text.substring(start, tab));
      published.add(PlanDate.parse(text.substring(tab + 1, end)));
      start = end + 1;
    }
    return dated.equals(names) ? new Index(names, published) : null;
  }

  /**
   * Writes the dates file's text for the given versions ({@link #DATES}).
   *
   * @param catalogs the versions, in the index's order
   * @return the text
   */
  public static String datesText(List<NationalCatalog> catalogs) {
    StringBuilder b = new StringBuilder();
    for (NationalCatalog c : catalogs) {
      b.append(c.version()).append('\t').append(c.publishedOn()).append('\n');
    }
    return b.toString();
  }

  /**
   * Reads one shipped version, checking that it holds that version and, when given, was published
   * on the day the index says.
   *
   * @param version the version name, as listed in the index
   * @param published the index's publication date, or null not to check it
   * @return the version
   * @throws DxplanException if the file holds another version or date (a test keeps this from happening)
   */
  public static NationalCatalog loadVersion(String version, PlanDate published) {
    NationalCatalog catalog = withShipped(resource(version), CatalogReader::read);
    if (!catalog.version().equals(version)) {
      throw new DxplanException(
          "shipped file " + resource(version) + " holds version " + catalog.version());
    }
    if (published != null && !catalog.publishedOn().equals(published)) {
      throw new DxplanException(
          "shipped file " + resource(version) + " is published " + catalog.publishedOn()
              + ", not " + published + " as " + DATES + " says; rebuild dx-mapping");
    }
    return catalog;
  }

  /**
   * Reads an index document: {@code catalogFormat: 1} and {@code versions}, a list of unique
   * version names.
   *
   * @param in the bytes; not closed
   * @param source the name used in problems
   * @return the version names, in order
   */
  public static List<String> readIndex(InputStream in, String source) {
    Problems problems = new Problems(source);
    List<String> versions = new ArrayList<>();
    TreeReader.read(in, problems)
        .flatMap(root -> Fields.of(root, "the index", problems))
        .ifPresent(
            f -> {
              CatalogReader.checkFormat(f, problems);
              Set<String> seen = new HashSet<>();
              for (Node n : f.list("versions", true)) {
                if (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).type() != Node.ScalarType.NULL) {
                  String v = ((Node.ScalarNode) n).text();
                  if (!seen.add(v)) {
                    problems.at(n, "version \"%s\" is listed twice", v);
                  }
                  versions.add(v);
                } else {
                  problems.at(n, "a version name must be text, found %s", n.describe());
                }
              }
              f.rejectUnknown();
            });
    problems.throwIfAny();
    return versions;
  }

  /**
   * Reads a shipped YAML resource from its JSON copy written at build time by {@link CompileShipped}
   * (same tokens, faster to parse), or from the YAML itself when there is no copy (e.g. an IDE build).
   */
  static <T> T withShipped(String yamlResource, BiFunction<InputStream, String, T> reader) {
    String json = yamlResource.substring(0, yamlResource.length() - ".yaml".length()) + ".json";
    String source = "classpath:" + json;
    try (InputStream in = ShippedCatalogs.class.getResourceAsStream(json)) {
      if (in != null) {
        return reader.apply(in, source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return withResource(yamlResource, reader);
  }

  /** Opens a class-path resource of dx-mapping and reads it. */
  static <T> T withResource(String resource, BiFunction<InputStream, String, T> reader) {
    String source = "classpath:" + resource;
    try (InputStream in = ShippedCatalogs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new DxplanException("missing shipped resource " + source);
      }
      return reader.apply(in, source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }
}
