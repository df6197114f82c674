package org.scholarfolio.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.lookup.FakeServices;
import org.scholarfolio.lookup.Lookups;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

class CitationRefreshViewModelTest {
    @TempDir
    Path cache;
    final FakeServices services = FakeServices.withFixtures();
    final Executor now = Runnable::run;
    final EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(),
            Portfolio.empty().withPublications(List.of(Publication.builder("water", "article").title("Water")
                    .doi("10.5555/12345678").build(), Publication.builder("talk", "misc").title("A talk").build())), null);

    @AfterEach
    void stop() {
        services.close();
    }

    private CitationRefreshViewModel vm(Executor background) {
        return new CitationRefreshViewModel(editor, email -> Lookups.fromEnvironment(services.environment(cache), "test", email),
                background, now);
    }

    @Test
    void storesTheCountsAsOneUndoStepAndSaysWhatItDid() {
        CitationRefreshViewModel vm = vm(now);
        vm.refresh();
        assertThat(editor.portfolio().publications().get(0).citations().count()).isEqualTo(4242);
        assertThat(editor.portfolio().publications().get(1).citations()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Citation counts from OpenAlex for 1 publication.");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        editor.history().undo();
        assertThat(editor.portfolio().publications().get(0).citations()).isNull();
    }

    @Test
    void offlineOrRefusedChangesNothingAndSaysWhy() {
        services.on("/openalex/works", FakeServices.Reply.status(429, Map.of("Retry-After", "999")));
        CitationRefreshViewModel vm = vm(now);
        vm.refresh();
        assertThat(vm.messageProperty().get()).contains("asks to wait 999 s").endsWith("Nothing was changed.");
        assertThat(editor.history().isDirty()).isFalse();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void cancelStopsTheRunAndChangesNothing() {
        List<Runnable> queued = new ArrayList<>();
        CitationRefreshViewModel vm = vm(queued::add);
        vm.refresh();
        assertThat(vm.runningProperty().get()).isTrue();
        vm.cancel();
        queued.forEach(Runnable::run);
        assertThat(vm.messageProperty().get()).isEqualTo("Refresh cancelled. Nothing was changed.");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(editor.history().isDirty()).isFalse();
    }
}
