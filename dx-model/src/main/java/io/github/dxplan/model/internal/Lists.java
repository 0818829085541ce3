package io.github.dxplan.model.internal;

import java.util.List;

/** List helpers for record constructors. Not part of the API. */
public final class Lists {
  private Lists() {}

  /**
   * Returns an unmodifiable copy of {@code list}, or an empty list for {@code null}.
   *
   * <p>{@link List#copyOf} returns a list built by {@code List.of}/{@code List.copyOf} as it is (such a
   * list is already unmodifiable and null-free), so the reader's lists, built that way, are not copied
   * again; any other list is copied once, and a {@code null} element makes it throw, which is reported
   * under the component's name.
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
    try {
      return List.copyOf(list);
    } catch (NullPointerException e) {
      throw new NullPointerException(name + " must not contain null");
    }
  }
}
