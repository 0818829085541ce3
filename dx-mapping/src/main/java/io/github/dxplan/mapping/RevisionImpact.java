package io.github.dxplan.mapping;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.catalog.CatalogCrosswalk;
import io.github.dxplan.catalog.NationalItem;
import java.util.ArrayList;
import java.util.List;

/**
 * What changes for one plan when it moves from one catalogue version to another: items added and
 * removed, claims carried through an absorption (ONLINE_PROCEDURES → FRONTYARD), renamed titles,
 * new or changed deadlines, and each item's status before and after.
 *
 * <p>Example: 潮来市 (written under 2.0) moved to 2.3: FRONTYARD and ELTAX_PUBLIC_FUNDS are added;
 * the claim of ONLINE_PROCEDURES by measure (1) now counts for FRONTYARD, so FRONTYARD is {@link
 * CoverageStatus#COVERED}; ELTAX_PUBLIC_FUNDS gains a deadline of 2026-09. Built on {@link
 * CatalogCrosswalk}. This class is immutable and thread-safe.
 *
 * @param before the report under the earlier version
 * @param after the report under the later version
 * @param crosswalk the catalogue differences
 * @param added the items only in {@code after}, with their coverage there
 * @param removed the items only in {@code before} that are not absorbed
 * @param carried the claims that count for another code in {@code after}
 * @param statusChanges the items present in both whose status changed
 */
public record RevisionImpact(
    CoverageReport before,
    CoverageReport after,
    CatalogCrosswalk crosswalk,
    List<ItemCoverage> added,
    List<NationalItem> removed,
    List<CarriedClaim> carried,
    List<StatusChange> statusChanges) {

  /**
   * Claims of an absorbed code, carried into the absorbing item.
   *
   * @param code the absorbed code, e.g. {@code ONLINE_PROCEDURES}
   * @param into the absorbing code, e.g. {@code FRONTYARD}
   * @param elements JSON Pointers of the elements that claimed {@code code}
   */
  public record CarriedClaim(String code, String into, List<String> elements) {
    /** Checks the components and copies the list. */
    public CarriedClaim {
      requireNonNull(code, "code");
      requireNonNull(into, "into");
      elements = List.copyOf(elements);
    }
  }

  /**
   * An item whose status differs between the versions.
   *
   * @param code the code
   * @param before the status before
   * @param after the status after
   */
  public record StatusChange(String code, CoverageStatus before, CoverageStatus after) {
    /** Checks the components. */
    public StatusChange {
      requireNonNull(code, "code");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }
  }

  /** Checks the components and copies the lists. */
  public RevisionImpact {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    requireNonNull(crosswalk, "crosswalk");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    carried = List.copyOf(carried);
    statusChanges = List.copyOf(statusChanges);
  }

  /**
   * Compares two reports of the same plan under two versions.
   *
   * @param before the report under the earlier version
   * @param after the report under the later version
   * @return the impact
   */
  public static RevisionImpact of(CoverageReport before, CoverageReport after) {
    CatalogCrosswalk cw = CatalogCrosswalk.between(before.catalog(), after.catalog());
    List<ItemCoverage> added = new ArrayList<>();
    for (NationalItem i : cw.added()) {
      after.item(i.code()).ifPresent(added::add);
    }
    List<NationalItem> removed = new ArrayList<>(cw.removed());
    List<CarriedClaim> carried = new ArrayList<>();
    for (CatalogCrosswalk.Absorbed a : cw.absorbed()) {
      removed.removeIf(r -> r.code().equals(a.item().code()));
      before.item(a.item().code()).ifPresent(ic -> {
        if (!ic.claimedBy().isEmpty()) {
          carried.add(new CarriedClaim(a.item().code(), a.into().code(), ic.claimedBy()));
        }
      });
    }
    List<StatusChange> changes = new ArrayList<>();
    for (ItemCoverage a : after.items()) {
      before.item(a.code()).ifPresent(b -> {
        if (b.status() != a.status()) {
          changes.add(new StatusChange(a.code(), b.status(), a.status()));
        }
      });
    }
    return new RevisionImpact(before, after, cw, added, removed, carried, changes);
  }

  /**
   * Returns the items whose title differs between the versions.
   *
   * @return before/after pairs
   */
  public List<CatalogCrosswalk.ItemChange> renamed() {
    return crosswalk.renamed();
  }

  /**
   * Returns the deadline changes between the versions.
   *
   * @return the changes, as the crosswalk lists them
   */
  public List<CatalogCrosswalk.DeadlineChange> deadlineChanges() {
    return crosswalk.deadlineChanges();
  }
}
