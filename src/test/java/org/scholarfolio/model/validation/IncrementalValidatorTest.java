package org.scholarfolio.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

class IncrementalValidatorTest {
    @TempDir
    Path folder;

    private static Portfolio edit(Portfolio p, int i, UnaryOperator<Publication.Builder> change) {
        List<Publication> pubs = new ArrayList<>(p.publications());
        pubs.set(i, change.apply(pubs.get(i).toBuilder()).build());
        return p.withPublications(pubs);
    }

    private static List<String> messages(List<Diagnostic> found) {
        return found.stream().map(d -> d.path() + ": " + d.message()).toList();
    }

    @Test
    void aSeriesOfEditsIsReportedAsACheckOfTheWholePortfolioWouldAndOnlyTheChangedRecordIsRechecked() {
        IncrementalValidator validator = new IncrementalValidator();
        Portfolio p = PortfolioGenerator.generate(300, 20, 7L);
        assertThat(validator.check(p, folder)).isEqualTo(PortfolioValidator.validate(p, folder));
        assertThat(validator.rechecked()).isEqualTo(300);

        List<UnaryOperator<Portfolio>> edits = List.of(
                q -> edit(q, 10, b -> b.title("")),                                        // a problem added
                q -> edit(q, 10, b -> b.title("Back again")),                              // and fixed
                q -> edit(q, 200, b -> b.citationKey(q.publications().get(3).citationKey().toUpperCase())), // duplicate key made
                q -> edit(q, 3, b -> b.citationKey("renamedfirst")),                       // the first one renamed: 200 is alone again
                q -> edit(q, 50, b -> b.doi(q.publications().get(60).doi().isBlank() ? "10.1/x" : q.publications().get(60).doi())),
                q -> edit(q, 150, b -> b.year(3000)));
        for (UnaryOperator<Portfolio> e : edits) {
            p = e.apply(p);
            assertThat(messages(validator.check(p, folder))).isEqualTo(messages(PortfolioValidator.validate(p, folder)));
            assertThat(validator.rechecked()).isEqualTo(1);
        }

        // A record inserted first moves every record: all are checked again, with their new indexes.
        List<Publication> pubs = new ArrayList<>(p.publications());
        pubs.add(0, Publication.builder("", "misc").build());
        p = p.withPublications(pubs);
        assertThat(messages(validator.check(p, folder))).isEqualTo(messages(PortfolioValidator.validate(p, folder)));
        // and removed again
        p = p.withPublications(p.publications().subList(1, p.publications().size()));
        assertThat(messages(validator.check(p, folder))).isEqualTo(messages(PortfolioValidator.validate(p, folder)));
    }

    @Test
    void duplicateKeysAreReportedWhenMadeAndGoneWhenRemoved() {
        IncrementalValidator validator = new IncrementalValidator();
        Portfolio p = Portfolio.empty().withPublications(List.of(
                Publication.builder("turing1950", "article").title("A").year(1950).build(),
                Publication.builder("church1936", "article").title("B").year(1936).build()));
        assertThat(messages(validator.check(p, null))).noneMatch(m -> m.contains("also used"));

        p = edit(p, 1, b -> b.citationKey("Turing1950"));
        assertThat(messages(validator.check(p, null)))
                .contains("publications[1].citationKey: the citation key \"Turing1950\" is also used by publications[0]");

        p = p.withPublications(List.of(p.publications().get(1)));
        assertThat(messages(validator.check(p, null))).noneMatch(m -> m.contains("also used"));
    }

    @Test
    void aFileIsLookedUpAgainAfterForget() throws Exception {
        IncrementalValidator validator = new IncrementalValidator();
        Portfolio p = Portfolio.empty().withPublications(List.of(
                Publication.builder("a", "article").title("A").year(2020).links(org.scholarfolio.model.PublicationLinks.NONE.with(org.scholarfolio.model.LinkKind.PDF, "assets/a.pdf")).build()));
        assertThat(messages(validator.check(p, folder))).anyMatch(m -> m.contains("assets/a.pdf does not exist"));

        Files.createDirectories(folder.resolve("assets"));
        Files.writeString(folder.resolve("assets/a.pdf"), "%PDF");
        validator.forget();

        assertThat(messages(validator.check(p, folder))).noneMatch(m -> m.contains("does not exist"));
    }
}
