package io.github.dxplan.model;

/**
 * Where something stands in the source document, so a reviewer can find it: page, section and line.
 *
 * <p>Example: {@code new SourceLocation(12, "第4章 1-(2)", 7)} for the seventh line of page 12. Each part
 * may be {@code null}, but not all three.
 *
 * @param page the page of the source document, from 1, or {@code null}
 * @param section the heading or section as printed (「第4章 1-(2)」), or {@code null}
 * @param line the line on the page (or in the extracted text when there is no page), from 1, or
 *     {@code null}
 */
public record SourceLocation(Integer page, String section, Integer line) {
  /**
   * Checks that something is given and that page and line are positive.
   *
   * @throws IllegalArgumentException if all parts are {@code null}, or page or line is below 1
   */
  public SourceLocation {
    if (page == null && section == null && line == null) {
      throw new IllegalArgumentException("a source location needs a page, a section or a line");
    }
    if (page != null && page < 1) {
      throw new IllegalArgumentException("page must be at least 1, was " + page);
    }
    if (line != null && line < 1) {
      throw new IllegalArgumentException("line must be at least 1, was " + line);
    }
  }
}
