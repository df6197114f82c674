package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FieldPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"publications[turing1950computing].links.pdf", "publications[3].authors[0].url",
        "profile.socialLinks[1].value", "site.baseUrl", "news[2024.01-talk].date", "publications[DBLP:conf/x/Y20]"})
    void theTextFormReadsBackToTheSamePath(String text) {
        assertThat(FieldPath.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void stepsSelectByPositionOrByKey() {
        FieldPath byKey = FieldPath.parse("publications[turing1950computing].links.pdf");
        FieldPath byIndex = FieldPath.parse("publications[3].authors[2].url");
        assertThat(byKey.steps().get(0).key()).isEqualTo("turing1950computing");
        assertThat(byKey.indexOf("publications")).isEmpty();
        assertThat(byIndex.indexOf("publications")).hasValue(3);
        assertThat(byIndex.indexOf("authors")).hasValue(2);
        assertThat(FieldPath.of("publications").at("", 4).then("title")).hasToString("publications[4].title");
        assertThat(FieldPath.of("publications").at("k1", 4).then("title")).hasToString("publications[k1].title");
    }

    @Test
    void aKeyIsResolvedToThePositionOfItsRecord() {
        Portfolio portfolio = Portfolio.empty().withPublications(List.of(Publication.builder("a", "misc").build(),
                Publication.builder("b", "misc").build()));
        assertThat(FieldPath.parse("publications[b].links.pdf").resolvedIn(portfolio)).hasToString("publications[1].links.pdf");
        assertThat(FieldPath.parse("publications[zzz].title").resolvedIn(portfolio)).hasToString("publications[zzz].title");
    }

    @Test
    void aDiagnosticSaysWhereAndWhat() {
        assertThat(Diagnostic.error(FieldPath.parse("publications[3].year"), "the year 20 is not plausible").describe())
                .isEqualTo("error publications[3].year: the year 20 is not plausible");
        assertThat(Diagnostic.imported("papers.bib", 12, Diagnostic.Kind.MISSING, "crossref", "no parent"))
                .hasToString("papers.bib:12 (crossref): no parent");
        assertThat(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.ADJUSTED, new SourceLocation("a.bib", 3, 7, null),
                FieldPath.parse("publications[x].title"), "kept")).hasToString("a.bib:3:7 publications[x].title: kept");
    }
}
