package org.scholarfolio.importer.alfolio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.SocialKind;

/**
 * The site's own files that the portfolio needs (the photo, files linked from Markdown, a CV or
 * WeChat code named in the socials), added to the findings' copy list at the path the portfolio
 * will use for them. Only files under {@code assets/} are copied.
 */
final class SiteAssets {
    private static final Pattern LINKED_ASSET = Pattern.compile(
            "(?:\\]\\(|(?:src|href)\\s*=\\s*[\"'])(?:\\./|/)?(assets/[^)\\s\"'#?]+)");

    private final SiteFolder folder;
    private final ImportFindings findings;

    SiteAssets(SiteFolder folder, ImportFindings findings) {
        this.folder = folder;
        this.findings = findings;
    }

    /** Copies the site's files linked from a Markdown body as {@code ./assets/...} or {@code /assets/...}. */
    void copyLinkedFrom(FrontMatterFile fm, String fileName) {
        Matcher m = LINKED_ASSET.matcher(fm.body);
        while (m.find()) {
            copySiteFile(m.group(1), fileName, fm.lineAt(m.start(1)), "linked file");
        }
    }

    /**
     * Copies the site's files linked from {@code text}, the imported form of {@code fm}'s body (its
     * Liquid resolved); each is reported at the line of the body that names it.
     */
    void copyLinkedFrom(String text, FrontMatterFile fm, String fileName) {
        Matcher m = LINKED_ASSET.matcher(text);
        while (m.find()) {
            int at = fm.body.indexOf(m.group(1));
            copySiteFile(m.group(1), fileName, at < 0 ? fm.firstBodyLine() : fm.lineAt(at), "linked file");
        }
    }

    /** Copies the site's files linked from one line of text, all reported at {@code line}. */
    void copyLinkedFrom(String text, String fileName, int line) {
        Matcher linked = LINKED_ASSET.matcher(text);
        while (linked.find()) {
            copySiteFile(linked.group(1), fileName, line, "linked file");
        }
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
        if (kind == SocialKind.WECHAT_QR && !v.contains("/")) {
            v = "assets/img/" + v;
        }
        copySiteFile(v, fileName, line, kind.key());
        return v;
    }

    /** The portfolio path of the about page's profile image; a web address is kept as it is. */
    String photoPath(String image, String fileName, int line) {
        if (image.startsWith("http://") || image.startsWith("https://")) {
            return image;
        }
        String clean = image.replace('\\', '/');
        while (clean.startsWith("/") || clean.startsWith("./")) {
            clean = clean.substring(clean.startsWith("/") ? 1 : 2);
        }
        Path site = folder.path();
        Path source = site.resolve("assets/img").resolve(clean).normalize();
        String target = "assets/" + clean;
        if (!source.startsWith(site.resolve("assets/img").normalize())) {
            findings.warn(fileName, line, Diagnostic.Kind.SKIPPED, "profile image " + image + " is outside assets/img; not copied");
        } else if (Files.isRegularFile(source)) {
            findings.addAsset(source, target);
        } else {
            findings.warn(fileName, line, Diagnostic.Kind.MISSING,
                    "profile image assets/img/" + clean + " does not exist; add the photo to the portfolio by hand");
        }
        return target;
    }

    /**
     * Copies a file of the site named by its site-relative path ({@code assets/img/x.jpg}) to the
     * same path in the portfolio, so that links written in Markdown keep working; warns when it
     * does not exist or lies outside {@code assets/}.
     */
    private void copySiteFile(String relative, String fileName, int line, String what) {
        Path site = folder.path();
        Path root = site.toAbsolutePath().normalize();
        Path source = root.resolve(relative).normalize();
        if (!source.startsWith(root.resolve("assets"))) {
            findings.warn(fileName, line, Diagnostic.Kind.SKIPPED, what + " " + relative + " is outside assets/; not copied");
            return;
        }
        if (!Files.isRegularFile(source)) {
            findings.warn(fileName, line, Diagnostic.Kind.MISSING, what + " " + relative + " does not exist in the site; not copied");
            return;
        }
        findings.addAsset(site.resolve(relative).normalize(), relative);
    }
}
