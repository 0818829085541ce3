package io.github.dxplan.mapping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.catalog.NationalCatalogs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiled copies of the shipped terms YAML (written by {@code CompileTerms} in process-classes)
 * are there, are what the loaders read, and read to exactly what the YAML reads to. (The catalogue's
 * own compiled copies are dx-catalog's {@code CompiledShippedTest}.)
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
