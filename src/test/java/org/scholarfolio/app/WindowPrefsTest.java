package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.ui.export.ExportFolders;

class WindowPrefsTest {
    @TempDir
    Path folder;

    /** A node of Java's preferences standing in for an earlier editor's, removed after each test. */
    private final Preferences earlierRoot = Preferences.userRoot().node("org/scholarfolio/test/earlier-" + System.nanoTime());

    @AfterEach
    void removeNode() throws BackingStoreException {
        earlierRoot.removeNode();
    }

    private WindowPrefs prefs() {
        return new WindowPrefs(WindowPrefs.read(folder, Map::of));
    }

    @Test
    void firstRunHasNoPositionAndTheDefaultSize() {
        WindowPrefs.Bounds b = prefs().bounds();
        assertThat(b.hasPosition()).isFalse();
        assertThat(b.width()).isEqualTo(WindowPrefs.Bounds.DEFAULT.width());
    }

    @Test
    void boundsAreRemembered() {
        prefs().storeBounds(new WindowPrefs.Bounds(40, 50, 900, 700, false));
        assertThat(prefs().bounds()).isEqualTo(new WindowPrefs.Bounds(40, 50, 900, 700, false));
    }

    @Test
    void maximizingKeepsTheNormalSizeForLater() {
        WindowPrefs prefs = prefs();
        prefs.storeBounds(new WindowPrefs.Bounds(40, 50, 900, 700, false));
        prefs.storeBounds(new WindowPrefs.Bounds(0, 0, 1920, 1080, true));
        assertThat(prefs.bounds()).isEqualTo(new WindowPrefs.Bounds(40, 50, 900, 700, true));
        assertThat(prefs().bounds()).isEqualTo(new WindowPrefs.Bounds(40, 50, 900, 700, true));
    }

    @Test
    void tinyStoredSizesGrowToTheMinimum() {
        WindowPrefs prefs = prefs();
        prefs.storeBounds(new WindowPrefs.Bounds(0, 0, 10, 10, false));
        assertThat(prefs.bounds().width()).isEqualTo(WindowPrefs.MIN_WIDTH);
        assertThat(prefs.bounds().height()).isEqualTo(WindowPrefs.MIN_HEIGHT);
    }

    @Test
    void themeAndLastFolderAreRemembered() {
        WindowPrefs prefs = prefs();
        prefs.storeDarkTheme(true);
        prefs.storeLastFolder(Path.of("/home/ada/site"));
        WindowPrefs again = prefs();
        assertThat(again.darkTheme()).isTrue();
        assertThat(again.lastFolder()).isEqualTo(Path.of("/home/ada/site"));
    }

    @Test
    void eachPortfoliosExportFolderIsRememberedAndTheOldSingleFolderIsNotWrittenAgain() throws IOException {
        Path settings = folder.resolve(SettingsFile.NAME);
        SettingsFile.write(settings, Map.of("lastExportFolder", "/home/ada/site-out"));
        WindowPrefs prefs = prefs();
        prefs.storeExportFolders(ExportFolders.NONE.with(Path.of("/home/ada/lab/portfolio.json"), Path.of("/home/ada/lab-site")));

        WindowPrefs again = prefs();
        assertThat(again.exportFolders().folderFor(Path.of("/home/ada/lab/portfolio.json"))).isEqualTo(Path.of("/home/ada/lab-site"));
        assertThat(again.alfolioFolders().byPortfolio()).isEmpty();
        assertThat(SettingsFile.read(settings)).doesNotContainKey("lastExportFolder");
    }

    @Test
    void theOldSingleExportFolderIsTheLastPortfoliosOnly() throws IOException {
        SettingsFile.write(folder.resolve(SettingsFile.NAME), Map.of("lastPortfolio", "/home/ada/site/portfolio.json",
                "lastExportFolder", "/home/ada/site-out", "lastAlfolioFolder", "/home/ada/alfolio-out"));
        WindowPrefs prefs = prefs();
        assertThat(prefs.exportFolders().folderFor(Path.of("/home/ada/site/portfolio.json"))).isEqualTo(Path.of("/home/ada/site-out"));
        assertThat(prefs.exportFolders().folderFor(Path.of("/home/ada/lab/portfolio.json"))).isNull();
        assertThat(prefs.alfolioFolders().folderFor(Path.of("/home/ada/site/portfolio.json"))).isEqualTo(Path.of("/home/ada/alfolio-out"));
    }

