package org.scholarfolio.ui.preview;

/** The widths the preview lays a page out at, as a browser's responsive mode offers them. */
public enum PreviewWidth {
    /** The pane's own width: the page as wide as the space beside the form. */
    FIT("Fit", "As wide as the preview pane", 0),
    /** A laptop's browser window, scaled down to fit the pane. */
    DESKTOP("Desktop", "As a 1280-pixel-wide browser window shows it, scaled to fit", 1280),
    /** A common phone's screen. */
    PHONE("Phone", "As a 390-pixel-wide phone shows it", 390);

    private final String label;
    private final String description;
    private final double cssWidth;

    PreviewWidth(String label, String description, double cssWidth) {
        this.label = label;
        this.description = description;
        this.cssWidth = cssWidth;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The width in CSS pixels the page is laid out at, in a pane {@code available} pixels wide. */
    public double cssWidth(double available) {
        return cssWidth == 0 ? available : cssWidth;
    }
}
