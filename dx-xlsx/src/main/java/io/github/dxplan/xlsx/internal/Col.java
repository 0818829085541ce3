package io.github.dxplan.xlsx.internal;

import java.util.List;

/**
 * One column of a sheet: the format key (row 2), the Japanese heading (row 1), how its cells are
 * read and written.
 *
 * @param key the format key: a dotted path into the row's object ({@code baseline.fiscalYear}), or a
 *     structural key of the sheet ({@code #ref}, {@code #parent}, {@code #level}, {@code #owner},
 *     {@code #kpi}, {@code #extra}, {@code nationalItems#1})
 * @param ja the Japanese heading
 * @param type how the cell is read and written
 * @param width the column width in characters
 * @param required whether a row needs a value here
 * @param choices for {@link Type#CHOICE}: the codes, with their Japanese in {@link Choices}
 */
public record Col(String key, String ja, Type type, double width, boolean required, List<String> choices) {

  /** How a cell is read and written. */
  public enum Type {
    /** Text, kept exactly as written (spaces and line breaks included). */
    TEXT,
    /** An id, a code or a reference: text, with surrounding spaces removed and full-width forms folded. */
    ID,
    /** A list of texts, one per line. */
    LINES,
    /** A list of texts that may span lines, separated by an empty line. */
    PARAGRAPHS,
    /** A whole number. */
    INT,
    /** An exact decimal. */
    DECIMAL,
    /** A fiscal year in any accepted form, written as 2024. */
    YEAR,
    /** A date or a year-month ({@code 2023-12}), or a Japanese date. */
    DATE,
    /** A local government code (6 digits with check digit, or 5). */
    LG_CODE,
    /** One of a list, written as 日本語（CODE）. */
    CHOICE,
    /** Named axes and their values ({@code tags}), one {@code 軸: 値} per line. */
    TAGS,
    /** 達成 / 未達成 (true / false). */
    BOOL,
    /** A national item code, written as CODE 題名. */
    ITEM,
    /** The その他 column: a JSON object with what no column holds. */
    JSON
  }

  static Col of(String key, String ja, Type type, double width) {
    return new Col(key, ja, type, width, false, List.of());
  }

  static Col required(String key, String ja, Type type, double width) {
    return new Col(key, ja, type, width, true, List.of());
  }

  static Col choice(String key, String ja, double width, List<String> choices) {
    return new Col(key, ja, Type.CHOICE, width, false, List.copyOf(choices));
  }

  /** Returns whether the column is a structural column of its sheet (not a key of the format). */
  boolean structural() {
    return key.startsWith("#");
  }
}
