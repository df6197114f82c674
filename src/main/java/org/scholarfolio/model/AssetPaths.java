package org.scholarfolio.model;

/**
 * Where a local file named in the portfolio lives. al-folio lets entries name a bare file
 * ({@code paper.pdf}); in a portfolio that means {@code assets/paper.pdf}. A path with a folder
 * in it is relative to the portfolio folder.
 */
public final class AssetPaths {
    public static final String ASSETS_DIR = "assets";

    private AssetPaths() {
    }

    /** The path relative to the portfolio folder, with forward slashes. */
    public static String resolve(String value) {
        String v = value.strip().replace('\\', '/');
        while (v.startsWith("./")) {
            v = v.substring(2);
        }
        return v.contains("/") ? v : ASSETS_DIR + "/" + v;
    }
}
