package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The structure of the procedures that {@code ONLINE_PROCEDURES} puts online through マイナポータル:
 * 31 in all, of which 27 municipal (26 子育て・介護 + 1 罹災証明書) and 4 prefectural (自動車保有関係).
 *
 * <p>Example: {@code ReferenceLists.onlineProcedures().municipalCount()} is 27, the "27 procedures"
 * cities cite. Moving (転出届・転入予約) is a separate procedure, listed in {@link #separate()}. This
 * class is immutable and thread-safe.
 *
 * @param total the number of procedures, 31
 * @param groups the groups, in the reference's order
 * @param separate related procedures outside the count
 * @param provenance whether the structure is confirmed, and from where
 */
public record OnlineProcedures(
    int total, List<ProcedureGroup> groups, List<Separate> separate, Provenance provenance) {

  /**
   * A related procedure outside the count, e.g. 転出届・転入予約, live nationwide since 2023-02-06.
   *
   * @param name the name
   * @param liveSince the day it went live nationwide
   * @param provenance whether this is confirmed, and from where
   */
  public record Separate(String name, LocalDate liveSince, Provenance provenance) {

    /** Checks that every component is present. */
    public Separate {
      requireNonNull(name, "name");
      requireNonNull(liveSince, "liveSince");
      requireNonNull(provenance, "provenance");
    }
  }

  /** Checks that every component is present and copies the lists. */
  public OnlineProcedures {
    groups = List.copyOf(groups);
    separate = List.copyOf(separate);
    requireNonNull(provenance, "provenance");
  }

  /**
   * Returns the number of municipal procedures (27).
   *
   * @return the sum of the municipal groups' counts
   */
  public int municipalCount() {
    return count(ProcedureGroup.Level.MUNICIPAL);
  }

  /**
   * Returns the number of prefectural procedures (4).
   *
   * @return the sum of the prefectural groups' counts
   */
  public int prefecturalCount() {
    return count(ProcedureGroup.Level.PREFECTURAL);
  }

  private int count(ProcedureGroup.Level level) {
    return groups.stream().filter(g -> g.level() == level).mapToInt(ProcedureGroup::count).sum();
  }
}
