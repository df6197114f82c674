package org.scholarfolio.importer.alfolio;

import java.util.List;
import org.scholarfolio.model.Diagnostic;

/**
 * Text a researcher wrote into the site's own about layout ({@code _layouts/about.liquid}: a "me"
 * section under the news) rather than into the about page. The layout is Jekyll's template, not
 * content, so it is not imported; al-folio's own layout has a handful of headings ("news", "latest
 * posts", "selected publications"), so a layout with many more words of its own is reported, with
 * its first words, for the person to copy what should stay into the bio.
 */
final class AboutLayoutText {
    /** al-folio's layouts hold at most ~15 words of headings; a paragraph of the researcher's own is far more. */
    private static final int OWN_TEXT_WORDS = 40;
    private static final int SHOWN_WORDS = 12;

    private AboutLayoutText() {
    }

    /** Reports the site's about layout when it holds text of its own. */
    static void report(AboutLayout layout, ImportFindings findings) {
        List<String> words = words(layout.text());
        if (words.size() > OWN_TEXT_WORDS) {
            String which = layout.name().startsWith("_layouts/about.") ? "about layout"
                    : "home page's layout, " + layout.name().substring("_layouts/".length()).replaceAll("\\.[a-z]+$", "") + ",";
            findings.warn(layout.name(), 0, Diagnostic.Kind.SKIPPED, "the site's " + which + " holds text of its own ("
                    + words.size() + " words: \"" + String.join(" ", words.subList(0, SHOWN_WORDS)) + " …\"), which"
                    + " the exported home page does not show; a layout is not imported: copy into the bio what should stay");
        }
    }

    /** The words a visitor reads in the layout itself: not its Liquid, markup, scripts or comments. */
    static List<String> words(String layout) {
        return VisibleWords.of(FrontMatterFile.parse(layout, "layout").body);
    }
}
