package io.github.dxplan.xlsx;

/**
 * The bounds a workbook import enforces, so that a hostile file fails fast with a message instead
 * of exhausting memory or time. {@link #DEFAULT} suits any real plan (the largest seed uses under
 * 1 % of each).
 *
 * <pre>{@code
 * PlanWorkbook.read(Path.of("計画.xlsx"), WorkbookLimits.DEFAULT.withMaxRows(10_000));
 * }</pre>
 *
 * @param maxFileBytes the largest file read (compressed)
 * @param maxEntries the most zip entries
 * @param maxEntryBytes the largest inflated size of one entry that is read
 * @param maxTotalBytes the largest inflated size of all entries read together
 * @param maxRows the most rows in one sheet
 * @param maxCells the most non-empty cells in the whole workbook
 */
public record WorkbookLimits(
    long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRows, long maxCells) {

  /** 32 MB file, 2,000 entries, 64 MB per entry, 256 MB in all, 100,000 rows a sheet, 2,000,000 cells. */
  public static final WorkbookLimits DEFAULT =
      new WorkbookLimits(32L << 20, 2_000, 64L << 20, 256L << 20, 100_000, 2_000_000);

  /** Checks that every bound is positive. */
  public WorkbookLimits {
    if (maxFileBytes <= 0 || maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRows <= 0 || maxCells <= 0) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /**
   * Returns these limits with another row bound.
   *
   * @param rows the most rows in one sheet
   * @return the limits
   */
  public WorkbookLimits withMaxRows(int rows) {
    return new WorkbookLimits(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, rows, maxCells);
  }

  /**
   * Returns these limits with other zip bounds.
   *
   * @param entries the most entries
   * @param entryBytes the largest inflated entry
   * @param totalBytes the largest inflated total
   * @return the limits
   */
  public WorkbookLimits withZip(int entries, long entryBytes, long totalBytes) {
    return new WorkbookLimits(maxFileBytes, entries, entryBytes, totalBytes, maxRows, maxCells);
  }
}
