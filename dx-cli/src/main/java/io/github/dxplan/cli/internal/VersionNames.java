package io.github.dxplan.cli.internal;

import io.github.dxplan.catalog.NationalCatalogs;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The values {@code --national-plan} takes, for shell completion: the shipped catalogue versions
 * ({@code 1.0}, {@code 2.0}, {@code 2.3}, {@code 3.0}) and {@code latest}. Read when completion asks,
 * not when {@code dx} starts.
 */
public final class VersionNames implements Iterable<String> {

  /** Creates the list; picocli instantiates it. */
  public VersionNames() {}

  @Override
  public Iterator<String> iterator() {
    List<String> names = new ArrayList<>(NationalCatalogs.shipped().versionNames());
    names.add(NationalCatalogs.LATEST);
    return names.iterator();
  }
}
