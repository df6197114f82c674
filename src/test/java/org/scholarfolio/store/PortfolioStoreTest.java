package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.UnknownFields;

class PortfolioStoreTest {
    @TempDir
    Path dir;

    private Path write(String json) throws Exception {
        Path file = dir.resolve("portfolio.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void syntaxErrorNamesFileAndLine() throws Exception {
        Path file = write("{\n  \"schemaVersion\": 1,\n  \"profile\": {\n    \"bio\": \"x\"\n    \"email\": \"a@b.c\"\n  }\n}\n");
        assertThatThrownBy(() -> PortfolioStore.load(dir))
                .isInstanceOfSatisfying(PortfolioLoadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PortfolioLoadException.Kind.SYNTAX);
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.getMessage()).contains(file.toString()).contains("line 5");
                });
    }

    @Test
    void aYearTypedAsTextIsKeptAsTypedAndReportedByTheValidator() throws Exception {
        write("""
                {
                  "schemaVersion": 1,
                  "publications": [
                    {"citationKey": "b", "year": "abc"}
                  ]
                }
                """);
        var loaded = PortfolioStore.load(dir);
        var paper = loaded.portfolio().publications().get(0);
        assertThat(paper.year()).isNull();
        assertThat(paper.yearAsTyped()).isEqualTo("abc");
        assertThat(org.scholarfolio.model.validation.PortfolioValidator.validate(loaded.portfolio(), null))
                .anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo("publications[0].year");
                    assertThat(p.message()).isEqualTo("year: \"abc\" is not a year");
                    assertThat(p.isError()).isTrue();
                });
        PortfolioStore.save(dir, loaded.portfolio());
        assertThat(Files.readString(dir.resolve("portfolio.json"))).containsPattern("\"year\" ?: \"abc\"");
    }

    @Test
    void wrongTypeNamesJsonPathAndLine() throws Exception {
        write("""
                {
                  "schemaVersion": 1,
                  "publications": [
                    {"citationKey": "a", "year": 2020},
                    {"citationKey": "b",
                     "year": true}
                  ]
                }
                """);
        assertThatThrownBy(() -> PortfolioStore.load(dir))
                .isInstanceOfSatisfying(PortfolioLoadException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo("publications[1].year");
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.getMessage()).contains("whole number").contains("true");
                });
    }

    @Test
    void aNewsDateThatIsNotTextIsReportedWithItsField() throws Exception {
        write("{\"schemaVersion\": 1, \"news\": [{\"date\": 20230228, \"body\": \"x\"}]}");
        assertThatThrownBy(() -> PortfolioStore.load(dir))
                .isInstanceOfSatisfying(PortfolioLoadException.class,
                        e -> assertThat(e.jsonPath()).isEqualTo("news[0].date"));
    }

    @Test
    void aNewsDateThatIsNoDayOfTheCalendarIsKeptAsWrittenAndSavedBack() throws Exception {
        write("{\"schemaVersion\": 1, \"news\": [{\"date\": \"2023-02-29\", \"body\": \"x\"}]}");
        var loaded = PortfolioStore.load(dir).portfolio();
        assertThat(loaded.news().get(0).date()).isNull();
        assertThat(loaded.news().get(0).invalidDate()).contains("2023-02-29");
        assertThat(new String(PortfolioStore.toJson(loaded), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"date\": \"2023-02-29\"");
    }

    @Test
    void duplicateJsonMembersAreRefused() throws Exception {
        write("{\"schemaVersion\": 1,\n \"site\": {\"title\": \"a\", \"title\": \"b\"}}");
        assertThatThrownBy(() -> PortfolioStore.load(dir))
                .isInstanceOfSatisfying(PortfolioLoadException.class,
                        e -> assertThat(e.getMessage()).contains("line 2").contains("title"));
    }

    @Test
    void newerSchemaVersionIsRefusedWithClearMessage() throws Exception {
        write("{\"schemaVersion\": 999, \"profile\": {}}");
        assertThatThrownBy(() -> PortfolioStore.load(dir))
                .isInstanceOfSatisfying(PortfolioLoadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PortfolioLoadException.Kind.NEWER_VERSION);
                    assertThat(e.getMessage()).contains("newer").contains("999");
                });
    }

    @Test
    void missingFolderGivesReadableError() {
        assertThatThrownBy(() -> PortfolioStore.load(dir.resolve("nope")))
                .isInstanceOfSatisfying(PortfolioLoadException.class,
                        e -> assertThat(e.kind()).isEqualTo(PortfolioLoadException.Kind.UNREADABLE));
    }

    @Test
    void unknownFieldsAtEveryLevelSurviveRoundTrip() throws Exception {
        String original = """
                {
                  "schemaVersion": 1,
                  "futureRoot": {"nested": [1, 2.50, "x", null, true]},
                  "profile": {"name": {"first": "Ada", "nick": "AL"}, "pronouns": "she/her",
                              "photo": {"path": "assets/a.png", "focus": [0.5, 0.25]},
                              "socialLinks": [{"kind": "github_username", "value": "ada", "verified": true}]},
                  "site": {"analyticsOptOut": true, "theme": {"font": "serif"}},
                  "news": [{"id": "n1", "date": "2020-01-02", "body": "hi", "pinned": 3}],
                  "publications": [{"citationKey": "k", "openalex": "W123",
                                    "authors": [{"family": "Lovelace", "affiliation": "UCL"}],
                                    "links": {"pdf": "a.pdf", "dataset": "https://d.org"},
                                    "badges": {"altmetric": "1", "plumx": "2"}}],
                  "pages": [{"slug": "cv", "title": "CV", "layout": "wide"}]
                }
                """;
        write(original);
        Portfolio loaded = PortfolioStore.load(dir).portfolio();
        PortfolioStore.save(dir, loaded);
        String saved = Files.readString(dir.resolve("portfolio.json"));
        Portfolio again = PortfolioStore.load(dir).portfolio();

        assertThat(again).isEqualTo(loaded);
        assertThat(saved).contains("\"futureRoot\"", "2.50", "\"nick\": \"AL\"", "\"pronouns\": \"she/her\"",
                "\"focus\"", "\"verified\": true", "\"analyticsOptOut\": true", "\"font\": \"serif\"",
                "\"pinned\": 3", "\"openalex\": \"W123\"", "\"affiliation\": \"UCL\"",
                "\"dataset\": \"https://d.org\"", "\"plumx\": \"2\"", "\"layout\": \"wide\"");
        assertThat(loaded.unknownFields().values().get("futureRoot"))
                .isEqualTo(Map.of("nested", java.util.Arrays.asList(1L, new java.math.BigDecimal("2.50"), "x", null, true)));
    }

    @Test
    void saveKeepsPreviousBytesAsBackupAndWritesAtomically() throws Exception {
        Path file = write("{\"schemaVersion\": 1, \"profile\": {\"name\": {\"first\": \"Old\"}}}");
        byte[] before = Files.readAllBytes(file);
        Portfolio p = PortfolioStore.load(dir).portfolio();
        PortfolioStore.save(dir, p.withProfile(p.profile().toBuilder().name(new PersonName("New", "", "")).build()));

        assertThat(Files.readAllBytes(dir.resolve("portfolio.json.bak"))).isEqualTo(before);
        assertThat(Files.readString(file)).contains("\"New\"");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("portfolio.json", "portfolio.json.bak");
        }
    }

    @Test
    void saveKeepsTheFileModeOfTheFileItReplaces() throws Exception {
        Path file = write("{\"schemaVersion\": 1}");
        var mode = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, mode);
        PortfolioStore.save(dir, PortfolioStore.load(dir).portfolio());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(mode);
    }

    /** Found by {@code PortfolioJsonProperties}: a number whose exponent overflows escaped as a NumberFormatException. */
    @Test
    void aNumberTooLargeToKeepIsASyntaxErrorAtItsLine() throws Exception {
        Path file = write("{\"schemaVersion\": 1,\n  \"future\": 9223372031e9999995807}");
        assertThatThrownBy(() -> PortfolioStore.load(dir))
                .isInstanceOfSatisfying(PortfolioLoadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PortfolioLoadException.Kind.SYNTAX);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith(file.toString()).contains("too large to keep exactly");
                });
    }

    /** Found by {@code PortfolioJsonProperties}: an escaped lone surrogate came back as "?" after a save. */
    @Test
    void anEscapedLoneSurrogateIsSavedEscapedAndLoadsBackTheSame() throws Exception {
        write("{\"schemaVersion\": 1, \"profile\": {\"bio\": \"a\\ud83d b \\udc00\\ud83d\\ude00\"}, \"x\": \"\\udfff\"}");
        Portfolio loaded = PortfolioStore.load(dir).portfolio();
        PortfolioStore.save(dir, loaded);

        assertThat(Files.readString(dir.resolve("portfolio.json"))).contains("a\\uD83D b \\uDC00😀", "\"\\uDFFF\"");
        assertThat(PortfolioStore.load(dir).portfolio()).isEqualTo(loaded);
        assertThat(loaded.profile().bio()).isEqualTo("a\ud83d b \udc00😀");
    }

    @Test
    void canonicalOutputIsStable() throws Exception {
        Portfolio p = sample();
        byte[] first = PortfolioStore.toJson(p);
        write(new String(first, StandardCharsets.UTF_8));
        byte[] second = PortfolioStore.toJson(PortfolioStore.load(dir).portfolio());
        assertThat(second).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void theCanonicalCheckComparesTheFileWithTheBytesASaveWrites() throws Exception {
        Portfolio p = sample();
        byte[] canonical = PortfolioStore.toJson(p);
        Path file = dir.resolve("portfolio.json");
        Files.write(file, canonical);
        assertThat(PortfolioStore.holdsCanonicalJson(file, p)).isTrue();
        Files.write(file, java.util.Arrays.copyOf(canonical, canonical.length + 1));
        assertThat(PortfolioStore.holdsCanonicalJson(file, p)).isFalse();
        Files.write(file, java.util.Arrays.copyOf(canonical, canonical.length - 1));
        assertThat(PortfolioStore.holdsCanonicalJson(file, p)).isFalse();
        byte[] changed = canonical.clone();
        changed[changed.length / 2] ^= 1;
        Files.write(file, changed);
        assertThat(PortfolioStore.holdsCanonicalJson(file, p)).isFalse();
    }

    /** Through a link and through its own folder, a portfolio has one lock: the one beside the file itself. */
    @Test
    void aPortfolioReachedThroughALinkIsSavedIntoTheFileAndLockedThere() throws Exception {
        Path real = write("{\"schemaVersion\": 1}");
        Path other = Files.createDirectories(dir.resolve("linked"));
        Path link = Files.createSymbolicLink(other.resolve("portfolio.json"), real);
        assertThat(PortfolioLock.lockFileOf(link)).isEqualTo(PortfolioLock.lockFileOf(real));

        Portfolio p = PortfolioStore.load(other).portfolio();
        PortfolioStore.save(other, p.withProfile(p.profile().toBuilder().name(new PersonName("New", "", "")).build()));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("\"New\"");
        assertThat(dir.resolve("portfolio.json.bak")).hasContent("{\"schemaVersion\": 1}");
    }

    @Test
    void everyModelFieldRoundTrips() throws Exception {
        Portfolio p = sample();
        PortfolioStore.save(dir, p);
        assertThat(PortfolioStore.load(dir).portfolio()).isEqualTo(p);
    }

    @Test
    void olderVersionsAreMigratedStepByStep() throws Exception {
        write("{\"schemaVersion\": 1, \"profile\": {\"fullName\": \"Grace Hopper\"}}");
        SchemaMigration splitName = new SchemaMigration() {
            @Override
            public int fromVersion() {
                return 1;
            }

            @Override
            public void migrate(ObjectNode root) {
                ObjectNode profile = (ObjectNode) root.get("profile");
                String[] parts = profile.remove("fullName").asText().split(" ", 2);
                profile.putObject("name").put("first", parts[0]).put("last", parts[1]);
            }
        };
        SchemaMigration addSite = new SchemaMigration() {
            @Override
            public int fromVersion() {
                return 2;
            }

            @Override
            public void migrate(ObjectNode root) {
                root.putObject("site").put("title", "migrated");
            }
        };
        LoadedPortfolio loaded = PortfolioStore.load(dir, new SchemaMigrations(List.of(addSite, splitName), 3));

        assertThat(loaded.migratedFrom()).isEqualTo(1);
        assertThat(loaded.portfolio().schemaVersion()).isEqualTo(3);
        assertThat(loaded.portfolio().profile().name()).isEqualTo(new PersonName("Grace", "", "Hopper"));
        assertThat(loaded.portfolio().site().title()).isEqualTo("migrated");
        assertThat(loaded.portfolio().profile().unknownFields().isEmpty()).isTrue();
    }

    @Test
    void aGapInTheMigrationChainIsAProgrammingError() {
        assertThatThrownBy(() -> new SchemaMigrations(List.of(), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Portfolio sample() {
        Publication pub = Publication.builder("turing1950", "article")
                .title("Computing Machinery and Intelligence")
                .authors(List.of(Author.of("Alan M.", "Turing").withCorresponding(true)))
                .journal("Mind").year(1950).month(10).volume("59").number("236").pages("433--460")
                .doi("10.1093/mind/LIX.236.433").selected(true).bibtexShow(true)
                .bibtexFields(Map.of("issn", "0026-4423"))
                .unknownFields(new UnknownFields(Map.of("x", "y")))
                .build();
        NewsItem news = new NewsItem("mind", NewsDate.parse("1950-10-01T09:30:00+01:00"), "Paper out",
                "**Mind** paper", false, UnknownFields.NONE);
        Portfolio p = Portfolio.empty();
        return p.withProfile(p.profile().toBuilder().name(new PersonName("Alan", "M.", "Turing"))
                        .nativeName("").addressLines(List.of("King's College")).bio("Hi :wave:")
                        .nameVariants(List.of("A. M. Turing")).build())
                .withPublications(List.of(pub)).withNews(List.of(news));
    }
}
