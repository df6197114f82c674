package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LinkKindTest {
    /** A link kind is described in one place: its key is spelled as a literal in at most two main files. */
    @Test
    void eachLinkKeyIsSpelledInAtMostTwoMainSourceFiles() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path f : sources) {
            texts.add(Files.readString(f));
        }
        for (LinkKind kind : LinkKind.values()) {
            List<String> spellings = new ArrayList<>(kind.aliases());
            spellings.add(kind.key());
            for (String spelling : spellings) {
                Set<Path> holding = new HashSet<>();
                for (int i = 0; i < sources.size(); i++) {
                    if (texts.get(i).contains("\"" + spelling + "\"")) {
                        holding.add(sources.get(i));
                    }
                }
                assertThat(holding).as("main files spelling \"%s\"", spelling).hasSizeLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void keysAndAliasesNameOneKindEach() {
        Set<String> seen = new HashSet<>();
        for (String spelling : LinkKind.allSpellings()) {
            assertThat(seen.add(spelling)).as(spelling).isTrue();
        }
        assertThat(LinkKind.byKey("Supplementary")).contains(LinkKind.SUPP);
        assertThat(LinkKind.byKey("nothing")).isEmpty();
    }

    @Test
    void linksKeepOnlyValuesAndReadBackByKey() {
        PublicationLinks links = PublicationLinks.NONE.with(LinkKind.CODE, "https://example.org/c").with(LinkKind.PDF, " ");
        assertThat(links.values()).containsOnlyKeys(LinkKind.CODE);
        assertThat(PublicationLinks.fromMap(links.asMap())).isEqualTo(links);
        assertThat(links.with(LinkKind.CODE, "")).isEqualTo(PublicationLinks.NONE);
    }
}
