package io.github.dxplan.cli.internal;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DataTable;
import io.github.dxplan.model.GlossaryEntry;
import io.github.dxplan.model.ResultGroup;
import io.github.dxplan.model.Departments;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.GovernanceBody;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.NationalClaim;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.PlanPeriod;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.SourceLocation;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of the plan format from the model records, with victools
 * jsonschema-generator and its Jackson and Jakarta Validation modules.
 *
 * <p>The records give the keys and nesting; the scalars that own a text form get hand-written definitions
 * that accept what {@code PlanReader} accepts (a fiscal year as {@code 2024} or {@code "令和6年度"}, a
 * period as {@code {from, to}} or {@code "R5-R7"}, and so on). Unknown keys are forbidden
 * ({@code additionalProperties: false}), as the reader rejects them; {@code null} means absent, as in the
 * reader, except for the required keys. The reader also takes a bare YAML number or boolean where text is
 * expected ({@code label: 1}); the schema asks for text there, which is what the canonical writer writes.
 */
public final class PlanSchema {
  /** The {@code $id} of the schema. */
  public static final String ID = "https://github.com/dxplan/dxplan/schema/plan-2.json";

  private static final Set<String> REQUIRED =
      Set.of(
          key(DxPlan.class, "title"),
          key(BasicPolicy.class, "title"),
          key(Measure.class, "title"),
          key(Initiative.class, "title"),
          key(Kpi.class, "name"),
          key(RoadmapEntry.class, "label"),
          key(GovernanceBody.class, "name"),
          key(DataTable.class, "title"),
          key(GlossaryEntry.class, "term"),
          key(GlossaryEntry.class, "definition"),
          key(ResultGroup.class, "name"));

