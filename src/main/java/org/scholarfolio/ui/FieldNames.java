package org.scholarfolio.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.NewsField;
import org.scholarfolio.model.ProfileField;
import org.scholarfolio.model.PublicationField;

/**
 * The label each form shows a field under, by the field's path ({@code profile.name.first},
 * {@code publications[3].title}): where the field registries describe a field its label comes from
 * there; the parts with forms of their own (the name, photo, social links, authors, pages, site
 * settings) are described here. The forms take their labels from this class and Undo names the
 * field it undoes from it, so a step reads as the form does ("change to Given name"), never as
 * the JSON member ("first").
 */
public final class FieldNames {
    /** Labels of the fields no registry describes, by path with list indices left out. */
    private static final Map<String, String> FORM_LABELS = new LinkedHashMap<>();

    static {
        put("profile.name.first", "Given name");
        put("profile.name.middle", "Middle name");
        put("profile.name.last", "Family name");
        put("profile.photo.path", "Image file (in the portfolio folder)");
        put("profile.photo.alt", "Description for screen readers");
        put("profile.photo.align", "Side");
        put("profile.photo.circular", "Round");
        put("profile.socialLinks.kind", "Service");
        put("profile.socialLinks.value", "User name, id or address");
        put("profile.socialLinks.title", "Title (custom links)");
        put("profile.socialLinks.url", "Address (custom links)");
        put("profile.socialLinks.icon", "Icon (custom links)");
        put("publications.citationKey", "Citation key");
        put("publications.entryType", "Type");
        put("publications.badges.altmetric", "Altmetric id");
        put("publications.badges.dimensions", "Dimensions id");
        put("publications.badges.googleScholarId", "Google Scholar id");
        put("publications.badges.inspirehepId", "INSPIRE-HEP id");
        put("publications.ownLinks.label", "Button text (e.g. Talk)");
        put("publications.ownLinks.url", "Address (a web address, or a file in the portfolio folder)");
        put("publications.authors.given", "Given names");
        put("publications.authors.von", "von part");
        put("publications.authors.family", "Family name");
        put("publications.authors.jr", "Jr part");
        put("publications.authors.url", "Web page");
        put("publications.authors.equalContribution", "* Equal contribution");
        put("publications.authors.corresponding", "\u2020 Corresponding author");
        put("pages.title", "Title");
        put("pages.slug", "Address (/slug/)");
        put("pages.menuOrder", "Menu position");
        put("pages.inMenu", "Show in the menu");
        put("pages.body", "Content (Markdown)");
        put("site.title", "Site title");
        put("site.baseUrl", "Address (base URL)");
        put("site.description", "Description");
        put("site.language", "Language");
        put("site.theme.accentColor", "Accent colour");
        put("site.footer", "Footer");
        put("site.embedHosts", "Hosts that images and embedded videos may load from (one per line, e.g. www.youtube.com)");
        put("site.showNews", "Show news");
        put("site.newsLimit", "News items shown");
        put("site.newsScrollable", "Scroll the news list when it is long");
        put("site.showSelectedPapers", "Show selected publications");
        put("site.showMetricBadges", "Show metric badges on publications (Altmetric, Dimensions, Scholar, INSPIRE)");
        put("site.showSocials", "Show social links");
        put("site.showMadeWith", "Show \u201cmade with Scholarfolio\u201d");
        put("site.theme.darkMode", "Light or dark");
        put("site.theme.showDarkModeToggle", "Show the light/dark switch");
    }

    private FieldNames() {
    }

    private static void put(String path, String label) {
        FORM_LABELS.put(path, label);
    }

    /**
     * The label of a field no registry describes, for its form: {@code path} without list indices,
     * such as {@code profile.name.first}. Fails for a path it does not know, so a form cannot drift.
     */
    public static String label(String path) {
        String label = FORM_LABELS.get(path);
        if (label == null) {
            throw new IllegalArgumentException("no label for " + path);
        }
        return label;
    }

    /** The label the form shows the field a path names under, if it shows it. */
    public static Optional<String> labelOf(String fieldPath) {
        String path = fieldPath.replaceAll("\\[\\d+]", "");
        String own = FORM_LABELS.get(path);
        if (own != null) {
            return Optional.of(own);
        }
        int dot = path.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String list = path.substring(0, dot);
        String member = path.substring(dot + 1);
        return switch (list) {
            case "profile" -> Arrays.stream(ProfileField.values())
                    .filter(f -> f.jsonKey().equals(member) && f.kind() != ProfileField.Kind.STRUCTURED)
                    .findFirst().map(ProfileField::label);
            case "publications" -> member.startsWith("links.")
                    ? Arrays.stream(LinkKind.values()).filter(k -> member.equals("links." + k.key()))
                            .findFirst().map(LinkKind::formLabel)
                    : PublicationField.byJsonKey(member).filter(PublicationField::inForm).map(PublicationField::formLabel);
            case "news" -> Arrays.stream(NewsField.values()).filter(f -> f.jsonKey().equals(member))
                    .findFirst().flatMap(NewsField::label);
            default -> Optional.empty();
        };
    }

    /**
     * How Undo names the field: its label without the hint in brackets or the mark before it
     * ("Address (one line each)" is "Address", "* Equal contribution" is "Equal contribution").
     */
    public static Optional<String> nameOf(String fieldPath) {
        return labelOf(fieldPath).map(FieldNames::shortName);
    }

    static String shortName(String label) {
        String name = label.replaceFirst("\\s*\\(.*\\)\\s*$", "");
        name = name.replaceFirst("^[^\\p{L}\\p{N}\u201c]+\\s+", "");
        return name.isBlank() ? label : name;
    }
}
