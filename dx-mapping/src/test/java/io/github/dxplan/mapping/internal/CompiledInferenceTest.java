package io.github.dxplan.mapping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.catalog.NationalCatalogs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The matchers written at build time ({@code CompileShipped}, {@link Inference#shipped}) are there for
 * every shipped version and equal the ones {@link Inference#build} makes of the shipped terms.
 */
class CompiledInferenceTest {

  @Test
  void everyShippedVersion_readsTheMatcherBuildMakes() {
    List<NationalCatalog> versions = NationalCatalogs.shipped().versions();
    assertThat(versions).isNotEmpty();
    for (NationalCatalog c : versions) {
      assertThat(Inference.class.getResource(Inference.compiledResource(c.version()))).as(c.version()).isNotNull();
      Inference built = Inference.build(c, TermDictionary.shipped(c.version()), 0.5);
      Inference loaded = Inference.shipped(c, 0.5);
      assertThat(loaded).as(c.version()).isNotNull();
      assertThat(loaded.sameAs(built)).as(c.version()).isTrue();
      assertThat(built.sameAs(loaded)).as(c.version()).isTrue();
    }
  }

  @Test
  void writeThenRead_equalsBuild_andAnotherCatalogueIsRefused() throws IOException {
    List<NationalCatalog> versions = NationalCatalogs.shipped().versions();
    for (NationalCatalog c : versions) {
      TermDictionary d = TermDictionary.shipped(c.version());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        Inference.writeCompiled(c, d, out);
      }
      Inference read = Inference.readCompiled(c, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), 0.4);
      assertThat(read.sameAs(Inference.build(c, d, 0.4))).as(c.version()).isTrue();
      for (NationalCatalog other : versions) {
        if (!other.codes().equals(c.codes()) || !other.absorptions().equals(c.absorptions())) {
          assertThat(Inference.readCompiled(other,
              new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), 0.4)).as(other.version()).isNull();
        }
      }
    }
  }

  @Test
  void aDifferentMatcherIsNotTheSame() {
    NationalCatalog c = NationalCatalogs.shipped().versions().get(0);
    Inference built = Inference.build(c, TermDictionary.shipped(c.version()), 0.5);
    assertThat(built.sameAs(Inference.build(c, TermDictionary.shipped(c.version()), 0.6))).isFalse();
    assertThat(built.sameAs(Inference.build(c, TermDictionary.empty(), 0.5))).isFalse();
  }
}
