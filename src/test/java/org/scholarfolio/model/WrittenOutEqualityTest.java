package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The records whose equality is written out by hand compare every component, as generated equality does. */
class WrittenOutEqualityTest {
    private static final FieldPath PATH = FieldPath.parse("publications[k1].authors[2].url");
    private static final SourceLocation SOURCE = new SourceLocation("refs.bib", 3, 7, "crossref");
    private static final Diagnostic DIAGNOSTIC = new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.RULE, SOURCE, PATH,
            "not an address");

    @Test
    void equalComponentsAreEqualWithOneHash() {
        FieldPath path = FieldPath.parse("publications[k1].authors[2].url");
        SourceLocation source = new SourceLocation("refs.bib", 3, 7, "crossref");
        Diagnostic diagnostic = new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.RULE, source, path, "not an address");

        assertThat(path).isEqualTo(PATH).hasSameHashCodeAs(PATH);
        assertThat(path.steps().get(1)).isEqualTo(PATH.steps().get(1)).hasSameHashCodeAs(PATH.steps().get(1));
        assertThat(source).isEqualTo(SOURCE).hasSameHashCodeAs(SOURCE);
        assertThat(diagnostic).isEqualTo(DIAGNOSTIC).hasSameHashCodeAs(DIAGNOSTIC);
        assertThat(new SourceLocation("a", 1, 0, null)).isEqualTo(new SourceLocation("a", 1, 0, ""));
    }

    @Test
    void anyComponentApartMakesThemUnequal() {
        assertThat(List.of(FieldPath.parse("publications[k2].authors[2].url"), FieldPath.parse("publications[k1].authors[3].url"),
                FieldPath.parse("publications[k1].editors[2].url"), FieldPath.parse("publications[k1].authors[2]")))
                .allSatisfy(p -> assertThat(p).isNotEqualTo(PATH));
        assertThat(new FieldPath.Step("a", 1, null)).isNotEqualTo(new FieldPath.Step("a", 2, null))
                .isNotEqualTo(new FieldPath.Step("a", -1, "k")).isNotEqualTo(new FieldPath.Step("b", 1, null));
        assertThat(List.of(new SourceLocation("other.bib", 3, 7, "crossref"), new SourceLocation("refs.bib", 4, 7, "crossref"),
                new SourceLocation("refs.bib", 3, 8, "crossref"), new SourceLocation("refs.bib", 3, 7, "title"),
                new SourceLocation("refs.bib", 3, 7, null)))
                .allSatisfy(s -> assertThat(s).isNotEqualTo(SOURCE));
        assertThat(List.of(new Diagnostic(Diagnostic.Severity.ERROR, Diagnostic.Kind.RULE, SOURCE, PATH, "not an address"),
                new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.SKIPPED, SOURCE, PATH, "not an address"),
                new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.RULE, SourceLocation.NONE, PATH, "not an address"),
                new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.RULE, SOURCE, FieldPath.NONE, "not an address"),
                new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Kind.RULE, SOURCE, PATH, "another sentence")))
                .allSatisfy(d -> assertThat(d).isNotEqualTo(DIAGNOSTIC));
        assertThat(DIAGNOSTIC).isNotEqualTo(null).isNotEqualTo("not an address");
    }

    @Test
    void portfoliosCompareEveryComponent() {
        Portfolio generated = org.scholarfolio.generator.PortfolioGenerator.generate(5, 3, 7);
        Portfolio copy = new Portfolio(generated.schemaVersion(), generated.profile(), generated.site(),
                List.copyOf(generated.news()), List.copyOf(generated.publications()), List.copyOf(generated.pages()),
                generated.unknownFields());

        assertThat(copy).isEqualTo(generated).hasSameHashCodeAs(generated);
        assertThat(List.of(new Portfolio(2, generated.profile(), generated.site(), generated.news(), generated.publications(),
                        generated.pages(), generated.unknownFields()),
                generated.withProfile(Profile.EMPTY), generated.withSite(SiteSettings.DEFAULT),
                generated.withNews(generated.news().subList(1, 3)),
                generated.withPublications(generated.publications().subList(0, 4)),
                generated.withPages(List.of(new Page("cv", "CV", 1, true, "", UnknownFields.NONE))),
                new Portfolio(generated.schemaVersion(), generated.profile(), generated.site(), generated.news(),
                        generated.publications(), generated.pages(), new UnknownFields(java.util.Map.of("theme", "dark")))))
                .allSatisfy(p -> assertThat(p).isNotEqualTo(generated));
        assertThat(generated).isNotEqualTo(null).isNotEqualTo(generated.profile());
    }
}
