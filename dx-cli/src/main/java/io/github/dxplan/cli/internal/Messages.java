package io.github.dxplan.cli.internal;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The CLI's own messages in Japanese or English, from {@code Messages.properties} (English) and
 * {@code Messages_ja.properties} (UTF-8).
 */
public final class Messages {
  private final Lang lang;
  private final ResourceBundle bundle;

  private Messages(Lang lang) {
    this.lang = lang;
    this.bundle =
        ResourceBundle.getBundle(
            "io.github.dxplan.cli.internal.Messages",
            lang.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * Returns the messages in a language.
   *
   * @param lang the language
   * @return the messages
   */
  public static Messages of(Lang lang) {
    return new Messages(lang);
  }

  /**
   * Returns the language.
   *
   * @return the language
   */
  public Lang lang() {
    return lang;
  }

  /**
   * Returns a message with its arguments filled in.
   *
   * @param key the key
   * @param args the arguments
   * @return the text
   */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
  }
}
