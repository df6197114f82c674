package org.scholarfolio.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.scholarfolio.cli.DirectImport;
import org.scholarfolio.cli.DirectExport;
import org.scholarfolio.cli.EditorRelaunch;
import org.scholarfolio.cli.EndOfMain;
import org.scholarfolio.cli.ExportRelaunch;
import org.scholarfolio.cli.ImportRelaunch;
import org.scholarfolio.cli.QuickCompilation;
import org.scholarfolio.cli.ScholarfolioCommand;
import org.scholarfolio.cli.TerminalText;
import org.scholarfolio.cli.SmallHeap;
import org.scholarfolio.cli.SoftwareRendering;
import org.scholarfolio.cli.UnchangedExport;
import org.scholarfolio.files.UserFolders;
import org.scholarfolio.ui.ClassPathWarningAhead;
import org.scholarfolio.ui.ConcatenationsAhead;
import org.scholarfolio.ui.TextAhead;
import org.scholarfolio.ui.ThemeAhead;
import org.scholarfolio.ui.preview.WebKitLibrary;

/**
 * The one entry point of the jar and the native bundle. A plain class, not a JavaFX
 * {@code Application}: on the class path Java refuses to start an Application main class directly.
 */
public final class Launcher {
    /** JavaFX's switch between WebKit's two page loaders, read once when the first page loads; true by default. */
    static final String WEBKIT_HTTP2_LOADER = "com.sun.webkit.useHTTP2Loader";

    private Launcher() {
    }

    public static void main(String[] args) {
        useSettingsFolderForPreferences();
        boolean editor = args.length == 0 || args.length == 2 && args[0].equals("open");
        if (editor) {
            // From java -jar: the editor runs in a second JVM with the app image's options and a class archive.
            OptionalInt relaunched = EditorRelaunch.run(args);
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
            // JavaFX's warning that it runs from the class path sets up logging before the toolkit starts: ahead, beside the main thread.
            ClassPathWarningAhead.start();
            QuickCompilation.requestForEditor();
            useWebKitsPlainLoader();
            // No graphics device: JavaFX would reject the software OpenGL there is after mapping it; it draws in software at once.
            SoftwareRendering.chooseForToolkit();
            SmallHeap.requestForEditorInBackground();
            // The watch over the idle collections starts once the window has its first content (DesktopApp).
        }
        if (args.length == 0) {
            // The portfolio reopened is read, and its page rendered once, while the toolkit starts.
            WindowPrefs.Stored settings = WindowPrefs.read();
            Path last = DesktopApp.startupPortfolio(WindowPrefs.lastPortfolio(settings));
            // A large one is reopened by an editor started on it, whose launcher chooses its collector for it.
            if (last != null && EditorForLargePortfolio.forThisJvm().openedElsewhere(last)) {
                System.exit(0);
            }
            ConcatenationsAhead.start();
            ThemeAhead.start(WindowPrefs.darkTheme(settings));
            TextAhead.start();
            DesktopApp.launchEditor(null, loadWebKitAfterTheRead(EarlyStart.begin(last, new StorePortfolioFiles())), settings);
            return;
        }
        if (args.length == 2 && args[0].equals("open")) {
            Path toOpen = Path.of(args[1]);
            // Read here, not on the JavaFX thread: the window's first frame waits for that thread.
            WindowPrefs.Stored settings = WindowPrefs.read();
            // The string joins JavaFX makes for the first time before the first content are linked beside the toolkit's start.
            ConcatenationsAhead.start();
            // The theme's style sheet is read while the toolkit starts, not on the JavaFX thread.
            ThemeAhead.start(WindowPrefs.darkTheme(settings));
            // So are the text tables and the controls' strings that the first style pass reads.
            TextAhead.start();
            DesktopApp.launchEditor(toOpen, loadWebKitAfterTheRead(EarlyStart.begin(toOpen, new StorePortfolioFiles())), settings);
            return;
        }
        // An import of a site or a BibTeX file from java -jar: in a JVM with the command line's options, as an export.
        OptionalInt relaunchedImport = ImportRelaunch.run(args);
        if (relaunchedImport.isPresent()) {
            EndOfMain.exitUnlessReturning(relaunchedImport.getAsInt());
            return;
        }
        // An import's work starts before picocli is done: the compiler is chosen first. Asked of imports only: an export's
        // first JVM loads neither QuickCompilation nor DirectImport before it starts the second.
        boolean isImport = ImportRelaunch.isImport(args);
        if (isImport) {
            QuickCompilation.requestFor(args);
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // What the commands print shows a control character read from a file as an escape (picocli's own
        // usage and colours keep the streams themselves).
        PrintWriter shownOut = TerminalText.writer(out);
        PrintWriter shownErr = TerminalText.writer(err);
        // An export with nothing to do is answered before picocli and the commands' classes load.
        OptionalInt unchanged = UnchangedExport.run(args, shownOut, shownErr);
        // So is an import in its plain form (picocli's set-up is a third of a 350-entry import).
        OptionalInt done = unchanged.isPresent() || !isImport ? unchanged : DirectImport.run(args, shownOut, shownErr);
        // An export with pages to write, from java -jar: in a JVM with the command line's options.
        done = done.isPresent() ? done : ExportRelaunch.run(args);
        // And there (or under the launchers), an export in its plain form runs before picocli starts.
        done = done.isPresent() ? done : DirectExport.run(args, shownOut, shownErr);
        // A command that succeeded returns from main: System.exit would first look up a system logger (Java 21+).
        EndOfMain.exitUnlessReturning(done.isPresent() ? done.getAsInt() : ScholarfolioCommand.run(args, out, err));
    }

    /**
     * WebKit's library (over 100 MB) and the WebView's classes loaded while the toolkit starts, so
     * that they are in before the window's first frame and the preview's WebView is made then, not in
     * the middle of the open that follows; once the portfolio the editor starts on is read (at once
     * when there is none), so that the read, which the first content waits for, has the other core.
     */
    private static EarlyStart loadWebKitAfterTheRead(EarlyStart early) {
        early.whenRead(WebKitLibrary::loadInBackground);
        return early;
    }

    /**
     * The preview's WebKit loads its pages with the loader it had before Java's HTTP client: its
     * newer loader builds an HTTP/2 client (TLS set-up, the trusted certificates read, 250 classes)
     * on the first load of any page, a file included, and that was part of the first window. Pages
     * from the web, which the preview rarely shows (an image by its address), still load, over HTTP/1.1.
     */
    static void useWebKitsPlainLoader() {
        if (System.getProperty(WEBKIT_HTTP2_LOADER) == null) {
            System.setProperty(WEBKIT_HTTP2_LOADER, "false");
        }
    }

    /**
     * Points Java's user preferences at the settings folder, before anything reads them: the settings
     * file is kept there ({@link SettingsFile#folder()}), and an earlier editor's preferences, carried
     * over once, were; on Windows and macOS preferences live in the registry and the system's plist.
     */
    private static void useSettingsFolderForPreferences() {
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                && System.getProperty("java.util.prefs.userRoot") == null) {
            System.setProperty("java.util.prefs.userRoot", UserFolders.settings().toString());
        }
    }
}
