package io.github.dxplan.validation.internal;

/** Small text helpers. */
final class Texts {
  private Texts() {}

  /** A title is empty when it has nothing but white space (ASCII or 全角). */
  static boolean isBlank(String s) {
    return s == null || s.strip().isEmpty();
  }
}
