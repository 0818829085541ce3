package io.github.dxplan.model.format;

/**
 * The limits a {@link PlanReader} enforces, so hostile or broken input fails fast with a clear message
 * instead of exhausting memory.
 *
 * <p>The defaults ({@link #DEFAULTS}) are far above any real plan (the largest seed is about 200 KB):
 *
 * <ul>
 *   <li>document size: 16 MiB of UTF-8;
 *   <li>nesting depth: 64 levels of objects and arrays;
 *   <li>one string: 1,000,000 characters;
 *   <li>one number: 100 characters.
 * </ul>
 *
 * <p>Two rules are not limits but fixed: YAML aliases ({@code *anchor}) are rejected, which stops
 * "billion laughs" documents at their first alias, and YAML type tags other than the standard ones are
 * rejected, so no input can name a class to instantiate.
 *
 * <p>Example: {@code PlanReader.yaml().withLimits(ReadLimits.DEFAULTS.withMaxDocumentBytes(1 << 20))}.
 *
 * @param maxDocumentBytes the largest accepted document, in bytes
 * @param maxNestingDepth the deepest accepted nesting of objects and arrays
 * @param maxStringLength the longest accepted string, and the longest accepted key, in characters
 * @param maxNumberLength the longest accepted number, in characters
 */
public record ReadLimits(int maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

  /** The default limits. */
  public static final ReadLimits DEFAULTS = new ReadLimits(16 * 1024 * 1024, 64, 1_000_000, 100);

  /**
   * Checks that every limit is positive.
   *
   * @param maxDocumentBytes the largest accepted document, in bytes
   * @param maxNestingDepth the deepest accepted nesting of objects and arrays
   * @param maxStringLength the longest accepted string, in characters
   * @param maxNumberLength the longest accepted number, in characters
   */
  public ReadLimits {
    positive(maxDocumentBytes, "maxDocumentBytes");
    positive(maxNestingDepth, "maxNestingDepth");
    positive(maxStringLength, "maxStringLength");
    positive(maxNumberLength, "maxNumberLength");
  }

  private static void positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  /**
   * Returns a copy with another document size limit.
   *
   * @param bytes the limit in bytes
   * @return the new limits
   */
  public ReadLimits withMaxDocumentBytes(int bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /**
   * Returns a copy with another nesting limit.
   *
   * @param depth the limit
   * @return the new limits
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength);
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param length the limit in characters
   * @return the new limits
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength);
  }

  /**
   * Returns a copy with another number length limit.
   *
   * @param length the limit in characters
   * @return the new limits
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, length);
  }
}
