package io.github.dxplan.model;

import io.github.dxplan.model.internal.Lists;
import java.util.List;

/**
 * The departments behind a measure or initiative: 所管課 (responsible) and 関係課 (related).
 *
 * <p>Example from 那須烏山市: {@code new Departments(List.of("総合政策課", "総務課", "市民課", "会計課"),
 * List.of("全課（局）"))}.
 *
 * @param responsible the responsible departments, as written
 * @param related the related departments, as written
 */
public record Departments(List<String> responsible, List<String> related) {
  /** No departments stated. */
  public static final Departments NONE = new Departments(List.of(), List.of());

  /**
   * Copies the lists; {@code null} becomes empty.
   *
   * @param responsible the responsible departments, as written
   * @param related the related departments, as written
   */
  public Departments {
    responsible = Lists.copy(responsible, "responsible");
    related = Lists.copy(related, "related");
  }

  /**
   * Returns whether no department is stated.
   *
   * @return {@code true} if both lists are empty
   */
  public boolean isEmpty() {
    return responsible.isEmpty() && related.isEmpty();
  }
}
