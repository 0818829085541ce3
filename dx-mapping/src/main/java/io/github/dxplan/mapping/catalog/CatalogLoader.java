package io.github.dxplan.mapping.catalog;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.mapping.catalog.internal.CatalogReader;
import io.github.dxplan.model.DxplanException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a catalogue file in the documented format (YAML, or JSON when the name ends with {@code
 * .json}) and validates it, reporting every problem at once.
 *
 * <p>Example:
 *
 * <pre>{@code
 * NationalCatalog tochigi = CatalogLoader.load(Path.of("tochigi-digital-strategy.yaml"));
 * NationalCatalogs catalogs = NationalCatalogs.shipped().withCatalog(tochigi);
 * }</pre>
 *
 * <p>The checks: required keys present and of the right type, no repeated key in a mapping,
 * unique item codes in the form {@code UPPER_SNAKE}, known categories and deadline kinds,
 * parsable publication dates and deadlines ({@code FY2025}, {@code 2026-09}), order positive and
 * unique within its category, each absorbed code absent from the items and absorbed into an item
 * that exists, no unknown keys (except extensions named {@code x-...}). Each problem names the
 * source, line, column and JSON Pointer. The shipped files are read by the same code, and a test
 * reads them all, so a broken shipped file fails the build rather than a user's run.
 */
public final class CatalogLoader {

  private CatalogLoader() {}

  /**
   * Reads a catalogue file.
   *
   * @param file the file; {@code .json} is read as JSON, anything else as YAML
   * @return the catalogue
   * @throws CatalogFormatException with every problem, if the file is not a valid catalogue
   * @throws DxplanException if the file cannot be opened
   */
  public static NationalCatalog load(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return CatalogReader.read(in, file.toString());
    } catch (IOException e) {
      throw new DxplanException("cannot read catalogue file " + file + ": " + e, e);
    }
  }

  /**
   * Reads a catalogue from a stream.
   *
   * @param in the bytes, UTF-8; not closed
   * @param sourceName the name used in problems; a name ending with {@code .json} selects JSON
   * @return the catalogue
   * @throws CatalogFormatException with every problem, if the content is not a valid catalogue
   */
  public static NationalCatalog load(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return CatalogReader.read(in, sourceName);
  }
}
