package io.github.dxplan.mapping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.mapping.catalog.NationalCatalog;
import io.github.dxplan.mapping.catalog.NationalCatalogs;
import io.github.dxplan.mapping.catalog.internal.CatalogReader;
import io.github.dxplan.mapping.catalog.internal.ShippedCatalogs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiled copies of the shipped YAML (written by {@code CompileShipped} in process-classes) are
 * there, are what the loaders read, and read to exactly what the YAML reads to.
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
    io.github.dxplan.mapping.catalog.internal.CompileShipped.yamlToJson(
        new ByteArrayInputStream("a: 1.10\nb: [2, \"3\", true, null]\nc: 2024-03\n".getBytes(StandardCharsets.UTF_8)), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"a\":1.10,\"b\":[2,\"3\",true,null],\"c\":\"2024-03\"}");
  }

  @Test
  void everyShippedTermsFile_readsTheSameFromItsCompiledCopy() {
    for (String name : List.of("terms", "terms-2.3", "terms-3.0")) {
      String yaml = TermDictionary.BASE + name + ".yaml";
      TermDictionary fromYaml = TermDictionary.parse(new ByteArrayInputStream(resource(yaml)), yaml);
      String compiled = new String(resource(TermDictionary.BASE + name + TermDictionary.COMPILED), StandardCharsets.UTF_8);
      TermDictionary fromCompiled = TermDictionary.readCompiled(compiled, name);
      assertThat(fromCompiled.terms()).as(name).isEqualTo(fromYaml.terms()).isNotEmpty();
      assertThat(fromCompiled.alongside()).as(name).isEqualTo(fromYaml.alongside());
      assertThat(List.copyOf(fromCompiled.alongside().keySet())).as(name).isEqualTo(List.copyOf(fromYaml.alongside().keySet()));
    }
  }

  @Test
  void shippedTerms_equalTheYamlForEveryVersion() {
    for (NationalCatalog c : NationalCatalogs.shipped().versions()) {
      String base = TermDictionary.BASE + "terms.yaml";
      TermDictionary expected = TermDictionary.parse(new ByteArrayInputStream(resource(base)), base);
      String extra = TermDictionary.BASE + "terms-" + c.version() + ".yaml";
      if (TermDictionary.class.getResource(extra) != null) {
        expected = expected.plus(TermDictionary.parse(new ByteArrayInputStream(resource(extra)), extra));
      }
      TermDictionary shipped = TermDictionary.shipped(c.version());
      assertThat(shipped.terms()).as(c.version()).isEqualTo(expected.terms());
      assertThat(shipped.alongside()).as(c.version()).isEqualTo(expected.alongside());
    }
  }
}
