package dev.imr.model.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets a Jackson {@code ObjectMapper} write and read the model in the JSON form the {@code imr}
 * command line prints:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ImrJacksonModule());
 * String json = mapper.writeValueAsString(determination);
 * Determination same = mapper.readValue(json, Determination.class);
 * }</pre>
 *
 * <p>The form, for every value type of {@code dev.imr.model}:
 *
 * <ul>
 *   <li>one key per accessor, named as the accessor ({@code caseNumber}, {@code titleSpan}), in
 *       the order the type declares them, followed by derived values ({@link
 *       dev.imr.model.Determination#outcome() outcome}), which are written but not read back;
 *   <li>every key is always written: an empty {@code Optional} is {@code null}, an empty list
 *       {@code []}, whatever inclusion the mapper is configured with;
 *   <li>dates are ISO-8601 strings ({@code "2016-11-09"}), enum values their names, spans {@code
 *       {"start": 10, "end": 90}} and pages {@code {"first": 303, "last": 304}}.
 * </ul>
 *
 * <p>Reading goes through each type's builder, so a document that breaks an invariant of the
 * model (a reversed span, a missing title) fails with Jackson's exception, never with a half-built
 * value. New model attributes join the form under their accessor's name without a change here.
 *
 * <p>Jackson is an optional dependency of {@code imr-model}: to use this module put {@code
 * jackson-databind} on the class path. When {@code jackson-datatype-jdk8} and {@code
 * jackson-datatype-jsr310} are there too, registering this module registers them; without them it
 * reads and writes {@code Optional} and {@code LocalDate} itself, in the same form. The model
 * itself never refers to Jackson.
 */
public final class ImrJacksonModule extends Module {

  /** The module. */
  public ImrJacksonModule() {}

  @Override
  public String getModuleName() {
    return "imr-model";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  private static final String JDK8_MODULE = "com.fasterxml.jackson.datatype.jdk8.Jdk8Module";
  private static final String TIME_MODULE = "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule";

  /**
   * Jackson's {@code Optional} and {@code LocalDate} modules, those of the two on the class path.
   * Loaded by name, so that this class links without them.
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    List<Module> modules = new ArrayList<>();
    optionalModule(JDK8_MODULE).ifPresent(modules::add);
    optionalModule(TIME_MODULE).ifPresent(modules::add);
    return modules;
  }

  private static java.util.Optional<Module> optionalModule(String name) {
    Class<?> type;
    try {
      type = Class.forName(name, true, ImrJacksonModule.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of((Module) type.getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + name, e);
    }
  }

  @Override
  public void setupModule(SetupContext context) {
    // First in line: it only answers for the model's types and defers to Jackson's own for others.
    context.insertAnnotationIntrospector(new ModelIntrospector(
        optionalModule(JDK8_MODULE).isEmpty(), optionalModule(TIME_MODULE).isEmpty()));
  }
}
