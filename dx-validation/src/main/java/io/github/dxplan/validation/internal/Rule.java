package io.github.dxplan.validation.internal;

import io.github.dxplan.validation.Severity;
import java.util.List;

/**
 * The rules: stable code, default severity and the names of the arguments each finding carries. The
 * texts (title, message, rationale) live in the ContributorValidationMessages bundles under {@code
 * dxplan.<code>.*}. Codes are never renumbered; a retired rule keeps its code unused.
 */
public enum Rule {
  ID_DUPLICATE("DX-ID-001", Severity.ERROR, "id", "firstPath"),
  ID_RELIST_UNRESOLVED("DX-ID-002", Severity.ERROR, "title", "relistOf"),
  ID_KPI_REF_UNRESOLVED("DX-ID-003", Severity.ERROR, "kpiRef"),
  ID_PREFECTURE_MISMATCH("DX-ID-004", Severity.ERROR, "code", "prefecture", "expected"),
  ID_NATIONAL_ITEM_UNKNOWN("DX-ID-005", Severity.ERROR, "item", "version"),
  ID_NATIONAL_ITEMS_UNCHECKED("DX-ID-006", Severity.WARNING, "version", "count"),
  ID_MUNICIPALITY_CODE_MISSING("DX-ID-007", Severity.WARNING),
  ID_NATIONAL_PLAN_VERSION_UNKNOWN("DX-ID-008", Severity.WARNING, "version", "known", "used"),
  ID_NATIONAL_ITEM_ABSORBED("DX-ID-009", Severity.INFO, "item", "into", "version"),
  ID_NATIONAL_ITEM_OF_UNSHIPPED_REVISION("DX-ID-010", Severity.INFO, "item", "revision", "version"),
  ID_MUNICIPALITY_CODE_UNKNOWN("DX-ID-011", Severity.ERROR, "code", "asOf"),
  ID_MUNICIPALITY_NAME_MISMATCH(
      "DX-ID-012", Severity.ERROR, "code", "name", "prefecture", "actual", "actualPrefecture", "suggestion"),
  ID_MUNICIPALITY_CODE_SUGGESTED("DX-ID-013", Severity.INFO, "name", "prefecture", "suggestion"),
  ID_MUNICIPALITY_NAME_UNKNOWN(
      "DX-ID-014", Severity.ERROR, "code", "name", "prefecture", "actual", "actualPrefecture", "asOf"),
  ID_MUNICIPALITY_NAME_AMBIGUOUS("DX-ID-015", Severity.INFO, "name", "candidates"),
  ID_KPI_MEASURE_UNRESOLVED("DX-ID-016", Severity.ERROR, "name", "measure"),
  ID_RELIST_CYCLE("DX-ID-017", Severity.ERROR, "title", "cycle"),
  ID_KPI_REF_DUPLICATE("DX-ID-018", Severity.WARNING, "kpiRef", "firstPath"),
  ID_RELIST_NOT_INITIATIVE("DX-ID-019", Severity.ERROR, "title", "relistOf", "kind", "targetPath"),

  PERIOD_UNORDERED("DX-PERIOD-001", Severity.ERROR, "from", "to"),
  PERIOD_LONG("DX-PERIOD-002", Severity.WARNING, "period", "years"),
  PERIOD_ADOPTED_AFTER_END("DX-PERIOD-003", Severity.ERROR, "adopted", "period"),
  PERIOD_ADOPTED_LONG_BEFORE("DX-PERIOD-004", Severity.WARNING, "adopted", "period"),
  PERIOD_MISSING("DX-PERIOD-005", Severity.WARNING),
  PERIOD_DRAFT_ADOPTED("DX-PERIOD-006", Severity.ERROR, "adopted"),

  KPI_UNIT_MISSING("DX-KPI-001", Severity.WARNING, "name"),
  KPI_BASELINE_AFTER_TARGET("DX-KPI-002", Severity.ERROR, "name", "baselineYear", "targetYear"),
  KPI_TARGET_OUTSIDE_PERIOD("DX-KPI-003", Severity.WARNING, "name", "targetYear", "period"),
  KPI_PERCENT_OUT_OF_RANGE("DX-KPI-004", Severity.ERROR, "name", "value", "unit"),
  KPI_AGAINST_DIRECTION("DX-KPI-005", Severity.ERROR, "name", "direction", "baseline", "target"),
  KPI_COMPARATOR_CONTRADICTS("DX-KPI-006", Severity.ERROR, "name", "direction", "comparator"),
  KPI_NO_CHANGE("DX-KPI-007", Severity.WARNING, "name", "direction", "value"),
  KPI_MAINTAIN_CHANGES("DX-KPI-008", Severity.WARNING, "name", "baseline", "target"),
  KPI_NO_TARGET("DX-KPI-009", Severity.WARNING, "name"),
  KPI_ACTUAL_OUTSIDE_PERIOD("DX-KPI-010", Severity.WARNING, "name", "actualYear", "period"),
  KPI_LOST_FIGURES_GIVEN("DX-KPI-011", Severity.ERROR, "name"),
  KPI_NOT_SET_FIGURES_GIVEN("DX-KPI-012", Severity.ERROR, "name"),
  KPI_FIGURES_NOT_RECOVERED("DX-KPI-013", Severity.INFO, "name"),

  ROADMAP_UNORDERED("DX-ROADMAP-001", Severity.ERROR, "label", "from", "to"),
  ROADMAP_OUTSIDE_PERIOD("DX-ROADMAP-002", Severity.WARNING, "label", "years", "period"),
  ROADMAP_STAGE_ORDER(
      "DX-ROADMAP-003",
      Severity.WARNING,
      "label",
      "kind",
      "end",
      "earlierLabel",
      "earlierKind",
      "earlierStart"),
  ROADMAP_UNKNOWN_EXTENT_WITH_END("DX-ROADMAP-004", Severity.ERROR, "label", "to"),

  COMPLETE_EMPTY_TITLE("DX-COMPLETE-001", Severity.ERROR, "element"),
  COMPLETE_MEASURE_WITHOUT_KPI("DX-COMPLETE-002", Severity.WARNING, "title"),
  COMPLETE_INITIATIVE_WITHOUT_DEPARTMENT("DX-COMPLETE-003", Severity.WARNING, "title"),
  COMPLETE_NO_POLICIES("DX-COMPLETE-004", Severity.WARNING),

  TEXT_VARIANT("DX-TEXT-001", Severity.INFO, "found", "suggestion", "offset", "position"),
  TEXT_FOREIGN_LETTER(
      "DX-TEXT-002", Severity.INFO, "found", "letter", "codePoint", "script", "suggestion", "offset", "position"),
  TEXT_WIDTH_MIXTURE("DX-TEXT-003", Severity.INFO, "found", "suggestion", "offset", "position");

  private final String code;
  private final Severity defaultSeverity;
  private final List<String> arguments;

  Rule(String code, Severity defaultSeverity, String... arguments) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
    this.arguments = List.of(arguments);
  }

  /**
   * Returns the stable code.
   *
   * @return the code, such as DX-KPI-003
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity when no profile changes it.
   *
   * @return the default severity
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns the names of the arguments, in message order.
   *
   * @return the argument names
   */
  public List<String> arguments() {
    return arguments;
  }
}
