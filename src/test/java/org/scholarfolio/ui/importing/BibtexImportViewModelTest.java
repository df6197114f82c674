package org.scholarfolio.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

class BibtexImportViewModelTest {
    @TempDir
    Path dir;

    private final EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(),
            Portfolio.empty().withPublications(List.of(
                    Publication.builder("lovelace1843notes", "article").title("Notes on the Analytical Engine")
                            .journal("Scientific Memoirs").selected(true).build())), null);
    private final BibtexImportViewModel vm = new BibtexImportViewModel(editor);

    private static final String FILE = """
            @article{lovelace1843notes, title = {Notes on the Analytical Engine}, year = 1843, volume = {3}}
            @misc{babbage1864passages, title = {Passages from the Life of a Philosopher}, year = 1864}
            @article{broken, title = {never closed
            """;

    @Test
    void previewListsWhatWillBeAddedAndUpdatedAndChangesNothingYet() {
        BibtexImportViewModel.Preview preview = vm.preview(FILE, "refs.bib");
        assertThat(preview.summary()).isEqualTo("1 to add, 1 to update, 0 already up to date, 1 warning");
        assertThat(preview.lines()).containsExactly("Update lovelace1843notes: year, volume",
                "Add babbage1864passages: Passages from the Life of a Philosopher",
                preview.lines().get(2));
        assertThat(preview.lines().get(2)).startsWith("Warning: refs.bib:3");
        assertThat(editor.portfolio().publications()).hasSize(1);
        assertThat(editor.history().isDirty()).isFalse();
    }

    @Test
    void previewShowsTitlesWithoutProtectiveBracesAsTheTableDoes() {
        // Seen in a real window: "Sketch of the {Analytical} Engine invented by {Charles} {Babbage}".
        BibtexImportViewModel.Preview preview = vm.preview(
                "@article{menabrea1843sketch, title = {Sketch of the {Analytical} Engine by {Charles} {Babbage}}}", "refs.bib");
        assertThat(preview.lines()).containsExactly("Add menabrea1843sketch: Sketch of the Analytical Engine by Charles Babbage");
    }

    @Test
    void applyingIsOneUndoStep() {
        Portfolio before = editor.portfolio();
        String status = vm.apply(vm.preview(FILE, "refs.bib"));
        assertThat(status).isEqualTo("Imported refs.bib: 1 added, 1 updated.");
        assertThat(editor.portfolio().publications()).extracting(Publication::citationKey)
                .containsExactly("lovelace1843notes", "babbage1864passages");
        assertThat(editor.portfolio().publications().get(0).selected()).isTrue();
        editor.history().undo();
        assertThat(editor.portfolio()).isEqualTo(before);
    }

    @Test
    void anImportNamesTheFirstRecordItAddedForTheWindowToSelect() {
        vm.apply(vm.preview(FILE, "refs.bib"));
        assertThat(vm.lastImportedRecord()).isEqualTo("publications[1]");
    }

    @Test
    void anImportThatOnlyUpdatesNamesTheFirstRecordItUpdated() {
        vm.apply(vm.preview("@article{lovelace1843notes, title = {Notes on the Analytical Engine}, year = 1843}", "refs.bib"));
        assertThat(vm.lastImportedRecord()).isEqualTo("publications[0]");
        vm.apply(vm.preview("@article{lovelace1843notes, title = {Notes on the Analytical Engine}, year = 1843}", "refs.bib"));
        assertThat(vm.lastImportedRecord()).as("nothing changed, nothing to show").isEmpty();
    }

    @Test
    void applyKeepsEditsMadeWhileThePreviewWasOpen() {
        BibtexImportViewModel.Preview preview = vm.preview(FILE, "refs.bib");
        editor.edit(null, p -> p.withPublications(List.of(p.publications().get(0).toBuilder().note("typed meanwhile").build())));
        vm.apply(preview);
        assertThat(editor.portfolio().publications().get(0).note()).isEqualTo("typed meanwhile");
        assertThat(editor.portfolio().publications().get(0).volume()).isEqualTo("3");
    }

    @Test
    void aFileOnDiskIsPreviewedByItsName() throws Exception {
        Path bib = dir.resolve("mine.BIB");
        Files.writeString(bib, FILE);
        assertThat(BibtexImportViewModel.isBibFile(bib)).isTrue();
        assertThat(BibtexImportViewModel.isBibFile(dir.resolve("portfolio.json"))).isFalse();
        assertThat(vm.preview(bib).fileName()).isEqualTo("mine.BIB");
    }

    @Test
    void pasteUpdatesTheSelectedPublicationAndKeepsItsKey() {
        String status = vm.paste(0, "@article{other2020, title = {Notes on the Analytical Engine}, pages = {666--731}}");
        assertThat(status).startsWith("Updated lovelace1843notes").contains("pages");
        Publication p = editor.portfolio().publications().get(0);
        assertThat(p.citationKey()).isEqualTo("lovelace1843notes");
        assertThat(p.pages()).isEqualTo("666–731");
        assertThat(p.journal()).isEqualTo("Scientific Memoirs");
        editor.history().undo();
        assertThat(editor.portfolio().publications().get(0).pages()).isEmpty();
    }

    @Test
    void pasteNeedsOneEntryAndASelection() {
        Portfolio before = editor.portfolio();
        assertThat(vm.paste(0, "not bibtex")).startsWith("The clipboard holds no BibTeX entry");
        assertThat(vm.paste(0, FILE)).startsWith("The clipboard holds 2 entries");
        assertThat(vm.paste(-1, FILE)).startsWith("Select the publication");
        assertThat(vm.paste(0, null)).startsWith("The clipboard holds no BibTeX entry");
        assertThat(editor.portfolio()).isSameAs(before);
    }
}
