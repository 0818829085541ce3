package io.github.dxplan.model.format.internal;

import io.github.dxplan.model.Approach;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.Comparator;
import io.github.dxplan.model.Departments;
import io.github.dxplan.model.Direction;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.Governance;
import io.github.dxplan.model.GovernanceBody;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.InvalidValueException;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.Measurement;
import io.github.dxplan.model.Municipality;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.PreviousPlan;
import io.github.dxplan.model.PreviousResult;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapKind;
import io.github.dxplan.model.Target;
import io.github.dxplan.model.format.PlanFormatException;
import io.github.dxplan.model.internal.Decimals;
import io.github.dxplan.model.internal.TextException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads the plan tree from a Jackson token stream, key by key, tracking the JSON Pointer of every node
 * so each error names its place. Unknown and duplicate keys are errors; the parser never skips a value,
 * so nothing in the input is silently dropped.
 */
public final class PlanParser {

  /** Receives the value of one key of an object. */
  @FunctionalInterface
  private interface FieldReader {
    /** Reads the value of {@code key}; returns false if the key is unknown. */
    boolean read(String key);
  }

  private final JsonParser p;
  private final String source;
  private final int maxDepth;
  private final Deque<String> path = new ArrayDeque<>();
  private int depth;
  /** Per nesting level, the elements of the list being read there. */
  private Object[][] scratch = new Object[8][];
  /** Per nesting level, the keys seen in the object being read there (see {@link #nextKey}). */
  private long[] seenAt = new long[16];

  /**
   * Creates a parser over a Jackson parser positioned before or at the root value.
   *
   * @param parser the token stream
   * @param source the source name for messages
   * @param maxDepth the deepest nesting accepted
   */
  public PlanParser(JsonParser parser, String source, int maxDepth) {
    this.p = parser;
    this.source = source;
    this.maxDepth = maxDepth;
  }

  /**
   * Reads a whole document holding one plan and checks that nothing follows it.
   *
   * @return the plan
   */
  public DxPlan readDocument() {
    return guard(
        () -> {
          JsonToken t = p.nextToken();
          if (t == null) {
            throw new PlanFormatException(source, 1, 1, "", "the document is empty: expected a plan object with at least a title", null);
          }
          DxPlan plan = readPlan();
          JsonToken after = p.nextToken();
          if (after != null) {
            throw error("unexpected content after the plan: a file holds exactly one plan");
          }
          return plan;
        });
  }

  /**
   * Reads one plan starting at the current token, for use inside a user's ObjectMapper.
   *
   * @return the plan
   */
  public DxPlan readCurrentPlan() {
    return guard(this::readPlan);
  }

