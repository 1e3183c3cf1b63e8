package dev.imr.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The drug a pharmaceutical {@link DisputedItem} requests, recognised by its generic or brand
 * name: {@code Norco 10/325mg #60} is hydrocodone/acetaminophen, brand {@code Norco}, an {@link
 * DrugClass#OPIOID}.
 */
@Value.Immutable
public interface Drug {

  /**
   * The generic name in lower case; a fixed combination joins its ingredients with {@code /}
   * ({@code hydrocodone/acetaminophen}), and so does a compounded preparation, in the order the
   * request names them ({@code flurbiprofen/lidocaine}).
   */
  String genericName();

  /** The brand name as the request writes it ({@code Norco}), when it names a brand. */
  Optional<String> brandName();

  /** The drug's class. */
  DrugClass drugClass();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Drug}. */
  final class Builder extends ImmutableDrug.Builder {}
}
