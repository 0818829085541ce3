package io.github.dxplan.xlsx.internal;

import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.InvalidValueException;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.xlsx.ProblemKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Cell text to format values and back, one column type at a time. */
final class Cells {
  private Cells() {}

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A value read from a cell, or the problem with it. */
  record Read(JsonNode node, ProblemKind problem, String detail, String example) {
    static Read ok(JsonNode node) {
      return new Read(node, null, null, null);
    }

    static Read bad(ProblemKind kind, String detail, String example) {
      return new Read(null, kind, detail, example);
    }
  }

  /**
   * Returns the text a cell shows for a value, or {@code null} if this column cannot hold it
   * exactly (then the value goes to the その他 column).
   */
  static String format(Col col, JsonNode v, Set<String> itemCodes, java.util.function.Function<String, String> itemTitle) {
    String text = switch (col.type()) {
      case TEXT, ID, DATE, LG_CODE -> v.isString() ? v.stringValue() : null;
      case INT, YEAR -> v.isIntegralNumber() ? v.asString() : null;
      case DECIMAL -> v.isNumber() ? v.decimalValue().toPlainString() : null;
      case CHOICE -> v.isString() && col.choices().contains(v.stringValue()) ? Choices.display(v.stringValue()) : null;
      case BOOL -> v.isBoolean() ? (v.booleanValue() ? "達成" : "未達成") : null;
      case ITEM -> v.isString() && itemCodes.contains(v.stringValue()) ? item(v.stringValue(), itemTitle) : null;
      case LINES -> lines(v);
      case PARAGRAPHS -> paragraphs(v);
      case TAGS -> tags(v);
      case JSON -> null;
    };
    if (text == null || text.isBlank()) {
      return null; // an empty cell reads as no value: "" and "  " go to その他
    }
    Read back = parse(col, text, false, false, itemCodes);
    return back.node() != null && same(back.node(), v) ? text : null;
  }

  static String item(String code, java.util.function.Function<String, String> itemTitle) {
    String title = itemTitle.apply(code);
    return title == null ? code : code + " " + title;
  }

