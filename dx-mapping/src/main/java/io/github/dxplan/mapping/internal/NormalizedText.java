package io.github.dxplan.mapping.internal;

/**
 * A text after {@link TextNormalizer}, with a map from each normalized char back to the original.
 *
 * <p>Example: {@code ＡＩ・ＲＰＡ} normalizes to {@code ai・rpa}; {@code originalStart(0)} is 0 and
 * {@code originalEnd(1)} is 2. When every normalized char came from the original char at the same
 * offset (most text), there are no offset arrays. This class is immutable and thread-safe.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  /** {@code null}: normalized char {@code i} is original char {@code i}. */
  private final int[] starts;
  private final int[] ends;

  NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The original text. */
  public String original() {
    return original;
  }

  /** The normalized text. */
  public String text() {
    return text;
  }

  /** The offset in the original where the normalized char {@code i} starts. */
  public int originalStart(int i) {
    return starts == null ? i : starts[i];
  }

  /** The offset in the original just after the normalized char {@code i}. */
  public int originalEnd(int i) {
    return ends == null ? i + 1 : ends[i];
  }
}
