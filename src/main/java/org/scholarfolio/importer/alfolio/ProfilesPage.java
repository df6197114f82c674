package org.scholarfolio.importer.alfolio;

import static org.scholarfolio.importer.alfolio.YamlValues.str;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholarfolio.model.Diagnostic;

/**
 * A page of al-folio's {@code profiles} layout (a lab's People page) as its visitors see it, without
 * running Jekyll: for each entry of its {@code profiles:} list, in order, the photo
 * ({@code assets/img/<image>}, round with {@code image_circular}), the {@code more_info} HTML, and the
 * Markdown of its {@code content} file (read relative to the page, as {@code include_relative} does;
 * without one, the page's own body), the entries divided by a rule as the layout divides them. An
 * entry whose content is al-folio's example bio is a template leftover. A site whose own layout shows
 * a profile's {@code name}, {@code socials} or other keys ({@code position}, {@code role}, {@code email},
 * {@code scholar_url}) gets them too, and one that prints {@code content} itself (no
 * {@code include_relative}) has the profile's text there, not a file name.
 */
final class ProfilesPage {
    /** Keys the theme's own layout reads, placed above; any other key a site's layout shows is a detail line. */
    private static final Set<String> LAYOUT_KEYS = Set.of("name", "align", "image", "image_circular", "more_info", "content", "socials");
    private final SiteFolder folder;
    private final ImportFindings findings;
    private final ImportedBody bodies;
    /** The site's own profiles layout, which may show more keys than the theme's; "" for the theme's. */
    private String layout;

    ProfilesPage(SiteFolder folder, ImportFindings findings, ImportedBody bodies) {
        this.folder = folder;
        this.findings = findings;
        this.bodies = bodies;
    }

    /** True when the site's layout shows the profile's {@code key} (the theme's shows none of name, position, email, socials). */
    private boolean shows(String key) {
        if (layout == null) {
            String liquid = SiteFolder.readQuietly(folder.path(), folder.resolve("_layouts/profiles.liquid"));
            String html = SiteFolder.readQuietly(folder.path(), folder.resolve("_layouts/profiles.html"));
            layout = (liquid == null ? "" : liquid) + (html == null ? "" : html);
        }
        return Pattern.compile("profile\\." + Pattern.quote(key) + "(?!\\w)").matcher(layout).find();
    }

    /** The page's body as Markdown with HTML, or empty when no entry is left to show. */
    Optional<String> body(Path page, FrontMatterFile fm, String fileName) {
        if (!(fm.data.get("profiles") instanceof List<?> profiles)) {
            return Optional.empty();
        }
        int line = fm.lineOf("profiles");
        List<String> shown = new ArrayList<>();
        for (Object entry : profiles) {
            if (!(entry instanceof Map<?, ?> profile)) {
                continue;
            }
            String content = contentOf(page, fm, fileName, str(profile.get("content")).strip(), line);
            if (content == null) {
                continue;
            }
            StringBuilder html = new StringBuilder();
            String image = str(profile.get("image")).strip();
            String moreInfo = str(profile.get("more_info")).strip();
            String moreInfoHtml = moreInfo.isEmpty() ? "" : "<div class=\"more-info\">\n"
                    // no blank line, which would end the HTML block and show the rest as text
                    + bodies.line(moreInfo, fm.data, fileName, line).replaceAll("\n\\s*\n", "\n").strip() + "\n</div>\n";
            if (!image.isEmpty()) {
                // as al-folio's layout shows it: the photo and its details in a column at the profile's side,
                // the text beside it (the site's .profile, as the home page's photo)
                boolean round = YamlValues.bool(profile.get("image_circular"), false);
                String side = str(profile.get("align")).strip().equals("left") ? "left" : "right";
                html.append("<div class=\"profile ").append(side).append("\">\n<img src=\"/assets/img/")
                        .append(image.replace("\"", "%22")).append("\" alt=\"")
                        .append(attribute(str(profile.get("name")).isBlank() ? image : str(profile.get("name")).strip()))
                        .append('"').append(round ? " class=\"circle\"" : "").append(">\n").append(moreInfoHtml)
                        .append("</div>\n\n");
            }
            String name = str(profile.get("name")).strip();
            if (!name.isEmpty() && shows("name")) {
                html.append("<h3>").append(attribute(name)).append("</h3>\n");
            }
            for (Map.Entry<?, ?> detail : profile.entrySet()) {
                String key = String.valueOf(detail.getKey());
                String value = detail.getValue() instanceof Map || detail.getValue() instanceof List ? "" : str(detail.getValue()).strip();
                if (!value.isEmpty() && !LAYOUT_KEYS.contains(key) && shows(key)) {
                    html.append("<p>").append(detail(key, value)).append("</p>\n");
                }
            }
            if (profile.get("socials") instanceof List<?> socials && shows("socials")) {
                List<String> links = new ArrayList<>();
                for (Object social : socials) {
                    if (social instanceof Map<?, ?> link && !str(link.get("url")).isBlank()) {
                        String label = str(link.get("label")).isBlank() ? str(link.get("url")) : str(link.get("label"));
                        links.add("<a href=\"" + attribute(str(link.get("url")).strip()) + "\">" + attribute(label.strip()) + "</a>");
                    }
                }
                if (!links.isEmpty()) {
                    html.append("<p>").append(String.join(" · ", links)).append("</p>\n");
                }
            }
            if (image.isEmpty()) {
                html.append(moreInfoHtml);
            }
            String text = ((html.isEmpty() ? "" : html.toString().strip() + "\n\n") + content).strip();
            // the site's .bio ends below the floated photo, so the next profile starts on a line of its own
            shown.add(image.isEmpty() ? text : "<div class=\"bio\">\n\n" + text + "\n\n</div>");
        }
        String body = String.join("\n\n<hr>\n\n", shown).strip();
        return body.isEmpty() ? Optional.empty() : Optional.of(body);
    }

    /** The Markdown an entry shows below its photo; null when the entry is left out. */
    private String contentOf(Path page, FrontMatterFile fm, String fileName, String content, int line) {
        if (content.isEmpty()) {
            return bodies.of(fm, fileName).text();
        }
        if (shows("content") && !layout.contains("include_relative")) {
            // the site's own layout prints the value itself: the text, not a file to include
            return bodies.line(content, fm.data, fileName, line);
        }
        Path file = page.resolveSibling(content).normalize();
        String text = file.startsWith(folder.resolve("")) ? SiteFolder.readQuietly(folder.path(), file) : null;
        if (text == null) {
            findings.warn(fileName, line, Diagnostic.Kind.MISSING, "the profile's content file " + content
                    + " is missing; the profile shows its photo and details only");
            return "";
        }
        String contentName = folder.rel(file);
        FrontMatterFile read = FrontMatterFile.parse(text, contentName);
        if (AlfolioTemplate.isExamplePage(read.body) && findings.leftover(contentName, read.firstBodyLine(),
                "a profile on " + fileName + " shows the al-folio template's example bio")) {
            return null;
        }
        return bodies.of(read, contentName).text();
    }

    /** A detail the site's layout shows: a web address as a link named after its key ("scholar_url": Scholar), else the text. */
    private static String detail(String key, String value) {
        if (!value.matches("(?i)https?://\\S+")) {
            return attribute(value);
        }
        String label = key.replaceAll("(?i)[_-]?(url|link)$", "").replace('_', ' ').replace('-', ' ').strip();
        label = label.isEmpty() ? value : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
        return "<a href=\"" + attribute(value) + "\">" + attribute(label) + "</a>";
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
