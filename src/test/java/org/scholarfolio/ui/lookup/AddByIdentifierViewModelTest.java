package org.scholarfolio.ui.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

class AddByIdentifierViewModelTest {
    @TempDir
    Path cache;
    final FakeServices services = FakeServices.withFixtures();
    final Executor now = Runnable::run;
    final EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(),
            Portfolio.empty().withPublications(List.of(Publication.builder("turing1950computing", "article")
                    .title("Computing Machinery and Intelligence").doi("10.1093/mind/LIX.236.433").build())), null);
    final AddByIdentifierViewModel vm = new AddByIdentifierViewModel(editor,
            email -> Lookups.fromEnvironment(services.environment(cache), "test", email), now, now);

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void showsTheRecordBeforeAddingAndAddsItAsOneUndoStep() {
        vm.inputProperty().set("https://doi.org/10.5555/12345678");
        vm.lookUp();
        assertThat(vm.previewProperty().get()).startsWith("Add as carberry2021water\nJosiah Carberry, Ada Lovelace, "
                + "Ludwig van Beethoven (2021). Water splitting with Escherichia coli and CO₂: a pilot study. "
                + "Journal of Example Chemistry 12(3), 101–118. Example Society Press. doi:10.5555/12345678 arXiv:2101.00001");
        assertThat(vm.canAddProperty().get()).isTrue();
        assertThat(editor.portfolio().publications()).hasSize(1);

        vm.add();
        assertThat(editor.portfolio().publications()).extracting(Publication::citationKey)
                .containsExactly("turing1950computing", "carberry2021water");
        assertThat(vm.messageProperty().get()).isEqualTo("Added 1, updated 0 (Undo takes it back).");
        assertThat(vm.inputProperty().get()).isEmpty();
        editor.history().undo();
        assertThat(editor.portfolio().publications()).hasSize(1);
    }

    @Test
    void aPastedBibtexEntryIsShownAndAddedTheSameWay() {
        vm.inputProperty().set("@book{hodges1983enigma, title = {Alan Turing: The Enigma}, author = {Hodges, Andrew}, year = 1983}");
        vm.lookUp();
        assertThat(vm.previewProperty().get()).startsWith("Add as hodges1983enigma\nAndrew Hodges (1983). Alan Turing: The Enigma.");
        assertThat(services.requests()).isEmpty();
        vm.add();
        assertThat(editor.portfolio().publications()).hasSize(2);
    }

    @Test
    void aFailureSaysWhyAndChangesNothing() {
        services.on("/doi/10.5555/refused", FakeServices.Reply.status(429, Map.of("Retry-After", "600")));
        vm.inputProperty().set("10.5555/refused");
        vm.lookUp();
        assertThat(vm.messageProperty().get()).startsWith("doi:10.5555/refused: ").contains("asks to wait 600 s")
                .endsWith("Nothing was changed.");
        assertThat(vm.previewProperty().get()).isEmpty();
        assertThat(vm.canAddProperty().get()).isFalse();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(editor.history().isDirty()).isFalse();
    }

    /** Seen offline in a real window: "cannot reach doi.org; are you online?. Nothing was changed." */
    @Test
    void offlineTheMessageEndsItsQuestionOnce() {
        Map<String, String> offline = new java.util.HashMap<>(services.environment(cache));
        // A port nothing listens on: the connection is refused, as with no network.
        offline.replaceAll((name, value) -> value.startsWith("http") ? value.replace(services.base().toString(), "http://127.0.0.1:9") : value);
        AddByIdentifierViewModel offlineVm = new AddByIdentifierViewModel(editor,
                email -> Lookups.fromEnvironment(offline, "test", email), now, now);
        offlineVm.inputProperty().set("10.1093/mind/LIX.236.433");
        offlineVm.lookUp();
        assertThat(offlineVm.messageProperty().get()).contains("are you online?").doesNotContain("?.")
                .endsWith("? Nothing was changed.");
        assertThat(editor.history().isDirty()).isFalse();
    }

    @Test
    void aMalformedIdentifierIsNamedBeforeAnythingIsAsked() {
        vm.inputProperty().set("10.5555/12345678 nonsense");
        vm.lookUp();
        assertThat(vm.messageProperty().get()).contains("\"nonsense\" is not a DOI").endsWith("nothing was looked up.");
        assertThat(services.requests()).isEmpty();
    }

    @Test
    void theSamePaperAgainIsShownAsAlreadyThere() {
        services.on("/doi/10.1093/mind/LIX.236.433", FakeServices.Reply.ok("application/json",
                "{\"type\": \"article-journal\", \"DOI\": \"10.1093/mind/LIX.236.433\", "
                        + "\"title\": \"Computing Machinery and Intelligence\"}"));
        vm.inputProperty().set("10.1093/mind/LIX.236.433");
        vm.lookUp();
        assertThat(vm.previewProperty().get()).startsWith("Already there as turing1950computing (same DOI)");
        assertThat(vm.canAddProperty().get()).isFalse();
    }
}
