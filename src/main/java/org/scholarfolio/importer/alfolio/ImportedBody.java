package org.scholarfolio.importer.alfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Diagnostic;

/**
 * The Markdown body of a page, news item or the bio as the portfolio keeps it: its Liquid resolved
 * or taken out (each piece taken out reported with file:line), and its HTML made to render in
 * CommonMark as kramdown rendered it on the live site (see {@link KramdownHtml}).
 */
final class ImportedBody {
    private static final int SHOWN = 60;
    private static final Pattern POST_URL =
            Pattern.compile("(?s)\\{%-?\\s*post_url\\s+(\\S+).*");
    /**
     * A Markdown link left with no address, or only the fragment that followed it
     * ({@code ({% post_url x %}#part)}), once its {@code post_url} was taken out.
     */
    private static final Pattern EMPTY_LINK =
            Pattern.compile("(?<![!\\\\])\\[([^\\]\\n]*)]\\(\\s*(?:#[^)\\s]*)?\\s*\\)");

    /** A link with nothing in it to no address: {@code <a href='#'></a>}, {@code <a href=""> </a>}. */
    private static final Pattern EMPTY_ANCHOR = Pattern.compile("(?i)<a\\s+href\\s*=\\s*([\"'])#?\\1\\s*>\\s*</a>");

    /** The body, and whether its Liquid showed the news list or the selected papers. */
    record Body(String text, boolean newsLoop, boolean selectedPapers) {
    }

    private final ImportFindings findings;
    private final Map<String, Object> config;
    private final SiteFolder folder;
    private final Citations citations;
    private final SiteData data;
    private final Translations translations;
    private final LanguageSwitch languages;

    ImportedBody(ImportFindings findings, Map<String, Object> config, SiteFolder folder, Citations citations, SiteData data,
                 Translations translations) {
        this.findings = findings;
        this.config = config;
        this.folder = folder;
        this.citations = citations;
        this.data = data;
        this.translations = translations;
        this.languages = LanguageSwitch.of(folder, config);
    }

    /** A front-matter text (title, subtitle) that may be a translation key, as the live site shows it. */
    String translated(String value) {
        return translations.value(value);
    }

    Body of(FrontMatterFile fm, String fileName) {
        LiquidText.Result r = new LiquidText(config, fm.data, folder.permalinks(), citations, data, translations,
                folder::isStaticFile).withIncludes(folder::includeFile).resolve(fm.body);
        boolean postLinks = false;
        for (LiquidText.Removed removed : r.removed()) {
            findings.warn(fileName, fm.lineAt(removed.offset()), Diagnostic.Kind.SKIPPED, what(removed));
            postLinks |= POST_URL.matcher(removed.what()).matches();
        }
        // a link to a post that is not imported shows its text alone, not a link to nowhere
        String resolved = postLinks ? EMPTY_LINK.matcher(r.text()).replaceAll(m -> Matcher.quoteReplacement(m.group(1))) : r.text();
        resolved = inShownLanguage(resolved, fm.body, fileName, fm::lineAt);
        KramdownTypography.Result typography = KramdownTypography.toUnicode(KramdownHtml.toCommonMark(KramdownTables.toCommonMark(resolved)));
        if (typography.changes() > 0) {
            findings.warn(fileName, fm.firstBodyLine(), Diagnostic.Kind.ADJUSTED, typographyMessage(typography));
        }
        return new Body(FrontMatterFile.withoutOuterNewlines(typography.text()), r.newsLoop(), r.selectedPapers());
    }

    /** The words a visitor would read in the body once the Liquid only Jekyll can run is taken out; nothing is reported. */
    int wordsLeft(FrontMatterFile fm) {
        return VisibleWords.of(new LiquidText(config, fm.data, folder.permalinks(), citations, data, translations,
                folder::isStaticFile).withIncludes(folder::includeFile).resolve(fm.body).text()).size();
    }