  static {
    // victools logs through SLF4J; without a provider SLF4J would print warnings on stderr.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  private PlanSchema() {}

  private static String key(Class<?> type, String field) {
    return type.getName() + "#" + field;
  }

  private static boolean required(FieldScope field) {
    return REQUIRED.contains(key(field.getDeclaringType().getErasedType(), field.getName()));
  }

  /**
   * Returns the schema.
   *
   * @return a new JSON tree of the schema
   */
  public static ObjectNode generate() {
    SchemaGeneratorConfigBuilder builder =
        new SchemaGeneratorConfigBuilder(Json.mapper(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule())
            .with(new JakartaValidationModule())
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.NULLABLE_FIELDS_BY_DEFAULT)
            .with(Option.FLATTENED_ENUMS);
    builder.forTypesInGeneral().withCustomDefinitionProvider(PlanSchema::scalar);
    builder.forFields().withRequiredCheck(PlanSchema::required);
    builder.forFields().withNullableCheck(field -> !required(field));
    // The model calls the claims nationalClaims; the format keeps the key of format 1.
    builder
        .forFields()
        .withPropertyNameOverrideResolver(field -> field.getName().equals("nationalClaims") ? "nationalItems" : null);
    ObjectNode generated = new SchemaGenerator(builder.build()).generateSchema(DxPlan.class);
    ObjectNode schema = Json.object();
    schema.set("$schema", generated.remove("$schema"));
    schema.put("$id", ID);
    schema.put("title", "dxplan plan format, schemaVersion " + DxPlan.SCHEMA_VERSION);
    schema.put(
        "description",
        "A municipal DX plan (自治体DX推進計画) as dxplan reads it. Reference: docs/plan-format.md.");
    schema.setAll(generated);
    // Written as anyOf rather than "type": ["integer", "null"] beside "minimum": validators built on
    // Jackson 3.1 (networknt 3.0.0) read a sibling "type" as one string.
    ObjectNode version = Json.object();
    version.put("description", "The format version: 1 or 2 (a version-1 file is a version-2 plan). When absent, " + DxPlan.SCHEMA_VERSION + ".");
    ArrayNode versions = version.putArray("anyOf");
    versions.addObject().put("type", "null");
    versions.addObject().put("type", "integer").put("minimum", 1).put("maximum", DxPlan.SCHEMA_VERSION);
    ((ObjectNode) schema.get("properties")).set("schemaVersion", version);
    previousResult(schema);
    return schema;
  }

  /** A previous result takes {@code actual} (one figure, as in format 1) or {@code actuals}, not both. */
  private static void previousResult(ObjectNode schema) {
    ObjectNode defs = (ObjectNode) schema.get("$defs");
    for (String name : defs.propertyNames()) {
      ObjectNode def = (ObjectNode) defs.get(name);
      JsonNode props = def.get("properties");
      if (props != null && props.has("actuals") && props.has("achieved")) {
        ObjectNode actual = Json.object();
        actual.put("description", "One actual figure, as format 1 writes it; the same as a one-entry actuals.");
        actual.put("$ref", "#/$defs/Measurement");
        ((ObjectNode) props).set("actual", actual);
        def.putObject("not").putArray("required").add("actual").add("actuals");
      }
    }
  }

  private static CustomDefinition scalar(ResolvedType type, SchemaGenerationContext context) {
    Class<?> c = type.getErasedType();
    ObjectNode node;
    if (c == FiscalYear.class) {
      node = fiscalYear();
    } else if (c == FiscalYearRange.class) {
      node = Json.object();
      node.put("description", "A period in fiscal years: {from: 2023, to: 2025}, or text such as \"令和5年度～令和7年度\" or \"R5-R7\".");
      ArrayNode anyOf = node.putArray("anyOf");
      ObjectNode object = anyOf.addObject();
      object.put("type", "object");
      ObjectNode props = object.putObject("properties");
      props.set("from", fiscalYear());
      props.set("to", fiscalYear());
      object.putArray("required").add("from").add("to");
      object.put("additionalProperties", false);
      anyOf.addObject().put("type", "string").put("minLength", 1);
    } else if (c == PlanPeriod.class) {
      node = Json.object();
      node.put("description", "The plan period in fiscal years: {from: 2023, to: 2025}, one end only ({to: 2025}) when the plan states only one, or text such as \"令和5年度～令和7年度\".");
      ArrayNode anyOf = node.putArray("anyOf");
      ObjectNode object = anyOf.addObject();
      object.put("type", "object");
      ObjectNode props = object.putObject("properties");
      props.set("from", fiscalYear());
      props.set("to", fiscalYear());
      object.put("minProperties", 1);
      object.put("additionalProperties", false);
      anyOf.addObject().put("type", "string").put("minLength", 1);
    } else if (c == NationalClaim.class) {
      node = Json.object();
      node.put("description", "A national item the plan claims: its code (\"MYNUMBER_CARD\"), or {code, text, due, scope} with the city's wording, the deadline it quotes and the subset it means.");
      ArrayNode anyOf = node.putArray("anyOf");
      anyOf.addObject().put("type", "string");
      ObjectNode object = anyOf.addObject();
      object.put("type", "object");
      ObjectNode props = object.putObject("properties");
      props.putObject("code").put("type", "string").put("description", "The national item code.");
      props.putObject("text").put("type", "string").put("description", "The city's wording of the item.");
      props.putObject("due").put("type", "string").put("description", "The deadline as the city quotes it (「2025年度」).");
      props.putObject("scope").put("type", "string").put("description", "The subset of the item meant (「特定移行支援システム」).");
      object.putArray("required").add("code");
      object.put("additionalProperties", false);
    } else if (c == SourceLocation.class) {
      node = Json.object();
      node.put("description", "Where it stands in the source document: {page, section, line}, at least one of them.");
      node.put("type", "object");
      ObjectNode props = node.putObject("properties");
      props.putObject("page").put("type", "integer").put("minimum", 1).put("description", "The page, from 1.");
      props.putObject("section").put("type", "string").put("description", "The heading or section as printed.");
      props.putObject("line").put("type", "integer").put("minimum", 1).put("description", "The line on the page, from 1.");
      node.put("minProperties", 1);
      node.put("additionalProperties", false);
    } else if (Map.class.isAssignableFrom(c)) {
      node = Json.object();
      node.put("description", "Tags: named axes, each with a list of values, for groupings the three levels do not show ({主な取組: [書かない窓口]}).");
      node.put("type", "object");
      node.putObject("propertyNames").put("pattern", "\\S");
      node.set("additionalProperties", stringList());
    } else if (c == PlanDate.class) {
      node = Json.object();
      node.put("description", "A date as precise as the plan states it: 2023, \"2023-12\", \"2024-02-15\", \"令和5年12月\", \"R5.12\".");
      node.putArray("type").add("integer").add("string");
    } else if (c == LocalGovernmentCode.class) {
      node = Json.object();
      node.put("description", "全国地方公共団体コード: six digits as text (\"082236\"), or the five-digit JIS form (\"08223\").");
      ArrayNode anyOf = node.putArray("anyOf");
      anyOf.addObject().put("type", "string").put("pattern", "^\\s*[0-9０-９]{5,6}\\s*$");
      anyOf.addObject().put("type", "integer").put("minimum", 0).put("maximum", 999999);
    } else if (c == BigDecimal.class) {
      node = Json.object();
      node.put("description", "An exact decimal: a number (19.0), or text with the figure alone (\"19.0\", \"１，２００\").");
      node.putArray("type").add("number").add("string");
    } else if (c == Departments.class) {
      node = Json.object();
      node.put("description", "所管課 and 関係課: {responsible: [...], related: [...]}; a list or a single text is read as the responsible departments.");
      ArrayNode anyOf = node.putArray("anyOf");
      ObjectNode object = anyOf.addObject();
      object.put("type", "object");
      ObjectNode props = object.putObject("properties");
      props.set("responsible", stringList());
      props.set("related", stringList());
      object.put("additionalProperties", false);
      anyOf.add(stringList());
      anyOf.addObject().put("type", "string");
    } else {
      return null;
    }
    return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.EXCLUDING_ATTRIBUTES);
  }

  private static ObjectNode fiscalYear() {
    ObjectNode node = Json.object();
    node.put("description", "A fiscal year (年度): 2024, or text such as \"令和6年度\", \"R6\", \"FY2024\", \"2024年度\".");
    ArrayNode anyOf = node.putArray("anyOf");
    anyOf.addObject().put("type", "integer").put("minimum", FiscalYear.MIN_VALUE).put("maximum", FiscalYear.MAX_VALUE);
    anyOf.addObject().put("type", "string").put("minLength", 1);
    return node;
  }

  private static ObjectNode stringList() {
    ObjectNode node = Json.object();
    node.put("type", "array");
    node.putObject("items").put("type", "string");
    return node;
  }
}
