package org.scholarfolio.importer.alfolio;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Diagnostic;

/**
 * What a Markdown body (bio, news item, page) may carry that Jekyll handled and the portfolio's
 * Markdown does not: Liquid, kramdown attribute lists, a merge left half done. The body is kept as
 * written; these only warn.
 */
final class MarkdownBodyChecks {
    static final Pattern LIQUID = Pattern.compile("\\{%|\\{\\{");
    /** An HTML comment, or one never closed (which hides the rest of the page). */
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", Pattern.DOTALL);
    private static final Pattern CONFLICT_MARKER = Pattern.compile("(?m)^(<<<<<<<|>>>>>>>)(?:[ \\t].*)?$");
    private static final Pattern KRAMDOWN_ATTRIBUTES = Pattern.compile("\\{:[^}\\n]*\\}");
    /** An image's list, which the import applies (see KramdownHtml); only the others are worth a warning. */
    private static final Pattern IMAGE_ATTRIBUTES = Pattern.compile("(?<=!\\[[^\\]\\n]{0,200}]\\([^)\\n]{1,500})\\)\\{:[^}\\n]*}");

    /** A link's address in Markdown ({@code ](...)}) or HTML ({@code href="..."}). */
    private static final Pattern LINK_TARGET = Pattern.compile(
            "]\\(\\s*<?((?:\\{\\{[^}\\n]*}}|[^)\\s>])+)|\\bhref\\s*=\\s*[\"']([^\"']+)[\"']");
    /** The site's own address before a path: {@code {{ site.baseurl }}}, {@code {{ site.url }}}. */
    private static final Pattern SITE_PREFIX = Pattern.compile("^(?:\\{\\{-?\\s*site\\.(?:url|baseurl)\\s*-?}})+");
    /** {@code {{ '/blog/x/' | relative_url }}}: the path inside. */
    private static final Pattern URL_FILTER = Pattern.compile("^\\{\\{-?\\s*[\"']([^\"']*)[\"']\\s*\\|\\s*(?:relative|absolute)_url\\s*-?}}");
    /** al-folio's blog: its index and its posts ({@code permalink: /blog/:year/:title/}). */
    private static final Pattern BLOG_PATH = Pattern.compile("^/blog(?:/[^?#]*)?(?:[?#].*)?$");

    private final ImportFindings findings;

    MarkdownBodyChecks(ImportFindings findings) {
        this.findings = findings;
    }

    /** Warns about merge markers and kramdown attribute lists in the body. */
    void check(FrontMatterFile fm, String fileName) {
        warnConflictMarkers(fm, fileName);
        warnKramdownAttributes(fm, fileName);
        warnBlogLinks(fm, fileName);
    }

    /**
     * Links to the site's blog: al-folio blogs are not imported, so on the exported site such a link
     * leads nowhere; the person is told where each one is. ({@code post_url} is said where its Liquid is
     * taken out, see {@link ImportedBody}.)
     */
    private void warnBlogLinks(FrontMatterFile fm, String fileName) {
        String body = blankHtmlComments(fm.body);
        Matcher m = LINK_TARGET.matcher(body);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            String path = sitePath(m.group(group));
            if (BLOG_PATH.matcher(path).matches()) {
                findings.warn(fileName, fm.lineAt(m.start(group)), Diagnostic.Kind.SKIPPED, "links to the blog (" + path
                        + "), which is not imported: the link leads nowhere on the exported site; point it at the"
                        + " post's new home or take it out");
            }
        }
    }

    /** The path of a link into the site itself, without the Liquid that names the site; others as written. */
    private static String sitePath(String target) {
        Matcher filter = URL_FILTER.matcher(target);
        if (filter.find()) {
            return filter.group(1);
        }
        return SITE_PREFIX.matcher(target).replaceFirst("");
    }

    /** A body left in the middle of a git merge shows both versions and the markers on the site. */
    private void warnConflictMarkers(FrontMatterFile fm, String fileName) {
        Matcher m = CONFLICT_MARKER.matcher(fm.body);
        if (m.find()) {
            findings.warn(fileName, fm.lineAt(m.start()), Diagnostic.Kind.UNREADABLE,
                    "an unfinished git merge (" + m.group(1) + " line); both versions and the markers are kept"
                    + " as text, keep the right one in the portfolio");
        }
    }

    /**
     * kramdown's {:style=...} / {:.class} lists are not Markdown; the import applies an image's list
     * and a block's styled classes (see KramdownHtml, BlockAttributeLists) and drops the rest, said here.
     */
    private void warnKramdownAttributes(FrontMatterFile fm, String fileName) {
        String body = blankHtmlComments(fm.body);
        Matcher m = KRAMDOWN_ATTRIBUTES.matcher(IMAGE_ATTRIBUTES.matcher(body).replaceAll(r -> " ".repeat(r.group().length())));
        int dropped = 0;
        int first = -1;
        String shown = "";
        while (m.find()) {
            if (appliedToABlock(body, m)) {
                continue;
            }
            if (dropped++ == 0) {
                first = m.start();
                shown = m.group().length() > 40 ? m.group().substring(0, 40) + "..." : m.group();
            }
        }
        if (dropped > 0) {
            findings.warn(fileName, fm.lineAt(first), Diagnostic.Kind.SKIPPED, (dropped == 1 ? "the kramdown attribute list "
                    : dropped + " kramdown attribute lists such as ") + shown + (dropped == 1 ? " is" : " are")
                    + " dropped: the site keeps only an image's class and size and, on a block, the classes"
                    + " text-left/-center/-right/-justify, block-tip/-warning/-danger and an id; use HTML where the rest matters");
        }
    }

    /** A list alone on its line, or trailing a heading, naming a class the site styles or an id. */
    private static boolean appliedToABlock(String body, Matcher list) {
        int lineStart = body.lastIndexOf('\n', list.start() - 1) + 1;
        int lineEnd = body.indexOf('\n', list.end());
        String before = body.substring(lineStart, list.start());
        String after = body.substring(list.end(), lineEnd < 0 ? body.length() : lineEnd);
        boolean ownLineOrHeading = after.isBlank() && (before.isBlank() || before.stripLeading().startsWith("#"));
        return ownLineOrHeading && BlockAttributeLists.wrapper(list.group().substring(2, list.group().length() - 1)) != null;
    }

    /** Replaces HTML comments by spaces, keeping line breaks so that positions and lines stay the same. */
    static String blankHtmlComments(String s) {
        Matcher m = HTML_COMMENT.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            for (int i = m.start(); i < m.end(); i++) {
                out.append(s.charAt(i) == '\n' ? '\n' : ' ');
            }
            last = m.end();
        }
        return out.append(s, last, s.length()).toString();
    }
}
