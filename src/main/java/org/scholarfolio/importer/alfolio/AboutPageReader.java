package org.scholarfolio.importer.alfolio;

import static org.scholarfolio.importer.alfolio.YamlValues.bool;
import static org.scholarfolio.importer.alfolio.YamlValues.intValue;
import static org.scholarfolio.importer.alfolio.YamlValues.str;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.ProfileField;
import org.scholarfolio.model.SiteSettings;

/**
 * The about page (the home page): the bio, subtitle, address and photo, and the switches for what
 * the home page shows. Its front matter has changed over al-folio's releases; each generation's
 * keys are read.
 */
final class AboutPageReader {
    private static final Pattern HTML_P = Pattern.compile("<p[^>]*>(.*?)</p\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n");

    private final SiteFolder folder;
    private final ImportFindings findings;
    private final SiteAssets assets;
    private final MarkdownBodyChecks bodyChecks;
    private final ImportedBody bodies;

    AboutPageReader(SiteFolder folder, ImportFindings findings, SiteAssets assets, MarkdownBodyChecks bodyChecks,
                    ImportedBody bodies) {
        this.folder = folder;
        this.findings = findings;
        this.assets = assets;
        this.bodyChecks = bodyChecks;
        this.bodies = bodies;
    }

    private static final Pattern BLOCK_HTML_LINE =
            Pattern.compile("(?im)^\\s*</?(div|p|span|table|ul|ol|section)\\b");

