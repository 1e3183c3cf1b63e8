package dev.imr.model.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tells Jackson how the model's types map to JSON, from the types themselves rather than from
 * annotations, so that the model needs no Jackson and a new attribute needs no change here.
 *
 * <p>A value type is an interface (or an abstract class, {@code GuidelineCitation}) of {@code
 * dev.imr.model} with a nested {@code Builder}: it is written through its accessors (and the
 * Immutables class that implements or extends it) and read through its builder. A record of the package ({@code SourceSpan}, {@code PageRange}) is written as its
 * components only. Every other class is left to Jackson's own introspector.
 */
final class ModelIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  private static final JsonPOJOBuilder.Value BUILDER_CONFIG = new JsonPOJOBuilder.Value("build", "");

  private static final JsonInclude.Value ALWAYS =
      JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);

  private static final JsonFormat.Value AS_STRING = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);

  /** Whether the model's {@code Optional}s and dates are written and read here ({@link JdkTypes}). */
  private final boolean ownOptional;
  private final boolean ownDate;

  /**
   * An introspector; {@code ownOptional} and {@code ownDate} when Jackson's JDK 8 or Java time
   * module is absent, so that the model's accessors of those types are handled here.
   */
  ModelIntrospector(boolean ownOptional, boolean ownDate) {
    this.ownOptional = ownOptional;
    this.ownDate = ownDate;
  }

  @Override
  public @Nullable Object findSerializer(Annotated a) {
    if (a instanceof AnnotatedMethod method && method.getParameterCount() == 0
        && findNameForSerialization(a) != null) {
      return jdkType(method.getRawReturnType(), JdkTypes.OPTIONAL_SERIALIZER,
          JdkTypes.DATE_SERIALIZER);
    }
    return null;
  }

  @Override
  public @Nullable Object findDeserializer(Annotated a) {
    if (a instanceof AnnotatedMethod method && method.getParameterCount() == 1
        && findNameForDeserialization(a) != null) {
      return jdkType(method.getRawParameterType(0), JdkTypes.OPTIONAL_DESERIALIZER,
          JdkTypes.DATE_DESERIALIZER);
    }
    return null;
  }

  private @Nullable Object jdkType(Class<?> raw, Object forOptional, Object forDate) {
    if (raw == Optional.class && ownOptional) {
      return forOptional;
    }
    if (raw == LocalDate.class && ownDate) {
      return forDate;
    }
    return null;
  }

  @Override
  public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass ac, VisibilityChecker<?> checker) {
    // Only what this introspector names is a property: not Immutables' with*/from/copyOf methods.
    if (ModelType.valueTypeOf(ac.getRawType()).isPresent()
        || ModelType.builtBy(ac.getRawType()).isPresent()) {
      return checker.with(JsonAutoDetect.Visibility.NONE);
    }
    return checker;
  }

  @Override
  public @Nullable PropertyName findNameForSerialization(Annotated a) {
    if (a instanceof AnnotatedMethod method && method.getParameterCount() == 0) {
      Optional<ModelType> type = ModelType.valueTypeOf(method.getDeclaringClass());
      if (type.isPresent() && type.get().accessors().containsKey(method.getName())) {
        return PropertyName.construct(method.getName());
      }
    }
    return null;
  }

  @Override
  public @Nullable PropertyName findNameForDeserialization(Annotated a) {
    if (a instanceof AnnotatedMethod method && method.getParameterCount() == 1) {
      Optional<ModelType> type = ModelType.builtBy(method.getDeclaringClass());
      if (type.isPresent()) {
        return type.get().propertySetBy(method.getAnnotated()).map(PropertyName::construct).orElse(null);
      }
    }
    return null;
  }

  @Override
  public boolean hasIgnoreMarker(AnnotatedMember m) {
    // A record is its components: PageRange.isSinglePage() is not a property.
    Class<?> owner = m.getDeclaringClass();
    if (m instanceof AnnotatedMethod && ModelType.isModelRecord(owner)) {
      return Arrays.stream(owner.getRecordComponents())
          .noneMatch(component -> component.getName().equals(m.getName()));
    }
    return false;
  }

  @Override
  public @Nullable Class<?> findPOJOBuilder(AnnotatedClass ac) {
    return ModelType.valueTypeOf(ac.getRawType()).map(ModelType::builder).orElse(null);
  }

  @Override
  public JsonPOJOBuilder.@Nullable Value findPOJOBuilderConfig(AnnotatedClass ac) {
    return ModelType.builtBy(ac.getRawType()).isPresent() ? BUILDER_CONFIG : null;
  }

  @Override
  public String @Nullable [] findSerializationPropertyOrder(AnnotatedClass ac) {
    Class<?> raw = ac.getRawType();
    if (ModelType.isModelRecord(raw)) {
      return Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName)
          .toArray(String[]::new);
    }
    return ModelType.valueTypeOf(raw).map(type -> type.order().toArray(String[]::new)).orElse(null);
  }

  @Override
  public JsonIgnoreProperties.@Nullable Value findPropertyIgnoralByName(
      MapperConfig<?> config, Annotated a) {
    // Derived values (Determination.outcome) are written but cannot be set: reading skips them.
    if (a instanceof AnnotatedClass ac) {
      Optional<ModelType> type = ModelType.builtBy(ac.getRawType());
      if (type.isPresent() && !type.get().derived().isEmpty()) {
        return JsonIgnoreProperties.Value.forIgnoredProperties(type.get().derived());
      }
    }
    return null;
  }

  @Override
  public JsonInclude.@Nullable Value findPropertyInclusion(Annotated a) {
    // Every key, always: readers of the contract can tell "absent" from "not written".
    if (a instanceof AnnotatedClass ac && (ModelType.valueTypeOf(ac.getRawType()).isPresent()
        || ModelType.isModelRecord(ac.getRawType()))) {
      return ALWAYS;
    }
    return null;
  }

  @Override
  public JsonFormat.@Nullable Value findFormat(Annotated memberOrClass) {
    // ISO-8601 dates whatever the mapper's WRITE_DATES_AS_TIMESTAMPS says.
    if (memberOrClass instanceof AnnotatedMethod method && method.getParameterCount() == 0
        && ModelType.valueTypeOf(method.getDeclaringClass()).isPresent()
        && isDate(method.getAnnotated().getGenericReturnType())) {
      return AS_STRING;
    }
    return null;
  }

  private static boolean isDate(Type type) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() == Optional.class) {
      return parameterized.getActualTypeArguments()[0] == LocalDate.class;
    }
    return type == LocalDate.class;
  }
}
