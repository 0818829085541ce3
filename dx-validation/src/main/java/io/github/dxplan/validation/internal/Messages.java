package io.github.dxplan.validation.internal;

import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearFormat;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.PlanDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The texts of dx-validation and the tiny interpolator that fills {@code {name}} placeholders with
 * localized values; no Expression Language.
 *
 * <p>The texts are read from this library's own {@code ContributorValidationMessages_ja} and {@code _en}
 * files (UTF-8), recognised by their {@code dxplan.bundle} key, so another library's bundle of the same
 * name on the class path cannot shadow them. They are loaded on first use, not by validation itself.
 */
public final class Messages {
  /** The base name Hibernate Validator aggregates across the class path. */
  public static final String BUNDLE = "ContributorValidationMessages";

  private static final String MARKER = "dxplan.bundle";

  /**
   * The prefix of a placeholder in the Japanese bundle: {@code {ja.title}} is the argument {@code title}
   * rendered in Japanese. Hibernate Validator's own interpolation cannot render a value per locale, so
   * the violations carry both renderings and each bundle names its own.
   */
  public static final String JA_PREFIX = "ja.";

  private Messages() {}

  private static final class Ja {
    static final Map<String, String> TEXTS = load("_ja");
  }

  private static final class En {
    static final Map<String, String> TEXTS = load("_en");
  }

  /**
   * Loads one of this library's bundles as a map.
   *
   * @param suffix {@code ""}, {@code "_en"} or {@code "_ja"}
   * @return the texts by key
   */
  public static Map<String, String> load(String suffix) {
    String name = BUNDLE + suffix + ".properties";
    try {
      ClassLoader loader = Messages.class.getClassLoader();
      Enumeration<URL> urls = loader.getResources(name);
      while (urls.hasMoreElements()) {
        Properties p = new Properties();
        try (InputStream in = urls.nextElement().openStream()) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        if (p.containsKey(MARKER)) {
          Map<String, String> map = new HashMap<>();
          for (String key : p.stringPropertyNames()) {
            map.put(key, p.getProperty(key));
          }
          return Map.copyOf(map);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("dx-validation's " + name + " is missing from the class path");
  }

  /**
   * Tells whether a locale gets Japanese texts; every other locale gets English.
   *
   * @param locale the locale, or {@code null} for Japanese
   * @return true for Japanese
   */
  public static boolean isJapanese(Locale locale) {
    return locale == null || "ja".equals(locale.getLanguage());
  }

  /**
   * Returns the key of a rule's message.
   *
   * @param code the rule's code
   * @return {@code dxplan.<code>.message}
   */
  public static String messageKey(String code) {
    return "dxplan." + code + ".message";
  }

  /**
   * Returns a text, or the key in braces when it is missing (which the message tests catch).
   *
   * @param key the key
   * @param locale the locale
   * @return the text
   */
  public static String text(String key, Locale locale) {
    String s = (isJapanese(locale) ? Ja.TEXTS : En.TEXTS).get(key);
    return s == null ? "{" + key + "}" : s;
  }

  /**
   * Formats a rule's message with its arguments.
   *
   * @param code the rule's code
   * @param arguments the arguments
   * @param locale the locale
   * @return the message
   */
  public static String format(String code, Map<String, ?> arguments, Locale locale) {
    return interpolate(text(messageKey(code), locale), arguments, locale);
  }

  /**
   * Replaces each {@code {name}} (or {@code {ja.name}}) whose name is an argument with the argument's
   * localized text; other braces stay as they are.
   *
   * @param template the template
   * @param arguments the arguments
   * @param locale the locale
   * @return the text
   */
  public static String interpolate(String template, Map<String, ?> arguments, Locale locale) {
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int end = template.indexOf('}', i + 1);
        if (end > 0) {
          String name = template.substring(i + 1, end);
          if (name.startsWith(JA_PREFIX) && !arguments.containsKey(name)) {
            name = name.substring(JA_PREFIX.length());
          }
          if (arguments.containsKey(name)) {
            sb.append(formatValue(arguments.get(name), locale));
            i = end + 1;
            continue;
          }
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  /**
   * Formats one argument: fiscal years as 令和6年度 (ja) or FY2024 (en), decimals as written, enums by
   * their localized names.
   *
   * @param value the value, may be null
   * @param locale the locale
   * @return the text
   */
  public static String formatValue(Object value, Locale locale) {
    boolean ja = isJapanese(locale);
    if (value == null) {
      return "—";
    }
    if (value instanceof FiscalYear fy) {
      return ja ? FiscalYearFormat.japanese(fy) : fy.toString();
    }
    if (value instanceof FiscalYearRange r) {
      if (r.from().equals(r.to())) {
        return formatValue(r.from(), locale);
      }
      return ja
          ? FiscalYearFormat.japanese(r.from()) + "〜" + FiscalYearFormat.japanese(r.to())
          : r.from() + "–" + r.to();
    }
    if (value instanceof PlanDate d) {
      if (!ja) {
        return d.toString();
      }
      StringBuilder sb = new StringBuilder().append(d.year()).append('年');
      d.month().ifPresent(m -> sb.append(m).append('月'));
      d.day().ifPresent(day -> sb.append(day).append('日'));
      return sb.toString();
    }
    if (value instanceof BigDecimal b) {
      return figure(b);
    }
    if (value instanceof Enum<?> e) {
      String key = "dxplan.value." + e.getDeclaringClass().getSimpleName() + "." + e.name();
      Map<String, String> texts = ja ? Ja.TEXTS : En.TEXTS;
      return texts.getOrDefault(key, e.name());
    }
    return String.valueOf(value);
  }

  /**
   * Prints a figure: its plain form ({@code 1000}, {@code 0.5}) when that has at most 100 digits
   * on each side of the point, else the short scientific form ({@code 1E+999999999}) — a value
   * built in code can be that large, and its plain form would be a billion characters.
   *
   * @param value the value
   * @return its text
   */
  public static String figure(BigDecimal value) {
    long intDigits = (long) value.precision() - value.scale();
    if (value.scale() >= 0 ? value.scale() <= 100 : intDigits <= 100) {
      return value.toPlainString();
    }
    return value.toString();
  }
}
