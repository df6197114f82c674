package org.scholarfolio.ui.export;

/**
 * Which export a dialog runs: its title, what the folder chooser asks for, and the page to open in
 * the browser afterwards (null when the folder is not a finished website, as an al-folio site is
 * only built by Jekyll).
 */
public record ExportKind(String title, String chooserTitle, String homePage) {
    public static final ExportKind SITE = new ExportKind("Export site", "Export the site into a folder", "index.html");
    public static final ExportKind ALFOLIO = new ExportKind("Export as al-folio site",
            "Export an al-folio (Jekyll) site into a folder", null);

    public boolean opensInBrowser() {
        return homePage != null;
    }
}