    @Test
    void theOldSingleExportFolderWithoutALastPortfolioIsNobodysAndBrokenValuesGiveNone() throws IOException {
        Path settings = folder.resolve(SettingsFile.NAME);
        SettingsFile.write(settings, Map.of("lastExportFolder", "/home/ada/site-out"));
        assertThat(prefs().exportFolders().byPortfolio()).isEmpty();

        SettingsFile.write(settings, Map.of("lastPortfolio", "/home/ada/site/portfolio.json", "lastExportFolder", "bad\u0000path",
                "alfolioExportFolders", "garbage without a tab\n\t\n"));
        assertThat(prefs().exportFolders().byPortfolio()).isEmpty();
        assertThat(prefs().alfolioFolders().byPortfolio()).isEmpty();
    }

    @Test
    void recentPortfoliosAreRememberedInOrder() {
        WindowPrefs prefs = prefs();
        assertThat(prefs.recentPortfolios()).isEmpty();
        prefs.storeRecentPortfolios(List.of(Path.of("/a/portfolio.json"), Path.of("/b c/portfolio.json"),
                Path.of("/é ü/ß=:#!/portfolio.json")));
        assertThat(prefs().recentPortfolios())
                .containsExactly(Path.of("/a/portfolio.json"), Path.of("/b c/portfolio.json"), Path.of("/é ü/ß=:#!/portfolio.json"));
    }

    @Test
    void theSettingsAreOnePlainFileInTheFolder() throws IOException {
        prefs().storeLastPortfolio(Path.of("/a/portfolio.json"));
        assertThat(Files.list(folder).map(f -> f.getFileName().toString()).toList()).containsExactly(SettingsFile.NAME);
        assertThat(Files.readString(folder.resolve(SettingsFile.NAME))).contains("lastPortfolio=/a/portfolio.json");
        assertThat(WindowPrefs.lastPortfolio(WindowPrefs.read(folder, Map::of))).isEqualTo(Path.of("/a/portfolio.json"));
    }

    @Test
    void aValueTheSettingsHoldAlreadyIsNotWrittenAgain() {
        int[] writes = {0};
        WindowPrefs counted = new WindowPrefs(WindowPrefs.read(folder, Map::of), write -> {
            writes[0]++;
            write.run();
        });
        counted.storeLastPortfolio(Path.of("/a/portfolio.json"));
        counted.storeRecentPortfolios(List.of(Path.of("/a/portfolio.json")));
        counted.storeDarkTheme(false);
        assertThat(writes[0]).isEqualTo(3);

        // The editor reopening its last portfolio stores the same again.
        counted.storeLastPortfolio(Path.of("/a/portfolio.json"));
        counted.storeRecentPortfolios(List.of(Path.of("/a/portfolio.json")));
        counted.storeDarkTheme(false);
        assertThat(writes[0]).isEqualTo(3);

        counted.storeLastPortfolio(Path.of("/b/portfolio.json"));
        counted.storeDarkTheme(true);
        counted.storeLastFolder(null);
        assertThat(writes[0]).isEqualTo(5);
        assertThat(prefs().lastPortfolio()).isEqualTo(Path.of("/b/portfolio.json"));
        assertThat(prefs().darkTheme()).isTrue();
    }

    @Test
    void theSettingsAnEarlierEditorKeptInJavasPreferencesCarryOverOnce() throws BackingStoreException {
        // As the editor before the settings file kept them (WindowPrefs on a preferences node).
        Preferences app = earlierRoot.node("org/scholarfolio/app");
        app.putDouble("window.x", 40);
        app.putDouble("window.y", 50);
        app.putDouble("window.width", 900);
        app.putDouble("window.height", 700);
        app.putBoolean("window.maximized", false);
        app.putBoolean("theme.dark", true);
        app.put("lastPortfolio", "/home/ada/site/portfolio.json");
        app.put("lastExportFolder", "/home/ada/site-out");
        app.put("recentPortfolios", "/home/ada/site/portfolio.json\n/home/ada/old/portfolio.json");
        app.flush();

        int[] asked = {0};
        WindowPrefs.Stored stored = WindowPrefs.read(folder, () -> {
            asked[0]++;
            return EarlierPreferences.read(earlierRoot, "org/scholarfolio/app");
        });
        assertThat(stored.carriedOver()).isTrue();
        new WindowPrefs(stored);

        // From the file written from them, without asking the preferences again.
        WindowPrefs.Stored again = WindowPrefs.read(folder, () -> {
            asked[0]++;
            return Map.of();
        });
        assertThat(asked[0]).isEqualTo(1);
        assertThat(again.carriedOver()).isFalse();
        WindowPrefs prefs = new WindowPrefs(again);
        assertThat(prefs.bounds()).isEqualTo(new WindowPrefs.Bounds(40, 50, 900, 700, false));
        assertThat(prefs.darkTheme()).isTrue();
        assertThat(prefs.lastPortfolio()).isEqualTo(Path.of("/home/ada/site/portfolio.json"));
        assertThat(prefs.exportFolders().folderFor(Path.of("/home/ada/site/portfolio.json"))).isEqualTo(Path.of("/home/ada/site-out"));
        assertThat(prefs.recentPortfolios())
                .containsExactly(Path.of("/home/ada/site/portfolio.json"), Path.of("/home/ada/old/portfolio.json"));
    }

