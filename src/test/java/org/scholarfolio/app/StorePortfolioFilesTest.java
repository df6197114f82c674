package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;

class StorePortfolioFilesTest {
    @TempDir
    Path dir;

    @Test
    void savedPortfolioOpensAgainFromItsFolder() throws IOException {
        EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        editor.edit(null, p -> p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build()));
        Path file = dir.resolve("portfolio.json");
        editor.saveAs(file);

        EditorViewModel again = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
        again.open(dir);

        assertThat(again.portfolio()).isEqualTo(editor.portfolio());
        assertThat(again.fileProperty().get()).isEqualTo(file);
        assertThat(again.windowTitleProperty().get()).isEqualTo("Scholarfolio \u2014 Ada Lovelace");
    }

    @Test
    void aBrokenFileIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("portfolio.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"profile\": {\n}\n}}");
        assertThatThrownBy(() -> new StorePortfolioFiles().open(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line");
    }
}
