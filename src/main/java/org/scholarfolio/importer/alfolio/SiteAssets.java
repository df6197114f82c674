package org.scholarfolio.importer.alfolio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.files.LinkPaths;
import org.scholarfolio.model.AssetPaths;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.SocialKind;

/**
 * The site's own files that the portfolio needs (the photo, files linked from Markdown, a CV or
 * WeChat code named in the socials), added to the findings' copy list at the path the portfolio
 * will use for them: files under {@code assets/}, and files of other folders linked by a relative
 * path (another theme's {@code images/}).
 */
final class SiteAssets {
    /**
     * A site file linked from Markdown or HTML: {@code ](assets/...)}, {@code ](<assets/a b.pdf>)}
     * (an address with spaces), {@code ](assets/PTF(6-8).pdf)} (balanced parentheses), {@code src="assets/..."} or {@code href='assets/...'}.
     */
    private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern LINKED_ASSET = Pattern.compile(
            "\\]\\(<(?:\\./|/)?(assets/[^>\\n#?]+)"
            + "|\\]\\((?:\\./|/)?(assets/(?:[^()\\s\"'#?<>]|\\([^()\\s\"'#?<>]*\\))+)"
            + "|(?:src|href)\\s*=\\s*\"(?:\\./|/)?(assets/[^\"\\n#?]+)"
            + "|(?:src|href)\\s*=\\s*'(?:\\./|/)?(assets/[^'\\n#?]+)");

    /**
     * A file linked by a relative path outside {@code assets/}, as other Jekyll themes keep images
     * ({@code src='images/papers/x.gif'}): a path with a file extension, no scheme, no fragment.
     */
    private static final Pattern LINKED_OTHER_FILE = Pattern.compile(
            "(?:\\]\\(<?|(?:src|href)\\s*=\\s*[\"'])(?:\\./|/)?((?!assets/)[A-Za-z0-9][^\\s\"'()<>#?:]*\\.[A-Za-z0-9]{1,5})[\"')>]");

    /**
     * The same in pointy brackets, where the address may hold spaces ({@code ](</research/Holt, Keel - Tides.pdf>)},
     * as an address with spaces is written once imported).
     */
    private static final Pattern LINKED_OTHER_FILE_SPACED = Pattern.compile(
            "\\]\\(<(?:\\./|/)?((?!assets/)[A-Za-z0-9][^<>\\n#?:]*\\.[A-Za-z0-9]{1,5})>");

    /** A link climbing out of its page's folder: {@code ](../assets/x.png)}, {@code src="../../assets/x.png"}. */
    private static final Pattern PARENT_LINK = Pattern.compile(
            "(\\]\\(<?|(?:src|href)\\s*=\\s*[\"']?)((?:\\.\\./)+[^\\s\"'()<>#?]+)");

    private final SiteFolder folder;
    private final ImportFindings findings;
    /** {@code baseurl} of {@code _config.yml} without its slashes ("about-me"), "" for a site at the root. */
    private String baseurlFolder = "";

    SiteAssets(SiteFolder folder, ImportFindings findings) {
        this.folder = folder;
        this.findings = findings;
    }

    /**
     * Copies the site's files linked from {@code text}, the imported form of {@code fm}'s body (its
     * Liquid resolved); each is reported at the line of the body that names it.
     */
    void copyLinkedFrom(String text, FrontMatterFile fm, String fileName) {
        copyOtherLinkedFiles(text);
        Matcher m = LINKED_ASSET.matcher(text);
        List<int[]> comments = htmlComments(text);
        int from = 0; // a file named twice is reported at each line that names it
        while (m.find()) {
            String linked = m.group(linkGroup(m));
            int at = fm.body.indexOf(linked, from);
            if (at < 0) {
                at = fm.body.indexOf(linked);
            } else {
                from = at + linked.length();
            }
            copySiteFile(linked, fileName, at < 0 ? fm.firstBodyLine() : fm.lineAt(at), "linked file",
                    inside(comments, m.start()));
        }
    }

    /** Where {@code text} holds HTML comments ({@code <!-- ... -->}): start and end of each. */
    private static List<int[]> htmlComments(String text) {
        List<int[]> ranges = new ArrayList<>();
        Matcher c = HTML_COMMENT.matcher(text);
        while (c.find()) {
            ranges.add(new int[] {c.start(), c.end()});
        }
        return ranges;
    }

