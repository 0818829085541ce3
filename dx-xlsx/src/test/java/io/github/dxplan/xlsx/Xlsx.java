package io.github.dxplan.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test helper: a workbook's parts as text, edited and zipped again (what a spreadsheet program or an attacker could write). */
final class Xlsx {
  private Xlsx() {}

  static Map<String, byte[]> parts(byte[] xlsx) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    // The central directory is what counts; fastexcel's local headers have no sizes, so read via a temp file.
    try {
      java.nio.file.Path tmp = java.nio.file.Files.createTempFile("wb", ".xlsx");
      java.nio.file.Files.write(tmp, xlsx);
      try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(tmp.toFile())) {
        for (ZipEntry e : java.util.Collections.list(z.entries())) {
          parts.put(e.getName(), z.getInputStream(e).readAllBytes());
        }
      } finally {
        java.nio.file.Files.delete(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (var e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String text(Map<String, byte[]> parts, String name) {
    return new String(parts.get(name), StandardCharsets.UTF_8);
  }

  /** The part of a sheet by its name. */
  static String sheetPart(Map<String, byte[]> parts, String sheet) {
    String wb = text(parts, "xl/workbook.xml");
    String escaped = sheet.chars().mapToObj(c -> c < 128 ? String.valueOf((char) c) : String.format("&#x%x;", c)).reduce("", String::concat);
    int i = wb.indexOf("name=\"" + escaped + "\"");
    if (i < 0) {
      i = wb.indexOf("name=\"" + sheet + "\"");
    }
    int id = wb.indexOf("r:id=\"", wb.lastIndexOf("<sheet ", i)) + 6;
    String rid = wb.substring(id, wb.indexOf('"', id));
    String rels = text(parts, "xl/_rels/workbook.xml.rels");
    int r = rels.indexOf("Id=\"" + rid + "\"");
    int start = rels.lastIndexOf("<Relationship", r);
    int t = rels.indexOf("Target=\"", start) + 8;
    String target = rels.substring(t, rels.indexOf('"', t));
    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
  }

  static byte[] edit(byte[] xlsx, String sheet, UnaryOperator<String> change) {
    Map<String, byte[]> parts = parts(xlsx);
    String part = sheetPart(parts, sheet);
    parts.put(part, change.apply(text(parts, part)).getBytes(StandardCharsets.UTF_8));
    return zip(parts);
  }


  /** Replaces the cell {@code ref} (empty or not) of a sheet's XML with {@code cellXml}. */
  static String cell(String xml, String ref, String cellXml) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<c r=\"" + ref + "\"[^>]*?(/>|>.*?</c>)").matcher(xml);
    if (!m.find()) {
      // No such cell: add it to its row, or add the row.
      String row = ref.replaceAll("^[A-Z]+", "");
      java.util.regex.Matcher r = java.util.regex.Pattern.compile("<row r=\"" + row + "\"[^>]*?(/>|>.*?</row>)").matcher(xml);
      if (r.find()) {
        String whole = r.group();
        String filled = whole.endsWith("/>") ? whole.substring(0, whole.length() - 2) + ">" + cellXml + "</row>" : whole.replace("</row>", cellXml + "</row>");
        return xml.substring(0, r.start()) + filled + xml.substring(r.end());
      }
      return xml.replace("</sheetData>", "<row r=\"" + row + "\">" + cellXml + "</row></sheetData>");
    }
    return xml.substring(0, m.start()) + cellXml + xml.substring(m.end());
  }

  static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + text + "</t></is></c>";
  }

  static String number(String ref, String value) {
    return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
  }
}
