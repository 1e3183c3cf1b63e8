package dev.imr.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code Optional} and {@code LocalDate} in the model's JSON form, for a class path that has
 * {@code jackson-databind} without {@code jackson-datatype-jdk8} or {@code
 * jackson-datatype-jsr310}: an empty {@code Optional} is {@code null}, a present one its value; a
 * date its ISO-8601 string. Only for the model's accessors and builders ({@link
 * ModelIntrospector} names them); the user's own types are left to Jackson.
 */
final class JdkTypes {

  private JdkTypes() {}

  static final Object OPTIONAL_SERIALIZER = new OptionalSerializer();
  static final Object OPTIONAL_DESERIALIZER = new OptionalDeserializer(null);
  static final Object DATE_SERIALIZER = new DateSerializer();
  static final Object DATE_DESERIALIZER = new DateDeserializer();

  @SuppressWarnings("rawtypes")
  private static final class OptionalSerializer extends StdSerializer<Optional> {
    OptionalSerializer() {
      super(Optional.class);
    }

    @Override
    public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isPresent() && value.get() instanceof LocalDate date) {
        gen.writeString(date.toString());
      } else if (value.isPresent()) {
        provider.defaultSerializeValue(value.get(), gen);
      } else {
        gen.writeNull();
      }
    }
  }

  private static final class OptionalDeserializer extends StdDeserializer<Optional<?>>
      implements ContextualDeserializer {
    private final @Nullable JavaType content;

    OptionalDeserializer(@Nullable JavaType content) {
      super(Optional.class);
      this.content = content;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt,
        @Nullable BeanProperty property) {
      JavaType type = property != null ? property.getType() : ctxt.getContextualType();
      JavaType contained = type == null ? null : type.containedType(0);
      return new OptionalDeserializer(
          contained != null ? contained : ctxt.constructType(Object.class));
    }

    @Override
    public Optional<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JavaType type = content != null ? content : ctxt.constructType(Object.class);
      if (type.getRawClass() == LocalDate.class) {
        return Optional.of(DateDeserializer.parse(p, ctxt));
      }
      return Optional.ofNullable(ctxt.readValue(p, type));
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext ctxt) {
      return Optional.empty();
    }
  }

  private static final class DateSerializer extends StdSerializer<LocalDate> {
    DateSerializer() {
      super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  private static final class DateDeserializer extends StdDeserializer<LocalDate> {
    DateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return parse(p, ctxt);
    }

    static LocalDate parse(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      if (text == null) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      try {
        return LocalDate.parse(text.strip());
      } catch (java.time.format.DateTimeParseException e) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text,
            "not an ISO-8601 date: %s", e.getMessage());
      }
    }
  }
}
