/**
 * The IMR determination letter as an immutable, typed model, and its JSON form.
 *
 * <p>Jackson is optional: {@code dev.imr.model.json} needs {@code jackson-databind} and its JDK 8
 * and Java time modules only where it is used.
 */
module dev.imr.model {
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jdk8;
  requires static com.fasterxml.jackson.datatype.jsr310;

  exports dev.imr.model;
  exports dev.imr.model.json;
}
