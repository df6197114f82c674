package org.scholarfolio.ui.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.RecordList;
import org.scholarfolio.model.UnknownFields;
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
    void aKeyTypedIntoOneOfTwoThousandPublicationsCopiesOnlyTheArraysOnItsWay() throws Exception {
        files.files.put(Path.of("big", "portfolio.json"), PortfolioGenerator.generate(2_000, 10, 5L));
        editor.open(Path.of("big", "portfolio.json"));
        vm.selectedIndexProperty().set(700);
        Portfolio before = editor.portfolio();
        vm.rows().addListener((ListChangeListener<Row<Publication>>) changes::add);

        vm.titleProperty().set(vm.titleProperty().get() + "x");

        Portfolio after = editor.portfolio();
        // Before, the edit copied the 2,000 entries into a list, and the snapshot copied that list again.
        // 1,024 < 2,000 <= 32,768: the root, one inner array and the leaf holding the publication.
        assertThat(((RecordList<?>) after.publications()).arraysNotIn((RecordList<?>) before.publications()))
                .isEqualTo(3);
        assertThat(RecordList.replaced(before.publications(), after.publications(), 64)).containsExactly(700);
        assertThat(after.news()).isSameAs(before.news());
        assertThat(changes).hasSize(1);
        ListChangeListener.Change<? extends Row<Publication>> change = changes.get(0);
        assertThat(change.next()).isTrue();
        assertThat(change.wasReplaced()).isTrue();
        assertThat(change.getFrom()).isEqualTo(700);
        assertThat(change.getTo()).isEqualTo(701);
        assertThat(vm.rows().get(700).value()).isSameAs(after.publications().get(700));

        // Undo gives the snapshot from before back, and the row follows it.
        editor.history().undo();
        assertThat(editor.portfolio()).isSameAs(before);
        assertThat(vm.rows().get(700).value()).isSameAs(before.publications().get(700));
        assertThat(editor.history().isDirty()).isFalse();
    }

    @Test
    void reopeningEqualContentTakesTheNewRecordsInOneChangeWithoutComparingThem() throws Exception {
        int[] compares = new int[1];
        files.files.put(Path.of("a", "portfolio.json"), probed(PortfolioGenerator.generate(300, 10, 5L), compares));
        editor.open(Path.of("a", "portfolio.json"));
        // An equal copy, as a reopen of an unchanged file gives: another document, so its records
        // become the rows at once; comparing them with the old ones was 0.7 s at 100,000 publications.
        Portfolio copy = probed(PortfolioGenerator.generate(300, 10, 5L), compares);
        assertThat(copy).isEqualTo(editor.portfolio());
        compares[0] = 0;
        files.files.put(Path.of("b", "portfolio.json"), copy);
        vm.rows().addListener((ListChangeListener<Row<Publication>>) changes::add);

        editor.open(Path.of("b", "portfolio.json"));

        assertThat(compares[0]).as("records compared with equals").isZero();
        assertThat(changes).hasSize(1);
        assertThat(vm.rows()).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertThat(vm.rows().get(i).value()).isSameAs(copy.publications().get(i));
        }

        // Typing in the reopened document still replaces one row.
        changes.clear();
        editor.edit("typing", p -> {
            List<Publication> pubs = new ArrayList<>(p.publications());
            pubs.set(12, pubs.get(12).toBuilder().text(PublicationField.TITLE, "Retitled").build());
            return p.withPublications(pubs);
        });
        assertThat(changes).hasSize(1);
        assertThat(vm.rows().get(12).value().title()).isEqualTo("Retitled");
    }

    @Test
    void reloadingTheFileFromDiskTakesItWithoutComparingAnything() throws Exception {
        int[] compares = new int[1];
        Path file = Path.of("a", "portfolio.json");
        files.files.put(file, probed(PortfolioGenerator.generate(300, 10, 5L), compares));
        editor.open(file);
        editor.edit("typing", p -> withTitle(p, 12, "Typed here"));
        // Another program changed one title in the file: everything read back is another object.
        files.files.put(file, withTitle(probed(PortfolioGenerator.generate(300, 10, 5L), compares), 40, "Changed there"));
        // The file thread reads the file and compares it with the window's snapshot.
        EditorViewModel.Reloaded reloaded = EditorViewModel.Reloaded.compared(editor.read(file), editor.portfolio());
        assertThat(reloaded.sameAsHere()).isFalse();
        compares[0] = 0;
        vm.rows().addListener((ListChangeListener<Row<Publication>>) changes::add);

        assertThat(editor.takeReloaded(reloaded)).isTrue();

        // Before, the history compared the two snapshots whole, twice, and the rows record by record.
        assertThat(compares[0]).as("records compared with equals").isZero();
        assertThat(editor.history().isDirty()).isFalse();
        assertThat(editor.history().nextUndoProperty().get().description()).isEqualTo("reload from disk");
        assertThat(changes).hasSize(1);
        assertThat(vm.rows().get(40).value().title()).isEqualTo("Changed there");
        assertThat(vm.rows().get(12).value().title()).isNotEqualTo("Typed here");

        // Undo past the reload: the snapshot from before it is unsaved, known without comparing it
        // with the reloaded one (they share no objects: a whole walk at 100,000 publications).
        editor.history().undo();
        assertThat(vm.rows().get(12).value().title()).isEqualTo("Typed here");
        assertThat(vm.rows().get(40).value().title()).isNotEqualTo("Changed there");
        assertThat(editor.history().isDirty()).isTrue();
        assertThat(compares[0]).as("records compared with equals on Undo").isZero();
        editor.history().redo();
        assertThat(editor.history().isDirty()).isFalse();
        assertThat(compares[0]).as("records compared with equals on Redo").isZero();
    }

    @Test
    void reloadingAFileWithTheSameContentMakesNoUndoStep() throws Exception {
        Path file = Path.of("a", "portfolio.json");
        files.files.put(file, PortfolioGenerator.generate(300, 10, 5L));
        editor.open(file);
        editor.edit("typing", p -> withTitle(p, 12, "Typed here"));
        // Another program saved the same content (its own layout, say): equal, but other objects.
        files.files.put(file, withTitle(PortfolioGenerator.generate(300, 10, 5L), 12, "Typed here"));
        Portfolio typed = editor.portfolio();

        EditorViewModel.Reloaded reloaded = EditorViewModel.Reloaded.compared(editor.read(file), editor.portfolio());
        assertThat(reloaded.sameAsHere()).isTrue();
        assertThat(editor.takeReloaded(reloaded)).isFalse();

        assertThat(editor.portfolio()).isSameAs(typed);
        assertThat(editor.history().isDirty()).isFalse();
        assertThat(editor.history().nextUndoProperty().get().description()).isNotEqualTo("reload from disk");
        editor.history().undo();
        assertThat(vm.rows().get(12).value().title()).isNotEqualTo("Typed here");
        assertThat(editor.history().canUndoProperty().get()).isFalse();
    }

    private static Portfolio withTitle(Portfolio p, int i, String title) {
        List<Publication> pubs = new ArrayList<>(p.publications());
        pubs.set(i, pubs.get(i).toBuilder().text(PublicationField.TITLE, title).build());
        return p.withPublications(pubs);
    }

    /** {@code p} with a field in itself and in each publication that counts the compares that reach it. */
    private static Portfolio probed(Portfolio p, int[] compares) {
        List<Publication> pubs = new ArrayList<>();
        for (Publication pub : p.publications()) {
            pubs.add(pub.toBuilder().unknownFields(new UnknownFields(Map.of("probe", new CountedCompares(compares)))).build());
        }
        return new Portfolio(p.schemaVersion(), p.profile(), p.site(), p.news(), pubs, p.pages(),
                new UnknownFields(Map.of("probe", new CountedCompares(compares))));
    }

    /** Equal to every other of its kind; counts how often it is asked. */
    private record CountedCompares(int[] count) {
        @Override
        public boolean equals(Object o) {
            count[0]++;
            return o instanceof CountedCompares;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }
}
