package io.github.dxplan.draft.internal;

import io.github.dxplan.draft.DraftException;
import io.github.dxplan.draft.DraftLimits;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's text as PDF extractors give it: UTF-8 (or Shift_JIS, detected), lines, form
 * feeds as page breaks, lone page numbers as page ends, tab-separated table rows, HTML list and table
 * fragments inside cells, Markdown heading marks.
 */
public final class TextReader {
  private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
  private static final Pattern MD_LIST = Pattern.compile("^\\s*[-*+]\\s+(?=\\S)");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^\\s*(?:[-－–—]\\s*)?(?:[pP]\\.?\\s*)?[0-9０-９]{1,4}(?:\\s*[-－–—])?\\s*$");
  private static final Pattern ITEM = Pattern.compile("<(li|p|td|th)\\b[^>]*>(.*?)</\\1\\s*>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("<tr\\b[^>]*>(.*?)</tr\\s*>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<t[dh]\\b[^>]*>(.*?)</t[dh]\\s*>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

  private TextReader() {}

  /**
   * Decodes a text file's bytes: UTF-8, or Shift_JIS (CP932) when the bytes are not UTF-8 but read
   * as Japanese in it; anything else is refused with how to convert it.
   */
  public static String decode(byte[] bytes, String name, List<Document.Notice> notices) {
    int start = 0;
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new DraftException(
          name + ": UTF-16 のテキストです。UTF-8 で保存し直してください（例: iconv -f UTF-16 -t UTF-8 "
              + name + " > 変換後.txt）。",
          name + ": the text is UTF-16; save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8 " + name
              + " > converted.txt).");
    }
    if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      start = 3;
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new DraftException(
            name + ": テキストではありません（" + (i + 1) + " バイト目に NUL）。PDF か UTF-8 のテキストを指定してください。",
            name + ": not a text file (a NUL byte at byte " + (i + 1) + "); give a PDF or a UTF-8 text.");
      }
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return strict(StandardCharsets.UTF_8).decode(in).toString();
    } catch (CharacterCodingException notUtf8) {
      in.rewind().position(start);
      try {
        String sjis = strict(Charset.forName("windows-31j")).decode(in).toString();
        if (japaneseShare(sjis) >= 0.5) {
          notices.add(new Document.Notice(1, 1,
              "文字コードを Shift_JIS と判断して読みました。文字化けがないか確認してください。",
              "The text was read as Shift_JIS; check that no character came out wrong."));
          return sjis;
        }
      } catch (CharacterCodingException notSjis) {
        // refused below
      }
      throw new DraftException(
          name + ": UTF-8 でも Shift_JIS でも読めません。UTF-8 で保存し直してください（例: iconv -f CP932 -t UTF-8 "
              + name + " > 変換後.txt）。",
          name + ": neither UTF-8 nor Shift_JIS; save it as UTF-8 (e.g. iconv -f CP932 -t UTF-8 " + name
              + " > converted.txt).");
    }
  }

  private static java.nio.charset.CharsetDecoder strict(Charset cs) {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static double japaneseShare(String s) {
    int nonAscii = 0;
    int japanese = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF)
          || (c >= 0x3000 && c <= 0x303F)) {
        japanese++;
      }
    }
    return nonAscii == 0 ? 1.0 : (double) japanese / nonAscii;
  }

  /** Splits decoded text into lines with pages, cells and heading marks. */
  public static Document read(String text, String name, DraftLimits limits, List<Document.Notice> notices) {
    if (text.length() > limits.maxChars()) {
      throw new DraftException(
          name + ": 文字数が上限（" + limits.maxChars() + "）を超えています。",
          name + ": more characters than the limit (" + limits.maxChars() + ").");
    }
    List<Line> lines = new ArrayList<>();
    int page = 1;
    int number = 0;
    int pageNumbersRemoved = 0;
    StringBuilder table = null;
    int tableLine = 0;
    int pos = 0;
    int n = text.length();
    while (pos <= n) {
      int end = pos;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String raw = text.substring(pos, end);
      number++;
      if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
        end++;
      }
      pos = end + 1;
      if (number > limits.maxLines()) {
        throw new DraftException(name + ": 行数が上限（" + limits.maxLines() + "）を超えています。",
            name + ": more lines than the limit (" + limits.maxLines() + ").");
      }
      int ff;
      while ((ff = raw.indexOf('\f')) >= 0) {
        raw = raw.substring(ff + 1);
        page++;
      }
      if (table != null) {
        table.append('\n').append(raw);
        if (raw.toLowerCase(java.util.Locale.ROOT).contains("</table")) {
          addTable(lines, page, tableLine, table.toString());
          table = null;
        }
        continue;
      }
      if (raw.toLowerCase(java.util.Locale.ROOT).contains("<table")) {
        table = new StringBuilder(raw);
        tableLine = number;
        if (raw.toLowerCase(java.util.Locale.ROOT).contains("</table")) {
          addTable(lines, page, tableLine, table.toString());
          table = null;
        }
        continue;
      }
      if (raw.isBlank()) {
        continue;
      }
      if (PAGE_NUMBER.matcher(raw).matches() && !raw.contains("\t")) {
        pageNumbersRemoved++;
        page++;
        continue;
      }
      Line line = line(page, number, raw);
      if (line != null) {
        lines.add(line);
      }
    }
    if (table != null) {
      addTable(lines, page, tableLine, table.toString());
    }
    if (pageNumbersRemoved > 0) {
      notices.add(new Document.Notice(1, 1,
          "ページ番号だけの行 " + pageNumbersRemoved + " 行を除き、ページの区切りとしました。",
          pageNumbersRemoved + " lines holding only a page number were removed and taken as page ends."));
    }
    return new Document(name, "text", page, lines, notices);
  }

  private static void addTable(List<Line> lines, int page, int number, String html) {
    Matcher rows = ROW.matcher(html);
    while (rows.find()) {
      List<List<String>> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(rows.group(1));
      while (cell.find()) {
        cells.add(items(cell.group(1)));
      }
      if (!cells.isEmpty()) {
        lines.add(new Line(page, number, joined(cells), cells, 0));
      }
    }
  }

  /** One line: heading and list marks off, cells split at tabs, each cell's HTML items listed. */
  static Line line(int page, int number, String raw) {
    String s = raw;
    int heading = 0;
    Matcher h = MD_HEADING.matcher(s.strip());
    if (h.matches()) {
      heading = h.group(1).length();
      s = h.group(2);
    }
    s = MD_LIST.matcher(s).replaceFirst("");
    String[] parts = s.split("\t", -1);
    List<List<String>> cells = new ArrayList<>();
    for (String p : parts) {
      cells.add(items(p));
    }
    int last = cells.size();
    while (last > 1 && cells.get(last - 1).isEmpty()) {
      last--;
    }
    cells = new ArrayList<>(cells.subList(0, last));
    if (cells.stream().allMatch(List::isEmpty)) {
      return null;
    }
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).isEmpty()) {
        cells.set(i, List.of());
      }
    }
    return new Line(page, number, joined(cells), cells, heading);
  }

  private static String joined(List<List<String>> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append('\t');
      }
      b.append(String.join(" ", cells.get(i)));
    }
    return b.toString();
  }

  /** A cell's items: its HTML list items or paragraphs, else the cell's text as one item. */
  static List<String> items(String cell) {
    List<String> out = new ArrayList<>();
    if (cell.indexOf('<') >= 0) {
      Matcher m = ITEM.matcher(cell);
      int last = 0;
      boolean any = false;
      while (m.find()) {
        String between = clean(cell.substring(last, m.start()));
        if (!between.isEmpty()) {
          out.add(between);
        }
        String item = clean(m.group(2));
        if (!item.isEmpty()) {
          out.add(item);
        }
        last = m.end();
        any = true;
      }
      if (any) {
        String rest = clean(cell.substring(last));
        if (!rest.isEmpty()) {
          out.add(rest);
        }
        return out;
      }
    }
    String c = clean(cell);
    if (!c.isEmpty()) {
      out.add(c);
    }
    return out;
  }

  static String clean(String s) {
    String t = TAG.matcher(s).replaceAll(" ");
    t = BOLD.matcher(t).replaceAll("$1");
    t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    return t.strip();
  }
}
