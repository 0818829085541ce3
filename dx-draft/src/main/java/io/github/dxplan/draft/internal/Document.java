package io.github.dxplan.draft.internal;

import java.util.List;

/**
 * A source document as lines, in reading order, with what the reader removed or noticed.
 *
 * @param name the file name, for messages
 * @param kind "pdf" or "text"
 * @param pages number of pages (1 for a text without page marks)
 * @param lines the lines kept, in reading order
 * @param notices what the reader did that a person should know (removed headers, encoding read)
 */
public record Document(String name, String kind, int pages, List<Line> lines, List<Notice> notices) {
  public Document {
    lines = List.copyOf(lines);
    notices = List.copyOf(notices);
  }

  /** Something the reader did to the document, located. */
  public record Notice(int page, int line, String ja, String en) {}
}
