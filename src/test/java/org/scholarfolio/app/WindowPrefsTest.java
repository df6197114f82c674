package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WindowPrefsTest {
    private final Preferences node = Preferences.userRoot().node("org/scholarfolio/test/window-" + System.nanoTime());
    private final WindowPrefs prefs = new WindowPrefs(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void firstRunHasNoPositionAndTheDefaultSize() {
        WindowPrefs.Bounds b = prefs.bounds();
        assertThat(b.hasPosition()).isFalse();
        assertThat(b.width()).isEqualTo(WindowPrefs.Bounds.DEFAULT.width());
    }

    @Test
    void boundsAreRemembered() {
        prefs.storeBounds(new WindowPrefs.Bounds(40, 50, 900, 700, false));
        assertThat(new WindowPrefs(node).bounds()).isEqualTo(new WindowPrefs.Bounds(40, 50, 900, 700, false));
    }

    @Test
    void maximizingKeepsTheNormalSizeForLater() {
        prefs.storeBounds(new WindowPrefs.Bounds(40, 50, 900, 700, false));
        prefs.storeBounds(new WindowPrefs.Bounds(0, 0, 1920, 1080, true));
        assertThat(prefs.bounds()).isEqualTo(new WindowPrefs.Bounds(40, 50, 900, 700, true));
    }

    @Test
    void tinyStoredSizesGrowToTheMinimum() {
        prefs.storeBounds(new WindowPrefs.Bounds(0, 0, 10, 10, false));
        assertThat(prefs.bounds().width()).isEqualTo(WindowPrefs.MIN_WIDTH);
        assertThat(prefs.bounds().height()).isEqualTo(WindowPrefs.MIN_HEIGHT);
    }

    @Test
    void themeAndLastFolderAreRemembered() {
        prefs.storeDarkTheme(true);
        prefs.storeLastFolder(Path.of("/home/ada/site"));
        WindowPrefs again = new WindowPrefs(node);
        assertThat(again.darkTheme()).isTrue();
        assertThat(again.lastFolder()).isEqualTo(Path.of("/home/ada/site"));
    }

    @Test
    void recentPortfoliosAreRememberedInOrder() {
        assertThat(prefs.recentPortfolios()).isEmpty();
        prefs.storeRecentPortfolios(java.util.List.of(Path.of("/a/portfolio.json"), Path.of("/b c/portfolio.json")));
        assertThat(new WindowPrefs(node).recentPortfolios())
                .containsExactly(Path.of("/a/portfolio.json"), Path.of("/b c/portfolio.json"));
    }

    @Test
    void aValueTheSettingsHoldAlreadyIsNotWrittenAgain() {
        int[] writes = {0};
        WindowPrefs counted = new WindowPrefs(node, write -> {
            writes[0]++;
            write.run();
        });
        counted.storeLastPortfolio(Path.of("/a/portfolio.json"));
        counted.storeRecentPortfolios(java.util.List.of(Path.of("/a/portfolio.json")));
        counted.storeDarkTheme(false);
        assertThat(writes[0]).isEqualTo(3);

        // The editor reopening its last portfolio stores the same again.
        counted.storeLastPortfolio(Path.of("/a/portfolio.json"));
        counted.storeRecentPortfolios(java.util.List.of(Path.of("/a/portfolio.json")));
        counted.storeDarkTheme(false);
        assertThat(writes[0]).isEqualTo(3);

        counted.storeLastPortfolio(Path.of("/b/portfolio.json"));
        counted.storeDarkTheme(true);
        counted.storeLastFolder(null);
        assertThat(writes[0]).isEqualTo(5);
        assertThat(new WindowPrefs(node).lastPortfolio()).isEqualTo(Path.of("/b/portfolio.json"));
        assertThat(new WindowPrefs(node).darkTheme()).isTrue();
    }
}
