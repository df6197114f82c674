package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.RecordList;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

class AuthorsViewModelTest {
    private static Portfolio paper() {
        Portfolio p = Portfolio.empty().withPublications(List.of(
                Publication.builder("a", "article").authors(List.of(Author.of("Alan", "Turing"), Author.of("Alonzo", "Church"))).build(),
                Publication.builder("b", "article").authors(List.of(Author.of("Grace", "Hopper"))).build()));
        return p.withProfile(p.profile().toBuilder().name(new PersonName("Alan", "", "Turing")).build());
    }

    private final EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), paper(), null);
    private final PublicationsViewModel pubs = new PublicationsViewModel(editor);
    private final AuthorsViewModel authors = pubs.authorList();

    private List<String> names(int pub) {
        return editor.portfolio().publications().get(pub).authors().stream().map(Author::displayName).toList();
    }

    @Test
    void listFollowsTheSelectedPublication() {
        pubs.selectedIndexProperty().set(0);
        assertThat(authors.rows()).extracting(r -> r.value().family()).containsExactly("Turing", "Church");
        pubs.selectedIndexProperty().set(1);
        assertThat(authors.rows()).extracting(r -> r.value().family()).containsExactly("Hopper");
        assertThat(authors.selectedIndexProperty().get()).isEqualTo(-1);
    }

    @Test
    void addEditReorderAndRemoveAuthors() {
        pubs.selectedIndexProperty().set(0);
        authors.addAuthor();
        authors.givenProperty().set("Kurt");
        authors.familyProperty().set("G\u00f6del");
        assertThat(names(0)).containsExactly("Alan Turing", "Alonzo Church", "Kurt G\u00f6del");

        authors.moveSelected(-1);
        assertThat(names(0)).containsExactly("Alan Turing", "Kurt G\u00f6del", "Alonzo Church");
        assertThat(authors.selectedIndexProperty().get()).isEqualTo(1);

        authors.removeSelected();
        assertThat(names(0)).containsExactly("Alan Turing", "Alonzo Church");
        assertThat(names(1)).containsExactly("Grace Hopper");
    }

    @Test
    void aKeyTypedIntoAnAuthorsNameCopiesOnlyTheArraysOnItsWayToThePublication() {
        List<Publication> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add(Publication.builder("k" + i, "article").authors(List.of(Author.of("Ada", "Lovelace" + i))).build());
        }
        EditorViewModel large = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withPublications(many), null);
        PublicationsViewModel list = new PublicationsViewModel(large);
        list.selectedIndexProperty().set(1_500);
        list.authorList().selectedIndexProperty().set(0);
        Portfolio before = large.portfolio();

        list.authorList().familyProperty().set("Byron");

        Portfolio after = large.portfolio();
        assertThat(after.publications().get(1_500).authors().get(0).family()).isEqualTo("Byron");
        // Before, the 2,000 entries were copied into a list, and the snapshot copied that list again.
        // 1,024 < 2,000 <= 32,768: the root, one inner array and the leaf holding the publication.
        assertThat(((RecordList<?>) after.publications()).arraysNotIn((RecordList<?>) before.publications()))
                .isEqualTo(3);
        assertThat(RecordList.replaced(before.publications(), after.publications(), 64)).containsExactly(1_500);
    }

    @Test
    void flagsSetTheMarkers() {
        pubs.selectedIndexProperty().set(0);
        authors.selectedIndexProperty().set(1);
        authors.equalContributionProperty().set(true);
        authors.correspondingProperty().set(true);

        Author church = editor.portfolio().publications().get(0).authors().get(1);
        assertThat(AuthorsViewModel.marks(church)).isEqualTo("*\u2020");
        assertThat(authors.fieldPath("family")).isEqualTo("publications[0].authors[1].family");
    }

    @Test
    void theResearcherIsRecognisedByTheProfileName() {
        assertThat(authors.isResearcher(Author.of("A.", "Turing"))).isTrue();
        assertThat(authors.isResearcher(Author.of("Alonzo", "Church"))).isFalse();
    }
}
