package io.github.dxplan.jackson2;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.dxplan.model.format.PlanFormatException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * One plan value copied from a Jackson 2 parser into compact one-line JSON, with where each token
 * started in the original input, so that a problem {@link io.github.dxplan.model.format.PlanReader}
 * finds in the copy is reported at the line and column of the user's own document.
 *
 * <p>Strings are escaped so that the copy reads back as the same characters, except that a lone
 * surrogate stays an escape (the reader refuses it, as it does in the original). Numbers keep the text
 * the parser read. Not thread-safe; one per value.
 */
final class TokenCopy {
  /** The source name in messages, as {@code DxplanModule} names a stream. */
  static final String SOURCE = "<input>";

  private final StringBuilder json = new StringBuilder(4096);
  private int[] offsets = new int[256];
  private int[] lines = new int[256];
  private int[] columns = new int[256];
  private int tokens;
  /** The open containers, innermost first. */
  private final Deque<Frame> frames = new ArrayDeque<>();

  /** An open object or array: how many members or elements it has so far, the current member's name. */
  private static final class Frame {
    final boolean array;
    int count;
    String name;

    Frame(boolean array) {
      this.array = array;
    }
  }

  /**
   * Copies the value at the parser's current token, to its end.
   *
   * @param p the parser, on the first token of the value
   * @throws IOException if the parser fails (malformed or truncated input)
   */
  void copyValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    while (true) {
      if (t == null) {
        throw new JsonEOFException(p, null, "Unexpected end-of-input: the plan is not closed");
      }
      switch (t) {
        case START_OBJECT, START_ARRAY -> {
          beforeValue(p);
          json.append(t == JsonToken.START_OBJECT ? '{' : '[');
          frames.push(new Frame(t == JsonToken.START_ARRAY));
        }
        case END_OBJECT, END_ARRAY -> {
          mark(p);
          json.append(t == JsonToken.END_OBJECT ? '}' : ']');
          frames.pop();
        }
        case FIELD_NAME -> {
          Frame f = frames.peek();
          if (f.count++ > 0) {
            json.append(',');
          }
          f.name = p.currentName();
          mark(p);
          quote(f.name);
          json.append(':');
        }
        case VALUE_STRING -> {
          beforeValue(p);
          quote(p.getText());
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          beforeValue(p);
          json.append(p.getText());
        }
        case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
          beforeValue(p);
          json.append(t == JsonToken.VALUE_TRUE ? "true" : t == JsonToken.VALUE_FALSE ? "false" : "null");
        }
        default -> throw new JsonParseException(p, "unexpected " + t + " in a plan: expected JSON values only");
      }
      if (frames.isEmpty()) {
        return;
      }
      t = p.nextToken();
    }
  }

  /** A value starts: in an array, its comma and its index; then its position. */
  private void beforeValue(JsonParser p) {
    Frame f = frames.peek();
    if (f != null && f.array && f.count++ > 0) {
      json.append(',');
    }
    mark(p);
  }

  private void mark(JsonParser p) {
    if (tokens == offsets.length) {
      offsets = Arrays.copyOf(offsets, tokens * 2);
      lines = Arrays.copyOf(lines, tokens * 2);
      columns = Arrays.copyOf(columns, tokens * 2);
    }
    var at = p.currentTokenLocation();
    offsets[tokens] = json.length();
    lines[tokens] = at.getLineNr();
    columns[tokens] = at.getColumnNr();
    tokens++;
  }

  private void quote(String s) {
    json.append('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        appendEscape(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        json.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        appendEscape(c);
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }

  private void appendEscape(char c) {
    json.append("\\u");
    String hex = Integer.toHexString(c);
    json.append("0000", hex.length(), 4).append(hex);
  }

  /**
   * Returns the copy.
   *
   * @return compact JSON on one line
   */
  String json() {
    return json.toString();
  }

  /**
   * Returns the JSON Pointer of the value being copied when copying stopped.
   *
   * @return the pointer, "" for the root
   */
  String pointer() {
    StringBuilder sb = new StringBuilder();
    var it = frames.descendingIterator();
    while (it.hasNext()) {
      Frame f = it.next();
      if (f.array && f.count > 0) {
        sb.append('/').append(f.count - 1);
      } else if (!f.array && f.name != null) {
        sb.append('/').append(f.name.replace("~", "~0").replace("/", "~1"));
      }
    }
    return sb.toString();
  }

  /**
   * Returns the reader's problem with the line and column of the user's input: the token that starts
   * at or before the problem's column in the copy, moved by as many characters as the problem lies
   * inside it.
   *
   * @param e the problem the reader found in the copy
   * @return the same problem, located in the original input
   */
  PlanFormatException relocate(PlanFormatException e) {
    if (e.line() != 1 || e.column() <= 0 || tokens == 0) {
      return new PlanFormatException(SOURCE, 0, 0, e.pointer(), e.problem(), e);
    }
    int offset = e.column() - 1;
    int i = Arrays.binarySearch(offsets, 0, tokens, offset);
    if (i < 0) {
      i = Math.max(0, -i - 2);
    }
    while (i + 1 < tokens && offsets[i + 1] == offsets[i]) {
      i++; // a member's name and value are marked apart; at one offset the later token is the one there
    }
    int column = columns[i] > 0 ? columns[i] + (offset - offsets[i]) : 0;
    return new PlanFormatException(SOURCE, Math.max(0, lines[i]), column, e.pointer(), e.problem(), e);
  }

  /**
   * Words a Jackson 2 syntax error as {@code PlanReader} words Jackson 3's.
   *
   * @param e the parser's exception
   * @return the problem
   */
  static String describe(JsonProcessingException e) {
    String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    int nl = msg.indexOf('\n');
    msg = nl < 0 ? msg : msg.substring(0, nl);
    if (e instanceof JsonEOFException || msg.contains("end-of-input") || msg.contains("Unexpected end")) {
      return "the document ends too early (truncated input?): " + msg;
    }
    return "malformed input: " + msg;
  }
}
