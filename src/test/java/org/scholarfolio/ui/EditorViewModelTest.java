package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;

class EditorViewModelTest {
    private final InMemoryPortfolioFiles files = new InMemoryPortfolioFiles();

    private static Portfolio named(String first, String last) {
        Portfolio p = Portfolio.empty();
        return p.withProfile(p.profile().toBuilder().name(new PersonName(first, "", last)).build());
    }

    @Test
    void titleShowsTheResearchersNameAndADirtyMarker() {
        EditorViewModel editor = new EditorViewModel(files, named("Ada", "Lovelace"), null);
        assertThat(editor.windowTitleProperty().get()).isEqualTo("Scholarfolio \u2014 Ada Lovelace");

        editor.edit(null, p -> named("Ada", "King"));
        assertThat(editor.windowTitleProperty().get()).isEqualTo("Scholarfolio \u2014 Ada King \u2022");
    }

    @Test
    void titleFallsBackToFileNameThenUntitled() {
        assertThat(new EditorViewModel(files, Portfolio.empty(), null).windowTitleProperty().get())
                .isEqualTo("Scholarfolio \u2014 Untitled");
        assertThat(new EditorViewModel(files, Portfolio.empty(), Path.of("site", "portfolio.json"))
                .windowTitleProperty().get()).isEqualTo("Scholarfolio \u2014 portfolio.json");
    }

    @Test
    void saveWithoutAFileAsksForOne() throws IOException {
        EditorViewModel editor = new EditorViewModel(files, Portfolio.empty(), null);
        editor.edit(null, p -> named("Ada", "Lovelace"));
        assertThat(editor.save()).isFalse();
        assertThat(editor.history().isDirty()).isTrue();
    }

    @Test
    void saveAsWritesTheSnapshotAndClearsDirty() throws IOException {
        EditorViewModel editor = new EditorViewModel(files, Portfolio.empty(), null);
        editor.edit(null, p -> named("Ada", "Lovelace"));
        Path target = Path.of("ada", "portfolio.json");

        editor.saveAs(target);

        assertThat(files.files.get(target)).isEqualTo(named("Ada", "Lovelace"));
        assertThat(editor.history().isDirty()).isFalse();
        assertThat(editor.fileProperty().get()).isEqualTo(target);
        assertThat(editor.windowTitleProperty().get()).doesNotContain("\u2022");
    }

    @Test
    void openReplacesTheDocumentAndStartsACleanHistory() throws IOException {
        Path f = Path.of("grace.json");
        files.files.put(f, named("Grace", "Hopper"));
        EditorViewModel editor = new EditorViewModel(files, Portfolio.empty(), null);
        editor.edit(null, p -> named("Ada", "Lovelace"));

        editor.open(f);

        assertThat(editor.portfolio()).isEqualTo(named("Grace", "Hopper"));
        assertThat(editor.history().canUndoProperty().get()).isFalse();
        assertThat(editor.history().isDirty()).isFalse();
    }

    @Test
    void failedOpenKeepsTheCurrentDocument() {
        EditorViewModel editor = new EditorViewModel(files, named("Ada", "Lovelace"), null);
        assertThatThrownBy(() -> editor.open(Path.of("missing.json"))).isInstanceOf(NoSuchFileException.class);
        assertThat(editor.portfolio()).isEqualTo(named("Ada", "Lovelace"));
    }

    @Test
    void aSaveWritesTheKeysStillOnTheirWayToTheSnapshot() throws IOException {
        EditorViewModel editor = new EditorViewModel(files, named("Ada", "Lovelace"), null);
        editor.takePendingEditsWith(PendingTyping.once(() -> editor.edit("name", p -> named("Ada", "King"))));
        Path target = Path.of("ada", "portfolio.json");

        editor.saveAs(target);

        assertThat(files.files.get(target)).isEqualTo(named("Ada", "King"));
        assertThat(editor.history().isDirty()).isFalse();
    }

    @Test
    void aSaveInTheBackgroundWritesTheKeysStillOnTheirWayToTheSnapshot() {
        Path target = Path.of("ada", "portfolio.json");
        EditorViewModel editor = new EditorViewModel(files, named("Ada", "Lovelace"), target);
        editor.takePendingEditsWith(PendingTyping.once(() -> editor.edit("name", p -> named("Ada", "King"))));

        DocumentIo.synchronous(editor).save(target, saved -> { }, failed -> {
            throw new AssertionError(failed);
        });

        assertThat(files.files.get(target)).isEqualTo(named("Ada", "King"));
    }

    @Test
    void reopeningAnUnchangedFileGivesEveryListenerTheNewSnapshotsObjects() throws IOException {
        files.files.put(Path.of("a", "portfolio.json"), named("Ada", "Lovelace"));
        files.files.put(Path.of("b", "portfolio.json"), named("Ada", "Lovelace"));
        EditorViewModel editor = new EditorViewModel(files, Portfolio.empty(), null);
        editor.open(Path.of("a", "portfolio.json"));
        List<Portfolio> current = new ArrayList<>();
        List<Portfolio> saved = new ArrayList<>();
        editor.portfolioProperty().addListener((obs, old, now) -> current.add(now));
        editor.history().savedProperty().addListener((obs, old, now) -> saved.add(now));

        editor.open(Path.of("b", "portfolio.json"));

        // Equal content, but another document: what listens must see its objects, not keep the old ones.
        assertThat(current).singleElement().isSameAs(files.files.get(Path.of("b", "portfolio.json")));
        assertThat(saved).singleElement().isSameAs(files.files.get(Path.of("b", "portfolio.json")));
        assertThat(editor.history().isDirty()).isFalse();
    }
}
