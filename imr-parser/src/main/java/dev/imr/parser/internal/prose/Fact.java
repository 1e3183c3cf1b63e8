package dev.imr.parser.internal.prose;

import dev.imr.model.SourceSpan;
import dev.imr.parser.internal.text.Region;
import dev.imr.parser.internal.text.SourceText;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A value read from prose and the region of the cleaned text it was read from: the one shape in
 * which every prose reader gives what it found.
 *
 * @param value what was read
 * @param region where it was read, as offsets into the cleaned text
 */
public record Fact<T>(T value, Region region) {

  /** The value of {@code fact}, or null when nothing was read. */
  public static <T> @Nullable T valueOf(@Nullable Fact<T> fact) {
    return fact == null ? null : fact.value();
  }

  /**
   * Copies a fact into a model builder: its value, and its region as a span of the caller's
   * input. The one place where a value read from prose reaches the model; nothing is copied when
   * nothing was read.
   */
  public static <T> void copy(@Nullable Fact<T> fact, SourceText source, Consumer<? super T> value,
      Consumer<SourceSpan> span) {
    if (fact != null) {
      value.accept(fact.value());
      span.accept(fact.region().span(source));
    }
  }
}
