package io.github.dxplan.cli.internal;

import java.nio.charset.StandardCharsets;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Counts the comments of a YAML document, so that {@code dx convert} can warn before it replaces a
 * file whose comments the canonical form does not keep. A {@code #} inside a quoted or block
 * scalar is text, not a comment: the YAML parser tells them apart.
 */
public final class YamlComments {
  private YamlComments() {}

  /**
   * Returns how many comments a document holds.
   *
   * @param bytes the UTF-8 document (JSON has none)
   * @return the number of comments, 0 when there are none or the document is not YAML
   */
  public static int count(byte[] bytes) {
    if (bytes.length == 0) {
      return 0;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('#') < 0) {
      return 0;
    }
    LoadSettings settings =
        LoadSettings.builder().setParseComments(true).setCodePointLimit(Integer.MAX_VALUE).build();
    int n = 0;
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
      while (parser.hasNext()) {
        Event e = parser.next();
        if (e instanceof CommentEvent) {
          n++;
        }
      }
    } catch (RuntimeException e) {
      // Not YAML the parser can walk (it was read as a plan, so JSON): count what was seen.
    }
    return n;
  }
}
