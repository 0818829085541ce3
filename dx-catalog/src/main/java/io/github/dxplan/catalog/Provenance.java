package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

/**
 * Where one fact of the catalogue comes from and whether it is confirmed.
 *
 * <p>For example, the 2.3 deadline of {@code ELTAX_PUBLIC_FUNDS} carries {@code
 * new Provenance(true, "reference (Deadlines and national targets, 2.3 on); seed 003 (3)")}, while
 * the OPTIONAL items of 1.0 carry {@code verified == false}: they ship so that nothing is lost, but
 * never count as fact. This class is immutable and thread-safe.
 *
 * @param verified whether the fact is confirmed by the named source
 * @param source the evidence, in words (e.g. "reference", "seed 002"); never blank
 */
public record Provenance(boolean verified, String source) {

  /** Checks that the source is present. */
  public Provenance {
    requireNonNull(source, "source");
  }
}
