package org.scholarfolio.importer.alfolio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.scholarfolio.model.AssetPaths;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.validation.LinkRules;

/**
 * A link of a BibTeX entry that points into the live site ({@code blog = {/blog/2021/post/}},
 * {@code html = {../assets/posters/p.html}}), which al-folio writes into the page as it is, so the
 * browser resolves it against the page that shows the entry. A file of the site folder becomes an
 * asset of the portfolio; a page only Jekyll builds (a blog post, a project page) becomes an
 * absolute link to the live site, so the button keeps working; either way it is said.
 */
final class SiteLinks {
    private final Path root;
    private final String siteAddress;
    private final ImportFindings findings;

    SiteLinks(Path site, String siteAddress, ImportFindings findings) {
        this.root = site.toAbsolutePath().normalize();
        this.siteAddress = siteAddress.endsWith("/") ? siteAddress.substring(0, siteAddress.length() - 1) : siteAddress;
        this.findings = findings;
    }

    /**
     * True for a value that is a path on the live site: rooted ({@code /blog/...}), or, for buttons
     * al-folio does not resolve under {@code assets/pdf/}, one starting with {@code ./} or {@code ../}.
     */
    static boolean isSitePath(String value, boolean resolvedUnderPdfFolder) {
        String v = value.strip();
        if (v.isEmpty() || v.startsWith("//") || v.startsWith("#") || LinkRules.scheme(v) != null) {
            return false;
        }
        return v.startsWith("/") || !resolvedUnderPdfFolder && (v.startsWith("../") || v.startsWith("./"));
    }

    /**
     * The portfolio's value for {@code value} shown on the page at {@code pagePermalink}.
     *
     * @param field   the BibTeX field, for messages
     * @param bibName the .bib file, site-relative, for messages
     */
    String resolve(String value, String pagePermalink, String field, String bibName, int line) {
        String v = value.strip();
        int cut = indexOfAny(v, '?', '#');
        String suffix = cut < 0 ? "" : v.substring(cut);
        String path = sitePath(pagePermalink, cut < 0 ? v : v.substring(0, cut));
        Path source = path.isEmpty() ? root : root.resolve(path).normalize();
        if (source.startsWith(root) && !hidden(path)) {
            Path file = Files.isDirectory(source) ? source.resolve("index.html") : source;
            if (Files.isRegularFile(file)) {
                String inSite = root.relativize(file).toString().replace('\\', '/');
                String target = inSite.startsWith(AssetPaths.ASSETS_DIR + "/") ? inSite : AssetPaths.ASSETS_DIR + "/" + inSite;
                findings.addAsset(file, target);
                return target + suffix;
            }
        }
        if (siteAddress.isEmpty()) {
            findings.warn(bibName, line, Diagnostic.Kind.MISSING, field + " " + v + " is a path on the live site, which"
                    + " is not a file in the site folder, and _config.yml has no url to link to it; kept as written, fix it");
            return value;
        }
        String absolute = siteAddress + "/" + path + suffix;
        findings.warn(bibName, line, Diagnostic.Kind.ADJUSTED, field + " " + v + " is a page of the live site that is not"
                + " a file in the site folder (Jekyll builds it); linked to " + absolute);
        return absolute;
    }

    /** The site-relative path (no leading slash) a browser reaches from the page at {@code permalink}. */
    static String sitePath(String permalink, String link) {
        String base = permalink.isBlank() ? "/publications/" : permalink.strip();
        if (!base.startsWith("/")) {
            base = "/" + base;
        }
        String joined = link.startsWith("/") ? link : base.substring(0, base.lastIndexOf('/') + 1) + link;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.equals("..")) {
                parts.pollLast(); // a browser stops at the root
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        String path = String.join("/", parts);
        return joined.endsWith("/") && !path.isEmpty() ? path + "/" : path;
    }

    /** Jekyll never publishes a name starting with _ or . */
    static boolean hidden(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
