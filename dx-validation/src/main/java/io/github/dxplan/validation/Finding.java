package io.github.dxplan.validation;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.validation.internal.Messages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One problem or piece of advice about a plan: a stable rule code, a severity, where it is, and the
 * values it is about.
 *
 * <p>Example: {@code DX-KPI-003}, {@link Severity#WARNING}, path {@code
 * /policies/0/measures/1/kpis/0/target/fiscalYear}, arguments {@code {name=オンライン申請利用率,
 * targetYear=FY2030, period=FY2024-FY2028}}; {@code message(Locale.JAPANESE)} is
 * 「KPI「オンライン申請利用率」の目標年度（令和12年度）が計画期間（令和6年度〜令和10年度）の外にあります。」
 *
 * <p>The path is a JSON Pointer into the plan as written; when something is missing it names the place
 * where it belongs ({@code …/kpis/0/target} for a KPI without a target). The arguments are the raw values
 * (strings, {@link io.github.dxplan.model.FiscalYear}, {@link java.math.BigDecimal}, enums) in the order
 * the message uses them, so a user interface can render its own text. This record is immutable and
 * thread-safe.
 *
 * @param code the rule's stable code, such as {@code DX-KPI-003}
 * @param severity the severity under the profile that produced the finding
 * @param path a JSON Pointer into the plan ({@code ""} is the whole plan)
 * @param arguments the values interpolated into the message, in order; unmodifiable
 */
public record Finding(String code, Severity severity, String path, Map<String, Object> arguments) {

  /**
   * Checks the parts and copies the arguments, keeping their order.
   *
   * @param code the rule's stable code, such as {@code DX-KPI-003}
   * @param severity the severity under the profile that produced the finding
   * @param path a JSON Pointer into the plan ({@code ""} is the whole plan)
   * @param arguments the values interpolated into the message, in order; unmodifiable
   */
  public Finding {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(path, "path");
    requireNonNull(arguments, "arguments");
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /**
   * Returns the message in English, the language of the root message bundle (what Hibernate Validator
   * and {@link #message(Locale)} give for any locale other than Japanese). For Japanese use {@code
   * message(Locale.JAPANESE)}.
   *
   * @return the message with the arguments filled in
   */
  public String message() {
    return message(Locale.ROOT);
  }

  /**
   * Returns the message in Japanese for a Japanese locale and in English for any other.
   *
   * @param locale the locale
   * @return the message with the arguments filled in; fiscal years as 令和6年度 or FY2024
   */
  public String message(Locale locale) {
    return Messages.format(code, arguments, locale);
  }

  /**
   * Returns the code, severity, path and English message, for logs.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return code + " " + severity + " " + (path.isEmpty() ? "(plan)" : path) + ": " + message(Locale.ENGLISH);
  }
}
