package dev.imr.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imr.model.Determination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ImrJacksonModule} with {@code jackson-databind} alone, as most projects have it. The
 * build runs this class, with {@link ImrJacksonModuleTest}, with the JDK 8 and Java time datatype
 * modules left out of the class path (see imr-model's pom).
 */
class DatabindAloneTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new ImrJacksonModule());

  @BeforeAll
  static void onlyWhereTheDatatypeModulesAreLeftOut() {
    assumeTrue(Boolean.getBoolean("imr.databindAlone"),
        "runs in the build's databind-alone execution only");
  }

  @Test
  void theDatatypeModulesAreAbsentHere() {
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.datatype.jdk8.Jdk8Module"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(
        () -> Class.forName("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void aLetterIsWrittenInTheSameFormAndReadBackEqual() throws Exception {
    Determination letter = ImrJacksonModuleTest.fullLetter();

    String json = mapper.writeValueAsString(letter);
    JsonNode tree = mapper.readTree(json);

    assertThat(tree.at("/header/decisionDate").isTextual()).isTrue();
    assertThat(tree.at("/header/decisionDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(mapper.readValue(json, Determination.class)).isEqualTo(letter);
  }

  @Test
  void theUsersOwnDatesAreStillLeftToJackson() {
    record Row(String name, java.time.LocalDate day) {}

    // The module answers for the model's dates only; Jackson refuses this one as it always has.
    assertThatThrownBy(() -> mapper.writeValueAsString(
        new Row("a", java.time.LocalDate.of(2020, 1, 2))))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class)
        .hasMessageContaining("jackson-datatype-jsr310");
  }
}
