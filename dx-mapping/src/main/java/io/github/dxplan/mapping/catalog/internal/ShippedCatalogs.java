package io.github.dxplan.mapping.catalog.internal;

import io.github.dxplan.mapping.catalog.CatalogFormatException;
import io.github.dxplan.mapping.catalog.NationalCatalog;
import io.github.dxplan.model.DxplanException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
  public static final String BASE = "/io/github/dxplan/mapping/catalog/";

  /** The resource that lists the shipped versions. */
  public static final String INDEX = BASE + "index.yaml";

  private ShippedCatalogs() {}

  /**
   * Returns the resource name of a shipped version's file.
   *
   * @param version the version, e.g. "2.3"
   * @return the resource name, e.g. {@code /io/github/dxplan/mapping/catalog/national-2.3.yaml}
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
      NationalCatalog catalog = withShipped(resource(version), CatalogReader::read);
      if (!catalog.version().equals(version)) {
        throw new DxplanException(
            "shipped file " + resource(version) + " holds version " + catalog.version());
      }
      catalogs.add(catalog);
    }
    return List.copyOf(catalogs);
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
