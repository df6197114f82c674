package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.SimpleBooleanProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The emoji images are read while a portfolio opens, so that the opened portfolio's first page is rendered
 * with them: read after that page had loaded, they came seconds later, and the page rendered again with them
 * was swapped in whole (a 1.5 MB about page at 100,000 publications). Without an open under way they are
 * still read only once a page has loaded, and in either case not before the window's first content.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewEmojiWhileOpeningTest {
    /** WebKit's library never comes in: no WebView, no page loaded; the emoji reads are counted. */
    private static PreviewViewModel pane(boolean opening, SimpleBooleanProperty drawn, AtomicInteger reads) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> "<html><body><h1>Home</h1></body></html>",
                new CompletableFuture<>(), Runnable::run, Runnable::run);
        vm.readEmojiWith(reads::incrementAndGet);
        vm.holdEmojiUntil(drawn);
        new PreviewPane(vm, editor.portfolioProperty(), new SimpleBooleanProperty(false),
                new SimpleBooleanProperty(opening), new CompletableFuture<Void>());
        return vm;
    }

    @Test
    void aPageRenderedWhileAPortfolioOpensHasTheEmojiReadFromTheFirstContentOn(FxRobot robot) {
        AtomicInteger reads = new AtomicInteger();
        SimpleBooleanProperty drawn = new SimpleBooleanProperty(false);
        robot.interact(() -> pane(true, drawn, reads));
        assertThat(reads).as("held until the first content").hasValue(0);

        robot.interact(() -> drawn.set(true));
        assertThat(reads).as("read while the open goes on, before any page has loaded").hasValue(1);
    }

    @Test
    void withoutAnOpenTheEmojiWaitForAPageLoaded(FxRobot robot) {
        AtomicInteger reads = new AtomicInteger();
        SimpleBooleanProperty drawn = new SimpleBooleanProperty(false);
        robot.interact(() -> pane(false, drawn, reads));
        robot.interact(() -> drawn.set(true));
        assertThat(reads).as("no page loaded yet").hasValue(0);
    }
}
