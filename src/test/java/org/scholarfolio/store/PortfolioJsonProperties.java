package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scholarfolio.importer.bibtex.PublicationArbitraries;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

/**
 * The JSON loader and writer keep everything: any portfolio saves and loads back equal, members the
 * app does not know survive at every level with their exact values, and a file broken anywhere either
 * still loads or is refused with an error naming the file and, for a syntax error, a line of it.
 */
class PortfolioJsonProperties {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final List<String> TEXTS = List.of("", "Ada", "Lovelace", "Müller", "中文", "😀", "a\"b", "\\",
            "\n", "\t", "\u0000", "\u001f", "\u2028", "\uFEFF", "</script>", "{{ x }}", "$x^2$", "null", "0", " ",
            "line\r\nbreak", "\uD83D", "\uDC00");

    /** A portfolio as JSON text, and where each member the app does not know was put in it. */
    record Document(String json, List<String> unknownAt) {
    }

    @Provide
    Arbitrary<Document> documents() {
        return Combinators.combine(unknownMembers().list().ofSize(12), text().list().ofSize(4))
                .as(PortfolioJsonProperties::document);
    }

    private static Document document(List<Map<String, Object>> u, List<String> t) {
        List<String> at = new ArrayList<>();
        Map<String, Object> root = object(at, "", u.get(0), "schemaVersion", 1);
        Map<String, Object> name = object(at, "/profile/name", u.get(1), "first", t.get(0), "last", t.get(1));
        Map<String, Object> photo = object(at, "/profile/photo", u.get(2), "path", "me.png", "alt", t.get(2));
        Map<String, Object> social = object(at, "/profile/socialLinks/0", u.get(3), "kind", "github_username",
                "value", t.get(3));
        root.put("profile", object(at, "/profile", u.get(4), "name", name, "photo", photo, "bio", t.get(0),
                "socialLinks", List.of(social)));
        Map<String, Object> theme = object(at, "/site/theme", u.get(5), "accentColor", "#123456");
        root.put("site", object(at, "/site", u.get(6), "title", t.get(1), "theme", theme));
        root.put("news", List.of(object(at, "/news/0", u.get(7), "id", "n1", "date", "2020-01-02", "body", t.get(2))));
        Map<String, Object> author = object(at, "/publications/0/authors/0", u.get(8), "family", t.get(3));
        Map<String, Object> links = object(at, "/publications/0/links", u.get(9), "pdf", "a.pdf");
        root.put("publications", List.of(object(at, "/publications/0", u.get(10), "citationKey", "k",
                "title", t.get(0), "authors", List.of(author), "links", links)));
        root.put("pages", List.of(object(at, "/pages/0", u.get(11), "slug", "cv", "title", t.get(1))));
        try {
            // Escaped, as a lone surrogate can only be written in a file that way.
            return new Document(JSON.writerWithDefaultPrettyPrinter().with(JsonWriteFeature.ESCAPE_NON_ASCII)
                    .writeValueAsString(root), at);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** An object with the known members given, then the unknown ones, whose JSON pointers go into {@code at}. */
    private static Map<String, Object> object(List<String> at, String pointer, Map<String, Object> unknown,
                                              Object... known) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int i = 0; i < known.length; i += 2) {
            o.put((String) known[i], known[i + 1]);
        }
        unknown.forEach((k, v) -> {
            o.put(k, v);
            at.add(pointer + "/" + k.replace("~", "~0").replace("/", "~1"));
        });
        return o;
    }

    private static Arbitrary<String> text() {
        return Arbitraries.of(TEXTS).list().ofMaxSize(4).map(parts -> String.join("", parts));
    }

    private static Arbitrary<Map<String, Object>> unknownMembers() {
        Arbitrary<String> key = Arbitraries.of("x", "future", "x-ü", "a/b", "t~1", "", " ", "😀", "orcid2")
                .map(k -> "zz" + k);
        return Arbitraries.maps(key, value(2)).ofMaxSize(2);
    }

