package io.github.dxplan.xlsx.internal;

import io.github.dxplan.xlsx.CellProblem;
import io.github.dxplan.xlsx.ProblemKind;
import io.github.dxplan.xlsx.WorkbookException;
import io.github.dxplan.xlsx.WorkbookLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an xlsx file into {@link RawWorkbook}, defensively: the zip is read from its central
 * directory (the entry count is bounded before anything inflates); only the XML parts a workbook
 * needs are inflated, each counted as it inflates against the per-entry and total bounds, so a zip
 * bomb stops at the bound; the VBA part of an {@code .xlsm} is never inflated or kept; XML is read with the JDK's own StAX
 * parser with DTDs refused (no external entities: XXE); rows and cells are bounded. Encrypted and
 * {@code .xls} files (OLE2 containers) are named as such.
 */
public final class XlsxReader {

  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final XMLInputFactory XML = factory();

  private final String file;
  private final WorkbookLimits limits;
  private long cellCount;

  private XlsxReader(String file, WorkbookLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  /**
   * Reads a workbook.
   *
   * @param bytes the file's bytes
   * @param file the file name for messages
   * @param limits the bounds
   * @return the workbook
   * @throws WorkbookException if it is not a readable workbook or exceeds a bound
   */
  public static RawWorkbook read(byte[] bytes, String file, WorkbookLimits limits) {
    return new XlsxReader(file, limits).read(bytes);
  }

  private static XMLInputFactory factory() {
    // The JDK's own implementation, whatever else is on the class path (aalto, woodstox).
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private WorkbookException fail(ProblemKind kind, String detail) {
    return new WorkbookException(List.of(new CellProblem(file, null, null, kind, detail, null, null)));
  }

  private RawWorkbook read(byte[] bytes) {
    if (bytes.length > limits.maxFileBytes()) {
      throw fail(ProblemKind.LIMIT, "file " + bytes.length + " bytes > " + limits.maxFileBytes());
    }
    if (startsWith(bytes, OLE2)) {
      throw fail(contains(bytes, "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE)) ? ProblemKind.ENCRYPTED : ProblemKind.LEGACY_XLS, null);
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw fail(ProblemKind.NOT_A_WORKBOOK, "not a zip file");
    }
    boolean[] macros = {false};
    Map<String, byte[]> parts = unzip(bytes, macros);
    String workbookPath = officeDocument(parts);
    byte[] workbook = parts.get(workbookPath);
    if (workbook == null) {
      throw fail(ProblemKind.NOT_A_WORKBOOK, "no workbook part");
    }
    String base = workbookPath.substring(0, workbookPath.lastIndexOf('/') + 1);
    String relsPath = base + "_rels/" + workbookPath.substring(base.length()) + ".rels";
    Map<String, String[]> rels = relationships(parts.get(relsPath), base, relsPath);
    List<String> sst = List.of();
    boolean[] dateStyles = new boolean[0];
    for (String[] rel : rels.values()) {
      if (rel[0].endsWith("/sharedStrings")) {
        sst = sharedStrings(part(parts, rel[1]), rel[1]);
      } else if (rel[0].endsWith("/styles")) {
        dateStyles = dateStyles(part(parts, rel[1]), rel[1]);
      }
    }
    List<RawSheet> sheets = new ArrayList<>();
    for (String[] s : sheetList(workbook, workbookPath)) {
      String[] rel = rels.get(s[1]);
      if (rel == null || !rel[0].endsWith("/worksheet")) {
        continue; // a chart sheet or a dialog sheet: no cells a plan could use
      }
      sheets.add(sheet(s[0], !"visible".equals(s[2]), part(parts, rel[1]), rel[1], sst, dateStyles));
    }
    return new RawWorkbook(List.copyOf(sheets), macros[0]);
  }

  private byte[] part(Map<String, byte[]> parts, String name) {
    byte[] b = parts.get(name);
    if (b == null) {
      throw fail(ProblemKind.NOT_A_WORKBOOK, "missing part " + name);
    }
    return b;
  }

  private Map<String, byte[]> unzip(byte[] bytes, boolean[] macros) {
    Map<String, byte[]> parts = new HashMap<>();
    Set<String> seen = new HashSet<>();
    Zip zip;
    try {
      zip = Zip.open(bytes, limits.maxEntries());
    } catch (Zip.LimitException e) {
      throw fail(ProblemKind.LIMIT, e.getMessage());
    } catch (Zip.BadZip e) {
      throw fail(ProblemKind.NOT_A_WORKBOOK, "broken zip: " + e.getMessage());
    }
    if (zip.entries.isEmpty()) {
      throw fail(ProblemKind.NOT_A_WORKBOOK, "empty zip");
    }
    long total = 0;
    for (Zip.Entry e : zip.entries) {
      String name = e.name().startsWith("/") ? e.name().substring(1) : e.name();
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw fail(ProblemKind.NOT_A_WORKBOOK, "the zip holds " + name + " twice");
      }
      if (name.endsWith("/")) {
        continue;
      }
      if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
        macros[0] = true; // never inflated, never kept
        continue;
      }
      if (!(name.endsWith(".xml") || name.endsWith(".rels"))) {
        continue; // images, printer settings, embedded objects: nothing a plan is read from
      }
      long room = Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        total += zip.inflate(e, room, out);
      } catch (Zip.TooLarge t) {
        throw fail(ProblemKind.LIMIT, room < limits.maxEntryBytes()
            ? "the workbook inflates to more than " + limits.maxTotalBytes() + " bytes (a zip bomb?)"
            : name + " inflates to more than " + limits.maxEntryBytes() + " bytes (a zip bomb?)");
      } catch (Zip.BadZip b) {
        throw fail(ProblemKind.NOT_A_WORKBOOK, "broken zip: " + b.getMessage());
      }
      parts.put(name, out.toByteArray());
    }
    return parts;
  }

  private XMLStreamReader xml(byte[] bytes, String part) throws XMLStreamException {
    XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(bytes));
    return new Guarded(r, part);
  }

