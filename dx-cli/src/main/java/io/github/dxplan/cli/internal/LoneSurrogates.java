package io.github.dxplan.cli.internal;

import io.github.dxplan.model.format.PlanFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Finds a string that holds half of a UTF-16 surrogate pair, which only an escape can write ({@code
 * "\ud800"} in JSON or a double-quoted YAML string; UTF-8 itself cannot hold one).
 *
 * <p>The plan reader keeps such a string, but no UTF-8 output can: the JSON writer and the exporters
 * turn it into {@code ?}, the YAML writer into another character, so {@code dx convert} would change the
 * plan without a word. The CLI refuses the plan instead, at the string's line and column. Only documents
 * whose bytes hold such an escape ({@code \\uD800}–{@code \\uDFFF}, any case) are walked a second time.
 */
public final class LoneSurrogates {

  /**
   * A lone surrogate in a document.
   *
   * @param pointer the JSON Pointer of the string (a value, or the key of a member)
   * @param line the line of the string
   * @param column the column of the string
   * @param unit the surrogate, e.g. {@code \uD800}
   */
  public record Found(String pointer, int line, int column, char unit) {
    /**
     * Returns the surrogate as an escape, e.g. {@code \uD800}.
     *
     * @return the escape
     */
    public String escape() {
      return String.format(Locale.ROOT, "\\u%04X", (int) unit);
    }
  }

  private LoneSurrogates() {}

  /**
   * Returns the first string of the document that holds a lone surrogate, or {@code null}.
   *
   * @param bytes the document, UTF-8, already read as a plan
   * @param source the file name (its extension picks the syntax, as for the reader)
   * @return the first one, or {@code null}
   */
  public static Found find(byte[] bytes, String source) {
    if (!mayHold(bytes)) {
      return null;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    PlanFormat format = PlanFormat.detect(source, text);
    TokenStreamFactory factory = format == PlanFormat.JSON ? new JsonFactory() : new YAMLFactory();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      return walk(p);
    } catch (JacksonException | IllegalStateException e) {
      return null; // the document was read as a plan: this does not happen
    }
  }

  /** Whether the bytes hold {@code \\u} then {@code d} and one of {@code 8-9a-f}, in any case. */
  static boolean mayHold(byte[] b) {
    for (int i = 0; i + 3 < b.length; i++) {
      if (b[i] == '\\' && b[i + 1] == 'u' && (b[i + 2] == 'd' || b[i + 2] == 'D')) {
        int c = b[i + 3] | 0x20;
        if (c == '8' || c == '9' || (c >= 'a' && c <= 'f')) {
          return true;
        }
      }
    }
    return false;
  }

  private static Found walk(JsonParser p) {
    Deque<String> pointers = new ArrayDeque<>();
    Deque<int[]> indexes = new ArrayDeque<>();
    String key = null;
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      if (t == JsonToken.PROPERTY_NAME) {
        key = p.currentName();
        Found f = check(key, pointers.peek() + "/" + escape(key), p.currentTokenLocation());
        if (f != null) {
          return f;
        }
        continue;
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        pointers.pop();
        indexes.pop();
        continue;
      }
      String pointer;
      if (pointers.isEmpty()) {
        pointer = "";
      } else if (indexes.peek()[0] >= 0) {
        pointer = pointers.peek() + "/" + indexes.peek()[0]++;
      } else {
        pointer = pointers.peek() + "/" + escape(key);
      }
      if (t == JsonToken.START_OBJECT) {
        pointers.push(pointer);
        indexes.push(new int[] {-1});
      } else if (t == JsonToken.START_ARRAY) {
        pointers.push(pointer);
        indexes.push(new int[] {0});
      } else if (t == JsonToken.VALUE_STRING) {
        Found f = check(p.getString(), pointer, p.currentTokenLocation());
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  private static Found check(String s, String pointer, TokenStreamLocation at) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return new Found(pointer, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), c);
      }
    }
    return null;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