    @Test
    void withoutEarlierPreferencesNothingIsCarriedOverOrWritten() {
        WindowPrefs.Stored stored = WindowPrefs.read(folder, () -> EarlierPreferences.read(earlierRoot, "org/scholarfolio/app"));
        assertThat(stored.carriedOver()).isFalse();
        assertThat(stored.values()).isEmpty();
        new WindowPrefs(stored, write -> {
            throw new AssertionError("nothing to write");
        });
        assertThat(Files.exists(folder.resolve(SettingsFile.NAME))).isFalse();
    }

    @Test
    void brokenOrHostileSettingsFilesGiveTheDefaults() throws IOException {
        Path file = folder.resolve(SettingsFile.NAME);
        List<byte[]> broken = List.of(
                new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'x', (byte) 0xc3},
                "window.width=\\u12G4\nlastPortfolio=/a/portfolio.json\n".getBytes(StandardCharsets.UTF_8),
                ("lastPortfolio=" + "/a".repeat(SettingsFile.LARGEST_BYTES) + "\n").getBytes(StandardCharsets.UTF_8),
                "<?xml version=\"1.0\"?><map><entry key=\"window.width\" value=\"900\"/></map>".getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : broken) {
            Files.write(file, bytes);
            WindowPrefs.Stored stored = WindowPrefs.read(folder, () -> {
                throw new AssertionError("a settings file is there: the preferences are not asked");
            });
            WindowPrefs prefs = new WindowPrefs(stored);
            assertThat(prefs.bounds()).isEqualTo(WindowPrefs.Bounds.DEFAULT);
            assertThat(prefs.lastPortfolio()).isNull();
            assertThat(prefs.recentPortfolios()).isEmpty();
        }
    }

    @Test
    void valuesThatAreNotSettingsGiveTheDefaultsOneByOne() throws IOException {
        Files.writeString(folder.resolve(SettingsFile.NAME), String.join("\n",
                "window.x=NaN", "window.y=12", "window.width=Infinity", "window.height=tall",
                "window.maximized=perhaps", "theme.dark=yes",
                "lastPortfolio=/a/\\u0000/portfolio.json", "lastFolder=/home/ada",
                "recentPortfolios=/ok/portfolio.json\\n/bad/\\u0000\\n\\n/also ok/portfolio.json"));
        WindowPrefs prefs = prefs();
        assertThat(prefs.bounds()).isEqualTo(new WindowPrefs.Bounds(Double.NaN, 12, WindowPrefs.Bounds.DEFAULT.width(),
                WindowPrefs.Bounds.DEFAULT.height(), false));
        assertThat(prefs.bounds().hasPosition()).isFalse();
        assertThat(prefs.darkTheme()).isFalse();
        assertThat(prefs.lastPortfolio()).isNull();
        assertThat(prefs.lastFolder()).isEqualTo(Path.of("/home/ada"));
        assertThat(prefs.recentPortfolios()).containsExactly(Path.of("/ok/portfolio.json"), Path.of("/also ok/portfolio.json"));
    }

    @Test
    void aSettingsFileThatCannotBeWrittenLeavesTheEditorWorking() throws IOException {
        // The settings folder's place is taken by a file: writes fail quietly, the values stay in memory.
        Path blocked = folder.resolve("blocked");
        Files.writeString(blocked, "not a folder");
        WindowPrefs prefs = new WindowPrefs(WindowPrefs.read(blocked, Map::of));
        prefs.storeDarkTheme(true);
        assertThat(prefs.darkTheme()).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "none", textBlock = """
            true,  true
            TRUE,  true
            false, false
            maybe, false
            none,  false
            """)
    void theThemeReadBeforeTheWindowIsTheOneTheWindowSets(String stored, boolean dark) {
        java.util.Map<String, String> values = stored == null ? Map.of() : Map.of("theme.dark", stored);
        WindowPrefs.Stored settings = new WindowPrefs.Stored(folder.resolve("settings.properties"), values, false);

        assertThat(WindowPrefs.darkTheme(settings)).isEqualTo(dark);
        assertThat(new WindowPrefs(settings).darkTheme()).isEqualTo(dark);
    }
}
