package io.github.dxplan.cli.internal;

import java.util.Locale;

/** The languages of messages and text views. */
public enum Lang {
  /** Japanese, the default. */
  ja(Locale.JAPANESE),
  /** English. */
  en(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the locale of this language.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }
}
