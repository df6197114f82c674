package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.RecordListViewModel.Row;

/**
 * The table's rows follow the document with as few list changes as the edit needs: opening a large
 * portfolio is one change (not one per record, each of which the table and its selection follow),
 * typing in one record replaces that one row.
 */
class LargeListRowsTest {
    private final InMemoryPortfolioFiles files = new InMemoryPortfolioFiles();
    private final EditorViewModel editor = new EditorViewModel(files, Portfolio.empty(), null);
    private final PublicationsViewModel vm = new PublicationsViewModel(editor);
    private final List<ListChangeListener.Change<? extends Row<Publication>>> changes = new ArrayList<>();

    @Test
    void openingTwoThousandPublicationsIsOneChangeAndTypingReplacesOneRow() throws Exception {
        Portfolio big = PortfolioGenerator.generate(2_000, 10, 5L);
        files.files.put(Path.of("big", "portfolio.json"), big);
        vm.rows().addListener((ListChangeListener<Row<Publication>>) changes::add);

        editor.open(Path.of("big", "portfolio.json"));
        assertThat(changes).hasSize(1);
        assertThat(vm.rows()).hasSize(2_000);
        assertThat(vm.rows().get(1_999).value()).isSameAs(editor.portfolio().publications().get(1_999));

        changes.clear();
        editor.edit("typing", p -> {
            List<Publication> pubs = new ArrayList<>(p.publications());
            pubs.set(700, pubs.get(700).toBuilder().text(PublicationField.TITLE, "Retitled").build());
            return p.withPublications(pubs);
        });
        assertThat(changes).hasSize(1);
        ListChangeListener.Change<? extends Row<Publication>> change = changes.get(0);
        assertThat(change.next()).isTrue();
        assertThat(change.wasReplaced()).isTrue();
        assertThat(change.getFrom()).isEqualTo(700);
        assertThat(change.getTo()).isEqualTo(701);
        assertThat(vm.rows().get(700).value().title()).isEqualTo("Retitled");
    }

    @Test
    void reopeningTheSameContentChangesNoRow() throws Exception {
        Portfolio big = PortfolioGenerator.generate(300, 10, 5L);
        files.files.put(Path.of("a", "portfolio.json"), big);
        editor.open(Path.of("a", "portfolio.json"));
        // An equal copy, as a reload of an unchanged file gives: no row changes, and later edits
        // compare the new snapshot's records by identity.
        files.files.put(Path.of("b", "portfolio.json"), PortfolioGenerator.generate(300, 10, 5L));
        vm.rows().addListener((ListChangeListener<Row<Publication>>) changes::add);
        editor.open(Path.of("b", "portfolio.json"));
        assertThat(changes).isEmpty();
        assertThat(vm.rows()).hasSize(300);
    }
}
