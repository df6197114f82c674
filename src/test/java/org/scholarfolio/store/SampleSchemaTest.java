package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholarfolio.model.validation.PortfolioValidator;
import org.scholarfolio.model.Diagnostic;

/**
 * Keeps the sample portfolios, docs/portfolio.schema.json and the reader in step: every sample
 * matches the schema, loads without validation errors and is stored in canonical form, and
 * documents the reader refuses are refused by the schema as well.
 */
class SampleSchemaTest {
    private static final Path SAMPLES = Path.of("sample-data");
    private static final Path SCHEMA = Path.of("docs", "portfolio.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = factory.getSchema(in);
        }
    }

    static List<Path> samples() throws IOException {
        try (Stream<Path> folders = Files.list(SAMPLES)) {
            List<Path> found = folders
                    .filter(f -> Files.isRegularFile(f.resolve(PortfolioStore.FILE_NAME)))
                    .sorted()
                    .toList();
            assertThat(found).as("sample portfolios under %s", SAMPLES.toAbsolutePath()).isNotEmpty();
            return found;
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleMatchesTheSchema(Path folder) throws IOException {
        JsonNode doc = MAPPER.readTree(folder.resolve(PortfolioStore.FILE_NAME).toFile());
        assertThat(schema.validate(doc)).as("schema problems in %s", folder).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleLoadsWithoutErrorsAndIsCanonical(Path folder) throws Exception {
        LoadedPortfolio loaded = PortfolioStore.load(folder);
        List<Diagnostic> errors = PortfolioValidator.validate(loaded.portfolio(), loaded.folder()).stream()
                .filter(Diagnostic::isError)
                .toList();
        assertThat(errors).as("validation errors in %s", folder).isEmpty();
        assertThat(loaded.wasMigrated()).as("%s is written in the current file format", folder).isFalse();

        byte[] onDisk = Files.readAllBytes(loaded.file());
        String canonical = new String(PortfolioStore.toJson(loaded.portfolio()), StandardCharsets.UTF_8);
        assertThat(new String(onDisk, StandardCharsets.UTF_8))
                .as("%s is in canonical form (run the format command)", folder)
                .isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"profile\": {\"name\": {\"first\": \"Ada\"}}}",
        "{\"schemaVersion\": \"one\"}",
        "{\"schemaVersion\": 0}",
        "{\"schemaVersion\": 1, \"profile\": {\"photo\": {\"path\": \"assets/me.png\", \"align\": \"middle\"}}}",
        "{\"schemaVersion\": 1, \"profile\": {\"photo\": {\"circular\": \"yes\"}}}",
        "{\"schemaVersion\": 1, \"profile\": {\"addressLines\": [\"Cambridge\", 1]}}",
        "{\"schemaVersion\": 1, \"site\": {\"newsLimit\": 2.5}}",
        "{\"schemaVersion\": 1, \"news\": [{\"body\": \"no date\"}]}",
        "{\"schemaVersion\": 1, \"news\": [{\"date\": 19360929}]}",
        "{\"schemaVersion\": 1, \"publications\": [{\"citationKey\": \"k\", \"year\": true}]}",
        "{\"schemaVersion\": 1, \"publications\": [{\"citationKey\": \"k\", \"bibtexFields\": {\"issn\": 1}}]}",
        "{\"schemaVersion\": 1, \"pages\": [\"cv\"]}",
        "[]"
    })
    void badDocumentsAreRefusedByTheSchemaAndTheReader(String json, @TempDir Path dir) throws IOException {
        Set<ValidationMessage> problems = schema.validate(MAPPER.readTree(json));
        assertThat(problems).as("schema problems for %s", json).isNotEmpty();

        Files.writeString(dir.resolve(PortfolioStore.FILE_NAME), json);
        assertThatThrownBy(() -> PortfolioStore.load(dir)).isInstanceOf(PortfolioLoadException.class);
    }

    @Test
    void aMinimalDocumentWithNullsAndUnknownMembersIsAcceptedByBoth(@TempDir Path dir) throws Exception {
        String json = """
                {"schemaVersion": 1, "extra": {"kept": true},
                 "profile": {"name": {"first": "Ada", "last": null}, "photo": {"align": "LEFT"}},
                 "news": [{"date": " 1843-07-01T09:30-00:30 ", "inline": null, "mood": "good"}],
                 "publications": [{"citationKey": "k", "links": {"pdf": "a.pdf", "arbitrary": 3}}]}
                """;
        assertThat(schema.validate(MAPPER.readTree(json))).isEmpty();
        Files.writeString(dir.resolve(PortfolioStore.FILE_NAME), json);
        assertThat(PortfolioStore.load(dir).portfolio().unknownFields().values()).containsKey("extra");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1936-13-01", "29 September 1936"})
    void aNewsDateThatIsNotADateIsKeptAsTypedAndReported(String typed, @TempDir Path dir) throws Exception {
        String json = "{\"schemaVersion\": 1, \"news\": [{\"id\": \"n\", \"date\": \"" + typed + "\"}]}";
        assertThat(schema.validate(MAPPER.readTree(json))).isEmpty();
        Files.writeString(dir.resolve(PortfolioStore.FILE_NAME), json);

        LoadedPortfolio loaded = PortfolioStore.load(dir);

        assertThat(loaded.portfolio().news().get(0).invalidDate()).contains(typed);
        assertThat(PortfolioValidator.validate(loaded.portfolio(), dir)).anySatisfy(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).isEqualTo("date: \"" + typed + "\" is not a date; write YYYY-MM-DD");
        });
        assertThat(new String(PortfolioStore.toJson(loaded.portfolio()), StandardCharsets.UTF_8))
                .contains("\"date\": \"" + typed + "\"");
    }
}
