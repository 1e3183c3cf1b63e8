/**
 * JSON for the model through Jackson: register {@link dev.imr.model.json.ImrJacksonModule} with
 * an {@code ObjectMapper}. Jackson is an optional dependency of {@code imr-model}; nothing outside
 * this package needs it.
 */
@NullMarked
package dev.imr.model.json;

import org.jspecify.annotations.NullMarked;
