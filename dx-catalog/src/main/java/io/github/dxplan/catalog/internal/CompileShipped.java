package io.github.dxplan.catalog.internal;

import io.github.dxplan.catalog.NationalCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * The build step that writes faster-to-read copies of the shipped YAML next to it in
 * {@code target/classes} (dx-catalog's pom runs it in {@code process-classes}): each catalogue file
 * and the index as JSON with the same tokens (numbers keep their text), and {@code index.dates} (each
 * version's publication date, so {@code NationalCatalogs.shipped()} reads a version's items only when
 * asked). The YAML stays the source; the loaders read a compiled copy when it is there and the YAML
 * otherwise, and {@code CompiledShippedTest} checks both give equal results. Reading the catalogues
 * with Jackson's JSON parser instead of the YAML one saves tens of milliseconds of every cold
 * {@code dx check}. (dx-mapping's own step, {@code CompileTerms}, does the same for its terms.)
 */
public final class CompileShipped {
  private CompileShipped() {}

  /**
   * Writes the compiled copies.
   *
   * @param args the class output directory ({@code target/classes})
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Path catalog = classes.resolve(ShippedCatalogs.BASE.substring(1));
    for (Path yaml : yamlFiles(catalog)) {
      String name = yaml.getFileName().toString();
      if (name.equals("index.yaml") || name.equals("revisions.yaml") || name.startsWith("national-")) {
        Path json = catalog.resolve(name.substring(0, name.length() - ".yaml".length()) + ".json");
        try (InputStream in = Files.newInputStream(yaml); OutputStream out = Files.newOutputStream(json)) {
          yamlToJson(in, out);
        }
      }
    }
    Path index = catalog.resolve("index.yaml");
    List<NationalCatalog> versions = new ArrayList<>();
    if (Files.isRegularFile(index)) {
      List<String> names;
      try (InputStream in = Files.newInputStream(index)) {
        names = ShippedCatalogs.readIndex(in, index.toString());
      }
      for (String v : names) {
        Path yaml = catalog.resolve("national-" + v + ".yaml");
        try (InputStream in = Files.newInputStream(yaml)) {
          versions.add(CatalogReader.read(in, yaml.toString()));
        }
      }
      Files.writeString(
          classes.resolve(ShippedCatalogs.DATES.substring(1)),
          ShippedCatalogs.datesText(versions),
          StandardCharsets.UTF_8);
    }
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /**
   * Copies a YAML document's tokens to JSON: the same structure, keys (repeats included), strings,
   * and the text of every number and boolean, so {@link TreeReader} makes the same nodes of both.
   *
   * @param yaml the YAML
   * @param json where the JSON goes
   */
  public static void yamlToJson(InputStream yaml, OutputStream json) {
    try (JsonParser p = new YAMLFactory().createParser(yaml);
        JsonGenerator g = new JsonFactory().createGenerator(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case PROPERTY_NAME -> g.writeName(p.currentName());
          case VALUE_STRING -> g.writeString(p.getString());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> g.writeString(String.valueOf(p.getText()));
        }
      }
    }
  }
}
