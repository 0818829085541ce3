package io.github.dxplan.model.format;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.format.internal.Factories;
import io.github.dxplan.model.format.internal.PlanParser;
import io.github.dxplan.model.format.internal.Utf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * Reads plans from JSON or YAML files and streams, within explicit {@link ReadLimits}.
 *
 * <pre>{@code
 * DxPlan plan = PlanReader.auto().read(Path.of("itako-2023.yaml"));
 * }</pre>
 *
 * <p>Input must be UTF-8; a leading byte order mark is accepted. Every problem — invalid UTF-8,
 * malformed or truncated syntax, an unknown or duplicate key, a wrong type, an unreadable fiscal year or
 * code, a limit exceeded — is reported as one {@link PlanFormatException} naming the source, line,
 * column and JSON Pointer. Unknown keys are rejected rather than dropped, so no data is lost silently.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanReader {
  private final PlanFormat format; // null: decide per input
  private final ReadLimits limits;
  private final TokenStreamFactory json;
  private final TokenStreamFactory yaml;

  private PlanReader(PlanFormat format, ReadLimits limits) {
    this.format = format;
    this.limits = limits;
    this.json = format == PlanFormat.YAML ? null : Factories.reader(PlanFormat.JSON, limits);
    this.yaml = format == PlanFormat.JSON ? null : Factories.reader(PlanFormat.YAML, limits);
  }

  /**
   * Returns a reader for JSON.
   *
   * @return the reader, with default limits
   */
  public static PlanReader json() {
    return new PlanReader(PlanFormat.JSON, ReadLimits.DEFAULTS);
  }

  /**
   * Returns a reader for YAML.
   *
   * @return the reader, with default limits
   */
  public static PlanReader yaml() {
    return new PlanReader(PlanFormat.YAML, ReadLimits.DEFAULTS);
  }

  /**
   * Returns a reader that picks the syntax per input: by the file extension ({@code .json}, {@code .yaml},
   * {@code .yml}) and, for other names, JSON when the first non-blank character is <code>{</code>, else YAML.
   *
   * @return the reader, with default limits
   */
  public static PlanReader auto() {
    return new PlanReader(null, ReadLimits.DEFAULTS);
  }

  /**
   * Returns a copy of this reader with other limits.
   *
   * @param newLimits the limits
   * @return the new reader
   */
  public PlanReader withLimits(ReadLimits newLimits) {
    return new PlanReader(format, requireNonNull(newLimits, "newLimits"));
  }

  /**
   * Returns the limits this reader enforces.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a plan from a file; the file name is the source in error messages. The file is read
   * through {@link InputFiles}: a named pipe is refused unopened, and no more than the document
   * limit is read.
   *
   * @param file the file
   * @return the plan
   * @throws PlanFormatException if the content is not a readable plan
   * @throws UnreadableFileException if the file is missing, a folder, a pipe, larger than the
   *     limit or cannot be read (an {@link UncheckedIOException})
   */
  public DxPlan read(Path file) {
    requireNonNull(file, "file");
    return read(InputFiles.read(file, limits.maxDocumentBytes()), file.toString());
  }

  /**
   * Reads a plan from a stream, which is read to its end but not closed.
   *
   * @param in the stream
   * @param source the name to use in error messages, such as the file name
   * @return the plan
   * @throws PlanFormatException if the content is not a readable plan
   * @throws UncheckedIOException if the stream fails
   */
  public DxPlan read(InputStream in, String source) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    return read(readBounded(in, source), source);
  }

  /**
   * Reads a plan from UTF-8 bytes.
   *
   * @param utf8 the document
   * @param source the name to use in error messages
   * @return the plan
   * @throws PlanFormatException if the content is not a readable plan
   */
  public DxPlan read(byte[] utf8, String source) {
    requireNonNull(utf8, "utf8");
    requireNonNull(source, "source");
    if (utf8.length > limits.maxDocumentBytes()) {
      throw tooLarge(source);
    }
    if (!Utf8.isWellFormed(utf8)) {
      // The strict decoder names the first bad byte with its line and column.
      return readString(decode(utf8, source), source);
    }
    if (isJson(utf8, source)) {
      // Jackson's UTF-8 parser reads the bytes directly: no decoded copy of the document.
      try (JsonParser parser = json.createParser(ObjectReadContext.empty(), utf8)) {
        return new PlanParser(parser, source, limits.maxNestingDepth()).readDocument();
      } catch (PlanFormatException e) {
        // Rare, so read again as text: the byte parser counts columns in bytes and words some
        // syntax errors differently, and the report must not depend on the path taken.
        return readString(new String(utf8, StandardCharsets.UTF_8), source);
      }
    }
    return readString(new String(utf8, StandardCharsets.UTF_8), source);
  }

  /**
   * Whether the bytes go to the JSON parser as bytes: JSON by format or name, no byte order mark (so
   * offsets and columns count as for the decoded text) and nothing that Jackson would take for UTF-16
   * or UTF-32.
   */
  private boolean isJson(byte[] utf8, String source) {
    PlanFormat f = format != null ? format : PlanFormat.fromFileName(source).orElse(null);
    if (f != PlanFormat.JSON || utf8.length == 0) {
      return false;
    }
    for (int i = 0; i < Math.min(4, utf8.length); i++) {
      int b = utf8[i] & 0xFF;
      if (b == 0 || b >= 0xEF) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a plan from text already decoded.
   *
   * @param document the document
   * @param source the name to use in error messages
   * @return the plan
   * @throws PlanFormatException if the content is not a readable plan
   */
  public DxPlan readString(String document, String source) {
    requireNonNull(document, "document");
    requireNonNull(source, "source");
    String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
    TokenStreamFactory factory = factoryFor(text, source);
    if (factory == yaml) {
      checkYamlCharacters(text, source);
    }
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
      return new PlanParser(parser, source, limits.maxNestingDepth(), factory == yaml ? text : null).readDocument();
    }
  }

  /**
   * Rejects a character that YAML does not allow anywhere (a control character other than tab and
   * line breaks, such as NUL; U+FFFE, U+FFFF) at its own line and column: the YAML engine checks its
   * whole input buffer first and would name only the start of the document.
   */
  private static void checkYamlCharacters(String text, String source) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xFFFE || c == '\t' || c == '\r') {
        continue;
      }
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        continue;
      }
      if (c == 0x85) {
        continue;
      }
      throw new PlanFormatException(source, line, i - lineStart + 1, "",
          String.format(Locale.ROOT,
              "U+%04X (a control character) is not allowed in YAML: remove it, or write it as an escape such as \"\\x%02X\" inside double quotes",
              (int) c, (int) c & 0xFF),
          null);
    }
  }

  private TokenStreamFactory factoryFor(String text, String source) {
    if (format != null) {
      return format == PlanFormat.JSON ? json : yaml;
    }
    return PlanFormat.detect(source, text) == PlanFormat.JSON ? json : yaml;
  }

  private byte[] readBounded(InputStream in, String source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > limits.maxDocumentBytes()) {
          throw tooLarge(source);
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private PlanFormatException tooLarge(String source) {
    return new PlanFormatException(
        source,
        0,
        0,
        "",
        "the document is larger than the limit of " + limits.maxDocumentBytes() + " bytes (ReadLimits.maxDocumentBytes)",
        null);
  }

  private static String decode(byte[] bytes, String source) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.limit(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new PlanFormatException(
          source,
          line,
          column,
          "",
          String.format(
              java.util.Locale.ROOT,
              "invalid UTF-8 at byte offset %d (byte 0x%02X): plan files must be UTF-8",
              in.position(),
              bytes[in.position()] & 0xFF),
          null);
    }
    out.flip();
    return out.toString();
  }
}
