/**
 * The typed, immutable model of a California workers' compensation Independent Medical Review
 * (IMR) determination letter.
 *
 * <p>A {@link dev.imr.model.Determination} is one letter; it holds the {@link
 * dev.imr.model.LetterHeader}, the {@link dev.imr.model.ExpertReviewer}'s credentials, the {@link
 * dev.imr.model.CaseSummary} and one {@link dev.imr.model.DisputedItem} per treatment request the
 * letter decides. Every value is immutable and built with a builder. Source spans are kept beside
 * the values but are left out of {@code equals}, so the same letter extracted in different
 * layouts gives equal models.
 */
@NullMarked
@Value.Style(
    // Users see Determination, Determination.builder(): the generated Immutable* types stay out of sight.
    overshadowImplementation = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    strictBuilder = false,
    jdkOnly = true)
package dev.imr.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
