package io.github.dxplan.catalog.internal;

import io.github.dxplan.catalog.CatalogVersion;
import io.github.dxplan.catalog.Provenance;
import io.github.dxplan.catalog.UnshippedRevision;
import io.github.dxplan.model.PlanDate;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code revisions.yaml}: the revisions of the national plan known to exist whose items are not
 * shipped ({@code catalogFormat: 1}, {@code revisions[]} of {@code published}, optional {@code
 * label}, {@code after}, optional {@code adds}, {@code verified}, {@code source}, {@code unknown}).
 */
public final class RevisionsReader {

  /** The shipped resource. */
  public static final String RESOURCE = ShippedCatalogs.BASE + "revisions.yaml";

  private RevisionsReader() {}

  /**
   * Returns the shipped revisions, read from the compiled copy when there is one.
   *
   * @return the revisions, in the file's order
   */
  public static List<UnshippedRevision> shipped() {
    return ShippedCatalogs.withShipped(RESOURCE, RevisionsReader::read);
  }

  /**
   * Reads a revisions document.
   *
   * @param in the bytes; not closed
   * @param source the name used in problems
   * @return the revisions
   * @throws io.github.dxplan.catalog.CatalogFormatException with every problem found
   */
  public static List<UnshippedRevision> read(InputStream in, String source) {
    Problems problems = new Problems(source);
    List<UnshippedRevision> out = new ArrayList<>();
    TreeReader.read(in, problems)
        .flatMap(root -> Fields.of(root, "the revisions", problems))
        .ifPresent(
            f -> {
              CatalogReader.checkFormat(f, problems);
              for (Node n : f.list("revisions", true)) {
                Fields r = Fields.of(n, "a revision", problems).orElse(null);
                if (r == null) {
                  continue;
                }
                String published = r.text("published");
                Optional<PlanDate> date =
                    published == null ? Optional.empty() : CatalogReader.planDate(r, "published", published, problems);
                Optional<String> label = r.optionalText("label");
                String after = r.text("after");
                if (after != null && !CatalogVersion.isValid(after)) {
                  problems.at(r.optional("after").orElseThrow(), "\"after\" must be a version name, found \"%s\"", after);
                  after = null;
                }
                List<String> adds = r.texts("adds");
                Provenance p = r.provenance("verified", "source");
                String unknown = r.text("unknown");
                r.rejectUnknown();
                if (date.isPresent() && after != null && p != null && unknown != null) {
                  out.add(new UnshippedRevision(date.get(), label, CatalogVersion.of(after), adds, p, unknown));
                }
              }
              f.rejectUnknown();
            });
    problems.throwIfAny();
    return List.copyOf(out);
  }
}
