package org.scholarfolio.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import commands in the editor window: where they sit in the menus and Paste BibTeX end to end. */
@ExtendWith(ApplicationExtension.class)
class ImportActionsTest {
    private EditorViewModel editor;
    private MainView view;

    @Start
    void start(Stage stage) {
        InMemoryPortfolioFiles files = new InMemoryPortfolioFiles();
        editor = new EditorViewModel(files, Portfolio.empty().withPublications(List.of(
                Publication.builder("turing1936", "article").title("On Computable Numbers").build())), null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        view.enableImport(new ImportActions(new BibtexImportViewModel(editor),
                new AlfolioImportViewModel(editor, files, Runnable::run, Runnable::run)));
        stage.setScene(new Scene(view.root(), 1100, 760));
        stage.show();
    }

    private List<Menu> menus() {
        return ((MenuBar) view.root().lookup(".menu-bar")).getMenus();
    }

    private static MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** The profile form grows after the first content: complete before the test looks anything up from its thread. */
    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    @Test
    void fileMenuOffersBothImportsAndEditMenuThePaste() {
        assertThat(menus().get(0).getItems()).extracting(MenuItem::getId)
                .contains("menu-import-alfolio", "menu-import-bibtex");
        assertThat(menus().get(1).getItems()).extracting(MenuItem::getId).contains("menu-paste-bibtex");
    }

    @Test
    void pasteBibtexUpdatesTheSelectedPublicationAndSaysSoInTheStatusLine(FxRobot robot) {
        robot.clickOn("#section-publications");
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("@article{x, title = {On Computable Numbers}, journal = {Proc. London Math. Soc.}, year = 1936}");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("On Computable Numbers");
        robot.interact(() -> item(menus().get(1), "menu-paste-bibtex").fire());
        WaitForAsyncUtils.waitForFxEvents();

        Publication p = editor.portfolio().publications().get(0);
        assertThat(p.citationKey()).isEqualTo("turing1936");
        assertThat(p.journal()).isEqualTo("Proc. London Math. Soc.");
        assertThat(p.year()).isEqualTo(1936);
        assertThat(view.status().getText()).startsWith("Updated turing1936");
    }
}