  private static String lines(JsonNode v) {
    if (!v.isArray() || v.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (JsonNode e : v) {
      if (!e.isString() || e.stringValue().isEmpty() || e.stringValue().indexOf('\n') >= 0 || e.stringValue().indexOf('\r') >= 0) {
        return null;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(e.stringValue());
    }
    return sb.toString();
  }

  private static String tags(JsonNode v) {
    if (!v.isObject() || v.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (var e : v.properties()) {
      if (!e.getValue().isArray()) {
        return null;
      }
      for (JsonNode value : e.getValue()) {
        if (!value.isString()) {
          return null;
        }
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(e.getKey()).append(": ").append(value.stringValue());
      }
    }
    return sb.toString(); // checked by reading it back
  }

  private static String paragraphs(JsonNode v) {
    if (!v.isArray() || v.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (JsonNode e : v) {
      if (!e.isString() || e.stringValue().isBlank()) {
        return null;
      }
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(e.stringValue());
    }
    return sb.toString(); // checked by reading it back: a paragraph holding an empty line goes to その他
  }

  /** Whether two values are the same for the format (numbers by value and scale). */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().equals(b.decimalValue()) && a.isIntegralNumber() == b.isIntegralNumber();
    }
    return a.equals(b);
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
  }

  /**
   * Reads a cell's text.
   *
   * @param number whether the cell held a stored number
   * @param date whether the cell had a date format
   */
  static Read parse(Col col, String text, boolean number, boolean date, Set<String> itemCodes) {
    switch (col.type()) {
      case TEXT -> {
        return number && date ? Read.bad(ProblemKind.DATE_SERIAL, null, null) : Read.ok(NODES.stringNode(text));
      }
      case ID -> {
        if (number) {
          return Read.bad(date ? ProblemKind.DATE_SERIAL : ProblemKind.NUMBER_FOR_TEXT, null, "001");
        }
        return Read.ok(NODES.stringNode(fold(text)));
      }
      case LG_CODE -> {
        if (number) {
          return Read.bad(date ? ProblemKind.DATE_SERIAL : ProblemKind.NUMBER_FOR_TEXT, null, "082368");
        }
        String t = fold(text);
        try {
          LocalGovernmentCode.parse(t);
        } catch (InvalidValueException e) {
          return Read.bad(ProblemKind.BAD_CODE, e.getMessage(), "082368");
        }
        return Read.ok(NODES.stringNode(t));
      }
      case LINES -> {
        List<String> parts = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
          String l = line.strip();
          if (!l.isEmpty()) {
            parts.add(line);
          }
        }
        var arr = NODES.arrayNode();
        parts.forEach(arr::add);
        return Read.ok(arr);
      }
      case PARAGRAPHS -> {
        var arr = NODES.arrayNode();
        for (String part : text.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t\u3000]*\n")) {
          if (!part.isBlank()) {
            arr.add(part);
          }
        }
        return Read.ok(arr);
      }
      case TAGS -> {
        var obj = NODES.objectNode();
        for (String line : text.split("\r\n|\r|\n")) {
          if (line.isBlank()) {
            continue;
          }
          int colon = line.indexOf(": ");
          int wide = line.indexOf("：");
          int at = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
          if (at <= 0) {
            return Read.bad(ProblemKind.BAD_TAGS, null, "分野: 子育て");
          }
          String axis = line.substring(0, at).strip();
          String value = line.substring(at + (line.charAt(at) == '：' ? 1 : 2)).strip();
          var arr = obj.get(axis) instanceof tools.jackson.databind.node.ArrayNode a ? a : obj.putArray(axis);
          arr.add(value);
        }
        return Read.ok(obj);
      }
      case INT -> {
        try {
          return Read.ok(intNode(new BigInteger(fold(text))));
        } catch (NumberFormatException e) {
          return Read.bad(ProblemKind.BAD_INTEGER, null, "2");
        }
      }
      case DECIMAL -> {
        String t = fold(text).replace(",", "");
        try {
          BigDecimal d = new BigDecimal(t);
          if (t.indexOf('.') < 0 && t.indexOf('e') < 0 && t.indexOf('E') < 0) {
            return Read.ok(intNode(d.toBigIntegerExact()));
          }
          return Read.ok(NODES.numberNode(d));
        } catch (NumberFormatException | ArithmeticException e) {
          return Read.bad(ProblemKind.BAD_NUMBER, null, "75.5");
        }
      }
      case YEAR -> {
        if (date) {
          return Read.bad(ProblemKind.DATE_SERIAL, null, "令和6年度");
        }
        String t = fold(text);
        if (number && !t.matches("\\d{4}")) {
          return Read.bad(ProblemKind.BAD_YEAR, "数値 " + t, "令和6年度");
        }
        try {
          return Read.ok(NODES.numberNode(FiscalYear.parse(t).value()));
        } catch (InvalidValueException e) {
          return Read.bad(ProblemKind.BAD_YEAR, e.getMessage(), "令和6年度");
        }
      }
      case DATE -> {
        String t = fold(text);
        if (number) {
          if (!date) {
            return Read.bad(ProblemKind.BAD_DATE, "数値 " + t, "2024-03-29");
          }
          try {
            double serial = Double.parseDouble(t);
            // The 1900 date system as Excel and LibreOffice store it (serial 1 = 1900-01-01, with
            // Excel's 1900-02-29; every serial after it counts from 1899-12-30).
            LocalDate d = LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(serial));
            return Read.ok(NODES.stringNode(d.toString()));
          } catch (NumberFormatException e) {
            return Read.bad(ProblemKind.BAD_DATE, t, "2024-03-29");
          }
        }
        try {
          PlanDate.parse(t);
        } catch (InvalidValueException e) {
          return Read.bad(ProblemKind.BAD_DATE, e.getMessage(), "2024-03-29");
        }
        return Read.ok(NODES.stringNode(t));
      }
      case CHOICE -> {
        String code = Choices.read(text, col.choices());
        return code == null
            ? Read.bad(ProblemKind.BAD_CHOICE, String.join(", ", Choices.displays(col.choices())), Choices.display(col.choices().get(0)))
            : Read.ok(NODES.stringNode(code));
      }
      case BOOL -> {
        String t = fold(text);
        if (t.equals("達成") || t.equalsIgnoreCase("true") || t.equals("○")) {
          return Read.ok(NODES.booleanNode(true));
        }
        if (t.equals("未達成") || t.equalsIgnoreCase("false") || t.equals("×")) {
          return Read.ok(NODES.booleanNode(false));
        }
        return Read.bad(ProblemKind.BAD_CHOICE, "達成, 未達成", "達成");
      }
      case ITEM -> {
        String t = fold(text);
        int sp = 0;
        while (sp < t.length() && !Character.isWhitespace(t.charAt(sp))) {
          sp++;
        }
        String code = t.substring(0, sp);
        if (!itemCodes.contains(code)) {
          return Read.bad(ProblemKind.UNKNOWN_ITEM, String.join(", ", itemCodes), "MYNUMBER_CARD");
        }
        return Read.ok(NODES.stringNode(code));
      }
      case JSON -> throw new IllegalArgumentException("JSON cells are read by the importer");
      default -> throw new IllegalStateException();
    }
  }

  private static JsonNode intNode(BigInteger i) {
    if (i.bitLength() < 32) {
      return NODES.numberNode(i.intValue());
    }
    if (i.bitLength() < 64) {
      return NODES.numberNode(i.longValue());
    }
    return NODES.numberNode(i);
  }
}
