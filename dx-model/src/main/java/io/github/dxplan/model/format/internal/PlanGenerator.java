package io.github.dxplan.model.format.internal;

import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.DataTable;
import io.github.dxplan.model.Departments;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.GlossaryEntry;
import io.github.dxplan.model.Governance;
import io.github.dxplan.model.GovernanceBody;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.KpiFigures;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.Measurement;
import io.github.dxplan.model.Municipality;
import io.github.dxplan.model.NationalClaim;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.PreviousPlan;
import io.github.dxplan.model.PreviousResult;
import io.github.dxplan.model.ResultGroup;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.RoadmapExtent;
import io.github.dxplan.model.SourceLocation;
import io.github.dxplan.model.Target;
import io.github.dxplan.model.InvalidValueException;
import io.github.dxplan.model.internal.Decimals;
import io.github.dxplan.model.internal.SafeText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the plan tree in canonical form: keys in a fixed order (the order of the key lists in
 * {@link PlanParser}), absent values and empty lists left out, fiscal years as their starting Western
 * year, decimals exactly as held.
 */
public final class PlanGenerator {
  private final JsonGenerator g;

  /**
   * Creates a generator writing to {@code generator}.
   *
   * @param generator the Jackson generator
   */
  public PlanGenerator(JsonGenerator generator) {
    this.g = generator;
  }

  /**
   * Writes one plan as an object.
   *
   * @param plan the plan
   */
  public void writePlan(DxPlan plan) {
    g.writeStartObject();
    g.writeNumberProperty("schemaVersion", DxPlan.SCHEMA_VERSION);
    string("id", plan.id());
    g.writeStringProperty("title", plan.title());
    enumValue("status", plan.status());
    if (plan.municipality() != null) {
      writeMunicipality(plan.municipality());
    }
    date("drafted", plan.drafted());
    date("adopted", plan.adopted());
    if (plan.period() != null) {
      g.writeName("period");
      g.writeStartObject();
      year("from", plan.period().from());
      year("to", plan.period().to());
      g.writeEndObject();
    }
    string("nationalPlanVersion", plan.nationalPlanVersion());
    string("vision", plan.vision());
    string("description", plan.description());
    if (plan.governance() != null) {
      writeGovernance(plan.governance());
    }
    strings("notes", plan.notes());
    g.writeName("policies");
    g.writeStartArray();
    for (BasicPolicy policy : plan.policies()) {
      writePolicy(policy);
    }
    g.writeEndArray();
    if (plan.previousPlan() != null) {
      writePreviousPlan(plan.previousPlan());
    }
    objects("tables", plan.tables(), this::writeTable);
    objects(
        "glossary",
        plan.glossary(),
        (GlossaryEntry e) -> {
          g.writeStartObject();
          g.writeStringProperty("term", e.term());
          g.writeStringProperty("definition", e.definition());
          g.writeEndObject();
        });
    g.writeEndObject();
  }

  private void writeMunicipality(Municipality m) {
    g.writeName("municipality");
    g.writeStartObject();
    if (m.code() != null) {
      g.writeStringProperty("code", m.code().toString());
    }
    string("name", m.name());
    string("prefecture", m.prefecture());
    g.writeEndObject();
  }

  private void writeGovernance(Governance gov) {
    g.writeName("governance");
    g.writeStartObject();
    string("description", gov.description());
    objects(
        "bodies",
        gov.bodies(),
        (GovernanceBody b) -> {
          g.writeStartObject();
          g.writeStringProperty("name", b.name());
          string("role", b.role());
          strings("members", b.members());
          g.writeEndObject();
        });
    g.writeEndObject();
  }

  private void writePolicy(BasicPolicy p) {
    g.writeStartObject();
    string("id", p.id());
    string("label", p.label());
    g.writeStringProperty("title", p.title());
    string("description", p.description());
    claims(p.nationalClaims());
    tags(p.tags());
    source(p.source());
    objects("roadmap", p.roadmap(), this::writeRoadmapEntry);
    objects("kpis", p.kpis(), this::writeKpi);
    strings("kpiRefs", p.kpiRefs());
    strings("notes", p.notes());
    objects("tables", p.tables(), this::writeTable);
    objects("measures", p.measures(), this::writeMeasure);
    g.writeEndObject();
  }

