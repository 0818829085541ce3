package io.github.dxplan.validation;

import static java.util.Objects.requireNonNull;

import io.github.dxplan.model.DxplanException;
import io.github.dxplan.validation.internal.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A named set of rule severities: which rules apply and how serious each one is.
 *
 * <p>Profiles are data, in properties files: each line sets a rule's severity or switches it off, and a
 * profile may extend a built-in one. The built-in {@code draft} profile is lenient, for work in progress
 * (a 施策 without a KPI is not reported, a dangling 再掲 reference is only a warning); {@code publish} is
 * strict and applies every rule at its default severity. A user's own profile:
 *
 * <pre>
 * # city-review.properties
 * extends=publish
 * DX-KPI-001=ERROR
 * DX-TEXT-003=off
 * </pre>
 *
 * <p>is loaded with {@code ValidationProfile.load(Path.of("city-review.properties"))}. This class is
 * immutable and thread-safe.
 */
public final class ValidationProfile {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Map<String, ValidationProfile> BUILT_IN = new ConcurrentHashMap<>();
  private static final String EXTENDS = "extends";
  private static final String NAME_KEY = "name";

  private final String name;
  /** Severity per {@link Rule#ordinal()}; {@code null} means switched off. */
  private final Severity[] severities;

  private ValidationProfile(String name, Severity[] severities) {
    this.name = name;
    this.severities = severities;
  }

  /**
   * Returns a built-in profile: {@code "draft"} or {@code "publish"}.
   *
   * @param name the profile's name
   * @return the profile
   * @throws IllegalArgumentException if there is no built-in profile of that name
   */
  public static ValidationProfile named(String name) {
    requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(unknown(name));
    }
    ValidationProfile cached = BUILT_IN.get(name);
    if (cached != null) {
      return cached;
    }
    String resource = "profiles/" + name + ".properties";
    try (InputStream in = ValidationProfile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(unknown(name));
      }
      ValidationProfile p = parse(new InputStreamReader(in, StandardCharsets.UTF_8), name, resource);
      BUILT_IN.putIfAbsent(name, p);
      return BUILT_IN.get(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unknown(String name) {
    return String.format(Locale.ROOT, "no built-in validation profile \"%s\"; built-in: draft, publish", name);
  }

  /**
   * Reads a profile from a UTF-8 properties file: {@code extends=draft|publish} (optional; otherwise
   * every rule starts at its default severity), {@code name=…} (optional; otherwise the file name without
   * its extension), and one {@code CODE=ERROR|WARNING|INFO|off} line per rule to change.
   *
   * @param file the file
   * @return the profile
   * @throws DxplanException if a line names an unknown rule or severity; the message names the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ValidationProfile load(Path file) {
    requireNonNull(file, "file");
    String fileName = String.valueOf(file.getFileName());
    String name = fileName.endsWith(".properties") ? fileName.substring(0, fileName.length() - 11) : fileName;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, name, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ValidationProfile parse(Reader reader, String defaultName, String source) throws IOException {
    Properties props = new Properties();
    props.load(reader);
    Severity[] severities = defaults();
    String base = props.getProperty(EXTENDS);
    if (base != null && !base.isBlank()) {
      if (base.strip().equals(defaultName)) {
        throw new DxplanException(String.format(Locale.ROOT, "%s: profile \"%s\" extends itself", source, base));
      }
      severities = named(base.strip()).severities.clone();
    }
    for (String key : new TreeSet<>(props.stringPropertyNames())) {
      if (key.equals(EXTENDS) || key.equals(NAME_KEY)) {
        continue;
      }
      Rule rule = ruleOf(key);
      if (rule == null) {
        throw new DxplanException(
            String.format(Locale.ROOT, "%s: \"%s\" is not a rule code (such as DX-KPI-003)", source, key));
      }
      severities[rule.ordinal()] = severityOf(props.getProperty(key), key, source);
    }
    String name = props.getProperty(NAME_KEY, defaultName).strip();
    return new ValidationProfile(name, severities);
  }

  private static Severity severityOf(String text, String key, String source) {
    String s = text.strip().toUpperCase(Locale.ROOT);
    if (s.equals("OFF")) {
      return null;
    }
    for (Severity sev : Severity.values()) {
      if (sev.name().equals(s)) {
        return sev;
      }
    }
    throw new DxplanException(
        String.format(
            Locale.ROOT, "%s: %s=%s is not a severity; use ERROR, WARNING, INFO or off", source, key, text));
  }

  private static Severity[] defaults() {
    Rule[] rules = Rule.values();
    Severity[] s = new Severity[rules.length];
    for (Rule r : rules) {
      s[r.ordinal()] = r.defaultSeverity();
    }
    return s;
  }

  private static Rule ruleOf(String code) {
    for (Rule r : Rule.values()) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    return null;
  }

  private static Rule requireRule(String code) {
    requireNonNull(code, "code");
    Rule r = ruleOf(code);
    if (r == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown rule code: %s", code));
    }
    return r;
  }

  /**
   * Returns the profile's name: {@code draft}, {@code publish}, or a user profile's own.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the severity a rule has in this profile.
   *
   * @param code the rule's code, such as {@code DX-COMPLETE-002}
   * @return the severity, or empty when the profile switches the rule off
   * @throws IllegalArgumentException if there is no rule with that code
   */
  public Optional<Severity> severityOf(String code) {
    return Optional.ofNullable(severities[requireRule(code).ordinal()]);
  }

  /**
   * Checks whether a rule applies in this profile.
   *
   * @param code the rule's code
   * @return false if the profile switches it off
   * @throws IllegalArgumentException if there is no rule with that code
   */
  public boolean isEnabled(String code) {
    return severityOf(code).isPresent();
  }

  /**
   * Returns a copy of this profile with one rule at another severity, or switched off.
   *
   * @param code the rule's code
   * @param severity the new severity, or {@code null} to switch the rule off
   * @return the new profile, with the same name
   * @throws IllegalArgumentException if there is no rule with that code
   */
  public ValidationProfile withSeverity(String code, Severity severity) {
    Rule r = requireRule(code);
    Severity[] s = severities.clone();
    s[r.ordinal()] = severity;
    return new ValidationProfile(name, s);
  }

  /**
   * Returns the severity of a rule, for the validator. Not for users: it takes an internal type.
   *
   * @param rule the rule
   * @return the severity, or {@code null} when off
   */
  Severity severity(Rule rule) {
    return severities[rule.ordinal()];
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ValidationProfile other
        && name.equals(other.name)
        && Arrays.equals(severities, other.severities);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(severities);
  }

  @Override
  public String toString() {
    return "ValidationProfile[" + name + "]";
  }
}
