package io.github.dxplan.draft;

import io.github.dxplan.draft.internal.Document;
import io.github.dxplan.draft.internal.Model;
import io.github.dxplan.draft.internal.PdfReader;
import io.github.dxplan.draft.internal.Plans;
import io.github.dxplan.draft.internal.Structurer;
import io.github.dxplan.draft.internal.TextReader;
import io.github.dxplan.model.format.InputFiles;
import io.github.dxplan.model.format.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Drafts a plan from a city's own document — a PDF with a text layer, or its text as PDF extractors
 * give it — for a person to review. Every element keeps its source page and line and a confidence;
 * whatever could not be read is listed for review, never guessed.
 *
 * <pre>
 * Draft d = Drafter.create().draft(Path.of("nasukarasuyama-dx.pdf"));
 * d.plan().policies().size();        // 基本目標 found
 * d.review("FIGURES");               // KPIs whose figures a person must fill in
 * </pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Drafter {
  private final Model model;
  private final DraftLimits limits;

  private Drafter(Model model, DraftLimits limits) {
    this.model = model;
    this.limits = limits;
  }

  /** A drafter with the shipped rules (fitted on the five seed plans) and the default limits. */
  public static Drafter create() {
    return new Drafter(Model.shipped(), DraftLimits.DEFAULT);
  }

  /**
   * A drafter with other limits.
   *
   * @param limits the limits
   * @return the drafter
   */
  public Drafter withLimits(DraftLimits limits) {
    return new Drafter(model, Objects.requireNonNull(limits, "limits"));
  }

  /** For tests and the fitting code: a drafter with a given model. */
  static Drafter of(Model model, DraftLimits limits) {
    return new Drafter(model, limits);
  }

  /**
   * Drafts from a file: a PDF (recognised by its first bytes) or a text file.
   *
   * @param file the document
   * @return the draft
   * @throws DraftException if the document cannot be used (the message says why and what to do)
   */
  public Draft draft(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (isPdf(file, name)) {
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        throw new DraftException(name + ": 読めません（" + e.getMessage() + "）。", name + ": cannot be read (" + e.getMessage() + ").", e);
      }
      if (size > limits.maxPdfBytes()) {
        throw new DraftException(name + ": PDF が大きすぎます（" + size + " バイト、上限 " + limits.maxPdfBytes() + "）。",
            name + ": the PDF is too large (" + size + " bytes; the limit is " + limits.maxPdfBytes() + ").");
      }
      return build(PdfReader.read(file, name, limits));
    }
    byte[] bytes;
    try {
      long size = Files.isRegularFile(file) ? Files.size(file) : -1;
      if (size > limits.maxTextBytes()) {
        throw tooLarge(name, size);
      }
      bytes = InputFiles.read(file, (int) Math.min(Integer.MAX_VALUE - 16, limits.maxTextBytes()));
    } catch (UnreadableFileException e) {
      throw new DraftException(e.getMessage(), e.getMessage(), e);
    } catch (IOException e) {
      throw new DraftException(name + ": 読めません（" + e.getMessage() + "）。", name + ": cannot be read (" + e.getMessage() + ").", e);
    }
    return draftText(bytes, name);
  }

  private DraftException tooLarge(String name, long size) {
    return new DraftException(
        name + ": テキストが大きすぎます（" + size + " バイト、上限 " + limits.maxTextBytes() + " バイト）。計画の部分だけにしてください。",
        name + ": the text is too large (" + size + " bytes; the limit is " + limits.maxTextBytes()
            + "); give the plan's own part.");
  }

  /**
   * Drafts from a text's bytes (UTF-8, or Shift_JIS detected).
   *
   * @param bytes the text file's bytes
   * @param name the file name, for messages
   * @return the draft
   */
  public Draft draftText(byte[] bytes, String name) {
    if (bytes.length > limits.maxTextBytes()) {
      throw tooLarge(name, bytes.length);
    }
    List<Document.Notice> notices = new ArrayList<>();
    String text = TextReader.decode(bytes, name, notices);
    return build(TextReader.read(text, name, limits, notices));
  }

  private Draft build(Document doc) {
    if (doc.lines().stream().allMatch(l -> l.text().isBlank())) {
      throw new DraftException(doc.name() + ": 文書が空です（文字がありません）。", doc.name() + ": the document is empty (no text).");
    }
    Structurer s = new Structurer(doc, model).run();
    Plans.Result r = Plans.of(doc, s);
    return new Draft(r.plan(), r.sources(), r.review(), doc.name(), doc.pages());
  }

  private static boolean isPdf(Path file, String name) {
    if (!Files.isRegularFile(file)) {
      return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(1024);
      String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
      return s.contains("%PDF-");
    } catch (IOException e) {
      return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }
  }
}
