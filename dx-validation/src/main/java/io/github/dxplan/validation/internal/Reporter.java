package io.github.dxplan.validation.internal;

/** Where the checks send what they find; it also tells them which rules are switched off. */
public interface Reporter {

  /**
   * Checks whether a rule is on, so a check can skip work nobody will see.
   *
   * @param rule the rule
   * @return true if findings of the rule are kept
   */
  boolean enabled(Rule rule);

  /**
   * Reports a finding.
   *
   * @param rule the rule
   * @param path the JSON Pointer
   * @param arguments the argument values, in the order of {@link Rule#arguments()}
   */
  void report(Rule rule, String path, Object... arguments);
}
