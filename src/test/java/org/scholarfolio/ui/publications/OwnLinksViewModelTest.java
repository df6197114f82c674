package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

class OwnLinksViewModelTest {
    private static Portfolio papers() {
        return Portfolio.empty().withPublications(List.of(
                Publication.builder("a", "article").links(PublicationLinks.NONE.withOwn(List.of(
                        OwnLink.of("Talk", "https://t.example.org/1")))).build(),
                Publication.builder("b", "article").build()));
    }

    private final EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), papers(), null);
    private final PublicationsViewModel pubs = new PublicationsViewModel(editor);
    private final OwnLinksViewModel links = pubs.ownLinkList();

    private List<OwnLink> own(int pub) {
        return editor.portfolio().publications().get(pub).links().own();
    }

    @Test
    void listFollowsTheSelectedPublication() {
        pubs.selectedIndexProperty().set(0);
        assertThat(links.rows()).extracting(r -> r.value().label()).containsExactly("Talk");
        pubs.selectedIndexProperty().set(1);
        assertThat(links.rows()).isEmpty();
        assertThat(links.selectedIndexProperty().get()).isEqualTo(-1);
    }

    @Test
    void addEditReorderAndRemoveLinksEachAnUndoStep() {
        pubs.selectedIndexProperty().set(0);
        links.addLink();
        links.labelProperty().set("Dataset");
        links.urlProperty().set("data/keys.csv");
        assertThat(own(0)).containsExactly(OwnLink.of("Talk", "https://t.example.org/1"), OwnLink.of("Dataset", "data/keys.csv"));

        links.moveSelected(-1);
        assertThat(own(0)).extracting(OwnLink::label).containsExactly("Dataset", "Talk");
        assertThat(links.selectedIndexProperty().get()).isZero();

        links.removeSelected();
        assertThat(own(0)).extracting(OwnLink::label).containsExactly("Talk");
        assertThat(own(1)).isEmpty();

        editor.takePendingEdits();
        editor.history().undo();
        assertThat(own(0)).extracting(OwnLink::label).containsExactly("Dataset", "Talk");
    }

    @Test
    void aProblemOfALinkNamesItsFieldInTheForm() {
        pubs.selectedIndexProperty().set(0);
        links.selectedIndexProperty().set(0);
        assertThat(links.fieldPath("url")).isEqualTo("publications[0].ownLinks[0].url");
    }
}