  private void writeMeasure(Measure m) {
    g.writeStartObject();
    string("id", m.id());
    string("label", m.label());
    g.writeStringProperty("title", m.title());
    string("description", m.description());
    strings("challenges", m.challenges());
    string("goal", m.goal());
    departments(m.departments());
    claims(m.nationalClaims());
    strings("previousMeasures", m.previousMeasures());
    tags(m.tags());
    source(m.source());
    objects("roadmap", m.roadmap(), this::writeRoadmapEntry);
    objects("kpis", m.kpis(), this::writeKpi);
    strings("kpiRefs", m.kpiRefs());
    strings("notes", m.notes());
    objects("tables", m.tables(), this::writeTable);
    objects("initiatives", m.initiatives(), this::writeInitiative);
    g.writeEndObject();
  }

  private void writeInitiative(Initiative i) {
    g.writeStartObject();
    string("id", i.id());
    string("label", i.label());
    g.writeStringProperty("title", i.title());
    string("description", i.description());
    enumValue("approach", i.approach());
    departments(i.departments());
    claims(i.nationalClaims());
    string("relistOf", i.relistOf());
    tags(i.tags());
    source(i.source());
    objects("roadmap", i.roadmap(), this::writeRoadmapEntry);
    objects("kpis", i.kpis(), this::writeKpi);
    strings("kpiRefs", i.kpiRefs());
    strings("notes", i.notes());
    objects("tables", i.tables(), this::writeTable);
    g.writeEndObject();
  }

  private void departments(Departments d) {
    if (d == null || d.isEmpty()) {
      return;
    }
    g.writeName("departments");
    g.writeStartObject();
    strings("responsible", d.responsible());
    strings("related", d.related());
    g.writeEndObject();
  }