    private static Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(text().map(Object.class::cast),
                Arbitraries.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE).map(Object.class::cast),
                Arbitraries.of("2.50", "1e400", "-0.0", "0.1", "123456789012345678901234567890", "1E-7")
                        .map(BigDecimal::new).map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.just(null));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> list = value(depth - 1).list().ofMaxSize(3).map(Object.class::cast);
        Arbitrary<Object> map = Arbitraries.maps(Arbitraries.of("a", "b", "", "k k"), value(depth - 1))
                .ofMaxSize(3).map(Object.class::cast);
        return Arbitraries.oneOf(scalar, list, map);
    }

    @Property
    void unknownMembersAtEveryLevelSurviveLoadAndSave(@ForAll("documents") Document doc) throws Exception {
        Path dir = Files.createTempDirectory("json-props");
        try {
            Path file = dir.resolve(PortfolioStore.FILE_NAME);
            Files.writeString(file, doc.json(), StandardCharsets.UTF_8);
            Portfolio loaded = PortfolioStore.load(dir).portfolio();
            PortfolioStore.save(dir, loaded);
            byte[] saved = Files.readAllBytes(file);

            assertThat(PortfolioStore.load(dir).portfolio()).isEqualTo(loaded);
            assertThat(PortfolioStore.toJson(PortfolioStore.load(dir).portfolio())).as("a second save changes nothing")
                    .isEqualTo(saved);
            JsonNode before = JSON.readTree(doc.json());
            JsonNode after = JSON.readTree(saved);
            for (String pointer : doc.unknownAt()) {
                JsonPointer p = JsonPointer.compile(pointer);
                assertThat(after.at(p)).as("%s in%n%s", pointer, new String(saved, StandardCharsets.UTF_8))
                        .isEqualTo(before.at(p));
            }
        } finally {
            org.scholarfolio.files.AtomicFolder.deleteTreeQuietly(dir);
        }
    }

    @Property
    void anyPortfolioOfPublicationsSavesAndLoadsBackEqual(
            @ForAll("publications") List<Publication> publications) throws Exception {
        Portfolio portfolio = Portfolio.empty().withPublications(publications);
        Path dir = Files.createTempDirectory("json-props");
        try {
            PortfolioStore.save(dir, portfolio);
            assertThat(PortfolioStore.load(dir).portfolio()).isEqualTo(portfolio);
        } finally {
            org.scholarfolio.files.AtomicFolder.deleteTreeQuietly(dir);
        }
    }

    @Provide
    Arbitrary<List<Publication>> publications() {
        return PublicationArbitraries.publications();
    }

    @Property
    void aFileBrokenAnywhereLoadsOrIsRefusedNamingTheFileAndLine(@ForAll("documents") Document doc,
            @ForAll("damage") Damage damage) throws IOException {
        String broken = damage.apply(doc.json());
        Path dir = Files.createTempDirectory("json-props");
        try {
            Path file = dir.resolve(PortfolioStore.FILE_NAME);
            Files.writeString(file, broken, StandardCharsets.UTF_8);
            try {
                PortfolioStore.load(dir);
            } catch (PortfolioLoadException e) {
                assertThat(e.getMessage()).startsWith(file.toString());
                assertThat(e.reason()).isNotBlank();
                if (e.kind() == PortfolioLoadException.Kind.SYNTAX) {
                    assertThat(e.line()).as(e.getMessage()).isBetween(1, (int) broken.lines().count() + 1);
                }
            }
        } finally {
            org.scholarfolio.files.AtomicFolder.deleteTreeQuietly(dir);
        }
    }

    /** One change to a file: text cut out at a relative position, or a piece put in. */
    record Damage(double where, int cut, String insert) {
        String apply(String text) {
            int at = (int) (where * text.length());
            int end = Math.min(text.length(), at + cut);
            return text.substring(0, at) + insert + text.substring(end);
        }
    }

    @Provide
    Arbitrary<Damage> damage() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 20),
                Arbitraries.of("", "", "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1e999999", "\"year\": \"x\"",
                        "\"date\": \"2020-02-30\"", "\u0000", "\uFEFF", "/* c */", "\n", "{\"a\":".repeat(50)))
                .as(Damage::new);
    }
}