    /**
     * Whether the body's Liquid leaves something out that only Jekyll can run; false when every tag resolves
     * here (an {@code assign} of a {@code site.data} entry and the loops over it).
     */
    boolean takesOut(FrontMatterFile fm) {
        return !new LiquidText(config, fm.data, folder.permalinks(), citations, data, translations,
                folder::isStaticFile).withIncludes(folder::includeFile).resolve(fm.body).removed().isEmpty();
    }

    /** A line of front-matter HTML (subtitle, address) with its Liquid resolved or taken out. */
    String line(String text, Map<String, Object> page, String fileName, int line) {
        LiquidText.Result r = new LiquidText(config, page, folder.permalinks(), citations, data, translations,
                folder::isStaticFile).withIncludes(folder::includeFile).resolve(text);
        for (LiquidText.Removed removed : r.removed()) {
            findings.warn(fileName, line, Diagnostic.Kind.SKIPPED,
                    "Liquid " + shortened(removed.what()) + " only Jekyll can run; taken out of the text");
        }
        String shown = inShownLanguage(r.text(), text, fileName, at -> line);
        // the template's <a href='#'>Affiliations</a> with its text deleted: a link that shows nothing and leads
        // nowhere, invisible on the live site too, and a link without a name for a screen reader
        Matcher empty = EMPTY_ANCHOR.matcher(shown);
        if (empty.find()) {
            findings.warn(fileName, line, Diagnostic.Kind.ADJUSTED, "an empty link to nowhere (" + empty.group()
                    + ") shows nothing; left out");
            return empty.replaceAll("");
        }
        return shown;
    }

    /**
     * {@code resolved} without what the site writes for visitors who switch it to another language
     * ({@link LanguageSwitch}), reported once for the file at the first such passage of {@code source}.
     */
    private String inShownLanguage(String resolved, String source, String fileName, java.util.function.IntUnaryOperator lineAt) {
        LanguageSwitch.Result kept = languages.keepShown(resolved);
        if (kept.passages() > 0) {
            int at = source.indexOf("lang-" + kept.languages().iterator().next());
            findings.warn(fileName, at < 0 ? 0 : lineAt.applyAsInt(at), Diagnostic.Kind.SKIPPED, languages.message(kept));
        }
        return kept.text();
    }

    /** kramdown's typography written into the text: said once per file, with what changed. */
    private static String typographyMessage(KramdownTypography.Result t) {
        List<String> parts = new ArrayList<>();
        if (t.dashes() > 0) {
            parts.add(t.dashes() + (t.dashes() == 1 ? " dash" : " dashes"));
        }
        if (t.ellipses() > 0) {
            parts.add(t.ellipses() + (t.ellipses() == 1 ? " ellipsis" : " ellipses"));
        }
        if (t.quotes() > 0) {
            parts.add(t.quotes() + (t.quotes() == 1 ? " quote" : " quotes"));
        }
        if (t.guillemets() > 0) {
            parts.add(t.guillemets() + (t.guillemets() == 1 ? " guillemet" : " guillemets"));
        }
        return String.join(", ", parts) + " written as the live site showed them (kramdown's -- \u2013, --- \u2014,"
                + " ... \u2026, << \u00AB, >> \u00BB and curly quotes)";
    }

    private static String what(LiquidText.Removed removed) {
        Matcher post = POST_URL.matcher(removed.what());
        if (post.matches()) {
            return "links to the blog post " + shortened(post.group(1)) + " ({% post_url %}); the blog is not imported,"
                    + " so the link is taken out and its text kept";
        }
        if (removed.what().matches("(?s)\\{%-?\\s*cite\\b.*")) {
            return "Liquid " + shortened(removed.what()) + " cites a key that is not in the imported bibliography;"
                    + " taken out of the text";
        }
        return "Liquid " + shortened(removed.what()) + " only Jekyll can run; taken out of the text";
    }

    private static String shortened(String liquid) {
        String one = liquid.strip().replaceAll("\\s+", " ");
        return one.length() > SHOWN ? one.substring(0, SHOWN) + "..." : one;
    }
}
