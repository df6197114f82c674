package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;

/**
 * A file that opens with its schema version is read as a stream, record by record; any other file
 * is parsed whole first. Both readings must give the same portfolio and the same errors.
 */
class StreamingLoadTest {
    @TempDir
    Path dir;

    private static final String UNKNOWN_AT_EVERY_LEVEL = """
              "futureRoot": {"nested": [1, 2.50, "x", null, true, 123456789012345678901234567890]},
              "profile": {"name": {"first": "Ada", "nick": "AL"}, "pronouns": "she/her",
                          "photo": {"path": "assets/a.png", "focus": [0.5, 0.25]}},
              "site": {"analyticsOptOut": true, "theme": {"font": "serif"}},
              "news": [{"id": "n1", "date": "2020-01-02", "body": "hi", "pinned": 3},
                       {"id": "n2", "date": "2023-02-29", "body": "no such day"}],
              "publications": [{"citationKey": "k", "openalex": "W123", "year": "in press",
                                "authors": [{"family": "Lovelace", "affiliation": "UCL"}],
                                "links": {"pdf": "a.pdf", "dataset": "https://d.org"},
                                "bibtexFields": {"primaryclass": "cs.LG", "keywords": "x"},
                                "badges": {"altmetric": "1", "plumx": "2"}}],
              "pages": [{"slug": "cv", "title": "CV", "layout": "wide"}],
              "pagesNote": null
            """;

    @Test
    void aFileWithItsVersionLastReadsAsTheSameFileWithItsVersionFirst() throws Exception {
        Portfolio streamed = load("{\"schemaVersion\": 1,\n" + UNKNOWN_AT_EVERY_LEVEL + "}");
        Portfolio whole = load("{\n" + UNKNOWN_AT_EVERY_LEVEL + ", \"schemaVersion\": 1}");
        assertThat(streamed).isEqualTo(whole);
        assertThat(streamed.publications().get(0).yearAsTyped()).isEqualTo("in press");
        assertThat(streamed.publications().get(0).bibtexFields()).containsOnlyKeys("keywords");
        assertThat(streamed.unknownFields().values()).containsKey("pagesNote");
    }

    @Test
    void aGeneratedPortfolioReadsTheSameBothWays() throws Exception {
        Portfolio p = PortfolioGenerator.generate(200, 80, 3L);
        String json = new String(PortfolioStore.toJson(p), StandardCharsets.UTF_8);
        assertThat(load(json)).isEqualTo(p);
        String versionLast = json.replaceFirst("\"schemaVersion\": 1,\n", "") .replaceFirst("\\}\n$", ", \"schemaVersion\": 1}\n");
        assertThat(versionLast).doesNotStartWith("{\n  \"schemaVersion\"");
        assertThat(load(versionLast)).isEqualTo(p);
    }

    @Test
    void aWrongTypeIsLocatedEvenWhenTheTextBreaksFurtherOn() throws Exception {
        write("""
                {
                  "schemaVersion": 1,
                  "publications": [
                    {"citationKey": "a",
                     "title": 12},
                    {"citationKey": "b" "year": 2020}
                  ]
                }
                """);
        assertThatThrownBy(() -> PortfolioStore.load(dir))
                .isInstanceOfSatisfying(PortfolioLoadException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo("publications[0].title");
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.getMessage()).contains("expected text in quotes, found the number 12");
                });
    }

    @Test
    void textAfterTheObjectIsRefused() throws Exception {
        write("{\"schemaVersion\": 1, \"profile\": {}}\n{}");
        assertThatThrownBy(() -> PortfolioStore.load(dir))
                .isInstanceOfSatisfying(PortfolioLoadException.class,
                        e -> assertThat(e.kind()).isEqualTo(PortfolioLoadException.Kind.SYNTAX));
    }

    @Test
    void aListWhereRecordsBelongNamesItsElement() throws Exception {
        write("{\"schemaVersion\": 1,\n \"news\": [{\"date\": \"2020-01-01\"},\n \"oops\"]}");
        assertThatThrownBy(() -> PortfolioStore.load(dir))
                .isInstanceOfSatisfying(PortfolioLoadException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo("news[1]");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("expected an object").contains("oops");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an author after others          | {"family": "A"}, {"family": "B"}]},\\n {"citationKey": "b", "authors": [{"family": "C"}, {"family": 7}]}]} | publications[1].authors[1].family   | 2
            a BibTeX field after an author  | {"family": "A"}], "bibtexFields": {"note": "x",\\n "issn": 1}}]}                                          | publications[0].bibtexFields.issn   | 2
            a publication after another     | {"family": "A"}]},\\n {"citationKey": "b"},\\n {"citationKey": "c", "year": "x", "month": true}]}           | publications[2].month               | 3
            """)
    void aWrongMemberDeepInALaterRecordIsNamedByItsOwnPath(String where, String rest, String path, int line) throws Exception {
        // One reader moves from element to element of a list: the path it gives is the element's own.
        write("{\"schemaVersion\": 1, \"publications\": [{\"citationKey\": \"a\", \"authors\": ["
                + rest.replace("\\n", "\n"));
        assertThatThrownBy(() -> PortfolioStore.load(dir))
                .isInstanceOfSatisfying(PortfolioLoadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PortfolioLoadException.Kind.INVALID_FIELD);
                    assertThat(e.jsonPath()).isEqualTo(path);
                    assertThat(e.line()).isEqualTo(line);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a member of a publication   | {"schemaVersion": 1, "publications": [{"citationKey": "a", "title": "One",\\n "title": "Two"}]}                | 2 | title
            a member of an author       | {"schemaVersion": 1, "publications": [{"authors": [{"family": "A",\\n "family": "B"}]}]}                  | 2 | family
            an unknown nested member    | {"schemaVersion": 1, "site": {"x": {"y": 1,\\n "y": 2}}}                                                | 2 | y
            a top-level list            | {"schemaVersion": 1, "news": [],\\n "news": [{"date": "2020-01-01"}]}                                   | 2 | news
            a top-level unknown member  | {"schemaVersion": 1, "note": 1,\\n "note": 2}                                                           | 2 | note
            the same, read whole        | {"note": 1, "schemaVersion": 1,\\n "note": 2}                                                           | 2 | note
            """)
    void aMemberNamedTwiceIsRefusedAtItsSecondName(String where, String json, int line, String name) throws Exception {
        // Either value kept would silently drop the other one.
        write(json.replace("\\n", "\n"));
        assertThatThrownBy(() -> PortfolioStore.load(dir))
                .isInstanceOfSatisfying(PortfolioLoadException.class, e -> {
                    assertThat(e.kind()).isEqualTo(PortfolioLoadException.Kind.SYNTAX);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).contains("Duplicate field '" + name + "'");
                });
    }

    private Portfolio load(String json) throws Exception {
        write(json);
        return PortfolioStore.load(dir).portfolio();
    }

    private void write(String json) throws Exception {
        Files.writeString(dir.resolve(PortfolioStore.FILE_NAME), json);
    }
}
