package io.github.dxplan.catalog;

import io.github.dxplan.model.DxplanException;
import java.util.List;
import java.util.Locale;

/**
 * Thrown when a catalogue version is asked for by a name that is not known; the message lists the
 * known names.
 *
 * <p>Example message: {@code unknown national catalogue version "2.2"; known versions: 1.0, 2.0,
 * 2.3, 3.0 (or "latest" for 3.0)}.
 */
public class UnknownCatalogVersionException extends DxplanException {
  private static final long serialVersionUID = 1L;

  private final String version;
  private final transient List<String> known;

  /**
   * Creates the exception.
   *
   * @param version the name asked for
   * @param known the known version names, oldest first
   */
  public UnknownCatalogVersionException(String version, List<String> known) {
    super(
        String.format(
            Locale.ROOT,
            "unknown national catalogue version \"%s\"; known versions: %s%s",
            version,
            known.isEmpty() ? "(none)" : String.join(", ", known),
            known.isEmpty()
                ? ""
                : " (or \"latest\" for " + known.get(known.size() - 1) + ")"));
    this.version = version;
    this.known = List.copyOf(known);
  }

  /**
   * Returns the name that was asked for.
   *
   * @return the unknown name
   */
  public String version() {
    return version;
  }

  /**
   * Returns the known version names, oldest first.
   *
   * @return the names, unmodifiable
   */
  public List<String> knownVersions() {
    return known;
  }
}