  /** Refuses a DTD (and so every entity declaration) and an unexpanded entity reference. */
  private final class Guarded extends javax.xml.stream.util.StreamReaderDelegate {
    private final String part;

    Guarded(XMLStreamReader r, String part) {
      super(r);
      this.part = part;
    }

    @Override
    public int next() throws XMLStreamException {
      int ev = super.next();
      if (ev == XMLStreamConstants.DTD) {
        throw fail(ProblemKind.BAD_XML, part + " declares a DTD (refused: no DTDs or external entities are read)");
      }
      if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
        throw fail(ProblemKind.BAD_XML, part + " refers to the entity &" + getLocalName() + "; (refused)");
      }
      return ev;
    }
  }

  private String officeDocument(Map<String, byte[]> parts) {
    byte[] rels = parts.get("_rels/.rels");
    if (rels == null) {
      return parts.containsKey("xl/workbook.xml") ? "xl/workbook.xml" : "";
    }
    for (String[] rel : relationships(rels, "", "_rels/.rels").values()) {
      if (rel[0].endsWith("/officeDocument")) {
        return rel[1];
      }
    }
    return "xl/workbook.xml";
  }

  /** Id to {type, resolved target}. */
  private Map<String, String[]> relationships(byte[] bytes, String base, String part) {
    Map<String, String[]> rels = new HashMap<>();
    if (bytes == null) {
      return rels;
    }
    try {
      XMLStreamReader r = xml(bytes, part);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
          if ("External".equals(r.getAttributeValue(null, "TargetMode"))) {
            continue;
          }
          String target = r.getAttributeValue(null, "Target");
          String type = r.getAttributeValue(null, "Type");
          String id = r.getAttributeValue(null, "Id");
          if (target == null || type == null || id == null) {
            continue;
          }
          rels.put(id, new String[] {type, resolve(base, target)});
        }
      }
    } catch (XMLStreamException e) {
      throw fail(ProblemKind.BAD_XML, part + ": " + e.getMessage());
    }
    return rels;
  }

  private static String resolve(String base, String target) {
    String path = target.startsWith("/") ? target.substring(1) : base + target;
    List<String> out = new ArrayList<>();
    for (String seg : path.split("/")) {
      if (seg.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
      } else if (!seg.isEmpty() && !seg.equals(".")) {
        out.add(seg);
      }
    }
    return String.join("/", out);
  }

  /** Each sheet as {name, relationship id, state}. */
  private List<String[]> sheetList(byte[] bytes, String part) {
    List<String[]> sheets = new ArrayList<>();
    try {
      XMLStreamReader r = xml(bytes, part);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
          String state = r.getAttributeValue(null, "state");
          sheets.add(new String[] {
            String.valueOf(r.getAttributeValue(null, "name")), r.getAttributeValue(REL, "id"), state == null ? "visible" : state
          });
        }
      }
    } catch (XMLStreamException e) {
      throw fail(ProblemKind.BAD_XML, part + ": " + e.getMessage());
    }
    return sheets;
  }

  private List<String> sharedStrings(byte[] bytes, String part) {
    List<String> out = new ArrayList<>();
    try {
      XMLStreamReader r = xml(bytes, part);
      StringBuilder sb = new StringBuilder();
      int phonetic = 0;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String n = r.getLocalName();
          if (n.equals("si")) {
            sb.setLength(0);
          } else if (n.equals("rPh")) {
            phonetic++; // ふりがな: not part of the text
          } else if (n.equals("t") && phonetic == 0) {
            sb.append(r.getElementText());
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String n = r.getLocalName();
          if (n.equals("rPh")) {
            phonetic--;
          } else if (n.equals("si")) {
            if (out.size() >= limits.maxCells()) {
              throw fail(ProblemKind.LIMIT, "shared strings > " + limits.maxCells());
            }
            out.add(sb.toString());
          }
        }
      }
    } catch (XMLStreamException e) {
      throw fail(ProblemKind.BAD_XML, part + ": " + e.getMessage());
    }
    return out;
  }

  private boolean[] dateStyles(byte[] bytes, String part) {
    Map<String, String> custom = new HashMap<>();
    List<Boolean> xfs = new ArrayList<>();
    try {
      XMLStreamReader r = xml(bytes, part);
      boolean inCellXfs = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String n = r.getLocalName();
          if (n.equals("numFmt")) {
            custom.put(r.getAttributeValue(null, "numFmtId"), r.getAttributeValue(null, "formatCode"));
          } else if (n.equals("cellXfs")) {
            inCellXfs = true;
          } else if (n.equals("xf") && inCellXfs) {
            String id = r.getAttributeValue(null, "numFmtId");
            xfs.add(isDateFormat(id == null ? "0" : id, custom));
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
          inCellXfs = false;
        }
      }
    } catch (XMLStreamException e) {
      throw fail(ProblemKind.BAD_XML, part + ": " + e.getMessage());
    }
    boolean[] out = new boolean[xfs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = xfs.get(i);
    }
    return out;
  }

  static boolean isDateFormat(String id, Map<String, String> custom) {
    String code = custom.get(id);
    if (code == null) {
      int n;
      try {
        n = Integer.parseInt(id);
      } catch (NumberFormatException e) {
        return false;
      }
      // Built-in date and time formats, with the Japanese ones (27-36, 50-58).
      return (n >= 14 && n <= 22) || (n >= 27 && n <= 36) || (n >= 45 && n <= 47) || (n >= 50 && n <= 58);
    }
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        bracket = true;
      } else if (c == ']') {
        bracket = false;
      } else if (!bracket && "yYmMdDhHsSeEgG".indexOf(c) >= 0) {
        return !code.equalsIgnoreCase("General");
      }
    }
    return false;
  }

  private RawSheet sheet(String name, boolean hidden, byte[] bytes, String part, List<String> sst, boolean[] dateStyles) {
    List<RawRow> rows = new ArrayList<>();
    List<String> merges = new ArrayList<>();
    try {
      XMLStreamReader r = xml(bytes, part);
      int rowNumber = 0;
      int rowCount = 0;
      boolean rowHidden = false;
      List<RawCell> cells = null;
      int column = -1;
      String type = null;
      int style = 0;
      String value = null;
      String formula = null;
      String cellRef = null;
      String cellType = null;
      String cellStyle = null;
      StringBuilder inline = null;
      int phonetic = 0;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String n = r.getLocalName();
          switch (n) {
            case "row" -> {
              if (++rowCount > limits.maxRows()) {
                throw fail(ProblemKind.LIMIT, "sheet " + name + ": rows > " + limits.maxRows());
              }
              String rn = r.getAttributeValue(null, "r");
              rowNumber = rn == null ? rowNumber + 1 : parsePositive(rn, part);
              String h = r.getAttributeValue(null, "hidden");
              rowHidden = "1".equals(h) || "true".equals(h);
              cells = new ArrayList<>();
              column = -1;
            }
            case "c" -> {
              // Attributes kept raw; parsed only if the cell has a value (most styled cells have none).
              String previous = cellRef;
              cellRef = null;
              cellType = null;
              cellStyle = null;
              for (int a = 0, na = r.getAttributeCount(); a < na; a++) {
                String an = r.getAttributeLocalName(a);
                if (an.equals("r")) {
                  cellRef = r.getAttributeValue(a);
                } else if (an.equals("t")) {
                  cellType = r.getAttributeValue(a);
                } else if (an.equals("s")) {
                  cellStyle = r.getAttributeValue(a);
                }
              }
              if (cellRef == null) {
                column = (column == -2 ? CellRef.columnOf(previous) : column) + 1;
              } else {
                column = -2; // from cellRef, when the cell turns out to have a value
              }
              value = null;
              formula = null;
              inline = null;
            }
            case "v" -> value = r.getElementText();
            case "f" -> formula = r.getElementText();
            case "is" -> inline = new StringBuilder();
            case "rPh" -> phonetic++;
            case "t" -> {
              if (inline != null && phonetic == 0) {
                inline.append(r.getElementText());
              }
            }
            case "mergeCell" -> merges.add(String.valueOf(r.getAttributeValue(null, "ref")));
            default -> {}
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String n = r.getLocalName();
          if (n.equals("rPh")) {
            phonetic--;
          } else if (n.equals("c") && cells != null) {
            if (value == null && formula == null && inline == null) {
              continue;
            }
            if (column == -2) {
              column = CellRef.columnOf(cellRef);
            }
            if (column < 0 || column > 16_383) {
              throw fail(ProblemKind.BAD_XML, part + ": bad cell reference " + cellRef);
            }
            type = cellType == null ? "n" : cellType;
            style = cellStyle == null ? 0 : parsePositive(cellStyle, part);
            String text;
            if (type.equals("s")) {
              int i = value == null ? -1 : parseIndex(value);
              if (i < 0 || i >= sst.size()) {
                throw fail(ProblemKind.BAD_XML, part + ": shared string " + value + " does not exist");
              }
              text = sst.get(i);
            } else if (type.equals("inlineStr")) {
              text = inline == null ? null : inline.toString();
            } else {
              text = value;
            }
            if (text != null || formula != null) {
              if (++cellCount > limits.maxCells()) {
                throw fail(ProblemKind.LIMIT, "cells > " + limits.maxCells());
              }
              boolean date = style < dateStyles.length && dateStyles[style];
              cellsAdd(cells, new RawCell(column, type, text == null ? "" : text, formula, date));
            }
          } else if (n.equals("row") && cells != null) {
            if (!cells.isEmpty()) {
              rows.add(new RawRow(rowNumber, rowHidden, List.copyOf(cells)));
            }
            cells = null;
          }
        }
      }
    } catch (XMLStreamException e) {
      throw fail(ProblemKind.BAD_XML, part + ": " + e.getMessage());
    }
    return new RawSheet(name, hidden, List.copyOf(rows), List.copyOf(merges));
  }

  private static void cellsAdd(List<RawCell> cells, RawCell c) {
    // Cells are stored in column order; a file that repeats or reorders them keeps the last in order.
    int i = cells.size();
    while (i > 0 && cells.get(i - 1).column() >= c.column()) {
      i--;
    }
    if (i < cells.size() && cells.get(i).column() == c.column()) {
      cells.set(i, c);
    } else {
      cells.add(i, c);
    }
  }

  private int parsePositive(String s, String part) {
    try {
      int n = Integer.parseInt(s.trim());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw fail(ProblemKind.BAD_XML, part + ": not a number: " + s);
  }

  private static int parseIndex(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] b, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= b.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
