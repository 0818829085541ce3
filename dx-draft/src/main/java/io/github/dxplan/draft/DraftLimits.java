package io.github.dxplan.draft;

/**
 * The bounds a document must stay within; past one, {@link Drafter} stops with a {@link
 * DraftException} naming the limit, so a hostile file costs bounded time and memory.
 *
 * <pre>
 * Drafter d = Drafter.builder().limits(DraftLimits.DEFAULT.withMaxPages(500)).build();
 * </pre>
 *
 * @param maxTextBytes largest text file read (default 32 MiB)
 * @param maxPdfBytes largest PDF file read (default 200 MiB)
 * @param maxPages most pages in a PDF (default 2,000)
 * @param maxChars most characters taken from a document (default 8 million)
 * @param maxLines most lines taken from a document (default 400,000)
 * @param maxSeconds longest a PDF's text extraction may run (default 120 s)
 */
public record DraftLimits(
    long maxTextBytes, long maxPdfBytes, int maxPages, int maxChars, int maxLines, int maxSeconds) {
  /** The defaults stated above. */
  public static final DraftLimits DEFAULT =
      new DraftLimits(32L << 20, 200L << 20, 2_000, 8_000_000, 400_000, 120);

  public DraftLimits {
    if (maxTextBytes <= 0 || maxPdfBytes <= 0 || maxPages <= 0 || maxChars <= 0 || maxLines <= 0
        || maxSeconds <= 0) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /**
   * @param pages the new page limit
   * @return these limits with another page limit
   */
  public DraftLimits withMaxPages(int pages) {
    return new DraftLimits(maxTextBytes, maxPdfBytes, pages, maxChars, maxLines, maxSeconds);
  }

  /**
   * @param bytes the new text size limit
   * @return these limits with another text size limit
   */
  public DraftLimits withMaxTextBytes(long bytes) {
    return new DraftLimits(bytes, maxPdfBytes, maxPages, maxChars, maxLines, maxSeconds);
  }
}
