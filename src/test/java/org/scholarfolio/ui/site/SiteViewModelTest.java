package org.scholarfolio.ui.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

class SiteViewModelTest {
    private final EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
    private final SiteViewModel vm = new SiteViewModel(editor);

    @Test
    void newsLimitAcceptsWholeNumbersAndKeepsTheLastGoodValueForAnythingElse() {
        vm.newsLimitProperty().set("3");
        assertThat(editor.portfolio().site().newsLimit()).isEqualTo(3);

        vm.newsLimitProperty().set("-");
        vm.newsLimitProperty().set("ten");
        assertThat(editor.portfolio().site().newsLimit()).isEqualTo(3);

        vm.newsLimitProperty().set(" 0 ");
        assertThat(editor.portfolio().site().newsLimit()).isZero();
    }

    @Test
    void newsScrollingAndTheThemeOptionsReachThePortfolioAndUndoRestoresThem() {
        vm.newsScrollableProperty().set(true);
        vm.darkModeProperty().set("dark");
        vm.showDarkModeToggleProperty().set(false);

        assertThat(editor.portfolio().site().newsScrollable()).isTrue();
        assertThat(editor.portfolio().site().theme().darkMode()).isEqualTo("dark");
        assertThat(editor.portfolio().site().theme().showDarkModeToggle()).isFalse();

        editor.history().undo();
        assertThat(editor.portfolio().site().theme().showDarkModeToggle()).isTrue();
        assertThat(vm.showDarkModeToggleProperty().get()).isTrue();
    }

    @Test
    void embedHostsAreTypedOneALineAndWhatIsTypedStaysInTheField() {
        vm.embedHostsProperty().set("www.youtube.com\n");
        assertThat(vm.embedHostsProperty().get()).isEqualTo("www.youtube.com\n");
        vm.embedHostsProperty().set("www.youtube.com\n\n  player.vimeo.com ");
        assertThat(editor.portfolio().site().embedHosts()).containsExactly("www.youtube.com", "player.vimeo.com");

        editor.history().undo();
        assertThat(editor.portfolio().site().embedHosts()).isEmpty();
    }
}