  private <T> T guard(Supplier<T> body) {
    try {
      return body.get();
    } catch (PlanFormatException e) {
      throw e;
    } catch (StreamReadException e) {
      TokenStreamLocation loc = e.getLocation();
      throw new PlanFormatException(
          source,
          loc == null ? 0 : Math.max(0, loc.getLineNr()),
          loc == null ? 0 : Math.max(0, loc.getColumnNr()),
          pointer(),
          describe(e),
          e);
    } catch (JacksonException e) {
      throw new PlanFormatException(source, line(), column(), pointer(), describe(e), e);
    } catch (RuntimeException e) {
      // The YAML engine reports some syntax errors with its own exception types.
      throw new PlanFormatException(
          source, line(), column(), pointer(), "malformed input: " + firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  private static String describe(JacksonException e) {
    String msg = e.getOriginalMessage();
    if (msg == null) {
      msg = e.getClass().getSimpleName();
    }
    msg = firstLine(msg);
    if (msg.startsWith("Duplicate Object property")) {
      return "duplicate key " + msg.substring("Duplicate Object property ".length()) + ": each key may appear once";
    }
    if (msg.startsWith("while scanning a simple key")) {
      return "a key is too long, or a line lacks the ':' after its key: YAML reads a key written"
          + " without quotes or '?' only up to 1024 characters on one line; shorten the key (the keys of"
          + " a plan are short English words) or add the missing ':'";
    }
    if (msg.contains("end-of-input") || msg.contains("Unexpected end")) {
      return "the document ends too early (truncated input?): " + msg;
    }
    return "malformed input: " + msg;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  // ---------------------------------------------------------------- structure

  private DxPlan readPlan() {
    int[] schemaVersion = {DxPlan.SCHEMA_VERSION};
    String[] s = new String[6]; // id, title, nationalPlanVersion, vision, description
    Municipality[] municipality = {null};
    PlanDate[] adopted = {null};
    FiscalYearRange[] period = {null};
    Governance[] governance = {null};
    List<List<BasicPolicy>> policies = new ArrayList<>(List.of(List.of()));
    PreviousPlan[] previous = {null};
    List<List<String>> notes = new ArrayList<>(List.of(List.of()));
    boolean[] sawPolicies = {false};
    readObject(
        "a plan",
        key -> {
          switch (key) {
            case "schemaVersion":
              schemaVersion[0] = readSchemaVersion();
              return true;
            case "id":
              s[0] = string();
              return true;
            case "title":
              s[1] = string();
              return true;
            case "municipality":
              municipality[0] = readMunicipality();
              return true;
            case "adopted":
              adopted[0] = planDate();
              return true;
            case "period":
              period[0] = range();
              return true;
            case "nationalPlanVersion":
              s[2] = string();
              return true;
            case "vision":
              s[3] = string();
              return true;
            case "description":
              s[4] = string();
              return true;
            case "governance":
              governance[0] = readGovernance();
              return true;
            case "policies":
              sawPolicies[0] = true;
              policies.set(0, list(this::readPolicy));
              return true;
            case "previousPlan":
              previous[0] = readPreviousPlan();
              return true;
            case "notes":
              notes.set(0, stringList());
              return true;
            default:
              return false;
          }
        },
        PLAN_KEYS);
    if (s[1] == null) {
      throw missing("title", "a plan needs a title");
    }
    return new DxPlan(
        schemaVersion[0],
        s[0],
        s[1],
        municipality[0],
        adopted[0],
        period[0],
        s[2],
        s[3],
        s[4],
        governance[0],
        policies.get(0),
        previous[0],
        notes.get(0));
  }

  private int readSchemaVersion() {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw error("schemaVersion must be a whole number such as 1, found " + describe(t));
    }
    int v;
    try {
      v = p.getIntValue();
    } catch (JacksonException e) {
      throw error("schemaVersion out of range: " + p.getText());
    }
    if (v < 1 || v > DxPlan.SCHEMA_VERSION) {
      throw error(
          "unsupported schemaVersion " + v + ": this reader understands schemaVersion 1 to " + DxPlan.SCHEMA_VERSION);
    }
    return v;
  }

  private Municipality readMunicipality() {
    LocalGovernmentCode[] code = {null};
    String[] s = new String[2];
    readObject(
        "a municipality",
        key -> {
          switch (key) {
            case "code":
              code[0] = localGovernmentCode();
              return true;
            case "name":
              s[0] = string();
              return true;
            case "prefecture":
              s[1] = string();
              return true;
            default:
              return false;
          }
        },
        MUNICIPALITY_KEYS);
    return new Municipality(code[0], s[0], s[1]);
  }

  private Governance readGovernance() {
    String[] description = {null};
    List<List<GovernanceBody>> bodies = new ArrayList<>(List.of(List.of()));
    readObject(
        "a governance object",
        key -> {
          switch (key) {
            case "description":
              description[0] = string();
              return true;
            case "bodies":
              bodies.set(0, list(this::readGovernanceBody));
              return true;
            default:
              return false;
          }
        },
        GOVERNANCE_KEYS);
    return new Governance(description[0], bodies.get(0));
  }

  private GovernanceBody readGovernanceBody() {
    String[] s = new String[2];
    List<List<String>> members = new ArrayList<>(List.of(List.of()));
    readObject(
        "a governance body",
        key -> {
          switch (key) {
            case "name":
              s[0] = string();
              return true;
            case "role":
              s[1] = string();
              return true;
            case "members":
              members.set(0, stringList());
              return true;
            default:
              return false;
          }
        },
        BODY_KEYS);
    if (s[0] == null) {
      throw missing("name", "a governance body needs a name");
    }
    return new GovernanceBody(s[0], s[1], members.get(0));
  }

  /** Fields shared by policies, measures and initiatives. */
  private final class ElementFields {
    String id;
    String label;
    String title;
    String description;
    List<String> nationalItems = List.of();
    List<Kpi> kpis = List.of();
    List<String> kpiRefs = List.of();
    List<String> notes = List.of();

    boolean read(String key) {
      switch (key) {
        case "id":
          id = string();
          return true;
        case "label":
          label = string();
          return true;
        case "title":
          title = string();
          return true;
        case "description":
          description = string();
          return true;
        case "nationalItems":
          nationalItems = stringList();
          return true;
        case "kpis":
          kpis = list(PlanParser.this::readKpi);
          return true;
        case "kpiRefs":
          kpiRefs = stringList();
          return true;
        case "notes":
          notes = stringList();
          return true;
        default:
          return false;
      }
    }
  }

  private BasicPolicy readPolicy() {
    ElementFields f = new ElementFields();
    List<Measure> measures = List.of();
    beginObject("a policy");
    for (String key; (key = nextKey("a policy", POLICY_KEYS)) != null; ) {
      if (key.equals("measures")) {
        measures = list(this::readMeasure);
      } else if (!f.read(key)) {
        throw error(unknownKey(key, "a policy", POLICY_KEYS));
      }
    }
    requireTitle(f.title, "a policy");
    return new BasicPolicy(f.id, f.label, f.title, f.description, f.nationalItems, measures, f.kpis, f.kpiRefs, f.notes);
  }

  private Measure readMeasure() {
    ElementFields f = new ElementFields();
    List<String> challenges = List.of();
    List<String> previous = List.of();
    List<Initiative> initiatives = List.of();
    String goal = null;
    Departments departments = null;
    beginObject("a measure");
    for (String key; (key = nextKey("a measure", MEASURE_KEYS)) != null; ) {
      switch (key) {
        case "challenges":
          challenges = stringList();
          break;
        case "goal":
          goal = string();
          break;
        case "departments":
          departments = readDepartments();
          break;
        case "previousMeasures":
          previous = stringList();
          break;
        case "initiatives":
          initiatives = list(this::readInitiative);
          break;
        default:
          if (!f.read(key)) {
            throw error(unknownKey(key, "a measure", MEASURE_KEYS));
          }
      }
    }
    requireTitle(f.title, "a measure");
    return new Measure(
        f.id,
        f.label,
        f.title,
        f.description,
        challenges,
        goal,
        departments,
        f.nationalItems,
        previous,
        initiatives,
        f.kpis,
        f.kpiRefs,
        f.notes);
  }

  private Initiative readInitiative() {
    ElementFields f = new ElementFields();
    Approach approach = null;
    Departments departments = null;
    String relistOf = null;
    List<RoadmapEntry> roadmap = List.of();
    beginObject("an initiative");
    for (String key; (key = nextKey("an initiative", INITIATIVE_KEYS)) != null; ) {
      switch (key) {
        case "approach":
          approach = enumValue(Approach.class);
          break;
        case "departments":
          departments = readDepartments();
          break;
        case "relistOf":
          relistOf = string();
          break;
        case "roadmap":
          roadmap = list(this::readRoadmapEntry);
          break;
        default:
          if (!f.read(key)) {
            throw error(unknownKey(key, "an initiative", INITIATIVE_KEYS));
          }
      }
    }
    requireTitle(f.title, "an initiative");
    return new Initiative(
        f.id,
        f.label,
        f.title,
        f.description,
        approach,
        departments,
        f.nationalItems,
        relistOf,
        roadmap,
        f.kpis,
        f.kpiRefs,
        f.notes);
  }

  private Departments readDepartments() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      return new Departments(stringList(), List.of());
    }
    if (t == JsonToken.VALUE_STRING) {
      return new Departments(List.of(string()), List.of());
    }
    String what = "departments ({responsible: [...], related: [...]} or a list of responsible departments)";
    List<String> responsible = List.of();
    List<String> related = List.of();
    beginObject(what);
    for (String key; (key = nextKey(what, DEPARTMENT_KEYS)) != null; ) {
      switch (key) {
        case "responsible":
          responsible = stringList();
          break;
        case "related":
          related = stringList();
          break;
        default:
          throw error(unknownKey(key, what, DEPARTMENT_KEYS));
      }
    }
    return new Departments(responsible, related);
  }

  private RoadmapEntry readRoadmapEntry() {
    String label = null;
    String note = null;
    RoadmapKind kind = null;
    FiscalYear from = null;
    FiscalYear to = null;
    beginObject("a roadmap entry");
    for (String key; (key = nextKey("a roadmap entry", ROADMAP_KEYS)) != null; ) {
      switch (key) {
        case "label":
          label = string();
          break;
        case "kind":
          kind = enumValue(RoadmapKind.class);
          break;
        case "from":
          from = fiscalYear();
          break;
        case "to":
          to = fiscalYear();
          break;
        case "note":
          note = string();
          break;
        default:
          throw error(unknownKey(key, "a roadmap entry", ROADMAP_KEYS));
      }
    }
    if (label == null) {
      throw missing("label", "a roadmap entry needs a label (the city's words)");
    }
    return new RoadmapEntry(label, kind, from, to, note);
  }

  private Kpi readKpi() {
    String id = null;
    String name = null;
    String unit = null;
    String note = null;
    Direction direction = null;
    Measurement baseline = null;
    Target target = null;
    List<Measurement> actuals = List.of();
    beginObject("a KPI");
    for (String key; (key = nextKey("a KPI", KPI_KEYS)) != null; ) {
      switch (key) {
        case "id":
          id = string();
          break;
        case "name":
          name = string();
          break;
        case "unit":
          unit = string();
          break;
        case "direction":
          direction = enumValue(Direction.class);
          break;
        case "baseline":
          baseline = readMeasurement("a baseline");
          break;
        case "target":
          target = readTarget();
          break;
        case "actuals":
          actuals = list(this::readActual);
          break;
        case "note":
          note = string();
          break;
        default:
          throw error(unknownKey(key, "a KPI", KPI_KEYS));
      }
    }
    if (name == null) {
      throw missing("name", "a KPI needs a name");
    }
    return new Kpi(id, name, unit, direction, baseline, target, actuals, note);
  }

  private Measurement readActual() {
    return readMeasurement("an actual");
  }

  private Measurement readMeasurement(String what) {
    Figure f = readFigure(what + " ({value, fiscalYear, asWritten})", MEASUREMENT_KEYS);
    return new Measurement(f.value, f.year, f.asWritten);
  }

  private Target readTarget() {
    Figure f = readFigure("a target ({value, fiscalYear, comparator, asWritten})", TARGET_KEYS);
    return new Target(f.value, f.year, f.comparator, f.asWritten);
  }

  /** The fields of a baseline, actual or target; {@code keys} decides whether a comparator is allowed. */
  private static final class Figure {
    BigDecimal value;
    FiscalYear year;
    Comparator comparator;
    String asWritten;
  }

  private Figure readFigure(String what, List<String> keys) {
    Figure f = new Figure();
    beginObject(what);
    for (String key; (key = nextKey(what, keys)) != null; ) {
      switch (key) {
        case "value":
          f.value = decimal();
          break;
        case "fiscalYear":
          f.year = fiscalYear();
          break;
        case "comparator":
          f.comparator = enumValue(Comparator.class);
          break;
        case "asWritten":
          f.asWritten = string();
          break;
        default:
          throw error(unknownKey(key, what, keys));
      }
    }
    return f;
  }

  private PreviousPlan readPreviousPlan() {
    String[] title = {null};
    FiscalYearRange[] period = {null};
    PlanDate[] evaluatedOn = {null};
    List<List<PreviousResult>> results = new ArrayList<>(List.of(List.of()));
    readObject(
        "a previous plan",
        key -> {
          switch (key) {
            case "title":
              title[0] = string();
              return true;
            case "period":
              period[0] = range();
              return true;
            case "evaluatedOn":
              evaluatedOn[0] = planDate();
              return true;
            case "results":
              results.set(0, list(this::readPreviousResult));
              return true;
            default:
              return false;
          }
        },
        PREVIOUS_PLAN_KEYS);
    return new PreviousPlan(title[0], period[0], evaluatedOn[0], results.get(0));
  }

  private PreviousResult readPreviousResult() {
    String[] s = new String[5]; // group, title, indicator, unit, note
    Measurement[] m = new Measurement[2];
    Boolean[] achieved = {null};
    readObject(
        "a previous-plan result",
        key -> {
          switch (key) {
            case "group":
              s[0] = string();
              return true;
            case "title":
              s[1] = string();
              return true;
            case "indicator":
              s[2] = string();
              return true;
            case "target":
              m[0] = readMeasurement("a target");
              return true;
            case "actual":
              m[1] = readMeasurement("an actual");
              return true;
            case "unit":
              s[3] = string();
              return true;
            case "achieved":
              achieved[0] = bool();
              return true;
            case "note":
              s[4] = string();
              return true;
            default:
              return false;
          }
        },
        RESULT_KEYS);
    return new PreviousResult(s[0], s[1], s[2], m[0], m[1], s[3], achieved[0], s[4]);
  }

  private FiscalYearRange range() {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getString();
      return value(() -> FiscalYearRange.parse(text));
    }
    FiscalYear[] years = new FiscalYear[2];
    readObject(
        "a period ({from, to} in fiscal years)",
        key -> {
          switch (key) {
            case "from":
              years[0] = fiscalYear();
              return true;
            case "to":
              years[1] = fiscalYear();
              return true;
            default:
              return false;
          }
        },
        PERIOD_KEYS);
    if (years[0] == null) {
      throw missing("from", "a period needs both from and to");
    }
    if (years[1] == null) {
      throw missing("to", "a period needs both from and to");
    }
    return new FiscalYearRange(years[0], years[1]);
  }

