package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.catalog.internal.CatalogReader;
import io.github.dxplan.model.DxplanException;
import io.github.dxplan.model.format.InputFiles;
import io.github.dxplan.model.format.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

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
 * that exists, no unknown keys (except extensions named {@code x-...}), no YAML aliases, at most
 * 64 levels of nesting and {@link #MAX_BYTES} bytes. Each problem names the
 * source, line, column and JSON Pointer. The shipped files are read by the same code, and a test
 * reads them all, so a broken shipped file fails the build rather than a user's run.
 */
public final class CatalogLoader {

  /**
   * The largest catalogue accepted, in bytes (16 MB; the shipped ones are under 100 kB). A larger file
   * or stream is refused after reading one byte more, so {@code /dev/zero} ends at once.
   */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private CatalogLoader() {}

  /**
   * Reads a catalogue file.
   *
   * @param file the file; {@code .json} is read as JSON, anything else as YAML
   * @return the catalogue
   * @throws CatalogFormatException with every problem, if the file is not a valid catalogue
   * @throws DxplanException naming the file, if it is missing, a folder, a named pipe or socket
   *     (refused without being opened, as opening one waits for a writer), unreadable, or larger than
   *     {@link #MAX_BYTES}; its cause is the {@link UnreadableFileException} that says which
   */
  public static NationalCatalog load(Path file) {
    requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = InputFiles.read(file, MAX_BYTES);
    } catch (UnreadableFileException e) {
      throw new DxplanException("cannot read catalogue file " + file + ": " + e.problem(), e);
    }
    return CatalogReader.read(new ByteArrayInputStream(bytes), file.toString());
  }

  /**
   * Reads a catalogue from a stream.
   *
   * @param in the bytes, UTF-8; read to its end or to one byte past {@link #MAX_BYTES}; not closed
   * @param sourceName the name used in problems; a name ending with {@code .json} selects JSON
   * @return the catalogue
   * @throws CatalogFormatException with every problem, if the content is not a valid catalogue
   * @throws DxplanException if the stream holds more than {@link #MAX_BYTES} bytes or cannot be read
   */
  public static NationalCatalog load(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new DxplanException("cannot read catalogue " + sourceName + ": " + e.getMessage(), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(sourceName);
    }
    return CatalogReader.read(new ByteArrayInputStream(bytes), sourceName);
  }

  private static DxplanException tooLarge(String source) {
    return new DxplanException(
        String.format(
            Locale.ROOT,
            "cannot read catalogue file %s: larger than the limit of %d MB (%d bytes, CatalogLoader.MAX_BYTES)",
            source,
            MAX_BYTES / (1024 * 1024),
            MAX_BYTES));
  }
}
