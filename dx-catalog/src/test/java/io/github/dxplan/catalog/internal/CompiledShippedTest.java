package io.github.dxplan.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.catalog.NationalCatalogs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiled copies of the shipped catalogue YAML (written by {@code CompileShipped} in
 * process-classes) are there, are what the loaders read, and read to exactly what the YAML reads to.
 */
class CompiledShippedTest {

  private static byte[] resource(String name) {
    try (InputStream in = CompiledShippedTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(String yamlResource) {
    return yamlResource.replaceAll("\\.yaml$", ".json");
  }

  @Test
  void everyShippedCatalogue_readsTheSameFromItsJsonCopy() {
    List<String> versions = ShippedCatalogs.readIndex(new ByteArrayInputStream(resource(ShippedCatalogs.INDEX)), "index.yaml");
    assertThat(ShippedCatalogs.readIndex(new ByteArrayInputStream(resource(json(ShippedCatalogs.INDEX))), "index.json"))
        .isEqualTo(versions);
    assertThat(versions).isNotEmpty();
    for (String v : versions) {
      String yaml = ShippedCatalogs.resource(v);
      NationalCatalog fromYaml = CatalogReader.read(new ByteArrayInputStream(resource(yaml)), yaml);
      NationalCatalog fromJson = CatalogReader.read(new ByteArrayInputStream(resource(json(yaml))), json(yaml));
      assertThat(fromJson).as(v).isEqualTo(fromYaml);
      assertThat(fromJson.items()).as(v).containsExactlyElementsOf(fromYaml.items());
      assertThat(fromJson.absorptions()).as(v).isEqualTo(fromYaml.absorptions());
      assertThat(fromJson.toString()).as(v).isEqualTo(fromYaml.toString());
    }
    assertThat(NationalCatalogs.shipped().versions().stream().map(NationalCatalog::version).toList()).isEqualTo(versions);
  }

  @Test
  void yamlToJson_keepsTheTextOfNumbers() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompileShipped.yamlToJson(
        new ByteArrayInputStream("a: 1.10\nb: [2, \"3\", true, null]\nc: 2024-03\n".getBytes(StandardCharsets.UTF_8)), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"a\":1.10,\"b\":[2,\"3\",true,null],\"c\":\"2024-03\"}");
  }
}
