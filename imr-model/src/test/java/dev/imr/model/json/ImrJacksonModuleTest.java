package dev.imr.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.imr.model.CaseSummary;
import dev.imr.model.CitationBasis;
import dev.imr.model.Decision;
import dev.imr.model.DecisionReason;
import dev.imr.model.Determination;
import dev.imr.model.DisputedItem;
import dev.imr.model.Drug;
import dev.imr.model.DrugClass;
import dev.imr.model.ExpertReviewer;
import dev.imr.model.Guideline;
import dev.imr.model.GuidelineCitation;
import dev.imr.model.GuidelineStatement;
import dev.imr.model.LetterHeader;
import dev.imr.model.PageRange;
import dev.imr.model.RequestCategory;
import dev.imr.model.Sex;
import dev.imr.model.SourceSpan;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model's JSON form through {@link ImrJacksonModule}, on letters made up for each test. */
class ImrJacksonModuleTest {

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new ImrJacksonModule());

  /** A letter with every attribute of every type set, and spans everywhere. */
  static Determination fullLetter() {
    GuidelineCitation acoem = GuidelineCitation.builder()
        .text("Invented Back Complaints 2004, Section(s): Invented Studies")
        .span(SourceSpan.of(400, 460)).basis(CitationBasis.MTUS).guideline(Guideline.ACOEM)
        .edition(2004).chapter(12).chapterTitle("Low Back Complaints")
        .canonicalChapter("Low Back Complaints").topic("Invented Studies")
        .addPages(PageRange.of(303, 304), PageRange.of(310)).build();
    GuidelineCitation article = GuidelineCitation.builder()
        .text("An invented article, https://example.org/a").basis(CitationBasis.NON_MTUS)
        .guideline(Guideline.OTHER).url("https://example.org/a").title("An invented article")
        .build();
    GuidelineCitation odg = GuidelineCitation.builder()
        .text("Official Disability Guidelines (ODG), Low Back (Invented, Acute and Chronic) Chapter,"
            + " Invented Injection").basis(CitationBasis.NON_MTUS).guideline(Guideline.ODG)
        .edition(2016).chapterTitle("Low Back").chapterQualifier("Invented, Acute and Chronic")
        .topic("Invented Injection").build();
    DisputedItem partial = DisputedItem.builder()
        .title("Invented pill 10mg #30 was the original request. Invented pill 10mg #20 was"
            + " authorized. The remaining portion, Invented pill 10mg #10")
        .decision(Decision.UPHELD).request("Invented pill 10mg #10")
        .originalRequest("Invented pill 10mg #30").authorizedPortion("Invented pill 10mg #20")
        .quantity(10).dateOfService(LocalDate.of(2016, 12, 17))
        .category(RequestCategory.PHARMACEUTICALS).drugClass(DrugClass.OPIOID)
        .drug(Drug.builder().genericName("inventadone").brandName("Inventa")
            .drugClass(DrugClass.OPIOID).build())
        .claimsAdministratorGuideline(GuidelineStatement.builder().text("Invented basis.")
            .addCitations(acoem).span(SourceSpan.of(390, 470)).build())
        .reviewerGuideline(GuidelineStatement.builder().text("Invented other basis.")
            .addCitations(acoem, article, odg).build())
        .rationale("Invented rationale.")
        .addReasons(DecisionReason.builder().kind(DecisionReason.Kind.EXCEEDS_GUIDELINE_LIMITS)
                .text("The request exceeds the invented limit.").span(SourceSpan.of(510, 549))
                .build(),
            DecisionReason.of(DecisionReason.Kind.REQUEST_UNSPECIFIED, "No dose is given."))
        .span(SourceSpan.of(300, 600)).titleSpan(SourceSpan.of(300, 380))
        .rationaleSpan(SourceSpan.of(500, 600)).requestSpan(SourceSpan.of(360, 380))
        .originalRequestSpan(SourceSpan.of(300, 322)).authorizedPortionSpan(SourceSpan.of(323, 345))
        .quantitySpan(SourceSpan.of(377, 379)).dateOfServiceSpan(SourceSpan.of(381, 389))
        .build();
    DisputedItem plain = DisputedItem.builder().title("Invented brace").decision(Decision.OVERTURNED)
        .category(RequestCategory.DMEPOS).build();
    return Determination.builder()
        .header(LetterHeader.builder().caseNumber("CM99-0000901")
            .dateAssigned(LocalDate.of(2016, 11, 14)).dateOfInjury(LocalDate.of(2015, 3, 22))
            .decisionDate(LocalDate.of(2016, 12, 19)).urDenialDate(LocalDate.of(2016, 11, 2))
            .priority("Standard").applicationReceived(LocalDate.of(2016, 11, 7))
            .span(SourceSpan.of(0, 120)).build())
        .reviewer(ExpertReviewer.builder().addSpecialties("Invented Medicine", "Pain & Management")
            .addCanonicalSpecialties("Invented Medicine", "Pain and Management")
            .addLicensureStates("California").boardCertified(true).span(SourceSpan.of(130, 180))
            .build())
        .caseSummary(CaseSummary.builder().text("An invented 48 year old male, injured 3/22/15.")
            .patientAge(48).patientSex(Sex.MALE).dateOfInjury(LocalDate.of(2015, 3, 22))
            .utilizationReviewDate(LocalDate.of(2016, 11, 2)).span(SourceSpan.of(190, 290))
            .patientAgeSpan(SourceSpan.of(203, 205)).patientSexSpan(SourceSpan.of(215, 219))
            .dateOfInjurySpan(SourceSpan.of(229, 236))
            .utilizationReviewDateSpan(SourceSpan.of(240, 250)).build())
        .addItems(partial, plain)
        .build();
  }

  @Test
  void fullLetterReadsBackEqualWithItsSpans() throws Exception {
    Determination letter = fullLetter();

    String json = mapper.writeValueAsString(letter);
    Determination back = mapper.readValue(json, Determination.class);

    assertThat(back).isEqualTo(letter);
    // Spans are left out of equals, so they are compared through a second writing.
    assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
    assertThat(back.items().get(0).dateOfServiceSpan()).contains(SourceSpan.of(381, 389));
    assertThat(back.items().get(0).reasons().get(0).span()).contains(SourceSpan.of(510, 549));
  }

  @Test
  void keysAreTheContractNamesInDeclarationOrder() throws Exception {
    JsonNode letter = mapper.valueToTree(fullLetter());

    assertThat(fieldNames(letter))
        .containsExactly("header", "reviewer", "caseSummary", "items", "outcome");
    assertThat(fieldNames(letter.get("header"))).containsExactly("caseNumber", "dateAssigned",
        "dateOfInjury", "decisionDate", "urDenialDate", "priority", "applicationReceived", "span");
    assertThat(fieldNames(letter.get("reviewer")))
        .startsWith("specialties", "licensureStates", "boardCertified").contains("span");
    assertThat(fieldNames(letter.get("caseSummary"))).startsWith("text", "patientAge",
        "patientSex", "dateOfInjury", "utilizationReviewDate").contains("span");
    JsonNode item = letter.at("/items/0");
    assertThat(fieldNames(item)).startsWith("title", "decision", "request", "originalRequest",
        "authorizedPortion", "quantity", "dateOfService")
        .contains("claimsAdministratorGuideline", "reviewerGuideline", "rationale", "span",
            "titleSpan", "rationaleSpan");
    assertThat(fieldNames(item.get("claimsAdministratorGuideline")))
        .containsExactly("text", "citations", "span");
    assertThat(fieldNames(item.at("/reasons/0"))).containsExactly("kind", "text", "span");
    assertThat(fieldNames(item.at("/claimsAdministratorGuideline/citations/0")))
        .containsExactlyInAnyOrder("text", "span", "basis", "guideline", "edition", "chapter",
            "chapterTitle", "chapterQualifier", "canonicalChapter", "topic", "pages", "url",
            "title");
  }

  @Test
  void valuesTakeTheirContractForms() throws Exception {
    JsonNode letter = mapper.valueToTree(fullLetter());

    assertThat(letter.at("/header/dateAssigned").textValue()).isEqualTo("2016-11-14");
    assertThat(letter.at("/caseSummary/patientSex").textValue()).isEqualTo("MALE");
    assertThat(letter.at("/caseSummary/patientAge").intValue()).isEqualTo(48);
    assertThat(letter.at("/reviewer/boardCertified").booleanValue()).isTrue();
    assertThat(letter.at("/items/0/decision").textValue()).isEqualTo("UPHELD");
    assertThat(letter.at("/items/0/quantity").intValue()).isEqualTo(10);
    assertThat(letter.at("/items/0/dateOfService").textValue()).isEqualTo("2016-12-17");
    assertThat(letter.at("/items/0/span").toString()).isEqualTo("{\"start\":300,\"end\":600}");
    JsonNode citation = letter.at("/items/0/claimsAdministratorGuideline/citations/0");
    assertThat(citation.get("pages").toString())
        .isEqualTo("[{\"first\":303,\"last\":304},{\"first\":310,\"last\":310}]");
    assertThat(citation.get("basis").textValue()).isEqualTo("MTUS");
    assertThat(citation.get("guideline").textValue()).isEqualTo("ACOEM");
    assertThat(citation.get("edition").intValue()).isEqualTo(2004);
    assertThat(citation.get("chapterQualifier").isNull()).isTrue();
    JsonNode odg = letter.at("/items/0/reviewerGuideline/citations/2");
    assertThat(odg.get("chapterTitle").textValue()).isEqualTo("Low Back");
    assertThat(odg.get("chapterQualifier").textValue()).isEqualTo("Invented, Acute and Chronic");
    assertThat(odg.get("topic").textValue()).isEqualTo("Invented Injection");
    assertThat(citation.get("canonicalChapter").textValue()).isEqualTo("Low Back Complaints");
    assertThat(letter.at("/reviewer/specialties/1").textValue()).isEqualTo("Pain & Management");
    assertThat(letter.at("/reviewer/canonicalSpecialties/1").textValue())
        .isEqualTo("Pain and Management");
    assertThat(letter.at("/items/1/request").textValue()).isEqualTo("Invented brace");
    assertThat(letter.at("/items/0/reasons/0/kind").textValue())
        .isEqualTo("EXCEEDS_GUIDELINE_LIMITS");
    assertThat(letter.at("/items/0/reasons/0/span").toString())
        .isEqualTo("{\"start\":510,\"end\":549}");
    assertThat(letter.at("/items/0/reasons/1/span").isNull()).isTrue();
    assertThat(letter.at("/items/1/reasons").isArray()).isTrue();
    assertThat(letter.at("/items/1/reasons")).isEmpty();
    assertThat(letter.get("outcome").textValue()).isEqualTo("PARTIALLY_OVERTURNED");
  }

  @Test
  void absentValuesAreNullAndEmptyListsEmptyWhateverTheMapperIncludes() throws Exception {
    Determination sparse = Determination.builder()
        .addItems(DisputedItem.builder().title("Invented item").build()).build();
    // A mapper told to leave nulls out, and to write dates as numbers, still writes the contract.
    ObjectMapper terse = new ObjectMapper().registerModule(new ImrJacksonModule())
        .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    JsonNode letter = terse.valueToTree(sparse);

    assertThat(letter.get("header").isNull()).isTrue();
    assertThat(letter.get("outcome").isNull()).isTrue();
    JsonNode item = letter.at("/items/0");
    assertThat(item.get("decision").isNull()).isTrue();
    assertThat(item.get("span").isNull()).isTrue();
    assertThat(item.get("category").textValue()).isEqualTo("OTHER");
    assertThat(terse.readValue(terse.writeValueAsString(sparse), Determination.class))
        .isEqualTo(sparse);
    JsonNode header = terse.valueToTree(LetterHeader.builder()
        .decisionDate(LocalDate.of(2017, 3, 30)).build());
    assertThat(header.get("decisionDate").textValue()).isEqualTo("2017-03-30");
    assertThat(header.get("caseNumber").isNull()).isTrue();
  }

  @Test
  void everyAccessorOfEveryValueTypeIsAKey() throws Exception {
    Determination letter = fullLetter();
    DisputedItem item = letter.items().get(0);
    GuidelineStatement statement = item.claimsAdministratorGuideline().orElseThrow();
    Map<Object, Class<?>> values = Map.of(
        letter, Determination.class,
        letter.header().orElseThrow(), LetterHeader.class,
        letter.reviewer().orElseThrow(), ExpertReviewer.class,
        letter.caseSummary().orElseThrow(), CaseSummary.class,
        item, DisputedItem.class,
        item.drug().orElseThrow(), Drug.class,
        statement, GuidelineStatement.class,
        statement.citations().get(0), GuidelineCitation.class,
        item.reasons().get(0), DecisionReason.class);
    for (Map.Entry<Object, Class<?>> value : values.entrySet()) {
      JsonNode node = mapper.valueToTree(value.getKey());
      assertThat(fieldNames(node)).as(value.getValue().getSimpleName())
          .containsExactlyInAnyOrderElementsOf(accessorNames(value.getValue()));
    }
  }

  @Test
  void outcomeIsWrittenButNotRead() throws Exception {
    String json = "{\"header\":null,\"reviewer\":null,\"caseSummary\":null,"
        + "\"items\":[{\"title\":\"Invented item\",\"decision\":\"OVERTURNED\"}],"
        + "\"outcome\":\"UPHELD\"}";

    Determination letter = mapper.readValue(json, Determination.class);

    // The outcome follows from the items, not from what the document claimed.
    assertThat(letter.outcome()).hasValueSatisfying(
        outcome -> assertThat(outcome.name()).isEqualTo("OVERTURNED"));
    assertThat(letter.items().get(0).request()).isEqualTo("Invented item");
  }

  @Test
  void documentsThatBreakTheModelFailWithJacksonsException() {
    assertThatThrownBy(() -> mapper.readValue("{\"items\":[{\"decision\":\"UPHELD\"}]}",
        Determination.class)).isInstanceOf(DatabindException.class).hasMessageContaining("title");
    assertThatThrownBy(() -> mapper.readValue("{\"start\":9,\"end\":3}", SourceSpan.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("invalid span");
    assertThatThrownBy(() -> mapper.readValue("{\"title\":\"x\",\"colour\":\"red\"}",
        DisputedItem.class)).isInstanceOf(DatabindException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> mapper.readValue("{\"title\":\"x\",\"decision\":\"MAYBE\"}",
        DisputedItem.class)).isInstanceOf(DatabindException.class).hasMessageContaining("MAYBE");
  }

  @Test
  void otherTypesAreLeftToJackson() throws Exception {
    // Jackson writes this date only with its Java time module (see DatabindAloneTest without it).
    org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("imr.databindAlone"),
        "needs jackson-datatype-jsr310");
    record Row(String name, LocalDate day) {}
    ObjectMapper plain = new ObjectMapper().registerModule(new ImrJacksonModule());

    // The module does not force its date form on the user's own types.
    assertThat(plain.writeValueAsString(new Row("a", LocalDate.of(2020, 1, 2))))
        .isEqualTo("{\"name\":\"a\",\"day\":[2020,1,2]}");
  }

  private static List<String> accessorNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Method method : type.getMethods()) {
      // Object's own (getClass, hashCode) are not attributes of an abstract value class.
      if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
          && method.getReturnType() != void.class && method.getDeclaringClass() != Object.class) {
        names.add(method.getName());
      }
    }
    return names;
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
