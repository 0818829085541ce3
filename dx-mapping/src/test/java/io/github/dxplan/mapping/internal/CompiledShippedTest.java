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
    for (NationalCatalog c : NationalCatalogs.shipped().versions()) {
      String name = "terms-" + c.version();
      String yaml = TermDictionary.BASE + name + ".yaml";
      TermDictionary fromYaml = TermDictionary.parse(new ByteArrayInputStream(resource(yaml)), yaml, true);
      String compiled = new String(resource(TermDictionary.BASE + name + TermDictionary.COMPILED), StandardCharsets.UTF_8);
      TermDictionary fromCompiled = TermDictionary.readCompiled(compiled, name);
      assertThat(fromCompiled.terms()).as(name).isEqualTo(fromYaml.terms()).isNotEmpty();
      assertThat(fromCompiled.rules()).as(name).isEqualTo(fromYaml.rules()).isNotNull();
      assertThat(fromCompiled.alongside()).as(name).isEqualTo(fromYaml.alongside());
      assertThat(List.copyOf(fromCompiled.alongside().keySet())).as(name).isEqualTo(List.copyOf(fromYaml.alongside().keySet()));
    }
  }

  @Test
  void shippedTerms_areTheVersionsOneFile() {
    for (NationalCatalog c : NationalCatalogs.shipped().versions()) {
      String yaml = TermDictionary.BASE + "terms-" + c.version() + ".yaml";
      TermDictionary expected = TermDictionary.parse(new ByteArrayInputStream(resource(yaml)), yaml, true);
      TermDictionary shipped = TermDictionary.shipped(c.version());
      assertThat(shipped.terms()).as(c.version()).isEqualTo(expected.terms());
      assertThat(shipped.alongside()).as(c.version()).isEqualTo(expected.alongside());
      assertThat(shipped.rules()).as(c.version()).isEqualTo(expected.rules());
    }
  }

  @Test
  void everyShippedVersion_setsTheDocumentedDefaultThreshold() {
    for (NationalCatalog c : NationalCatalogs.shipped().versions()) {
      assertThat(TermDictionary.shipped(c.version()).rules().threshold()).as(c.version())
          .isEqualTo(io.github.dxplan.mapping.CoverageMapper.DEFAULT_THRESHOLD);
    }
  }
}
