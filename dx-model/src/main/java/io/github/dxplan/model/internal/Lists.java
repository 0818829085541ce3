package io.github.dxplan.model.internal;

import java.util.List;

/** List helpers for record constructors. Not part of the API. */
public final class Lists {
  private Lists() {}

  /**
   * Returns an unmodifiable copy of {@code list}, or an empty list for {@code null}.
   *
   * @param list the list to copy, may be {@code null}; its elements must not be {@code null}
   * @param name the component name, for the message when an element is {@code null}
   * @param <T> the element type
   * @return an unmodifiable copy
   */
  public static <T> List<T> copy(List<T> list, String name) {
    if (list == null) {
      return List.of();
    }
    for (T element : list) {
      if (element == null) {
        throw new NullPointerException(name + " must not contain null");
      }
    }
    return List.copyOf(list);
  }
}
