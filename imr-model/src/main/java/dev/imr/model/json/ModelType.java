package dev.imr.model.json;

import dev.imr.model.Determination;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One value type of the model as JSON sees it: its accessors (the keys), their order, which of
 * them are derived, and the builder method that sets each of the others.
 *
 * @param type the model interface (or abstract class), such as {@code Determination}
 * @param builder its nested {@code Builder}
 * @param accessors the accessors by name
 * @param order the keys in the order the type declares its attributes, derived values last
 * @param derived accessors that no builder method sets ({@code outcome})
 * @param setters the builder method for each settable key
 */
record ModelType(
    Class<?> type,
    Class<?> builder,
    Map<String, Method> accessors,
    List<String> order,
    Set<String> derived,
    Map<Method, String> setters) {

  private static final String MODEL_PACKAGE = Determination.class.getPackageName();

  private static final ClassValue<Optional<ModelType>> VALUE_TYPES = new ClassValue<>() {
    @Override
    protected Optional<ModelType> computeValue(Class<?> type) {
      return find(type);
    }
  };

  /** The value type {@code c} is, or implements (the generated {@code ImmutableX}). */
  static Optional<ModelType> valueTypeOf(Class<?> c) {
    return VALUE_TYPES.get(c);
  }

  /** The value type whose builder {@code c} is (the public {@code X.Builder} or its superclass). */
  static Optional<ModelType> builtBy(Class<?> c) {
    Class<?> enclosing = c.getEnclosingClass();
    if (enclosing == null || !c.getSimpleName().equals("Builder")) {
      return Optional.empty();
    }
    return valueTypeOf(enclosing);
  }

  /** True for the model's records, {@code SourceSpan} and {@code PageRange}. */
  static boolean isModelRecord(Class<?> c) {
    return c.isRecord() && c.getPackageName().equals(MODEL_PACKAGE);
  }

  /** The key that builder method {@code method} sets, if it is the one chosen for a key. */
  Optional<String> propertySetBy(Method method) {
    return Optional.ofNullable(setters.get(method));
  }

  private static Optional<ModelType> find(Class<?> c) {
    if (!c.getPackageName().equals(MODEL_PACKAGE)) {
      return Optional.empty();
    }
    if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
      Optional<ModelType> type = builderOf(c).map(builder -> describe(c, builder));
      if (type.isPresent() || c.isInterface()) {
        return type;
      }
    }
    // The generated ImmutableX implements its interface, or extends its abstract class.
    Class<?> superclass = c.getSuperclass();
    if (superclass != null && superclass != Object.class) {
      Optional<ModelType> type = valueTypeOf(superclass);
      if (type.isPresent()) {
        return type;
      }
    }
    for (Class<?> implemented : c.getInterfaces()) {
      Optional<ModelType> type = valueTypeOf(implemented);
      if (type.isPresent()) {
        return type;
      }
    }
    return Optional.empty();
  }

  private static Optional<Class<?>> builderOf(Class<?> type) {
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder") && Modifier.isPublic(nested.getModifiers())) {
        return Optional.of(nested);
      }
    }
    return Optional.empty();
  }

  private static ModelType describe(Class<?> type, Class<?> builder) {
    Map<String, Method> accessors = new LinkedHashMap<>();
    for (Method method : type.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
          && method.getReturnType() != void.class && method.getDeclaringClass() != Object.class) {
        accessors.put(method.getName(), method);
      }
    }
    Map<Method, String> setters = new HashMap<>();
    Set<String> derived = new TreeSet<>();
    for (Method accessor : accessors.values()) {
      Optional<Method> setter = setterFor(builder, accessor);
      if (setter.isPresent()) {
        setters.put(setter.get(), accessor.getName());
      } else {
        derived.add(accessor.getName());
      }
    }
    return new ModelType(type, builder, Map.copyOf(accessors), order(builder, accessors, derived),
        Set.copyOf(derived), Map.copyOf(setters));
  }

  /**
   * The builder method to read a key with: for a list the varargs {@code addX(X...)}, as Jackson
   * reads arrays but not {@code Iterable}; for an {@code Optional} the overload that takes one,
   * as JSON {@code null} then reads as empty; otherwise the one taking the accessor's type.
   */
  private static Optional<Method> setterFor(Class<?> builder, Method accessor) {
    String name = accessor.getName();
    Class<?> type = accessor.getReturnType();
    for (Method method : builder.getMethods()) {
      if (method.getParameterCount() != 1 || Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      Class<?> parameter = method.getParameterTypes()[0];
      boolean chosen;
      if (type == List.class) {
        chosen = method.getName().equals("add" + capitalized(name)) && parameter.isArray();
      } else {
        chosen = method.getName().equals(name) && parameter == type;
      }
      if (chosen) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  /**
   * Keys in declaration order. Reflection does not promise the order of methods, but the
   * generated class declares one field per attribute in the interface's order, and fields do come
   * back in declaration order.
   */
  private static List<String> order(Class<?> builder, Map<String, Method> accessors,
      Set<String> derived) {
    List<String> order = new ArrayList<>();
    Class<?> generatedBuilder = builder.getSuperclass();
    Class<?> generated = generatedBuilder == null ? null : generatedBuilder.getEnclosingClass();
    if (generated != null) {
      for (Field field : generated.getDeclaredFields()) {
        String name = field.getName();
        if (!Modifier.isStatic(field.getModifiers()) && accessors.containsKey(name)
            && !derived.contains(name) && !order.contains(name)) {
          order.add(name);
        }
      }
    }
    // Anything the fields did not place (derived values) follows, alphabetically for stability.
    new TreeSet<>(accessors.keySet()).stream().filter(name -> !order.contains(name))
        .forEach(order::add);
    return List.copyOf(order);
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The type's name: the maps would make the record's own form unreadable in messages. */
  @Override
  public String toString() {
    return "ModelType[" + type.getSimpleName() + "]";
  }
}
