package dev.imr.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors keep the parser's stages out of the API: only {@code dev.imr.parser}
 * and the model's packages are exported, and no exported signature names ANTLR.
 */
class ModuleBoundaryTest {

  private static ModuleDescriptor descriptor(String module, Path classes) {
    return ModuleFinder.of(classes).find(module).orElseThrow().descriptor();
  }

  @Test
  void theParserExportsOnlyItsApiPackage() {
    ModuleDescriptor parser = descriptor("dev.imr.parser", Path.of("target/classes"));
    assertThat(parser.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet())).containsExactly("dev.imr.parser");
    assertThat(parser.packages()).contains("dev.imr.parser.internal.grammar",
        "dev.imr.parser.internal.sections", "dev.imr.parser.internal.text");
  }

  @Test
  void theModelExportsTheModelAndItsJsonForm() {
    ModuleDescriptor model = descriptor("dev.imr.model", Path.of("../imr-model/target/classes"));
    assertThat(model.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet())).containsExactlyInAnyOrder("dev.imr.model", "dev.imr.model.json");
  }

  @Test
  void noPublicSignatureOfTheApiNamesAntlr() {
    for (Class<?> type : new Class<?>[] {ImrParser.class, ImrParser.Builder.class,
        ParseResult.class, Diagnostic.class, DiagnosticCode.class, Severity.class,
        ImrParseException.class}) {
      for (var method : type.getMethods()) {
        assertThat(method.toGenericString()).as(type.getSimpleName()).doesNotContain("antlr");
      }
    }
  }
}
