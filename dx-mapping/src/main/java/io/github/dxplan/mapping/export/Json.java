package io.github.dxplan.mapping.export;

import java.math.BigDecimal;
import java.util.Locale;

/** A tiny deterministic JSON writer: keys in call order, two-space indent, LF. */
final class Json {
  private final StringBuilder out = new StringBuilder(4096);
  private int depth;
  private boolean first = true;
  private boolean afterKey;

  Json begin() {
    return open('{');
  }

  Json end() {
    return close('}');
  }

  Json beginArray() {
    return open('[');
  }

  Json endArray() {
    return close(']');
  }

  Json key(String k) {
    comma();
    string(k);
    out.append(": ");
    afterKey = true;
    return this;
  }

  Json value(String s) {
    comma();
    if (s == null) {
      out.append("null");
    } else {
      string(s);
    }
    return this;
  }

  Json value(boolean b) {
    comma();
    out.append(b);
    return this;
  }

  Json value(long n) {
    comma();
    out.append(n);
    return this;
  }

  Json value(double d) {
    comma();
    out.append(number(d));
    return this;
  }

  Json field(String k, String v) {
    return key(k).value(v);
  }

  Json field(String k, double v) {
    return key(k).value(v);
  }

  Json field(String k, long v) {
    return key(k).value(v);
  }

  Json field(String k, boolean v) {
    return key(k).value(v);
  }

  static String number(double d) {
    BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
    if (b.scale() < 1) {
      b = b.setScale(1);
    }
    return b.toPlainString();
  }

  private Json open(char c) {
    comma();
    out.append(c);
    depth++;
    first = true;
    return this;
  }

  private Json close(char c) {
    depth--;
    if (!first) {
      newline();
    }
    out.append(c);
    first = false;
    return this;
  }

  private void comma() {
    if (afterKey) {
      afterKey = false;
      return;
    }
    if (depth == 0) {
      return;
    }
    if (!first) {
      out.append(',');
    }
    newline();
    first = false;
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003c"); // safe to embed in HTML
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString() + "\n";
  }
}