  /** National items: a bare code where the claim is only a code, otherwise an object. */
  private void claims(List<NationalClaim> claims) {
    if (claims.isEmpty()) {
      return;
    }
    g.writeName("nationalItems");
    g.writeStartArray();
    for (NationalClaim c : claims) {
      if (c.isBare()) {
        g.writeString(c.code());
      } else {
        g.writeStartObject();
        g.writeStringProperty("code", c.code());
        string("text", c.text());
        string("due", c.due());
        string("scope", c.scope());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  /** Tags in the order held (the order they were read or built in). */
  private void tags(Map<String, List<String>> tags) {
    if (tags.isEmpty()) {
      return;
    }
    g.writeName("tags");
    g.writeStartObject();
    for (Map.Entry<String, List<String>> e : tags.entrySet()) {
      g.writeName(e.getKey());
      g.writeStartArray();
      for (String v : e.getValue()) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void source(SourceLocation s) {
    if (s == null) {
      return;
    }
    g.writeName("source");
    g.writeStartObject();
    if (s.page() != null) {
      g.writeNumberProperty("page", s.page());
    }
    string("section", s.section());
    if (s.line() != null) {
      g.writeNumberProperty("line", s.line());
    }
    g.writeEndObject();
  }

  private void writeTable(DataTable t) {
    g.writeStartObject();
    string("id", t.id());
    g.writeStringProperty("title", t.title());
    string("unit", t.unit());
    source(t.source());
    strings("columns", t.columns());
    if (!t.rows().isEmpty()) {
      g.writeName("rows");
      g.writeStartArray();
      for (List<String> row : t.rows()) {
        g.writeStartArray();
        for (String cell : row) {
          g.writeString(cell);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
    }
    string("note", t.note());
    g.writeEndObject();
  }

  private void writeRoadmapEntry(RoadmapEntry r) {
    g.writeStartObject();
    g.writeStringProperty("label", r.label());
    enumValue("kind", r.kind());
    year("from", r.from());
    year("to", r.to());
    if (r.extent() != RoadmapExtent.STATED) {
      g.writeStringProperty("extent", r.extent().name());
    }
    string("note", r.note());
    source(r.source());
    g.writeEndObject();
  }

  private void writeKpi(Kpi k) {
    g.writeStartObject();
    string("id", k.id());
    g.writeStringProperty("name", k.name());
    string("qualifier", k.qualifier());
    string("unit", k.unit());
    enumValue("direction", k.direction());
    if (k.figures() != KpiFigures.STATED) {
      g.writeStringProperty("figures", k.figures().name());
    }
    if (k.baseline() != null) {
      g.writeName("baseline");
      writeMeasurement(k.baseline());
    }
    if (k.target() != null) {
      g.writeName("target");
      g.writeStartObject();
      Target t = k.target();
      decimal("value", t.value());
      year("fiscalYear", t.fiscalYear());
      enumValue("comparator", t.comparator());
      string("asWritten", t.asWritten());
      g.writeEndObject();
    }
    objects("actuals", k.actuals(), this::writeMeasurement);
    strings("measures", k.measures());
    objects("parts", k.parts(), this::writeKpi);
    string("note", k.note());
    tags(k.tags());
    source(k.source());
    g.writeEndObject();
  }

  private void writeMeasurement(Measurement m) {
    g.writeStartObject();
    decimal("value", m.value());
    year("fiscalYear", m.fiscalYear());
    enumValue("comparator", m.comparator());
    string("asWritten", m.asWritten());
    g.writeEndObject();
  }

  private void writePreviousPlan(PreviousPlan pp) {
    g.writeName("previousPlan");
    g.writeStartObject();
    string("title", pp.title());
    range("period", pp.period());
    date("evaluatedOn", pp.evaluatedOn());
    objects(
        "groups",
        pp.groups(),
        (ResultGroup rg) -> {
          g.writeStartObject();
          g.writeStringProperty("name", rg.name());
          string("assessment", rg.assessment());
          strings("challenges", rg.challenges());
          strings("outlook", rg.outlook());
          strings("notes", rg.notes());
          g.writeEndObject();
        });
    objects(
        "results",
        pp.results(),
        (PreviousResult r) -> {
          g.writeStartObject();
          string("group", r.group());
          string("title", r.title());
          string("indicator", r.indicator());
          if (r.target() != null) {
            g.writeName("target");
            writeMeasurement(r.target());
          }
          objects("actuals", r.actuals(), this::writeMeasurement);
          string("unit", r.unit());
          if (r.achieved() != null) {
            g.writeBooleanProperty("achieved", r.achieved());
          }
          string("assessment", r.assessment());
          string("note", r.note());
          source(r.source());
          g.writeEndObject();
        });
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- helpers

  private void range(String name, FiscalYearRange range) {
    if (range == null) {
      return;
    }
    g.writeName(name);
    g.writeStartObject();
    year("from", range.from());
    year("to", range.to());
    g.writeEndObject();
  }

  private void date(String name, PlanDate date) {
    if (date != null) {
      g.writeStringProperty(name, date.toString());
    }
  }

  private void enumValue(String name, Enum<?> value) {
    if (value != null) {
      g.writeStringProperty(name, value.name());
    }
  }

  private void year(String name, FiscalYear year) {
    if (year != null) {
      g.writeNumberProperty(name, year.value());
    }
  }

  private void decimal(String name, BigDecimal value) {
    if (value != null) {
      if (!Decimals.isBounded(value)) {
        // 1E+2147483648 or a 101-digit figure would be written, and the reader would refuse it.
        throw new InvalidValueException(
            value.toString(),
            "cannot write the figure " + SafeText.shown(value.toString()) + " of " + name + ": a plan file holds"
                + " figures of at most " + Decimals.MAX_DIGITS + " digits before and after the decimal point, "
                + Decimals.MAX_PRECISION + " in all");
      }
      g.writeName(name);
      g.writeNumber(value);
    }
  }

  private void string(String name, String value) {
    if (value != null) {
      g.writeStringProperty(name, value);
    }
  }

  private void strings(String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private <T> void objects(String name, List<T> values, Consumer<T> writer) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (T v : values) {
      writer.accept(v);
    }
    g.writeEndArray();
  }
}
