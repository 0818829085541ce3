package io.github.dxplan.validation;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.validation.internal.Messages;
import java.util.List;
import java.util.Locale;

/**
 * What a rule is: its stable code, default severity, title, message template and the reason it
 * exists, in Japanese and English.
 *
 * <p>Example: {@code DX-KPI-003}, {@link Severity#WARNING}, title 「KPIの目標年度が計画期間の外」, arguments
 * {@code name, targetYear, period}. This record is immutable and thread-safe.
 *
 * @param code the stable code, such as {@code DX-KPI-003}; never renumbered
 * @param defaultSeverity the severity when no profile changes it (the {@code publish} profile keeps
 *     every default)
 * @param arguments the names of the arguments each finding of the rule carries, in message order
 */
public record RuleDescriptor(String code, Severity defaultSeverity, List<String> arguments) {

  /**
   * Checks the parts and copies the list.
   *
   * @param code the stable code, such as {@code DX-KPI-003}; never renumbered
   * @param defaultSeverity the severity when no profile changes it (the {@code publish} profile keeps
   *     every default)
   * @param arguments the names of the arguments each finding of the rule carries, in message order
   */
  public RuleDescriptor {
    requireNonNull(code, "code");
    requireNonNull(defaultSeverity, "defaultSeverity");
    arguments = List.copyOf(arguments);
  }

  /**
   * Returns the rule's short title: Japanese for a Japanese locale, English otherwise.
   *
   * @param locale the locale
   * @return the title
   */
  public String title(Locale locale) {
    return Messages.text("dxplan." + code + ".title", locale);
  }

  /**
   * Returns why the rule exists: Japanese for a Japanese locale, English otherwise.
   *
   * @param locale the locale
   * @return the rationale
   */
  public String rationale(Locale locale) {
    return Messages.text("dxplan." + code + ".rationale", locale);
  }

  /**
   * Returns the message template, with {@code {name}} placeholders for the arguments.
   *
   * @param locale the locale
   * @return the template
   */
  public String messageTemplate(Locale locale) {
    // The Japanese bundle writes {ja.name} for Hibernate Validator; the template names the argument.
    return Messages.text(Messages.messageKey(code), locale).replace("{" + Messages.JA_PREFIX, "{");
  }
}
