package io.github.dxplan.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.dxplan.model.DxPlan;
import io.github.dxplan.model.FiscalYear;
import io.github.dxplan.model.FiscalYearRange;
import io.github.dxplan.model.InvalidValueException;
import io.github.dxplan.model.LocalGovernmentCode;
import io.github.dxplan.model.PlanDate;
import io.github.dxplan.model.format.PlanFormatException;
import io.github.dxplan.model.format.PlanReader;
import io.github.dxplan.model.format.PlanWriter;
import java.io.IOException;
import java.util.function.Function;

/**
 * A Jackson 2 module ({@code com.fasterxml.jackson}) that reads and writes dxplan plans, for
 * applications on Jackson 2 such as Spring Boot 3 services; on Jackson 3 use {@code
 * io.github.dxplan.model.format.DxplanModule} instead.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new DxplanJackson2Module());
 * DxPlan plan = mapper.readValue(json, DxPlan.class);
 * String back = mapper.writeValueAsString(plan);   // the canonical key order of PlanWriter
 * }</pre>
 *
 * <p>In Spring Boot 3 declare it as a bean ({@code @Bean Module dxplan() { return new
 * DxplanJackson2Module(); }}); Boot registers every {@code Module} bean on its mapper. The module is
 * also a service for {@code ObjectMapper.findAndRegisterModules()}.
 *
 * <p>The format is not written twice: a plan is written by {@link PlanWriter} and copied token by token
 * into your generator (so your mapper's pretty printing applies, and the keys, their order and the
 * values are the canonical ones), and read by {@link PlanReader} from a compact copy of the tokens your
 * parser gives. A document that is not a readable plan fails as a {@link JsonParseException} whose
 * {@code getOriginalMessage()} is the reader's message ({@code <input>:3:15: cannot read fiscal year
 * "令和0年度": … (at /period/from)}) located in your input, whose location is that line and column and
 * whose cause is the {@link PlanFormatException}; Spring answers such a body with 400 Bad Request.
 *
 * <p>The scalars {@link FiscalYear} (its starting year), {@link FiscalYearRange} (<code>{from,
 * to}</code>), {@link LocalGovernmentCode} and {@link PlanDate} (text) are read and written on their own
 * as in {@code DxplanModule}. This class is immutable and thread-safe.
 */
public final class DxplanJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public DxplanJackson2Module() {
    super("dxplan-jackson2", Version.unknownVersion());
    addDeserializer(DxPlan.class, new PlanDeserializer());
    addSerializer(DxPlan.class, new PlanSerializer());
    addDeserializer(FiscalYear.class, new ScalarDeserializer<>(FiscalYear.class, FiscalYear::parse));
    addSerializer(FiscalYear.class, new JsonSerializer<FiscalYear>() {
      @Override
      public void serialize(FiscalYear value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeNumber(value.value());
      }
    });
    addDeserializer(LocalGovernmentCode.class, new ScalarDeserializer<>(LocalGovernmentCode.class, LocalGovernmentCode::parse));
    addSerializer(LocalGovernmentCode.class, new ToStringSerializer<>(LocalGovernmentCode.class));
    addDeserializer(PlanDate.class, new ScalarDeserializer<>(PlanDate.class, PlanDate::parse));
    addSerializer(PlanDate.class, new ToStringSerializer<>(PlanDate.class));
    addDeserializer(FiscalYearRange.class, new RangeDeserializer());
    addSerializer(FiscalYearRange.class, new JsonSerializer<FiscalYearRange>() {
      @Override
      public void serialize(FiscalYearRange value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeNumberField("from", value.from().value());
        g.writeNumberField("to", value.to().value());
        g.writeEndObject();
      }
    });
  }

  private static final JsonFactory CANONICAL = new JsonFactory();

  private static final class PlanSerializer extends JsonSerializer<DxPlan> {
    @Override
    public void serialize(DxPlan value, JsonGenerator g, SerializerProvider provider) throws IOException {
      try (JsonParser canonical = CANONICAL.createParser(PlanWriter.json().write(value))) {
        canonical.nextToken();
        g.copyCurrentStructure(canonical);
      }
    }
  }

  private static final class PlanDeserializer extends JsonDeserializer<DxPlan> {
    @Override
    public DxPlan deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      TokenCopy copy = new TokenCopy();
      try {
        copy.copyValue(p);
      } catch (JsonProcessingException e) {
        // Malformed or truncated input: worded as the reader words it, at the parser's location.
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        PlanFormatException problem = new PlanFormatException(
            TokenCopy.SOURCE, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), copy.pointer(),
            TokenCopy.describe(e), e);
        throw located(p, problem, at);
      }
      try {
        return PlanReader.json().readString(copy.json(), TokenCopy.SOURCE);
      } catch (PlanFormatException e) {
        PlanFormatException problem = copy.relocate(e);
        JsonLocation at = problem.line() > 0
            ? new JsonLocation(p.currentLocation().contentReference(), -1L, -1L, problem.line(),
                problem.column() > 0 ? problem.column() : -1)
            : p.currentLocation();
        throw located(p, problem, at);
      }
    }
  }

  private static JsonParseException located(JsonParser p, PlanFormatException problem, JsonLocation at) {
    JsonLocation location = at != null ? at : new JsonLocation(ContentReference.unknown(), -1L, -1, -1);
    return new JsonParseException(p, problem.getMessage(), location, problem);
  }

  private static final class ToStringSerializer<T> extends JsonSerializer<T> {
    private final Class<T> type;

    ToStringSerializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeString(value.toString());
    }
  }

  private static final class ScalarDeserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parse;

    ScalarDeserializer(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      try {
        return parse.apply(p.getText());
      } catch (InvalidValueException e) {
        return type.cast(ctxt.reportInputMismatch(type, "%s", e.getMessage()));
      }
    }
  }

  private static final class RangeDeserializer extends JsonDeserializer<FiscalYearRange> {
    @Override
    public FiscalYearRange deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
          return FiscalYearRange.parse(p.getText());
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
          return ctxt.reportInputMismatch(FiscalYearRange.class, "expected {from, to}");
        }
        FiscalYear from = null;
        FiscalYear to = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          FiscalYear year = FiscalYear.parse(p.getText());
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
      } catch (InvalidValueException e) {
        return ctxt.reportInputMismatch(FiscalYearRange.class, "%s", e.getMessage());
      }
    }
  }
}
