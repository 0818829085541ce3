package io.github.dxplan.catalog;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * What changed between two catalogue versions, code by code: what a city revising its plan
 * (毎年度ローリング) needs to see.
 *
 * <p>Example: {@code CatalogCrosswalk.between(catalogs.get("2.0"), catalogs.get("2.3"))} has
 * {@code added()} = FRONTYARD, ELTAX_PUBLIC_FUNDS; {@code absorbed()} = ONLINE_PROCEDURES into
 * FRONTYARD; {@code renamed()} including MYNUMBER_CARD (マイナンバーカードの普及促進 →
 * マイナンバーカードの普及促進・利用の推進); and a deadline change adding eLTAX's start by 2026-09.
 *
 * <p>Either direction works (a newer version to an older one shows the reverse). Lists are in a
 * fixed order: items of {@code to} in its order, then items only in {@code from} in its order.
 * Entries that rest on unconfirmed facts are included; each carries the items, so their {@link
 * Provenance} can be checked. This class is immutable and thread-safe.
 */
public final class CatalogCrosswalk {

  /**
   * One code present in both versions, before and after.
   *
   * @param before the item in {@code from}
   * @param after the item in {@code to}
   */
  public record ItemChange(NationalItem before, NationalItem after) {

    /**
     * Checks that both items are present and have the same code.
     *
     * @param before the item in {@code from}
     * @param after the item in {@code to}
     */
    public ItemChange {
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      if (!before.code().equals(after.code())) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "codes differ: %s, %s", before.code(), after.code()));
      }
    }

    /**
     * Returns the code.
     *
     * @return the code
     */
    public String code() {
      return before.code();
    }
  }

  /**
   * A code of {@code from} that {@code to} folds into one of its items.
   *
   * @param item the absorbed item, as in {@code from}
   * @param into the absorbing item, as in {@code to}
   * @param absorption the declaration in {@code to}
   */
  public record Absorbed(NationalItem item, NationalItem into, Absorption absorption) {

    /**
     * Checks that every component is present.
     *
     * @param item the absorbed item, as in {@code from}
     * @param into the absorbing item, as in {@code to}
     * @param absorption the declaration in {@code to}
     */
    public Absorbed {
      requireNonNull(item, "item");
      requireNonNull(into, "into");
      requireNonNull(absorption, "absorption");
    }
  }

  /** How a deadline or target list changed. */
  public enum ChangeType {
    /** Only in {@code to}. */
    ADDED,
    /** Only in {@code from}. */
    REMOVED,
    /** In both, different. */
    CHANGED
  }

  /**
   * A deadline that was added, removed or moved. Deadlines of one code are matched by kind, in
   * their order; a deadline counts as changed when its {@link DueDate} differs.
   *
   * @param code the item's code
   * @param type what happened
   * @param before the deadline in {@code from}, if any
   * @param after the deadline in {@code to}, if any
   */
  public record DeadlineChange(
      String code, ChangeType type, Optional<Deadline> before, Optional<Deadline> after) {

    /**
     * Checks that every component is present.
     *
     * @param code the item's code
     * @param type what happened
     * @param before the deadline in {@code from}, if any
     * @param after the deadline in {@code to}, if any
     */
    public DeadlineChange {
      requireNonNull(code, "code");
      requireNonNull(type, "type");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }
  }

  /**
   * A change in the national targets of one code (e.g. STANDARDIZATION, 17 基幹業務 → 20 業務).
   * Targets are compared by {@link NationalTarget#text()}.
   *
   * @param code the item's code
   * @param type what happened
   * @param before the targets in {@code from}
   * @param after the targets in {@code to}
   */
  public record TargetChange(String code, ChangeType type, List<NationalTarget> before, List<NationalTarget> after) {

    /**
     * Checks that every component is present and copies the lists.
     *
     * @param code the item's code
     * @param type what happened
     * @param before the targets in {@code from}
     * @param after the targets in {@code to}
     */
    public TargetChange {
      requireNonNull(code, "code");
      requireNonNull(type, "type");
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  private final NationalCatalog from;
  private final NationalCatalog to;
  private final List<NationalItem> added = new ArrayList<>();
  private final List<NationalItem> removed = new ArrayList<>();
  private final List<Absorbed> absorbed = new ArrayList<>();
  private final List<ItemChange> renamed = new ArrayList<>();
  private final List<ItemChange> recategorized = new ArrayList<>();
  private final List<ItemChange> reordered = new ArrayList<>();
  private final List<DeadlineChange> deadlineChanges = new ArrayList<>();
  private final List<TargetChange> targetChanges = new ArrayList<>();

  private CatalogCrosswalk(NationalCatalog from, NationalCatalog to) {
    this.from = from;
    this.to = to;
    Set<String> codes = new LinkedHashSet<>(to.codes());
    codes.addAll(from.codes());
    for (String code : codes) {
      Optional<NationalItem> before = from.item(code);
      Optional<NationalItem> after = to.item(code);
      if (before.isEmpty()) {
        added.add(after.orElseThrow());
      } else if (after.isEmpty()) {
        Optional<Absorption> absorption =
            to.absorptions().stream().filter(a -> a.code().equals(code)).findFirst();
        if (absorption.isPresent()) {
          absorbed.add(
              new Absorbed(
                  before.get(), to.item(absorption.get().into()).orElseThrow(), absorption.get()));
        } else {
          removed.add(before.get());
        }
      } else {
        ItemChange change = new ItemChange(before.get(), after.get());
        if (!before.get().title().equals(after.get().title())) {
          renamed.add(change);
        }
        if (before.get().category() != after.get().category()) {
          recategorized.add(change);
        } else if (before.get().order() != after.get().order()) {
          reordered.add(change);
        }
      }
      compareDeadlines(
          code,
          before.map(NationalItem::deadlines).orElse(List.of()),
          after.map(NationalItem::deadlines).orElse(List.of()));
      compareTargets(
          code,
          before.map(NationalItem::targets).orElse(List.of()),
          after.map(NationalItem::targets).orElse(List.of()));
    }
  }

  /**
   * Compares two versions.
   *
   * @param from the version a plan was written against, e.g. 2.0
   * @param to the version to revise it against, e.g. 2.3
   * @return the differences
   */
  public static CatalogCrosswalk between(NationalCatalog from, NationalCatalog to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return new CatalogCrosswalk(from, to);
  }

  private void compareDeadlines(String code, List<Deadline> before, List<Deadline> after) {
    for (Deadline.Kind kind : Deadline.Kind.values()) {
      List<Deadline> b = before.stream().filter(d -> d.kind() == kind).collect(Collectors.toList());
      List<Deadline> a = after.stream().filter(d -> d.kind() == kind).collect(Collectors.toList());
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        Optional<Deadline> x = i < b.size() ? Optional.of(b.get(i)) : Optional.empty();
        Optional<Deadline> y = i < a.size() ? Optional.of(a.get(i)) : Optional.empty();
        if (x.isEmpty()) {
          deadlineChanges.add(new DeadlineChange(code, ChangeType.ADDED, x, y));
        } else if (y.isEmpty()) {
          deadlineChanges.add(new DeadlineChange(code, ChangeType.REMOVED, x, y));
        } else if (!x.get().due().equals(y.get().due())) {
          deadlineChanges.add(new DeadlineChange(code, ChangeType.CHANGED, x, y));
        }
      }
    }
  }

  private void compareTargets(String code, List<NationalTarget> before, List<NationalTarget> after) {
    List<String> b = before.stream().map(NationalTarget::text).collect(Collectors.toList());
    List<String> a = after.stream().map(NationalTarget::text).collect(Collectors.toList());
    if (b.equals(a)) {
      return;
    }
    ChangeType type =
        b.isEmpty() ? ChangeType.ADDED : a.isEmpty() ? ChangeType.REMOVED : ChangeType.CHANGED;
    targetChanges.add(new TargetChange(code, type, before, after));
  }

  /**
   * Returns the version compared from.
   *
   * @return the older (usually) version
   */
  public NationalCatalog from() {
    return from;
  }

  /**
   * Returns the version compared to.
   *
   * @return the newer (usually) version
   */
  public NationalCatalog to() {
    return to;
  }

  /**
   * Returns the items of {@code to} whose code is not in {@code from}, in {@code to}'s order.
   *
   * @return the added items
   */
  public List<NationalItem> added() {
    return List.copyOf(added);
  }

  /**
   * Returns the items of {@code from} whose code is not in {@code to} and not absorbed by it.
   *
   * @return the removed items, in {@code from}'s order
   */
  public List<NationalItem> removed() {
    return List.copyOf(removed);
  }

  /**
   * Returns the items of {@code from} that {@code to} folds into one of its items.
   *
   * @return the absorbed items, in {@code from}'s order
   */
  public List<Absorbed> absorbed() {
    return List.copyOf(absorbed);
  }

  /**
   * Returns the codes whose title changed.
   *
   * @return the changes, in {@code to}'s order
   */
  public List<ItemChange> renamed() {
    return List.copyOf(renamed);
  }

  /**
   * Returns the codes whose category changed.
   *
   * @return the changes, in {@code to}'s order
   */
  public List<ItemChange> recategorized() {
    return List.copyOf(recategorized);
  }

  /**
   * Returns the codes that kept their category but changed position within it.
   *
   * @return the changes, in {@code to}'s order
   */
  public List<ItemChange> reordered() {
    return List.copyOf(reordered);
  }

  /**
   * Returns the deadlines added, removed or moved, including those of added, removed and absorbed
   * items.
   *
   * @return the changes: codes in {@code to}'s order, then codes only in {@code from}
   */
  public List<DeadlineChange> deadlineChanges() {
    return List.copyOf(deadlineChanges);
  }

  /**
   * Returns the codes whose targets changed, including those of added, removed and absorbed items.
   *
   * @return the changes: codes in {@code to}'s order, then codes only in {@code from}
   */
  public List<TargetChange> targetChanges() {
    return List.copyOf(targetChanges);
  }

  /**
   * Returns whether nothing changed.
   *
   * @return {@code true} if every list is empty
   */
  public boolean isEmpty() {
    return added.isEmpty()
        && removed.isEmpty()
        && absorbed.isEmpty()
        && renamed.isEmpty()
        && recategorized.isEmpty()
        && reordered.isEmpty()
        && deadlineChanges.isEmpty()
        && targetChanges.isEmpty();
  }

  /**
   * Returns a one-line summary, e.g. {@code CatalogCrosswalk[2.0 -> 2.3: added [FRONTYARD,
   * ELTAX_PUBLIC_FUNDS], absorbed [ONLINE_PROCEDURES -> FRONTYARD], ...]}.
   */
  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(", ", "CatalogCrosswalk[" + from.version() + " -> " + to.version() + ": ", "]");
    j.add("added " + codes(added));
    j.add("removed " + codes(removed));
    j.add(
        "absorbed "
            + absorbed.stream()
                .map(a -> a.item().code() + " -> " + a.into().code())
                .collect(Collectors.toList()));
    j.add("renamed " + renamed.stream().map(ItemChange::code).collect(Collectors.toList()));
    j.add("recategorized " + recategorized.stream().map(ItemChange::code).collect(Collectors.toList()));
    j.add("reordered " + reordered.stream().map(ItemChange::code).collect(Collectors.toList()));
    j.add(
        "deadlines "
            + deadlineChanges.stream()
                .map(d -> d.code() + " " + d.type())
                .collect(Collectors.toList()));
    return j.toString();
  }

  private static List<String> codes(List<NationalItem> items) {
    return items.stream().map(NationalItem::code).collect(Collectors.toList());
  }
}
