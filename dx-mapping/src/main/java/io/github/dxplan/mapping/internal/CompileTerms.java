package io.github.dxplan.mapping.internal;

import io.github.dxplan.catalog.NationalCatalog;
import io.github.dxplan.catalog.NationalCatalogs;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * dx-mapping's build step (its pom runs it in {@code process-classes}): writes each shipped terms
 * file in a line-per-term form ({@link TermDictionary#writeCompiled}) next to its YAML in
 * {@code target/classes}, and each shipped catalogue version's matcher of the shipped terms alone
 * ({@link Inference#shipped}). The YAML stays the source; {@code CompiledShippedTest} and
 * {@code CompiledInferenceTest} check the compiled copies read to what the YAML reads to. The
 * catalogue's own compiled copies are written by dx-catalog's build.
 */
public final class CompileTerms {
  private CompileTerms() {}

  /**
   * Writes the compiled copies.
   *
   * @param args the class output directory ({@code target/classes})
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Path terms = classes.resolve(TermDictionary.BASE.substring(1));
    for (Path yaml : yamlFiles(terms)) {
      String name = yaml.getFileName().toString();
      Path compiled = terms.resolve(name.substring(0, name.length() - ".yaml".length()) + TermDictionary.COMPILED);
      try (InputStream in = Files.newInputStream(yaml)) {
        Files.writeString(compiled, TermDictionary.writeCompiled(in, yaml.toString()), StandardCharsets.UTF_8);
      }
    }
    // Each shipped version's matcher of its one terms file (Inference.shipped).
    for (NationalCatalog c : NationalCatalogs.shipped().versions()) {
      Path yaml = terms.resolve("terms-" + c.version() + ".yaml");
      if (!Files.isRegularFile(yaml)) {
        throw new IOException("no terms file for shipped version " + c.version() + ": " + yaml);
      }
      TermDictionary d;
      try (InputStream in = Files.newInputStream(yaml)) {
        d = TermDictionary.parse(in, yaml.toString(), true);
      }
      Path out = classes.resolve(Inference.compiledResource(c.version()).substring(1));
      try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
        Inference.writeCompiled(c, d, o);
      }
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
}
