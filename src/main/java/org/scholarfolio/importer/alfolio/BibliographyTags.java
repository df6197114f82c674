package org.scholarfolio.importer.alfolio;

import static org.scholarfolio.importer.alfolio.YamlValues.str;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code .bib} files the site's published pages show through jekyll-scholar's
 * {@code {% bibliography %}} tag: {@code -f my_papers -f my_patents}, {@code -f {{ site.scholar.bibliography }}},
 * no {@code -f} at all (the configured file), each with the page that shows it.
 */
final class BibliographyTags {
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*bibliography\\b((?:[^%]|%(?!}))*)-?%}");
    private static final Pattern FILE_OPTION = Pattern.compile("(?:^|\\s)(?:-f|--file)\\s+(\\{\\{.*?}}|\\S+)");
    private static final Pattern QUERY_OPTION = Pattern.compile("(?:^|\\s)(?:-q|--query)\\s+(.+?)(?=\\s+--?[a-zA-Z]|\\s*$)");
    /** Filters that split a full list into parts of one page (by year, by type): every entry is still shown. */
    private static final Pattern SPLITTING_QUERY = Pattern.compile("@\\*\\[(?:year|type|month)\\s*=\\s*\\{\\{.*");

    /**
     * One file shown on one page.
     *
     * @param file        the file name inside {@code _bibliography}, with its {@code .bib}
     * @param page        the page's site-relative name
     * @param line        the tag's line in the page
     * @param pageTitle   the page's title, as written
     * @param permalink   the page's permalink
     * @param query       a {@code -q} filter that shows only some entries, or "" (the whole file)
     * @param section     the section named exactly by the page ({@code publication_section}, as
     *                    {@code export-alfolio} writes it), or "" (then the section comes from the title)
     * @param translation the language of a multilingual site the page is a translation into ({@code ja}),
     *                    or "" for a page of the default language
     */
    record Shown(String file, String page, int line, String pageTitle, String permalink, String query, String section,
                 String translation) {
    }

    /** The front-matter key by which {@code export-alfolio} names a section page's section exactly. */
    static final String SECTION_KEY = "publication_section";

    private BibliographyTags() {
    }

    /** Every file shown by a published page of the site, in page order; {@code configured} stands for a tag without {@code -f}. */
    static List<Shown> find(SiteFolder folder, String configured) {
        List<Shown> out = new ArrayList<>();
        for (Path f : folder.pageFiles()) {
            if (folder.hiddenName(f) != null) {
                continue;
            }
            String text = SiteFolder.readQuietly(folder.path(), f);
            if (text == null || !text.contains("bibliography")) {
                continue;
            }
            FrontMatterFile fm = FrontMatterFile.parse(text, folder.rel(f));
            if (SiteFolder.unpublished(fm)) {
                continue;
            }
            String title = str(fm.data.get("title")).strip();
            String permalink = str(fm.data.get("permalink")).strip();
            String section = str(fm.data.get(SECTION_KEY)).strip();
            // a translation's page (a multilingual site's _pages/ja/publications.md) is not imported
            String translation = Objects.requireNonNullElse(folder.translationLanguage(f, fm), "");
            Matcher tag = TAG.matcher(fm.body);
            while (tag.find()) {
                String options = tag.group(1);
                Matcher q = QUERY_OPTION.matcher(options);
                String query = q.find() && !SPLITTING_QUERY.matcher(q.group(1)).matches() ? q.group(1) : "";
                Matcher file = FILE_OPTION.matcher(options);
                boolean any = false;
                while (file.find()) {
                    any = true;
                    String name = file.group(1).contains("{{") ? configured : file.group(1);
                    out.add(new Shown(bibName(name), folder.rel(f), fm.lineAt(tag.start()), title, permalink, query, section,
                            translation));
                }
                if (!any) {
                    out.add(new Shown(bibName(configured), folder.rel(f), fm.lineAt(tag.start()), title, permalink, query, section,
                            translation));
                }
            }
        }
        return out;
    }

    /** jekyll-scholar adds {@code .bib} to a name written without it. */
    static String bibName(String name) {
        String n = name.strip().replaceAll("^[\"']|[\"']$", "");
        return n.toLowerCase(Locale.ROOT).endsWith(".bib") ? n : n + ".bib";
    }
}
