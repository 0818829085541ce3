package io.github.dxplan.validation.internal;

import io.github.dxplan.validation.Finding;
import io.github.dxplan.validation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A {@link Reporter} that turns reports into findings with the severities of a profile. */
public final class Collector implements Reporter {
  private final Function<Rule, Severity> severities;
  private final List<Finding> findings = new ArrayList<>();

  /**
   * Creates a collector.
   *
   * @param severities the severity of each rule; {@code null} for a rule that is switched off
   */
  public Collector(Function<Rule, Severity> severities) {
    this.severities = severities;
  }

  @Override
  public boolean enabled(Rule rule) {
    return severities.apply(rule) != null;
  }

  @Override
  public void report(Rule rule, String path, Object... arguments) {
    Severity severity = severities.apply(rule);
    if (severity == null) {
      return;
    }
    List<String> names = rule.arguments();
    if (names.size() != arguments.length) {
      throw new IllegalStateException(rule.code() + " takes " + names + " but got " + arguments.length);
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < arguments.length; i++) {
      map.put(names.get(i), arguments[i]);
    }
    findings.add(new Finding(rule.code(), severity, path, map));
  }

  /**
   * Returns what was collected, in the order reported.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }
}
