package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name of a catalogue version, such as {@code 3.0}: one word, not {@code latest}. Versions made of
 * numbers and dots compare by their numbers ({@code 2.10} after {@code 2.3}); others by their text,
 * after the numeric ones.
 *
 * <p>Example: {@code CatalogVersion.of("2.3").compareTo(CatalogVersion.of("3.0")) < 0}. This class
 * is immutable and thread-safe.
 *
 * @param name the name as written in the catalogue, e.g. {@code "2.3"}
 */
public record CatalogVersion(String name) implements Comparable<CatalogVersion> {

  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern NUMERIC = Pattern.compile("[0-9]+(\\.[0-9]+)*");

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if it is blank, has spaces or is {@code latest}
   */
  public CatalogVersion {
    requireNonNull(name, "name");
    if (!WORD.matcher(name).matches() || NationalCatalogs.LATEST.equals(name)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "invalid catalogue version name: \"%s\"", name));
    }
  }

  /**
   * Returns the version of that name.
   *
   * @param name e.g. {@code "3.0"}
   * @return the version
   * @throws IllegalArgumentException if it is blank, has spaces or is {@code latest}
   */
  public static CatalogVersion of(String name) {
    return new CatalogVersion(name);
  }

  /**
   * Returns whether a text could be a version name (one word, not {@code latest}).
   *
   * @param text any text
   * @return true if {@link #of} accepts it
   */
  public static boolean isValid(String text) {
    return text != null && WORD.matcher(text).matches() && !NationalCatalogs.LATEST.equals(text);
  }

  @Override
  public int compareTo(CatalogVersion o) {
    boolean a = NUMERIC.matcher(name).matches();
    boolean b = NUMERIC.matcher(o.name).matches();
    if (a && b) {
      String[] x = name.split("\\.");
      String[] y = o.name.split("\\.");
      for (int i = 0; i < Math.max(x.length, y.length); i++) {
        String p = i < x.length ? x[i] : "0";
        String q = i < y.length ? y[i] : "0";
        int c = new java.math.BigInteger(p).compareTo(new java.math.BigInteger(q));
        if (c != 0) {
          return c;
        }
      }
      return name.compareTo(o.name);
    }
    if (a != b) {
      return a ? -1 : 1;
    }
    return name.compareTo(o.name);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
