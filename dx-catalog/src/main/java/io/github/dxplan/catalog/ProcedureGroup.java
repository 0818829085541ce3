package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A group of the procedures that the national plan puts online, with its count, and the names
 * only where they are confirmed.
 *
 * <p>Example: {@code 罹災証明書} is a {@link Level#MUNICIPAL} group of 1 procedure, named
 * 罹災証明書の発行申請; {@code 子育て・介護} is a municipal group of 26 with no names shipped (only
 * the count and the confirmed subgroup 児童手当, 10). This class is immutable and thread-safe.
 *
 * @param id a stable identifier, e.g. {@code CHILDCARE_AND_NURSING_CARE}
 * @param name the group's name, e.g. 子育て・介護
 * @param level who handles the procedures
 * @param count how many procedures the group has
 * @param names the confirmed names; may be fewer than {@code count}, often none
 * @param subgroups confirmed parts of the group, each with its own count
 * @param provenance whether the group is confirmed, and from where
 */
public record ProcedureGroup(
    String id,
    String name,
    ProcedureGroup.Level level,
    int count,
    List<String> names,
    List<ProcedureGroup> subgroups,
    Provenance provenance) {

  /** Who handles the procedures of a group. */
  public enum Level {
    /** 市区町村. */
    MUNICIPAL,
    /** 都道府県. */
    PREFECTURAL
  }

  /** Checks that every component is present and copies the lists. */
  public ProcedureGroup {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(level, "level");
    names = List.copyOf(names);
    subgroups = List.copyOf(subgroups);
    requireNonNull(provenance, "provenance");
  }
}
