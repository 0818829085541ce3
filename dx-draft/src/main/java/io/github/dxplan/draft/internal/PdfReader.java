package io.github.dxplan.draft.internal;

import io.github.dxplan.draft.DraftException;
import io.github.dxplan.draft.DraftLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text layer with PDFBox: glyph positions, lines in reading order (sorted by position),
 * a line's glyph runs split into table cells where the horizontal gap is wide, running headers and
 * footers (the same text at the top or bottom of many pages) and page numbers removed.
 */
public final class PdfReader {
  /** Share of the page height at the top and at the bottom where running headers and footers stand. */
  private static final double BAND = 0.08;
  /** A gap wider than this many average glyph widths separates two cells. */
  private static final double CELL_GAP = 2.5;
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^\\s*(?:[-－–—]\\s*)?(?:[pP]\\.?\\s*)?[0-9０-９]{1,4}(?:\\s*/\\s*[0-9]{1,4})?(?:\\s*[-－–—])?\\s*$");

  private PdfReader() {}

  /** One line as extracted, before headers and footers are removed. */
  private record Raw(int page, float top, float height, List<List<String>> cells) {}

  private static final class Deadline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Deadline() {
      super(null, null, false, false);
    }
  }

  /** Reads the PDF at {@code file}. */
  public static Document read(Path file, String name, DraftLimits limits) {
    List<Document.Notice> notices = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
      if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
        throw encrypted(name, null);
      }
      int pages = pdf.getNumberOfPages();
      if (pages == 0) {
        throw new DraftException(name + ": ページがありません（空の PDF）。", name + ": the PDF has no pages.");
      }
      if (pages > limits.maxPages()) {
        throw new DraftException(
            name + ": " + pages + " ページあり、上限（" + limits.maxPages() + " ページ）を超えています。計画の部分だけを PDF にしてください。",
            name + ": " + pages + " pages, over the limit of " + limits.maxPages()
                + "; give the plan's own pages as a PDF.");
      }
      Collector c = new Collector(limits);
      c.setSortByPosition(true);
      c.setStartPage(1);
      c.setEndPage(pages);
      try {
        c.getText(pdf);
      } catch (Deadline d) {
        throw new DraftException(
            name + ": 文字の取り出しが " + limits.maxSeconds() + " 秒で終わらない、または文字数が上限（" + limits.maxChars() + "）を超えました。",
            name + ": text extraction did not end within " + limits.maxSeconds()
                + " s or passed the character limit (" + limits.maxChars() + ").");
      }
      if (c.chars < 20 * Math.min(pages, 1) || c.chars < pages) {
        throw new DraftException(
            name + ": 文字の層（テキスト）がありません。画像だけの PDF（スキャン）と思われます。先に OCR をかけてください（例: ocrmypdf -l jpn "
                + name + " 変換後.pdf）。",
            name + ": the PDF has no text layer (a scan?); run OCR on it first (e.g. ocrmypdf -l jpn " + name
                + " out.pdf).");
      }
      return new Document(name, "pdf", pages, clean(c.lines, c.heights, pages, notices), notices);
    } catch (InvalidPasswordException e) {
      throw encrypted(name, e);
    } catch (IOException e) {
      throw new DraftException(
          name + ": PDF として読めません（" + e.getMessage() + "）。壊れているか、PDF ではありません。",
          name + ": cannot be read as a PDF (" + e.getMessage() + "); it is damaged or not a PDF.", e);
    } catch (OutOfMemoryError e) {
      throw new DraftException(name + ": PDF のオブジェクトが大きすぎて読めません（メモリ不足）。",
          name + ": an object in the PDF is too large to read (out of memory).");
    } catch (RuntimeException e) {
      if (e instanceof DraftException de) {
        throw de;
      }
      throw new DraftException(
          name + ": PDF の内容が壊れていて読めません（" + e.getClass().getSimpleName() + "）。",
          name + ": the PDF's content is damaged (" + e.getClass().getSimpleName() + ").", e);
    }
  }

  private static DraftException encrypted(String name, Throwable cause) {
    return new DraftException(
        name + ": 暗号化（パスワード保護）された PDF で、文字を取り出せません。保護を外した PDF を指定してください。",
        name + ": the PDF is encrypted (password-protected) and its text cannot be taken; give an unprotected copy.",
        cause);
  }

  /** Removes running headers, footers and page numbers; numbers the remaining lines per page. */
  private static List<Line> clean(List<Raw> raw, Map<Integer, Float> heights, int pages, List<Document.Notice> notices) {
    Map<String, Set<Integer>> bandPages = new HashMap<>();
    for (Raw r : raw) {
      if (inBand(r, heights)) {
        bandPages.computeIfAbsent(key(r), k -> new HashSet<>()).add(r.page);
      }
    }
    int repeatedMin = Math.max(3, (int) Math.ceil(pages * 0.4));
    List<Line> out = new ArrayList<>();
    int removed = 0;
    int lastPage = -1;
    int number = 0;
    for (Raw r : raw) {
      if (r.page != lastPage) {
        lastPage = r.page;
        number = 0;
      }
      number++;
      String text = joined(r.cells);
      if (inBand(r, heights)
          && (PAGE_NUMBER.matcher(text).matches() || bandPages.get(key(r)).size() >= repeatedMin)) {
        removed++;
        continue;
      }
      out.add(new Line(r.page, number, text, r.cells, 0));
    }
    if (removed > 0) {
      notices.add(new Document.Notice(1, 1,
          "各ページの上下に繰り返される見出し・ページ番号 " + removed + " 行を除きました。",
          removed + " running header, footer and page-number lines were removed."));
    }
    return out;
  }

  private static boolean inBand(Raw r, Map<Integer, Float> heights) {
    float h = heights.getOrDefault(r.page, 842f);
    return r.top < h * BAND || r.top > h * (1 - BAND);
  }

  private static String key(Raw r) {
    return joined(r.cells).replaceAll("[0-9０-９]+", "#").replaceAll("\\s+", "");
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

  /** Collects each line's glyph runs with their positions. */
  private static final class Collector extends PDFTextStripper {
    final List<Raw> lines = new ArrayList<>();
    final Map<Integer, Float> heights = new HashMap<>();
    private final long deadline;
    private final int maxChars;
    private final int maxLines;
    int chars;
    private int page;
    private final List<List<TextPosition>> runs = new ArrayList<>();

    Collector(DraftLimits limits) {
      this.deadline = System.nanoTime() + limits.maxSeconds() * 1_000_000_000L;
      this.maxChars = limits.maxChars();
      this.maxLines = limits.maxLines();
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
      page = getCurrentPageNo();
      heights.put(page, p.getMediaBox() == null ? 842f : p.getMediaBox().getHeight());
      check();
      super.startPage(p);
    }

    private void check() {
      if (System.nanoTime() > deadline || chars > maxChars || lines.size() > maxLines) {
        throw new Deadline();
      }
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      if (!positions.isEmpty()) {
        runs.add(new ArrayList<>(positions));
        chars += positions.size();
      }
      if ((chars & 0x3FF) == 0) {
        check();
      }
    }

    @Override
    protected void writeWordSeparator() {
      // runs carry their own positions; cells are split by the gaps between them
    }

    @Override
    protected void writeLineSeparator() {
      flush();
    }

    @Override
    protected void endPage(PDPage p) throws IOException {
      flush();
      super.endPage(p);
    }

    private void flush() {
      if (runs.isEmpty()) {
        return;
      }
      List<List<String>> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      TextPosition prev = null;
      float top = Float.MAX_VALUE;
      float height = 0;
      for (List<TextPosition> run : runs) {
        for (TextPosition t : run) {
          float w = Math.max(t.getWidthDirAdj(), 1f);
          if (prev != null) {
            float gap = t.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
            float avg = Math.max((w + Math.max(prev.getWidthDirAdj(), 1f)) / 2, 1f);
            if (gap > CELL_GAP * avg) {
              cells.add(List.of(cell.toString().strip()));
              cell.setLength(0);
            } else if (gap > 0.25 * avg && cell.length() > 0 && cell.charAt(cell.length() - 1) != ' ') {
              cell.append(' ');
            }
          }
          cell.append(t.getUnicode());
          prev = t;
          top = Math.min(top, t.getYDirAdj() - t.getHeightDir());
          height = Math.max(height, t.getHeightDir());
        }
      }
      cells.add(List.of(cell.toString().strip()));
      runs.clear();
      cells.removeIf(c -> c.get(0).isEmpty());
      if (!cells.isEmpty()) {
        lines.add(new Raw(page, top, height, cells));
      }
    }
  }
}
