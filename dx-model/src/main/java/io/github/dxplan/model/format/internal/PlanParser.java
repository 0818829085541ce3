package io.github.dxplan.model.format.internal;

import io.github.dxplan.model.Approach;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.Comparison;
import io.github.dxplan.model.DataTable;
import io.github.dxplan.model.Departments;
import io.github.dxplan.model.Direction;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.GlossaryEntry;
import io.github.dxplan.model.Governance;
import io.github.dxplan.model.GovernanceBody;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.InvalidValueException;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.KpiFigures;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.Measurement;
import io.github.dxplan.model.Municipality;
import io.github.dxplan.model.NationalClaim;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.PlanPeriod;
import io.github.dxplan.model.PlanStatus;
import io.github.dxplan.model.PreviousPlan;
import io.github.dxplan.model.PreviousResult;
import io.github.dxplan.model.ResultGroup;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapExtent;
import io.github.dxplan.model.RoadmapKind;
import io.github.dxplan.model.SourceLocation;
import io.github.dxplan.model.Target;
import io.github.dxplan.model.format.PlanFormatException;
import io.github.dxplan.model.internal.Decimals;
import io.github.dxplan.model.internal.TextException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    this(parser, source, maxDepth, null);
  }

  /**
   * Creates a parser over a YAML document whose text is known, so that the YAML 1.2 core schema's
   * null forms ({@code ~}, {@code Null}, {@code NULL}, an empty value) are read as null when written
   * plain, as the schema says, and as text when quoted.
   *
   * @param parser the token stream
   * @param source the name used in error messages
   * @param maxDepth the deepest nesting accepted
   * @param yamlText the YAML document the parser reads, or {@code null}
   */
  public PlanParser(JsonParser parser, String source, int maxDepth, String yamlText) {
    this.p = parser;
    this.source = source;
    this.maxDepth = maxDepth;
    this.yamlText = yamlText;
  }

  /** The YAML document, to tell a plain {@code ~} from a quoted one; {@code null} for JSON. */
  private final String yamlText;

  /** Offsets of the line starts in {@link #yamlText}, built on first use. */
  private int[] lineStarts;

  /**
   * Whether the current token is a YAML null that Jackson reads as text: a plain (unquoted) {@code
   * ~}, {@code Null}, {@code NULL} or empty scalar (Jackson resolves only {@code null}).
   */
  private boolean isPlainYamlNull() {
    if (yamlText == null || p.currentToken() != JsonToken.VALUE_STRING) {
      return false;
    }
    String text = p.getString();
    if (!(text.isEmpty() || text.equals("~") || text.equals("Null") || text.equals("NULL"))) {
      return false;
    }
    if (((YAMLParser) p).getTypeId() != null) {
      return false; // !!str ~ is text
    }
    TokenStreamLocation loc = p.currentTokenLocation();
    int at = offsetOf(loc.getLineNr(), loc.getColumnNr());
    if (at < 0 || at >= yamlText.length()) {
      return text.isEmpty(); // an empty value at the very end of the document
    }
    char c = yamlText.charAt(at);
    return c != '"' && c != '\'' && c != '|' && c != '>';
  }

  /** The char offset of a 1-based line and column (columns count code points, as snakeyaml does). */
  private int offsetOf(int line, int column) {
    if (lineStarts == null) {
      int[] starts = new int[16];
      int n = 0;
      starts[n++] = 0;
      for (int i = 0; i < yamlText.length(); i++) {
        char c = yamlText.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == yamlText.length() || yamlText.charAt(i + 1) != '\n'))) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = i + 1;
        }
      }
      lineStarts = Arrays.copyOf(starts, n);
    }
    if (line < 1 || line > lineStarts.length || column < 1) {
      return -1;
    }
    int i = lineStarts[line - 1];
    for (int k = 1; k < column && i < yamlText.length(); k++) {
      i += Character.charCount(yamlText.codePointAt(i));
    }
    return i;
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
    int schemaVersion = DxPlan.SCHEMA_VERSION;
    String id = null;
    String title = null;
    String nationalPlanVersion = null;
    String vision = null;
    String description = null;
    PlanStatus status = null;
    Municipality municipality = null;
    PlanDate drafted = null;
    PlanDate adopted = null;
    PlanPeriod period = null;
    Governance governance = null;
    List<BasicPolicy> policies = List.of();
    PreviousPlan previous = null;
    List<String> notes = List.of();
    List<DataTable> tables = List.of();
    List<GlossaryEntry> glossary = List.of();
    beginObject("a plan");
    for (String key; (key = nextKey("a plan", PLAN_KEYS)) != null; ) {
      switch (key) {
        case "schemaVersion":
          schemaVersion = readSchemaVersion();
          break;
        case "id":
          id = string();
          break;
        case "title":
          title = string();
          break;
        case "status":
          status = enumValue(PlanStatus.class);
          break;
        case "municipality":
          municipality = readMunicipality();
          break;
        case "drafted":
          drafted = planDate();
          break;
        case "adopted":
          adopted = planDate();
          break;
        case "period":
          period = planPeriod();
          break;
        case "nationalPlanVersion":
          nationalPlanVersion = string();
          break;
        case "vision":
          vision = string();
          break;
        case "description":
          description = string();
          break;
        case "governance":
          governance = readGovernance();
          break;
        case "notes":
          notes = stringList();
          break;
        case "policies":
          policies = list(this::readPolicy);
          break;
        case "previousPlan":
          previous = readPreviousPlan();
          break;
        case "tables":
          tables = list(this::readTable);
          break;
        case "glossary":
          glossary = list(this::readGlossaryEntry);
          break;
        default:
          throw error(unknownKey(key, "a plan", PLAN_KEYS));
      }
    }
    if (title == null) {
      throw missing("title", "a plan needs a title");
    }
    return new DxPlan(
        schemaVersion,
        id,
        title,
        status,
        municipality,
        drafted,
        adopted,
        period,
        nationalPlanVersion,
        vision,
        description,
        governance,
        notes,
        policies,
        previous,
        tables,
        glossary);
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
    List<NationalClaim> nationalClaims = List.of();
    Map<String, List<String>> tags = Map.of();
    SourceLocation source;
    List<RoadmapEntry> roadmap = List.of();
    List<Kpi> kpis = List.of();
    List<String> kpiRefs = List.of();
    List<String> notes = List.of();
    List<DataTable> tables = List.of();

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
          nationalClaims = list(PlanParser.this::readNationalClaim);
          return true;
        case "tags":
          tags = readTags();
          return true;
        case "source":
          source = readSource();
          return true;
        case "roadmap":
          roadmap = list(PlanParser.this::readRoadmapEntry);
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
        case "tables":
          tables = list(PlanParser.this::readTable);
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
    return new BasicPolicy(
        f.id,
        f.label,
        f.title,
        f.description,
        f.nationalClaims,
        f.tags,
        f.source,
        f.roadmap,
        f.kpis,
        f.kpiRefs,
        f.notes,
        f.tables,
        measures);
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
        f.nationalClaims,
        previous,
        f.tags,
        f.source,
        f.roadmap,
        f.kpis,
        f.kpiRefs,
        f.notes,
        f.tables,
        initiatives);
  }

  private Initiative readInitiative() {
    ElementFields f = new ElementFields();
    Approach approach = null;
    Departments departments = null;
    String relistOf = null;
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
        f.nationalClaims,
        relistOf,
        f.tags,
        f.source,
        f.roadmap,
        f.kpis,
        f.kpiRefs,
        f.notes,
        f.tables);
  }

  private static final String CLAIM = "a national item claim ({code, text, due, scope})";

  /** A national item: a bare code, or an object with the city's wording, deadline and scope. */
  private NationalClaim readNationalClaim() {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return NationalClaim.of(string());
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      checkTag();
      throw error("expected a national item code such as \"MYNUMBER_CARD\" or " + CLAIM + ", found "
          + describe(p.currentToken()) + quoteHint(p.currentToken()));
    }
    String code = null;
    String text = null;
    String due = null;
    String scope = null;
    beginObject(CLAIM);
    for (String key; (key = nextKey(CLAIM, CLAIM_KEYS)) != null; ) {
      switch (key) {
        case "code":
          code = string();
          break;
        case "text":
          text = string();
          break;
        case "due":
          due = string();
          break;
        case "scope":
          scope = string();
          break;
        default:
          throw error(unknownKey(key, CLAIM, CLAIM_KEYS));
      }
    }
    if (code == null) {
      throw missing("code", "a national item claim needs a code");
    }
    return new NationalClaim(code, text, due, scope);
  }

  private static final String TAGS = "tags (an object of named axes, each with a list of values)";

  /** Tags: an object whose keys are the city's axes and whose values are lists of text. */
  private Map<String, List<String>> readTags() {
    beginObject(TAGS);
    LinkedHashMap<String, List<String>> tags = new LinkedHashMap<>();
    while (true) {
      JsonToken next = p.nextToken();
      if (next == JsonToken.END_OBJECT) {
        depth--;
        break;
      }
      if (next != JsonToken.PROPERTY_NAME) {
        throw error("the document ends inside " + TAGS + " (truncated input?)");
      }
      String axis = p.currentName();
      path.addLast(axis);
      if (tags.containsKey(axis)) {
        throw error("duplicate axis \"" + axis + "\": each axis may appear once in tags");
      }
      if (blankAxis(axis)) {
        throw error("a tag axis needs a name");
      }
      JsonToken value = p.nextToken();
      if (value == null) {
        throw error("the document ends before the values of \"" + axis + "\" (truncated input?)");
      }
      if (value == JsonToken.VALUE_NULL) {
        throw error("the axis \"" + axis + "\" needs a list of values, found null");
      }
      tags.put(axis, stringList());
      path.removeLast();
    }
    return tags;
  }

  /** Whether a tag axis has no character but spaces, tabs, line breaks and 全角 spaces (as the schema says). */
  private static boolean blankAxis(String axis) {
    for (int i = 0; i < axis.length(); i++) {
      char c = axis.charAt(i);
      if (!(c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u3000')) {
        return false;
      }
    }
    return true;
  }

  private static final String SOURCE = "a source location ({page, section, line})";

  private SourceLocation readSource() {
    Integer page = null;
    String section = null;
    Integer line = null;
    beginObject(SOURCE);
    for (String key; (key = nextKey(SOURCE, SOURCE_KEYS)) != null; ) {
      switch (key) {
        case "page":
          page = positiveInt("a page number");
          break;
        case "section":
          section = string();
          break;
        case "line":
          line = positiveInt("a line number");
          break;
        default:
          throw error(unknownKey(key, SOURCE, SOURCE_KEYS));
      }
    }
    if (page == null && section == null && line == null) {
      throw error("a source location needs a page, a section or a line");
    }
    return new SourceLocation(page, section, line);
  }

  private static final String TABLE = "a table ({id, title, unit, columns, rows, note, source})";

  private DataTable readTable() {
    String id = null;
    String title = null;
    String unit = null;
    String note = null;
    SourceLocation source = null;
    List<String> columns = List.of();
    List<List<String>> rows = List.of();
    beginObject(TABLE);
    for (String key; (key = nextKey(TABLE, TABLE_KEYS)) != null; ) {
      switch (key) {
        case "id":
          id = string();
          break;
        case "title":
          title = string();
          break;
        case "unit":
          unit = string();
          break;
        case "source":
          source = readSource();
          break;
        case "columns":
          columns = stringList();
          break;
        case "rows":
          rows = list(this::stringList);
          break;
        case "note":
          note = string();
          break;
        default:
          throw error(unknownKey(key, TABLE, TABLE_KEYS));
      }
    }
    requireTitle(title, "a table");
    return new DataTable(id, title, unit, source, columns, rows, note);
  }

  private static final String GLOSSARY = "a glossary entry ({term, definition})";

  private GlossaryEntry readGlossaryEntry() {
    String term = null;
    String definition = null;
    beginObject(GLOSSARY);
    for (String key; (key = nextKey(GLOSSARY, GLOSSARY_KEYS)) != null; ) {
      switch (key) {
        case "term":
          term = string();
          break;
        case "definition":
          definition = string();
          break;
        default:
          throw error(unknownKey(key, GLOSSARY, GLOSSARY_KEYS));
      }
    }
    if (term == null) {
      throw missing("term", "a glossary entry needs a term");
    }
    if (definition == null) {
      throw missing("definition", "a glossary entry needs a definition");
    }
    return new GlossaryEntry(term, definition);
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
    RoadmapExtent extent = null;
    FiscalYear from = null;
    FiscalYear to = null;
    SourceLocation source = null;
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
        case "extent":
          extent = enumValue(RoadmapExtent.class);
          break;
        case "note":
          note = string();
          break;
        case "source":
          source = readSource();
          break;
        default:
          throw error(unknownKey(key, "a roadmap entry", ROADMAP_KEYS));
      }
    }
    if (label == null) {
      throw missing("label", "a roadmap entry needs a label (the city's words)");
    }
    return new RoadmapEntry(label, kind, from, to, extent, note, source);
  }

  private Kpi readKpi() {
    String id = null;
    String name = null;
    String qualifier = null;
    String unit = null;
    String note = null;
    Direction direction = null;
    KpiFigures figures = null;
    Measurement baseline = null;
    Target target = null;
    List<Measurement> actuals = List.of();
    List<String> measures = List.of();
    List<Kpi> parts = List.of();
    Map<String, List<String>> tags = Map.of();
    SourceLocation source = null;
    beginObject("a KPI");
    for (String key; (key = nextKey("a KPI", KPI_KEYS)) != null; ) {
      switch (key) {
        case "id":
          id = string();
          break;
        case "name":
          name = string();
          break;
        case "qualifier":
          qualifier = string();
          break;
        case "unit":
          unit = string();
          break;
        case "direction":
          direction = enumValue(Direction.class);
          break;
        case "figures":
          figures = enumValue(KpiFigures.class);
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
        case "measures":
          measures = stringList();
          break;
        case "parts":
          parts = list(this::readKpi);
          break;
        case "note":
          note = string();
          break;
        case "tags":
          tags = readTags();
          break;
        case "source":
          source = readSource();
          break;
        default:
          throw error(unknownKey(key, "a KPI", KPI_KEYS));
      }
    }
    if (name == null) {
      throw missing("name", "a KPI needs a name");
    }
    return new Kpi(
        id, name, qualifier, unit, direction, figures, baseline, target, actuals, measures, parts, note, tags, source);
  }

  private Measurement readActual() {
    return readMeasurement("an actual");
  }

  private Measurement readMeasurement(String what) {
    Figure f = readFigure(what + " ({value, fiscalYear, comparator, asWritten})");
    return new Measurement(f.value, f.year, f.comparator, f.asWritten);
  }

  private Target readTarget() {
    Figure f = readFigure("a target ({value, fiscalYear, comparator, asWritten})");
    return new Target(f.value, f.year, f.comparator, f.asWritten);
  }

  /** The fields of a baseline, actual or target. */
  private static final class Figure {
    BigDecimal value;
    FiscalYear year;
    Comparison comparator;
    String asWritten;
  }

  private Figure readFigure(String what) {
    Figure f = new Figure();
    beginObject(what);
    for (String key; (key = nextKey(what, FIGURE_KEYS)) != null; ) {
      switch (key) {
        case "value":
          f.value = decimal();
          break;
        case "fiscalYear":
          f.year = fiscalYear();
          break;
        case "comparator":
          f.comparator = enumValue(Comparison.class);
          break;
        case "asWritten":
          f.asWritten = string();
          break;
        default:
          throw error(unknownKey(key, what, FIGURE_KEYS));
      }
    }
    return f;
  }

  private PreviousPlan readPreviousPlan() {
    String title = null;
    FiscalYearRange period = null;
    PlanDate evaluatedOn = null;
    List<ResultGroup> groups = List.of();
    List<PreviousResult> results = List.of();
    beginObject("a previous plan");
    for (String key; (key = nextKey("a previous plan", PREVIOUS_PLAN_KEYS)) != null; ) {
      switch (key) {
        case "title":
          title = string();
          break;
        case "period":
          period = range();
          break;
        case "evaluatedOn":
          evaluatedOn = planDate();
          break;
        case "groups":
          groups = list(this::readResultGroup);
          break;
        case "results":
          results = list(this::readPreviousResult);
          break;
        default:
          throw error(unknownKey(key, "a previous plan", PREVIOUS_PLAN_KEYS));
      }
    }
    return new PreviousPlan(title, period, evaluatedOn, groups, results);
  }

  private static final String GROUP = "a result group ({name, assessment, challenges, outlook, notes})";

  private ResultGroup readResultGroup() {
    String name = null;
    String assessment = null;
    List<String> challenges = List.of();
    List<String> outlook = List.of();
    List<String> notes = List.of();
    beginObject(GROUP);
    for (String key; (key = nextKey(GROUP, GROUP_KEYS)) != null; ) {
      switch (key) {
        case "name":
          name = string();
          break;
        case "assessment":
          assessment = string();
          break;
        case "challenges":
          challenges = stringList();
          break;
        case "outlook":
          outlook = stringList();
          break;
        case "notes":
          notes = stringList();
          break;
        default:
          throw error(unknownKey(key, GROUP, GROUP_KEYS));
      }
    }
    if (name == null) {
      throw missing("name", "a result group needs the name its results give as their group");
    }
    return new ResultGroup(name, assessment, challenges, outlook, notes);
  }

  private PreviousResult readPreviousResult() {
    String group = null;
    String title = null;
    String indicator = null;
    String unit = null;
    String assessment = null;
    String note = null;
    Measurement target = null;
    List<Measurement> actuals = null;
    Boolean achieved = null;
    SourceLocation source = null;
    String actualKey = null;
    beginObject("a previous-plan result");
    for (String key; (key = nextKey("a previous-plan result", RESULT_KEYS)) != null; ) {
      switch (key) {
        case "group":
          group = string();
          break;
        case "title":
          title = string();
          break;
        case "indicator":
          indicator = string();
          break;
        case "target":
          target = readMeasurement("a target");
          break;
        case "actual":
        case "actuals":
          if (actualKey != null) {
            throw error("write either \"actual\" (one figure) or \"actuals\" (a series), not both");
          }
          actualKey = key;
          actuals = key.equals("actual") ? List.of(readMeasurement("an actual")) : list(this::readActual);
          break;
        case "unit":
          unit = string();
          break;
        case "achieved":
          achieved = bool();
          break;
        case "assessment":
          assessment = string();
          break;
        case "note":
          note = string();
          break;
        case "source":
          source = readSource();
          break;
        default:
          throw error(unknownKey(key, "a previous-plan result", RESULT_KEYS));
      }
    }
    return new PreviousResult(group, title, indicator, target, actuals, unit, achieved, assessment, note, source);
  }

  private FiscalYearRange range() {
    checkTag();
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getString();
      return value(() -> FiscalYearRange.parse(text));
    }
    FiscalYear[] years = readPeriodEnds();
    if (years[0] == null) {
      throw missing("from", "the previous plan's period needs both from and to");
    }
    if (years[1] == null) {
      throw missing("to", "the previous plan's period needs both from and to");
    }
    return new FiscalYearRange(years[0], years[1]);
  }

  /** The plan's period: a range as text, or {from, to} with at least one end. */
  private PlanPeriod planPeriod() {
    checkTag();
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getString();
      return PlanPeriod.of(value(() -> FiscalYearRange.parse(text)));
    }
    FiscalYear[] years = readPeriodEnds();
    if (years[0] == null && years[1] == null) {
      throw error("a period needs at least one end: write from, to or both");
    }
    return new PlanPeriod(years[0], years[1]);
  }

  private FiscalYear[] readPeriodEnds() {
    FiscalYear[] years = new FiscalYear[2];
    String what = "a period ({from, to} in fiscal years)";
    beginObject(what);
    for (String key; (key = nextKey(what, PERIOD_KEYS)) != null; ) {
      switch (key) {
        case "from":
          years[0] = fiscalYear();
          break;
        case "to":
          years[1] = fiscalYear();
          break;
        default:
          throw error(unknownKey(key, what, PERIOD_KEYS));
      }
    }
    return years;
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
    if (t == JsonToken.VALUE_STRING) {
      String text = p.getString();
      return value(() -> LocalGovernmentCode.parse(text));
    }
    // A number is refused: JSON and many YAML tools drop the leading zero of 082236.
    throw error("expected a local government code as text such as \"082236\", found " + describe(t) + quoteHint(t));
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
    throw error("expected text, found " + describe(t) + quoteHint(t));
  }

  /**
   * For a number or true/false where text is expected: how to write it as text. Turning it into text
   * silently would lose how it was written (YAML reads {@code 1.10} as the number 1.1).
   */
  private String quoteHint(JsonToken t) {
    if (t == JsonToken.VALUE_NUMBER_INT
        || t == JsonToken.VALUE_NUMBER_FLOAT
        || t == JsonToken.VALUE_TRUE
        || t == JsonToken.VALUE_FALSE) {
      String text = p.getText();
      return " (" + text + "): quote it, \"" + text + "\", to keep it as text exactly as written";
    }
    return "";
  }

  private Integer positiveInt(String what) {
    JsonToken t = p.currentToken();
    checkTag();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw error("expected " + what + " (a whole number from 1), found " + describe(t));
    }
    String text = p.getText();
    int v;
    try {
      v = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw error("expected " + what + " (a whole number from 1), found " + text);
    }
    if (v < 1) {
      throw error("expected " + what + " (a whole number from 1), found " + text);
    }
    return v;
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
      if (next == JsonToken.VALUE_NULL || isPlainYamlNull()) {
        throw error("a list element must not be null (a bare \"-\" or ~ is null): remove it, or write \"\" for empty text");
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
      if (value != JsonToken.VALUE_NULL && !isPlainYamlNull()) {
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

  /** The YAML 1.2 tags a plan may carry (!!binary is refused where text is read, with its own message). */
  private static final java.util.Set<String> STANDARD_TAGS =
      java.util.Set.of(
          "tag:yaml.org,2002:str",
          "tag:yaml.org,2002:int",
          "tag:yaml.org,2002:float",
          "tag:yaml.org,2002:bool",
          "tag:yaml.org,2002:null",
          "tag:yaml.org,2002:seq",
          "tag:yaml.org,2002:map",
          "tag:yaml.org,2002:binary");

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
        // Only YAML's own scalar and collection tags: !!java.lang.ProcessBuilder and
        // !!python/object:… are in the tag:yaml.org,2002: namespace too, yet are no type of a plan.
        if (!(STANDARD_TAGS.contains(s) || s.equals("!"))) {
          throw error("YAML type tags (" + s + ") are not accepted in plan files: remove the tag");
        }
        if (s.equals("tag:yaml.org,2002:null") && p.currentToken() == JsonToken.VALUE_NULL) {
          String text = p.getText();
          if (text != null && !text.isEmpty() && !text.equals("null") && !text.equals("~")
              && !text.equals("Null") && !text.equals("NULL")) {
            throw error("a !!null tag on the text \"" + text + "\" would drop it: remove the tag to keep the text");
          }
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
          "status",
          "municipality",
          "drafted",
          "adopted",
          "period",
          "nationalPlanVersion",
          "vision",
          "description",
          "governance",
          "notes",
          "policies",
          "previousPlan",
          "tables",
          "glossary");
  static final List<String> MUNICIPALITY_KEYS = List.of("code", "name", "prefecture");
  static final List<String> GOVERNANCE_KEYS = List.of("description", "bodies");
  static final List<String> BODY_KEYS = List.of("name", "role", "members");
  static final List<String> POLICY_KEYS =
      List.of(
          "id",
          "label",
          "title",
          "description",
          "nationalItems",
          "tags",
          "source",
          "roadmap",
          "kpis",
          "kpiRefs",
          "notes",
          "tables",
          "measures");
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
          "tags",
          "source",
          "roadmap",
          "kpis",
          "kpiRefs",
          "notes",
          "tables",
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
          "tags",
          "source",
          "roadmap",
          "kpis",
          "kpiRefs",
          "notes",
          "tables");
  static final List<String> DEPARTMENT_KEYS = List.of("responsible", "related");
  static final List<String> CLAIM_KEYS = List.of("code", "text", "due", "scope");
  static final List<String> SOURCE_KEYS = List.of("page", "section", "line");
  static final List<String> ROADMAP_KEYS = List.of("label", "kind", "from", "to", "extent", "note", "source");
  static final List<String> KPI_KEYS =
      List.of(
          "id",
          "name",
          "qualifier",
          "unit",
          "direction",
          "figures",
          "baseline",
          "target",
          "actuals",
          "measures",
          "parts",
          "note",
          "tags",
          "source");
  static final List<String> FIGURE_KEYS = List.of("value", "fiscalYear", "comparator", "asWritten");
  static final List<String> PREVIOUS_PLAN_KEYS = List.of("title", "period", "evaluatedOn", "groups", "results");
  static final List<String> GROUP_KEYS = List.of("name", "assessment", "challenges", "outlook", "notes");
  static final List<String> RESULT_KEYS =
      List.of(
          "group",
          "title",
          "indicator",
          "target",
          "actual",
          "actuals",
          "unit",
          "achieved",
          "assessment",
          "note",
          "source");
  static final List<String> PERIOD_KEYS = List.of("from", "to");
  static final List<String> TABLE_KEYS = List.of("id", "title", "unit", "source", "columns", "rows", "note");
  static final List<String> GLOSSARY_KEYS = List.of("term", "definition");
}
