package io.github.dxplan.xlsx;

import java.util.Locale;

/**
 * The classes of problem a workbook import reports; each has a Japanese and an English text with
 * what was expected. {@code {0}} in a text is filled with the detail of the problem (a limit, a
 * sheet name, the accepted values).
 */
public enum ProblemKind {
  /** The file is not an xlsx workbook (not a zip, or a zip without a workbook part). */
  NOT_A_WORKBOOK("xlsx 形式のブックではありません（{0}）", "not an xlsx workbook ({0})"),
  /** An encrypted (password-protected) workbook, which cannot be read without its password. */
  ENCRYPTED(
      "パスワードで保護（暗号化）されたブックは読めません。Excel で「ファイル → 情報 → ブックの保護 → パスワードを使用して暗号化」のパスワードを外して保存し直してください",
      "an encrypted (password-protected) workbook cannot be read: remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it again"),
  /** An Excel 97–2003 {@code .xls} file. */
  LEGACY_XLS(
      "Excel 97-2003 形式（.xls）は読めません。「名前を付けて保存」で Excel ブック（.xlsx）にしてください",
      "an Excel 97-2003 (.xls) file cannot be read: save it as an Excel Workbook (.xlsx)"),
  /** A limit on the zip or on the sheets (entries, inflated size, rows, cells) was exceeded. */
  LIMIT("上限を超えています: {0}", "limit exceeded: {0}"),
  /** A part of the workbook is not well-formed XML, or declares a DTD (refused: XXE). */
  BAD_XML("ブックの中の XML が壊れているか、許可されない宣言を含みます: {0}", "the workbook holds XML that is broken or declares what is refused: {0}"),
  /** The workbook holds none of the plan sheets. */
  EMPTY_WORKBOOK(
      "計画のシートがありません（必要: {0}）。dx template で作ったひな形に記入してください",
      "the workbook has none of the plan sheets (needed: {0}); fill in a template made by dx template"),
  /** A sheet whose name is not one of the plan sheets. */
  UNKNOWN_SHEET("知らないシート名です（使えるシート: {0}）", "unknown sheet (the sheets are: {0})"),
  /** A required sheet is missing. */
  MISSING_SHEET("必要なシートがありません: {0}", "a required sheet is missing: {0}"),
  /** A plan sheet is hidden. */
  HIDDEN_SHEET(
      "非表示のシートです。読み落としを防ぐため、再表示してから保存してください",
      "the sheet is hidden: show it again (so nothing is read that no one sees) and save"),
  /** A header that is not a column of this sheet. */
  UNKNOWN_COLUMN("この列見出しは知らない列です（使える列: {0}）", "unknown column heading (the columns are: {0})"),
  /** A required column is missing from the header row. */
  MISSING_COLUMN("必要な列がありません: {0}", "a required column is missing: {0}"),
  /** The same column heading appears twice. */
  DUPLICATE_COLUMN("同じ列が二度あります", "the same column appears twice"),
  /** A hidden row that holds values. */
  HIDDEN_ROW(
      "非表示の行に値があります。読み落としを防ぐため、再表示するか行を削除してください",
      "a hidden row holds values: show it again or delete the row"),
  /** A merged cell range. */
  MERGED_CELLS(
      "セルが結合されています（{0}）。結合を解除し、各行に値を入れてください",
      "merged cells ({0}): unmerge them and fill in each row"),
  /** A formula where a value is expected. */
  FORMULA(
      "数式は使えません（数式: {0}）。値として貼り付けてください（形式を選択して貼り付け → 値）",
      "a formula is not accepted (formula: {0}): paste it as a value (Paste Special → Values)"),
  /** A cell that holds an error value such as {@code #N/A}. */
  ERROR_VALUE("セルがエラー値です", "the cell holds an error value"),
  /** A required value is empty. */
  REQUIRED("必須の値が空です", "a required value is empty"),
  /** A fiscal year could not be read. */
  BAD_YEAR("年度として読めません（{0}）", "not a fiscal year ({0})"),
  /** A date serial or a date-formatted cell where a fiscal year or a code was expected. */
  DATE_SERIAL(
      "日付（シリアル値）になっています。セルの書式を「文字列」にして入力し直してください",
      "the cell became a date (a serial number): format the cell as Text and type the value again"),
  /** A number where text such as a code was expected (leading zeros lost). */
  NUMBER_FOR_TEXT(
      "数値になっています（先頭の 0 が消えます）。セルの書式を「文字列」にして入力し直してください",
      "the cell is a number (leading zeros are lost): format the cell as Text and type the value again"),
  /** A decimal value could not be read. */
  BAD_NUMBER("数値として読めません", "not a number"),
  /** A tags cell whose line is not 軸: 値. */
  BAD_TAGS("「軸: 値」の形（1 行に 1 つ）ではありません", "not \"axis: value\" (one per line)"),
  /** A whole number could not be read. */
  BAD_INTEGER("整数として読めません", "not a whole number"),
  /** A value that is not one of a list (a dropdown). */
  BAD_CHOICE("一覧にない値です（使える値: {0}）", "not one of the listed values ({0})"),
  /** A date (adopted, drafted) could not be read. */
  BAD_DATE("日付として読めません（{0}）", "not a date ({0})"),
  /** A local government code could not be read. */
  BAD_CODE("団体コードとして読めません（{0}）", "not a local government code ({0})"),
  /** An unknown national item code. */
  UNKNOWN_ITEM("国の計画の項目コードではありません（使えるコード: {0}）", "not a national item code (the codes are: {0})"),
  /** The same id or number twice. */
  DUPLICATE_ID("同じ ID（番号）がすでに {0} にあります", "the same id (number) is already at {0}"),
  /** A parent or owner that does not exist. */
  UNKNOWN_REFERENCE("この ID（番号）の行がありません（{0}）", "no row has this id (number) ({0})"),
  /** A parent of the wrong level. */
  BAD_PARENT("親の階層が合いません（{0}）", "the parent is of the wrong level ({0})"),
  /** A second data row on the 計画 sheet, which holds one plan. */
  EXTRA_ROW("計画シートに書けるのは 1 行（3 行目）だけです", "the 計画 sheet holds one row (row 3) only"),
  /** The その他 (JSON) column does not hold a JSON object. */
  BAD_EXTRA("「その他」列は JSON のオブジェクトです（{0}）", "the extra column holds a JSON object ({0})"),
  /** The plan built from the workbook is not a valid plan. */
  INVALID_PLAN("計画として読めません: {0}", "not a valid plan: {0}");

  private final String ja;
  private final String en;

  ProblemKind(String ja, String en) {
    this.ja = ja;
    this.en = en;
  }

  /**
   * Returns the text in a language, with the detail filled in.
   *
   * @param locale Japanese unless the language is English
   * @param detail the detail ({@code {0}}), or {@code null}
   * @return the text
   */
  public String text(Locale locale, String detail) {
    String t = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : ja;
    return t.replace("{0}", detail == null ? "" : detail);
  }
}
