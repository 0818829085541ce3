package io.github.dxplan.model.format.internal;

import io.github.dxplan.model.BasicPolicy;
import io.github.dxplan.model.Departments;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.Governance;
import io.github.dxplan.model.GovernanceBody;
import io.github.dxplan.model.Initiative;
import io.github.dxplan.model.Kpi;
import io.github.dxplan.model.Measure;
import io.github.dxplan.model.Measurement;
import io.github.dxplan.model.Municipality;
import io.github.dxplan.model.PreviousPlan;
import io.github.dxplan.model.PreviousResult;
import io.github.dxplan.model.RoadmapEntry;
import io.github.dxplan.model.Target;
import java.math.BigDecimal;
import java.util.List;
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
    g.writeNumberProperty("schemaVersion", plan.schemaVersion());
    string("id", plan.id());
    g.writeStringProperty("title", plan.title());
    if (plan.municipality() != null) {
      writeMunicipality(plan.municipality());
    }
    if (plan.adopted() != null) {
      g.writeStringProperty("adopted", plan.adopted().toString());
    }
    range("period", plan.period());
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
    strings("nationalItems", p.nationalItems());
    objects("kpis", p.kpis(), this::writeKpi);
    strings("kpiRefs", p.kpiRefs());
    strings("notes", p.notes());
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
    strings("nationalItems", m.nationalItems());
    strings("previousMeasures", m.previousMeasures());
    objects("kpis", m.kpis(), this::writeKpi);
    strings("kpiRefs", m.kpiRefs());
    strings("notes", m.notes());
    objects("initiatives", m.initiatives(), this::writeInitiative);
    g.writeEndObject();
  }

  private void writeInitiative(Initiative i) {
    g.writeStartObject();
    string("id", i.id());
    string("label", i.label());
    g.writeStringProperty("title", i.title());
    string("description", i.description());
    if (i.approach() != null) {
      g.writeStringProperty("approach", i.approach().name());
    }
    departments(i.departments());
    strings("nationalItems", i.nationalItems());
    string("relistOf", i.relistOf());
    objects("roadmap", i.roadmap(), this::writeRoadmapEntry);
    objects("kpis", i.kpis(), this::writeKpi);
    strings("kpiRefs", i.kpiRefs());
    strings("notes", i.notes());
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

  private void writeRoadmapEntry(RoadmapEntry r) {
    g.writeStartObject();
    g.writeStringProperty("label", r.label());
    if (r.kind() != null) {
      g.writeStringProperty("kind", r.kind().name());
    }
    year("from", r.from());
    year("to", r.to());
    string("note", r.note());
    g.writeEndObject();
  }

  private void writeKpi(Kpi k) {
    g.writeStartObject();
    string("id", k.id());
    g.writeStringProperty("name", k.name());
    string("unit", k.unit());
    if (k.direction() != null) {
      g.writeStringProperty("direction", k.direction().name());
    }
    if (k.baseline() != null) {
      g.writeName("baseline");
      writeMeasurement(k.baseline());
    }
    if (k.target() != null) {
      writeTarget(k.target());
    }
    objects("actuals", k.actuals(), this::writeMeasurement);
    string("note", k.note());
    g.writeEndObject();
  }

  private void writeMeasurement(Measurement m) {
    g.writeStartObject();
    decimal("value", m.value());
    year("fiscalYear", m.fiscalYear());
    string("asWritten", m.asWritten());
    g.writeEndObject();
  }

  private void writeTarget(Target t) {
    g.writeName("target");
    g.writeStartObject();
    decimal("value", t.value());
    year("fiscalYear", t.fiscalYear());
    if (t.comparator() != null) {
      g.writeStringProperty("comparator", t.comparator().name());
    }
    string("asWritten", t.asWritten());
    g.writeEndObject();
  }

  private void writePreviousPlan(PreviousPlan pp) {
    g.writeName("previousPlan");
    g.writeStartObject();
    string("title", pp.title());
    range("period", pp.period());
    if (pp.evaluatedOn() != null) {
      g.writeStringProperty("evaluatedOn", pp.evaluatedOn().toString());
    }
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
          if (r.actual() != null) {
            g.writeName("actual");
            writeMeasurement(r.actual());
          }
          string("unit", r.unit());
          if (r.achieved() != null) {
            g.writeBooleanProperty("achieved", r.achieved());
          }
          string("note", r.note());
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

  private void year(String name, FiscalYear year) {
    if (year != null) {
      g.writeNumberProperty(name, year.value());
    }
  }

  private void decimal(String name, BigDecimal value) {
    if (value != null) {
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
