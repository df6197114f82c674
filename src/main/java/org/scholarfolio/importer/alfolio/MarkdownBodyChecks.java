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

    private final ImportFindings findings;

    MarkdownBodyChecks(ImportFindings findings) {
        this.findings = findings;
    }

    /** Warns about merge markers and kramdown attribute lists in the body. */
    void check(FrontMatterFile fm, String fileName) {
        warnConflictMarkers(fm, fileName);
        warnKramdownAttributes(fm, fileName);
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

    /** kramdown's {:style=...} / {:.class} lists are not Markdown; the import drops them (see KramdownHtml). */
    private void warnKramdownAttributes(FrontMatterFile fm, String fileName) {
        Matcher m = KRAMDOWN_ATTRIBUTES.matcher(IMAGE_ATTRIBUTES.matcher(blankHtmlComments(fm.body))
                .replaceAll(r -> " ".repeat(r.group().length())));
        if (m.find()) {
            String shown = m.group().length() > 40 ? m.group().substring(0, 40) + "..." : m.group();
            findings.warn(fileName, fm.lineAt(m.start()), Diagnostic.Kind.SKIPPED, "kramdown attribute lists such as "
                    + shown + " are applied to images only; this one is dropped, use HTML where the class or style matters");
        }
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
