package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

class PublicationsViewModelTest {

    private static Portfolio twoPapers() {
        return Portfolio.empty().withPublications(List.of(
                Publication.builder("turing1950", "article").title("Computing Machinery and Intelligence")
                        .authors(List.of(Author.of("Alan", "Turing"))).journal("Mind").year(1950).build(),
                Publication.builder("hopper1952", "inproceedings").title("The Education of a Computer")
                        .authors(List.of(Author.of("Grace", "Hopper"))).booktitle("ACM National Meeting")
                        .year(1952).build()));
    }

    private final EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), twoPapers(), null);
    private final PublicationsViewModel vm = new PublicationsViewModel(editor);

    private List<String> visibleKeys() {
        return vm.visibleRows().stream().map(r -> r.value().citationKey()).toList();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            machinery,  turing1950
            HOPPER,     hopper1952
            acm,        hopper1952
            1950,       turing1950
            mind turing,turing1950
            """)
    void searchFiltersByTitleAuthorVenueAndYear(String query, String expectedKey) {
        vm.searchTextProperty().set(query);
        assertThat(visibleKeys()).containsExactly(expectedKey);
    }

    @Test
    void emptySearchShowsEverything() {
        vm.searchTextProperty().set("  ");
        assertThat(visibleKeys()).containsExactly("turing1950", "hopper1952");
    }

    @Test
    void addingAPublicationPutsItFirstWithAFreeKeyAndSelectsIt() {
        vm.addPublication();
        vm.addPublication();

        assertThat(editor.portfolio().publications()).extracting(Publication::citationKey)
                .containsExactly("unknowna", "unknown", "turing1950", "hopper1952");
        assertThat(vm.selectedIndexProperty().get()).isZero();
        assertThat(vm.citationKeyProperty().get()).isEqualTo("unknowna");
    }

    @Test
    void aNewPublicationsKeyFollowsAuthorYearAndTitleUntilItIsEditedByHand() {
        vm.addPublication();
        vm.authorsProperty().set("Alan Turing");
        vm.yearProperty().set("1950");
        vm.titleProperty().set("Computing Machinery and Intelligence");
        assertThat(vm.citationKeyProperty().get()).isEqualTo("turing1950computing");

        vm.citationKeyProperty().set("imitation-game");
        vm.titleProperty().set("The Imitation Game");
        assertThat(vm.citationKeyProperty().get()).isEqualTo("imitation-game");
    }

    @Test
    void aGeneratedKeyIsMadeUniqueAndExistingKeysNeverFollowTheirFields() {
        vm.addPublication();
        vm.authorsProperty().set("Alan Turing");
        vm.yearProperty().set("1950");
        assertThat(vm.citationKeyProperty().get()).isEqualTo("turing1950a");

        vm.selectedIndexProperty().set(1);
        vm.titleProperty().set("A New Title");
        assertThat(vm.citationKeyProperty().get()).isEqualTo("turing1950");
    }

    @Test
    void detailFormEditsTheSelectedPublication() {
        vm.selectedIndexProperty().set(1);
        assertThat(vm.titleProperty().get()).isEqualTo("The Education of a Computer");

        vm.titleProperty().set("Education of a Computer");
        vm.yearProperty().set("1951");

        Publication edited = editor.portfolio().publications().get(1);
        assertThat(edited.title()).isEqualTo("Education of a Computer");
        assertThat(edited.year()).isEqualTo(1951);
        assertThat(vm.rows().get(1).value()).isEqualTo(edited);
    }

    @Test
    void whileFilteringAnEditedOrAddedPublicationIsMatchedByWhatItSaysNow() {
        vm.searchTextProperty().set("computer");
        assertThat(visibleKeys()).containsExactly("hopper1952");
        vm.selectedIndexProperty().set(1);

        vm.titleProperty().set("The Education of a Machine");
        assertThat(visibleKeys()).isEmpty();
        vm.searchTextProperty().set("machine");
        assertThat(visibleKeys()).containsExactly("turing1950", "hopper1952");

        editor.history().undo();
        assertThat(visibleKeys()).containsExactly("turing1950");
        vm.addPublication();
        vm.titleProperty().set("Machine Learning");
        assertThat(visibleKeys()).hasSize(2).contains("turing1950");
    }

    @Test
    void anInvalidYearStaysInTheFieldButClearsTheModel() {
        vm.selectedIndexProperty().set(0);
        vm.yearProperty().set("19x");
        assertThat(editor.portfolio().publications().get(0).year()).isNull();
        assertThat(vm.yearProperty().get()).isEqualTo("19x");
    }

    @Test
    void theAuthorsFieldFollowsAChangeToOneAuthorOfMany() {
        vm.selectedIndexProperty().set(0);
        List<Author> many = List.of(Author.of("Alan", "Turing"), Author.of("Grace", "Hopper"), Author.of("", "Euclid"));
        editor.edit("authors", p -> p.withPublications(List.of(p.publications().get(0).toBuilder().authors(many).build(),
                p.publications().get(1))));
        assertThat(vm.authorsProperty().get()).isEqualTo("Alan Turing\nGrace Hopper\nEuclid");

        List<Author> renamed = new java.util.ArrayList<>(editor.portfolio().publications().get(0).authors());
        renamed.set(1, Author.of("Grace Brewster", "Hopper"));
        editor.edit("author", p -> p.withPublications(List.of(p.publications().get(0).toBuilder().authors(renamed).build(),
                p.publications().get(1))));

        assertThat(vm.authorsProperty().get()).isEqualTo("Alan Turing\nGrace Brewster Hopper\nEuclid");
    }

    @Test
    void authorsKeepTheirMarkersWhenTheLineIsUnchanged() {
        Author starred = Author.of("Alan", "Turing").withEqualContribution(true);
        List<Author> parsed = PublicationsViewModel.parseAuthors("Alan Turing\nHopper, Grace\nEuclid",
                List.of(starred));
        assertThat(parsed).containsExactly(starred, Author.of("Grace", "Hopper"), Author.of("", "Euclid"));
    }

    @Test
    void aLineThatReadsAsTwoExistingAuthorsKeepsTheFirstOfThem() {
        Author first = Author.of("Alan", "Turing").withEqualContribution(true);
        Author second = Author.of("Alan", "Turing");
        List<Author> parsed = PublicationsViewModel.parseAuthors("Alan Turing\nAlan Turing", List.of(first, second));
        assertThat(parsed).containsExactly(first, first);
    }

    @Test
    void removingIsUndoable() {
        vm.selectedIndexProperty().set(0);
        vm.removeSelected();
        assertThat(vm.rows()).hasSize(1);
        editor.history().undo();
        assertThat(vm.rows()).extracting(r -> r.value().citationKey()).containsExactly("turing1950", "hopper1952");
    }

    @Test
    void nothingSelectedMeansTheFormDoesNotEdit() {
        vm.titleProperty().set("stray");
        assertThat(editor.portfolio()).isEqualTo(twoPapers());
    }

    @Test
    void openingAnotherPortfolioClearsTheSelection() {
        vm.selectedIndexProperty().set(1);
        editor.newPortfolio();
        assertThat(vm.selectedIndexProperty().get()).isEqualTo(-1);
        assertThat(vm.titleProperty().get()).isEmpty();
    }

    @Test
    void linksBadgesAndMonthAreEditable() {
        vm.selectedIndexProperty().set(0);
        vm.field("links.pdf").set("turing1950.pdf");
        vm.field("links.code").set("https://example.org/code");
        vm.field("badges.altmetric").set("12345");
        vm.field("month").set("10");
        vm.bibtexShowProperty().set(true);

        Publication p = editor.portfolio().publications().get(0);
        assertThat(p.links().asMap()).containsExactly(
                org.assertj.core.api.Assertions.entry("pdf", "turing1950.pdf"),
                org.assertj.core.api.Assertions.entry("code", "https://example.org/code"));
        assertThat(p.badges().altmetric()).isEqualTo("12345");
        assertThat(p.month()).isEqualTo(10);
        assertThat(p.bibtexShow()).isTrue();
        assertThat(vm.fieldPath("links.pdf")).isEqualTo("publications[0].links.pdf");
    }

    @Test
    void everyLinkAndBadgeNameHasAField() {
        for (org.scholarfolio.model.LinkKind link : org.scholarfolio.model.LinkKind.values()) {
            assertThat(vm.field("links." + link.key())).isNotNull();
        }
        for (String badge : PublicationsViewModel.BADGES) {
            assertThat(vm.field("badges." + badge)).isNotNull();
        }
    }
}
