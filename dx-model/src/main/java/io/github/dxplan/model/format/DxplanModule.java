package io.github.dxplan.model.format;

import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.InvalidValueException;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.format.internal.PlanGenerator;
import io.github.dxplan.model.format.internal.PlanParser;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module that lets your own {@code ObjectMapper} read and write dxplan types in the plan
 * format, the way jackson-datatype-jsr310 does for java.time.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new DxplanModule()).build();
 * DxPlan plan = mapper.readValue(json, DxPlan.class);
 * String back = mapper.writeValueAsString(plan);
 * }</pre>
 *
 * <p>It covers {@link DxPlan} (the whole tree, with the same keys, checks and canonical key order as
 * {@link PlanReader} and {@link PlanWriter}) and the scalars {@link FiscalYear} (written as its starting
 * year), {@link FiscalYearRange} (as <code>{from, to}</code>), {@link LocalGovernmentCode} and
 * {@link PlanDate} (as text). Limits are those of your mapper's stream constraints.
 *
 * <p>A document that is not a readable plan fails as a {@link StreamReadException} (a Jackson exception,
 * so a framework treats it as a bad request) whose {@code getOriginalMessage()} is the message
 * {@link PlanReader} gives, with line, column and JSON Pointer, and whose cause is that
 * {@link PlanFormatException}. {@code PlanReader} itself keeps throwing {@code PlanFormatException}.
 *
 * <p>The module is registered as a service, so {@code JsonMapper.builder().findAndAddModules()} finds
 * it (on the class path and on the module path).
 */
public final class DxplanModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public DxplanModule() {
    super("dxplan", Version.unknownVersion());
    addDeserializer(DxPlan.class, new PlanDeserializer());
    addSerializer(DxPlan.class, new PlanSerializer());
    addDeserializer(FiscalYear.class, new ScalarDeserializer<>(FiscalYear.class, FiscalYear::parse));
    addSerializer(
        FiscalYear.class,
        new ValueSerializer<FiscalYear>() {
          @Override
          public void serialize(FiscalYear value, JsonGenerator g, SerializationContext ctxt) {
            g.writeNumber(value.value());
          }
        });
    addDeserializer(LocalGovernmentCode.class, new ScalarDeserializer<>(LocalGovernmentCode.class, LocalGovernmentCode::parse));
    addSerializer(LocalGovernmentCode.class, new ToStringSerializer<>());
    addDeserializer(PlanDate.class, new ScalarDeserializer<>(PlanDate.class, PlanDate::parse));
    addSerializer(PlanDate.class, new ToStringSerializer<>());
    addDeserializer(FiscalYearRange.class, new RangeDeserializer());
    addSerializer(
        FiscalYearRange.class,
        new ValueSerializer<FiscalYearRange>() {
          @Override
          public void serialize(FiscalYearRange value, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject();
            g.writeNumberProperty("from", value.from().value());
            g.writeNumberProperty("to", value.to().value());
            g.writeEndObject();
          }
        });
  }

  private static String source(JsonParser p) {
    Object raw = p.streamReadInputSource();
    return raw instanceof java.nio.file.Path ? raw.toString() : "<input>";
  }

  private static final class PlanDeserializer extends ValueDeserializer<DxPlan> {
    @Override
    public DxPlan deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return new PlanParser(p, source(p), ReadLimits.DEFAULTS.maxNestingDepth()).readCurrentPlan();
      } catch (PlanFormatException e) {
        throw asJacksonException(p, e);
      }
    }
  }

  /**
   * The reader's problem as the exception a Jackson caller expects: a {@link StreamReadException} whose
   * original message is the located message ({@code <input>:3:15: … (at /period/from)}), whose location
   * is the problem's line and column, and whose cause is the {@link PlanFormatException} itself (for its
   * pointer). Frameworks that answer a client on a Jackson exception, such as Spring's message
   * converters (400 Bad Request), then do so for a bad plan as for any other bad body.
   */
  static StreamReadException asJacksonException(JsonParser p, PlanFormatException e) {
    TokenStreamLocation at = p.currentLocation();
    ContentReference content = at == null ? ContentReference.unknown() : at.contentReference();
    TokenStreamLocation location = e.line() > 0
        ? new TokenStreamLocation(content, -1L, -1L, e.line(), e.column() > 0 ? e.column() : -1)
        : at;
    return new StreamReadException(p, e.getMessage(), location, e);
  }

  private static final class PlanSerializer extends ValueSerializer<DxPlan> {
    @Override
    public void serialize(DxPlan value, JsonGenerator g, SerializationContext ctxt) {
      new PlanGenerator(g).writePlan(value);
    }
  }

  private static final class ToStringSerializer<T> extends ValueSerializer<T> {
    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(value.toString());
    }
  }

  private static final class ScalarDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parse;

    ScalarDeserializer(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
        return ctxt.reportInputMismatch(type, "expected text or a whole number for %s", type.getSimpleName());
      }
      try {
        return parse.apply(p.getText());
      } catch (InvalidValueException e) {
        return ctxt.reportInputMismatch(type, "%s", e.getMessage());
      }
    }
  }

  private static final class RangeDeserializer extends ValueDeserializer<FiscalYearRange> {
    @Override
    public FiscalYearRange deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        try {
          return FiscalYearRange.parse(p.getString());
        } catch (InvalidValueException e) {
          return ctxt.reportInputMismatch(FiscalYearRange.class, "%s", e.getMessage());
        }
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return ctxt.reportInputMismatch(FiscalYearRange.class, "expected {from, to}");
      }
      FiscalYear from = null;
      FiscalYear to = null;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        FiscalYear year;
        try {
          year = FiscalYear.parse(p.getText());
        } catch (InvalidValueException e) {
          return ctxt.reportInputMismatch(FiscalYearRange.class, "%s", e.getMessage());
        }
        if (name.equals("from")) {
          from = year;
        } else if (name.equals("to")) {
          to = year;
        } else {
          return ctxt.reportInputMismatch(FiscalYearRange.class, "unknown key \"%s\": expected from and to", name);
        }
      }
      if (from == null || to == null) {
        return ctxt.reportInputMismatch(FiscalYearRange.class, "a period needs both from and to");
      }
      return new FiscalYearRange(from, to);
    }
  }
}