  // ---------------------------------------------------------------- scalars

  private FiscalYear fiscalYear() {
    JsonToken t = p.currentToken();
    checkTag();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (!(p instanceof YAMLParser) && p.getNumberType() == JsonParser.NumberType.INT) {
        // JSON writes integers in plain decimal, so an in-range value reads as its text would.
        int year = p.getIntValue();
        if (year >= FiscalYear.MIN_VALUE && year <= FiscalYear.MAX_VALUE) {
          return FiscalYear.of(year);
        }
      }
      return fiscalYear(p.getText());
    }
    if (t == JsonToken.VALUE_STRING) {
      return fiscalYear(p.getString());
    }
    throw error("expected a fiscal year such as 2024 or \"令和6年度\", found " + describe(t));
  }

  private FiscalYear fiscalYear(String text) {
    try {
      return FiscalYear.parse(text);
    } catch (InvalidValueException e) {
      throw new PlanFormatException(source, line(), column(), pointer(), e.getMessage(), e);
    }
  }

  private PlanDate planDate() {
    JsonToken t = p.currentToken();
    checkTag();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_STRING) {
      String text = p.getText();
      return value(() -> PlanDate.parse(text));
    }
    throw error("expected a date such as \"2023-12\" or \"2024-02-15\", found " + describe(t));
  }

  private LocalGovernmentCode localGovernmentCode() {
    JsonToken t = p.currentToken();
    checkTag();
    if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
      // An unquoted YAML 082236 arrives as a number; its text keeps the leading zero.
      String text = p.getText();
      return value(() -> LocalGovernmentCode.parse(text));
    }
    throw error("expected a local government code such as \"082236\", found " + describe(t));
  }

  private BigDecimal decimal() {
    JsonToken t = p.currentToken();
    checkTag();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
      // Read as written (19.0 stays 19.0), within Decimals' bounds and digit rules.
      try {
        return Decimals.read(t == JsonToken.VALUE_STRING ? p.getString() : p.getText());
      } catch (TextException e) {
        throw error(e.reason() + (t == JsonToken.VALUE_STRING ? "; write the figure alone (19.0) and keep the city's wording in asWritten" : ""));
      }
    }
    throw error("expected a number, found " + describe(t));
  }

  private Boolean bool() {
    JsonToken t = p.currentToken();
    checkTag();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    throw error("expected true or false, found " + describe(t));
  }

  private <E extends Enum<E>> E enumValue(Class<E> type) {
    JsonToken t = p.currentToken();
    checkTag();
    if (t != JsonToken.VALUE_STRING) {
      throw error("expected one of " + Arrays.toString(type.getEnumConstants()) + ", found " + describe(t));
    }
    String text = p.getString();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    String hint = "";
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text.strip())) {
        hint = " (did you mean " + e.name() + "?)";
      }
    }
    throw error("unknown value \"" + text + "\"" + hint + ": expected one of " + Arrays.toString(type.getEnumConstants()));
  }

  private String string() {
    JsonToken t = p.currentToken();
    checkTag();
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getString();
      int lone = loneSurrogate(s);
      if (lone >= 0) {
        throw error(String.format(Locale.ROOT,
            "the text holds \\u%04X, half of a UTF-16 surrogate pair (an escape such as \"\\ud800\" written alone),"
                + " which UTF-8 cannot store: write the whole character (\\ud83d\\ude00, or the character itself)"
                + " or remove the escape", (int) s.charAt(lone)));
      }
      return s;
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      // YAML users write `label: 1` without quotes; the text is kept exactly as written.
      return p.getText();
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return p.getText();
    }
    throw error("expected text, found " + describe(t));
  }

  /**
   * The index of the first surrogate that is not half of a pair, or -1. Only an escape can write one
   * (UTF-8 cannot hold it); kept, it would come out of every UTF-8 writer as another character.
   */
  private static int loneSurrogate(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  private List<String> stringList() {
    return list(this::string);
  }

  private <T> T value(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidValueException e) {
      throw new PlanFormatException(source, line(), column(), pointer(), e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- containers

  private <T> List<T> list(Supplier<T> element) {
    JsonToken t = p.currentToken();
    checkTag();
    if (t != JsonToken.START_ARRAY) {
      throw error("expected a list, found " + describe(t));
    }
    enter();
    // Elements gather in this nesting level's scratch array (an element's own lists use deeper
    // levels), and the list is built from it once, unmodifiable and null-free, so the record's
    // Lists.copy takes it as it is.
    int level = depth;
    if (level >= scratch.length) {
      scratch = Arrays.copyOf(scratch, Math.max(level + 1, scratch.length * 2));
    }
    Object[] buf = scratch[level];
    if (buf == null) {
      buf = new Object[16];
      scratch[level] = buf;
    }
    int n = 0;
    while (true) {
      JsonToken next = p.nextToken();
      if (next == JsonToken.END_ARRAY) {
        break;
      }
      if (next == null) {
        throw error("the document ends inside a list (truncated input?)");
      }
      path.addLast(n < INDEX.length ? INDEX[n] : Integer.toString(n));
      if (next == JsonToken.VALUE_NULL) {
        throw error("a list element must not be null");
      }
      T e = element.get();
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, n * 2);
        scratch[level] = buf;
      }
      buf[n++] = e;
      path.removeLast();
    }
    depth--;
    List<T> out = immutable(buf, n);
    Arrays.fill(buf, 0, n, null);
    return out;
  }

  /** The first {@code n} elements of {@code b} (none null) as an unmodifiable list, copied once. */
  @SuppressWarnings("unchecked")
  private static <T> List<T> immutable(Object[] b, int n) {
    // List.of with up to ten arguments wraps its own argument array: one array per list.
    switch (n) {
      case 0:
        return List.of();
      case 1:
        return (List<T>) List.of(b[0]);
      case 2:
        return (List<T>) List.of(b[0], b[1]);
      case 3:
        return (List<T>) List.of(b[0], b[1], b[2]);
      case 4:
        return (List<T>) List.of(b[0], b[1], b[2], b[3]);
      case 5:
        return (List<T>) List.of(b[0], b[1], b[2], b[3], b[4]);
      case 6:
        return (List<T>) List.of(b[0], b[1], b[2], b[3], b[4], b[5]);
      case 7:
        return (List<T>) List.of(b[0], b[1], b[2], b[3], b[4], b[5], b[6]);
      case 8:
        return (List<T>) List.of(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]);
      case 9:
        return (List<T>) List.of(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8]);
      case 10:
        return (List<T>) List.of(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9]);
      default:
        return (List<T>) List.of(Arrays.copyOf(b, n));
    }
  }

  private void readObject(String what, FieldReader reader, List<String> keys) {
    beginObject(what);
    for (String key; (key = nextKey(what, keys)) != null; ) {
      if (!reader.read(key)) {
        throw error(unknownKey(key, what, keys));
      }
    }
  }

  /** Bit of {@link #seenAt} telling that the current key is on the path until the next key. */
  private static final long KEY_OPEN = 1L << 63;

  /** Checks that the current token starts an object and enters it; then read it with {@link #nextKey}. */
  private void beginObject(String what) {
    JsonToken t = p.currentToken();
    checkTag();
    if (t != JsonToken.START_OBJECT) {
      throw error("expected " + what + " (an object), found " + describe(t));
    }
    enter();
    if (depth >= seenAt.length) {
      seenAt = Arrays.copyOf(seenAt, Math.max(depth + 1, seenAt.length * 2));
    }
    seenAt[depth] = 0;
  }

  /**
   * Moves to the next key of the object entered by {@link #beginObject} whose value is not null, and
   * returns it with the parser on its value and the key on the path (until the next call); returns
   * null after the object's end, having left it. Unknown keys and repeated keys are errors.
   */
  private String nextKey(String what, List<String> keys) {
    int level = depth;
    // Keys seen so far, by their index in keys (every key list has fewer than 63 entries); an
    // unknown key is an error at its first occurrence, so only known keys can repeat.
    long seen = seenAt[level];
    if ((seen & KEY_OPEN) != 0) {
      path.removeLast();
      seen &= ~KEY_OPEN;
    }
    while (true) {
      JsonToken next = p.nextToken();
      if (next == JsonToken.END_OBJECT) {
        depth--;
        return null;
      }
      if (next != JsonToken.PROPERTY_NAME) {
        throw error("the document ends inside " + what + " (truncated input?)");
      }
      String key = p.currentName();
      path.addLast(key);
      int known = keys.indexOf(key);
      if (known >= 0 && (seen & (1L << known)) != 0) {
        throw error("duplicate key \"" + key + "\": each key may appear once in " + what);
      }
      if (known < 0) {
        throw error(unknownKey(key, what, keys));
      }
      seen |= 1L << known;
      JsonToken value = p.nextToken();
      if (value == null) {
        throw error("the document ends before the value of \"" + key + "\" (truncated input?)");
      }
      if (value != JsonToken.VALUE_NULL) {
        seenAt[level] = seen | KEY_OPEN;
        return key;
      }
      checkTag();
      path.removeLast();
    }
  }

  private static String unknownKey(String key, String what, List<String> keys) {
    String suggestion = "";
    int best = 3; // suggest only close spellings
    for (String k : keys) {
      int d = distance(k.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT));
      if (d < best) {
        best = d;
        suggestion = " (did you mean \"" + k + "\"?)";
      }
    }
    return "unknown key \"" + key + "\" in " + what + suggestion + "; the keys are " + String.join(", ", keys);
  }

  /** Levenshtein distance, for suggesting the key a person meant. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private void enter() {
    if (++depth > maxDepth) {
      throw error("nesting deeper than the limit of " + maxDepth + " levels");
    }
  }

  private void checkTag() {
    if (p instanceof YAMLParser) {
      YAMLParser y = (YAMLParser) p;
      if (y.isCurrentAlias()) {
        throw error(
            "YAML aliases (*" + p.getText() + ") are not accepted in plan files: write the value out in full");
      }
      Object tag = y.getTypeId();
      if (tag != null) {
        String s = tag.toString();
        if (!(s.startsWith("tag:yaml.org,2002:") || s.equals("!"))) {
          throw error("YAML type tags (" + s + ") are not accepted in plan files: remove the tag");
        }
      }
    }
  }

  private PlanFormatException missing(String key, String message) {
    return error(message + ": the key \"" + key + "\" is missing");
  }

  private void requireTitle(String title, String what) {
    if (title == null) {
      throw missing("title", what + " needs a title");
    }
  }

  private PlanFormatException error(String message) {
    return new PlanFormatException(source, line(), column(), pointer(), message, null);
  }

  private int line() {
    TokenStreamLocation loc = p.currentTokenLocation();
    return loc == null ? 0 : Math.max(0, loc.getLineNr());
  }

  private int column() {
    TokenStreamLocation loc = p.currentTokenLocation();
    return loc == null ? 0 : Math.max(0, loc.getColumnNr());
  }

  private String pointer() {
    StringBuilder sb = new StringBuilder();
    for (String segment : path) {
      sb.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the document";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "true/false";
      case VALUE_NULL:
        return "null";
      case VALUE_EMBEDDED_OBJECT:
        return "binary data (a !!binary tag): plan values are text; remove the tag";
      default:
        return t.name();
    }
  }

  // ---------------------------------------------------------------- keys, in canonical order

  /** {@code Integer.toString(i)} for the list indexes met in plans, so a path step costs no allocation. */
  private static final String[] INDEX = new String[1024];

  static {
    for (int i = 0; i < INDEX.length; i++) {
      INDEX[i] = Integer.toString(i);
    }
  }

  static final List<String> PLAN_KEYS =
      List.of(
          "schemaVersion",
          "id",
          "title",
          "municipality",
          "adopted",
          "period",
          "nationalPlanVersion",
          "vision",
          "description",
          "governance",
          "notes",
          "policies",
          "previousPlan");
  static final List<String> MUNICIPALITY_KEYS = List.of("code", "name", "prefecture");
  static final List<String> GOVERNANCE_KEYS = List.of("description", "bodies");
  static final List<String> BODY_KEYS = List.of("name", "role", "members");
  static final List<String> POLICY_KEYS =
      List.of("id", "label", "title", "description", "nationalItems", "kpis", "kpiRefs", "notes", "measures");
  static final List<String> MEASURE_KEYS =
      List.of(
          "id",
          "label",
          "title",
          "description",
          "challenges",
          "goal",
          "departments",
          "nationalItems",
          "previousMeasures",
          "kpis",
          "kpiRefs",
          "notes",
          "initiatives");
  static final List<String> INITIATIVE_KEYS =
      List.of(
          "id",
          "label",
          "title",
          "description",
          "approach",
          "departments",
          "nationalItems",
          "relistOf",
          "roadmap",
          "kpis",
          "kpiRefs",
          "notes");
  static final List<String> DEPARTMENT_KEYS = List.of("responsible", "related");
  static final List<String> ROADMAP_KEYS = List.of("label", "kind", "from", "to", "note");
  static final List<String> KPI_KEYS =
      List.of("id", "name", "unit", "direction", "baseline", "target", "actuals", "note");
  static final List<String> MEASUREMENT_KEYS = List.of("value", "fiscalYear", "asWritten");
  static final List<String> TARGET_KEYS = List.of("value", "fiscalYear", "comparator", "asWritten");
  static final List<String> PREVIOUS_PLAN_KEYS = List.of("title", "period", "evaluatedOn", "results");
  static final List<String> RESULT_KEYS =
      List.of("group", "title", "indicator", "target", "actual", "unit", "achieved", "note");
  static final List<String> PERIOD_KEYS = List.of("from", "to");
}