    /**
     * al-folio prints the subtitle into the page as HTML, where indentation and blank lines mean nothing: a
     * folded YAML scalar of indented {@code <div>}s (its more-indented lines kept as they are) shows as the
     * affiliation there, while CommonMark would end the HTML block at a blank line and box the indented rest
     * as code. Such a subtitle's lines are taken without their indentation, and its blank lines left out.
     */
    static String htmlSubtitle(String subtitle) {
        if (subtitle.indexOf('<') < 0 || !BLOCK_HTML_LINE.matcher(subtitle).find()) {
            return subtitle;
        }
        return String.join("\n", subtitle.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /**
     * @param configAnnouncements the {@code announcements} block of {@code _config.yml}; al-folio
     *     releases of 2023-24 kept it there, next to {@code news: true} in about.md
     */
    void read(Profile.Builder profile, SiteSettings.Builder site, PersonName name, Object configAnnouncements) {
        Path file = folder.aboutPage();
        if (file == null) {
            findings.warn("_pages/about.md", 0, Diagnostic.Kind.MISSING,
                    "no about page (_pages/about.md, a page with permalink / or index.md): bio, photo and address are not imported");
            return;
        }
        String fileName = folder.rel(file);
        String text = findings.readText(file, fileName);
        if (text == null) {
            return;
        }
        FrontMatterFile fm = FrontMatterFile.parse(text, fileName);
        fm.error.ifPresent(findings::add);
        fm.duplicateKeys.forEach(findings::add);
        Map<String, Object> d = fm.data;
        AboutLayout layout = AboutLayout.of(folder);
        String layoutName = str(d.get("layout")).strip();
        if (layout != null && layoutName.equals("about")) {
            AboutLayoutText.report(layout, findings);
            AboutLayoutKeys.report(layout, d, fm, fileName, findings);
        } else if (!layoutName.isEmpty() && !layoutName.equals("about")) {
            // a home page of a layout of the site's own (a lab's "home", hero and cards written into it):
            // what the visitor reads there is the layout's, which no import carries over
            AboutLayout own = AboutLayout.of(folder, layoutName);
            if (own != null) {
                AboutLayoutText.report(own, findings);
            }
        }

        ImportedBody.Body body = bodies.of(fm, fileName);
        String bio = assets.linkedNamesAsOnDisk(assets.parentLinksFromRoot(templateBio(body.text(), fm, fileName),
                str(d.get("permalink")).strip()), fm, fileName);
        profile.bio(bio);
        if (!bio.isEmpty()) {
            bodyChecks.check(fm, fileName);
            assets.copyLinkedFrom(bio, fm, fileName);
        }
        String subtitleKey = ProfileField.SUBTITLE.alfolioKey();
        String subtitle = bodies.line(bodies.translated(str(d.get(subtitleKey))), d, fileName, fm.lineOf(subtitleKey)).strip();
        if (subtitle.isEmpty() && !str(d.get("description")).isBlank()) {
            // about pages before 2022 put the line under the name in description
            subtitle = str(d.get("description")).strip();
            subtitleKey = "description";
        }
        if (subtitle.contains(AlfolioTemplate.SUBTITLE) && findings.leftover(fileName, fm.lineOf(subtitleKey),
                "the " + subtitleKey + " is the al-folio template's example (\"" + subtitle + "\")")) {
            subtitle = "";
        }
        profile.subtitle(htmlSubtitle(subtitle));

        Map<String, Object> prof = d.get("profile") instanceof Map<?, ?> m ? YamlValues.stringKeys(m) : Map.of();
        String moreInfo = ProfileField.ADDRESS_LINES.alfolioKey();
        Object address = prof.containsKey(moreInfo) ? prof.get(moreInfo)
                : prof.containsKey("address") ? prof.get("address") : d.get("address");
        String addressKey = prof.containsKey(moreInfo) ? "  " + moreInfo
                : prof.containsKey("address") ? "  address" : "address";
        List<String> lines = addressLines(address).stream()
                .map(l -> bodies.line(l, d, fileName, fm.lineOf(addressKey))).filter(l -> !l.isBlank()).toList();
        if (lines.stream().anyMatch(l -> AlfolioTemplate.ADDRESS_MARKERS.stream().anyMatch(l::contains))
                && findings.leftover(fileName, fm.lineOf(addressKey), "the address is the al-folio template's example")) {
            lines = List.of();
        }
        profile.addressLines(lines);
        for (String line : lines) { // a CV linked from the address is as much the researcher's as the bio's links
            assets.copyLinkedFrom(line, fileName, fm.lineOf(addressKey));
        }

        String image = str(prof.get("image")).strip();
        if (!image.isEmpty()) {
            Photo.Align align = "left".equalsIgnoreCase(str(prof.get("align")).strip())
                    ? Photo.Align.LEFT : Photo.Align.RIGHT;
            boolean circular = bool(prof.get("image_circular"), false);
            String alt = name.isBlank() ? "Portrait" : "Portrait of " + name.display();
            profile.photo(new Photo(assets.photoPath(image,
                    layout == null ? AboutLayout.DEFAULT_IMAGE_FOLDER : layout.profileImageFolder(), fileName, fm.lineOf("  image")), align, circular, alt));
        }

        if (d.get("announcements") instanceof Map<?, ?> a) {
            site.showNews(bool(a.get("enabled"), false));
            site.newsScrollable(bool(a.get("scrollable"), false));
            if (a.get("limit") != null) {
                site.newsLimit(intValue(a.get("limit"), 5));
            }
        } else if (configAnnouncements instanceof Map<?, ?> a) {
            // that layout shows news only when both page.news and site.announcements.enabled are set
            site.showNews(bool(d.get("news"), false) && bool(a.get("enabled"), false));
            site.newsScrollable(bool(a.get("scrollable"), false));
            if (a.containsKey("limit")) {
                site.newsLimit(a.get("limit") == null ? 0 : intValue(a.get("limit"), 5)); // blank: all news
            }
        } else {
            site.showNews(bool(d.get("news"), false));
        }
        site.showSelectedPapers(bool(d.get("selected_papers"), false) || body.selectedPapers());
        if (body.newsLoop()) {
            // the oldest about pages list the news with a Liquid loop in the body instead of a switch
            site.showNews(true);
            findings.warn(fileName, fm.firstBodyLine(), Diagnostic.Kind.ADJUSTED,
                    "the news list written in Liquid is the portfolio's news switch, now on");
        }
        site.showSocials(bool(d.get("social"), false));
        if (d.get("latest_posts") instanceof Map<?, ?> lp && bool(lp.get("enabled"), false)) {
            findings.warn(fileName, fm.lineOf("latest_posts"), Diagnostic.Kind.SKIPPED,
                    "latest_posts (blog posts on the home page) is not imported");
        }
    }

    /**
     * Checks the bio's visible text for the template's example paragraphs; text inside HTML comments
     * is not shown by al-folio and does not count. Only a bio made of nothing but template paragraphs
     * is a droppable leftover; template paragraphs next to the researcher's own text are reported and
     * kept, because dropping them would mean rewriting what the researcher wrote.
     */
    private String templateBio(String bio, FrontMatterFile fm, String fileName) {
        String visible = MarkdownBodyChecks.blankHtmlComments(fm.body);
        int firstTemplate = -1;
        boolean ownText = false;
        int start = 0;
        Matcher gap = BLANK_LINES.matcher(visible);
        while (start <= visible.length()) {
            int end = gap.find(start) ? gap.start() : visible.length();
            String paragraph = visible.substring(start, end);
            if (AlfolioTemplate.BIO_MARKERS.stream().anyMatch(paragraph::contains)) {
                if (firstTemplate < 0) {
                    firstTemplate = start + FrontMatterFile.leadingNewlinesLength(paragraph);
                }
            } else if (!paragraph.isBlank()) {
                ownText = true;
            }
            if (end == visible.length()) {
                break;
            }
            start = gap.end();
        }
        if (firstTemplate < 0) {
            return bio;
        }
        if (!ownText) {
            return findings.leftover(fileName, fm.firstBodyLine(), "the bio is the al-folio template's example text") ? "" : bio;
        }
        findings.keptLeftover(fileName, fm.lineAt(firstTemplate),
                "the bio contains paragraphs of the al-folio template's example text next to your own;"
                + " kept as written, delete them in the portfolio");
        return bio;
    }

    /** The address as lines: one per {@code <p>}, else split at {@code <br>} and line breaks; a list is flattened. */
    static List<String> addressLines(Object address) {
        List<String> out = new ArrayList<>();
        if (address instanceof List<?> list) {
            for (Object o : list) {
                out.addAll(addressLines(o));
            }
            return out;
        }
        String text = str(address);
        Matcher m = HTML_P.matcher(text);
        boolean anyP = false;
        while (m.find()) {
            anyP = true;
            String line = m.group(1).strip();
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        if (!anyP) {
            for (String part : BR.matcher(text).replaceAll("\n").split("\n")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