    private static boolean inside(List<int[]> ranges, int at) {
        for (int[] r : ranges) {
            if (at >= r[0] && at < r[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Copies the files of the site folder outside {@code assets/} that {@code text} links to, to the
     * same path in the portfolio, where the export finds them; a path that is no file there (a page's
     * address) is left to the export, which reports a link that leads nowhere.
     */
    private void copyOtherLinkedFiles(String text) {
        Path root = folder.path().toAbsolutePath().normalize();
        for (Pattern p : new Pattern[] {LINKED_OTHER_FILE, LINKED_OTHER_FILE_SPACED}) {
            copyOtherLinkedFiles(p.matcher(text), root);
        }
    }

    private void copyOtherLinkedFiles(Matcher m, Path root) {
        while (m.find()) {
            String linked = m.group(1);
            Path source = root.resolve(linked).normalize();
            if (source.startsWith(root) && !SiteLinks.hidden(linked) && !linked.matches("(?i).*\\.(md|markdown|html?|liquid)$")
                    && Files.isRegularFile(source)) {
                // a bare name ("cv.pdf") means assets/cv.pdf in a portfolio, where the export looks for it
                findings.addAsset(source, AssetPaths.resolve(root.relativize(source).toString().replace('\\', '/')));
            }
        }
    }

    /**
     * {@code text} of the page at {@code permalink} with each link that climbs out of the page's folder
     * ({@code ../assets/img/logo.svg} on the page at {@code /team/}) written as the site path the browser
     * reaches from there ({@code /assets/img/logo.svg}) when that is a file of the site: the exported page
     * sits at another depth, where the climb would lead elsewhere, while a path from the site's root is
     * made relative to each page. A climb to another page of the site ({@code ../joining} on the page at
     * {@code /education/}) is written as that page's permalink ({@code /joining/}). Other links stay as written.
     */
    String parentLinksFromRoot(String text, String permalink) {
        if (!text.contains("../")) {
            return text;
        }
        Path root = folder.path().toAbsolutePath().normalize();
        Matcher m = PARENT_LINK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String reached = SiteLinks.sitePath(permalink.isBlank() ? "/" : permalink, m.group(2));
            Path file = root.resolve(reached).normalize();
            boolean siteFile = !reached.isEmpty() && file.startsWith(root) && !SiteLinks.hidden(reached) && Files.isRegularFile(file);
            String page = siteFile ? null : pageAddress(reached);
            m.appendReplacement(out, Matcher.quoteReplacement(siteFile ? m.group(1) + "/" + reached
                    : page != null ? m.group(1) + page : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The permalink of the site's page at {@code sitePath} ({@code joining} is the page at {@code /joining/}), else null. */
    private String pageAddress(String sitePath) {
        String path = sitePath.replaceAll("^/+|/+$", "");
        if (path.isEmpty()) {
            return null;
        }
        for (String permalink : folder.permalinks().values()) {
            if (permalink.replaceAll("^/+|/+$", "").replaceAll("\\.html?$", "").equals(path.replaceAll("\\.html?$", ""))) {
                return permalink.startsWith("/") ? permalink : "/" + permalink;
            }
        }
        return null;
    }

    /**
     * {@code text} with each linked site file whose name it writes with its accents in another Unicode
     * form than the file's own (macOS writes "Adria" and a separate accent mark; git kept "Adrià") written
     * as the file is named, each reported: both forms read the same to a person, but only the exact bytes
     * open the file, so the link led nowhere and the file was not copied. A name as written, or percent-escaped, stays.
     */
    String linkedNamesAsOnDisk(String text, FrontMatterFile fm, String fileName) {
        if (text.chars().allMatch(c -> c < 128)) {
            return text;
        }
        Path root = folder.path().toAbsolutePath().normalize();
        Matcher m = LINKED_ASSET.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            int group = linkGroup(m);
            String relative = m.group(group);
            String other = relative.indexOf('%') >= 0 || Files.isRegularFile(root.resolve(relative).normalize())
                    ? null : UnicodeFileNames.otherForm(root, relative);
            if (other == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            int at = fm.body.indexOf(relative);
            findings.warn(fileName, at < 0 ? fm.firstBodyLine() : fm.lineAt(at), Diagnostic.Kind.ADJUSTED, "linked file "
                    + relative + " writes its accents in another Unicode form than the site's file (as macOS writes"
                    + " file names); linked as that file, " + other);
            String whole = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(whole.substring(0, m.start(group) - m.start()) + other
                    + whole.substring(m.end(group) - m.start())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Copies the site's files linked from one line of text, all reported at {@code line}. */
    void copyLinkedFrom(String text, String fileName, int line) {
        copyOtherLinkedFiles(text);
        Matcher linked = LINKED_ASSET.matcher(text);
        List<int[]> comments = htmlComments(text);
        while (linked.find()) {
            copySiteFile(linked.group(linkGroup(linked)), fileName, line, "linked file", inside(comments, linked.start()));
        }
    }

    /** The group of {@link #LINKED_ASSET}'s alternatives that matched. */
    private static int linkGroup(Matcher m) {
        for (int g = 1; g < m.groupCount(); g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return m.groupCount();
    }

    /** The site's {@code baseurl} ({@code /about-me}), which a path may carry in front of {@code assets/}. */
    void useBaseurl(Object baseurl) {
        String b = baseurl == null ? "" : String.valueOf(baseurl).strip();
        while (b.startsWith("/")) {
            b = b.substring(1);
        }
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        baseurlFolder = b;
    }

    /** A social value that names a local file: kept as a portfolio path and copied. */
    String localSocialFile(SocialKind kind, String value, String fileName, int line) {
        String v = value.replace('\\', '/');
        if (v.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return value;
        }
        while (v.startsWith("/") || v.startsWith("./")) {
            v = v.substring(v.startsWith("/") ? 1 : 2);
        }
        // "/about-me/assets/pdf/cv.pdf" on a site served under /about-me/: the address of the live
        // file, the baseurl written by hand in front of the site's own path (no such folder exists)
        if (!baseurlFolder.isEmpty() && v.startsWith(baseurlFolder + "/assets/")
                && !Files.exists(folder.path().resolve(baseurlFolder))) {
            String relative = v.substring(baseurlFolder.length() + 1);
            findings.warn(fileName, line, Diagnostic.Kind.ADJUSTED, kind.key() + " " + value
                    + " starts with the site's baseurl /" + baseurlFolder + "; read as the site's file " + relative);
            v = relative;
        }
        if (kind == SocialKind.WECHAT_QR && !v.contains("/")) {
            v = "assets/img/" + v;
        }
        // a bare name ("cv_pdf: Ada_CV.pdf") that al-folio releases of 2021-23 linked with prepend: 'assets/pdf/'
        if (kind == SocialKind.CV_PDF && !v.contains("/") && !v.isEmpty() && !Files.isRegularFile(folder.path().resolve(v))
                && Files.isRegularFile(folder.path().resolve("assets/pdf").resolve(v))) {
            findings.warn(fileName, line, Diagnostic.Kind.ADJUSTED, kind.key() + " " + value + " is no file of the site's"
                    + " folder; read as assets/pdf/" + v + ", where the site keeps it and its menu's cv link (prepend: 'assets/pdf/') finds it");
            v = "assets/pdf/" + v;
        }
        copySiteFile(v, fileName, line, kind.key());
        return v;
    }

    /**
     * The portfolio path of the about page's profile image, which the site keeps in {@code imageFolder}
     * ({@code assets/img} unless its about layout says otherwise); a web address is kept as it is.
     */
    String photoPath(String image, String imageFolder, String fileName, int line) {
        if (image.startsWith("http://") || image.startsWith("https://")) {
            return image;
        }
        String clean = image.replace('\\', '/');
        while (clean.startsWith("/") || clean.startsWith("./")) {
            clean = clean.substring(clean.startsWith("/") ? 1 : 2);
        }
        Path site = folder.path();
        Path source = site.resolve(imageFolder).resolve(clean).normalize();
        String target = "assets/" + clean;
        if (!source.startsWith(site.resolve(imageFolder).normalize())) {
            findings.warn(fileName, line, Diagnostic.Kind.SKIPPED, "profile image " + image + " is outside " + imageFolder + "; not copied");
        } else if (Files.isRegularFile(source)) {
            findings.addAsset(source, target);
        } else {
            findings.warn(fileName, line, Diagnostic.Kind.MISSING,
                    "profile image " + imageFolder + "/" + clean + " does not exist; add the photo to the portfolio by hand");
        }
        return target;
    }

    /**
     * Copies a file of the site named by its site-relative path ({@code assets/img/x.jpg}) to the
     * same path in the portfolio, so that links written in Markdown keep working; warns when it
     * does not exist or lies outside {@code assets/}.
     */
    private void copySiteFile(String relative, String fileName, int line, String what) {
        copySiteFile(relative, fileName, line, what, false);
    }

    /**
     * As {@link #copySiteFile(String, String, int, String)}; {@code commentedOut}: the link stands in an HTML
     * comment, which no visitor follows (a template for the next member's photo, {@code <slug>.jpg}), so a
     * file that is there is copied and one that is not goes unreported.
     */
    private void copySiteFile(String relative, String fileName, int line, String what, boolean commentedOut) {
        Path site = folder.path();
        Path root = site.toAbsolutePath().normalize();
        String onDisk = Files.isRegularFile(root.resolve(relative).normalize()) ? relative : LinkPaths.decoded(relative);
        Path source = root.resolve(onDisk).normalize();
        if (!source.startsWith(root.resolve("assets"))) {
            if (!commentedOut) {
                findings.warn(fileName, line, Diagnostic.Kind.SKIPPED, what + " " + relative + " is outside assets/; not copied");
            }
            return;
        }
        if (!Files.isRegularFile(source)) {
            if (commentedOut) {
                return;
            }
            findings.warn(fileName, line, Diagnostic.Kind.MISSING, what + " " + relative + " does not exist in the site; not copied");
            return;
        }
        findings.addAsset(site.resolve(onDisk).normalize(), onDisk);
    }
}
