package org.scholarfolio.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Font Awesome icon an icon font's element names by its classes, as al-folio sites write them in
 * their texts: Font Awesome itself ({@code <i class="fa-brands fa-github">}, {@code fab fa-github},
 * version 4's {@code fa fa-envelope}), and the icons of Academicons ({@code ai ai-google-scholar}) and
 * Bootstrap Icons ({@code bi bi-envelope-fill}) that Font Awesome also has. Version 4 names that version 6
 * renamed ({@code fa fa-home}) draw the icon Font Awesome's own version 4 map names. The site ships Font Awesome
 * alone, so any other icon of those fonts has no picture here.
 */
final class IconFontClasses {
    private static final Map<String, String> FONT_AWESOME_STYLES = Map.of("fa-solid", "solid", "fas", "solid",
            "fa", "solid", "fa-regular", "regular", "far", "regular", "fa-brands", "brands", "fab", "brands");
    /** Font Awesome's classes that size, turn or animate an icon, not name one. */
    private static final Set<String> FONT_AWESOME_MODIFIERS = Set.of("fa-xs", "fa-sm", "fa-lg", "fa-xl", "fa-2xl",
            "fa-1x", "fa-2x", "fa-3x", "fa-4x", "fa-5x", "fa-6x", "fa-7x", "fa-8x", "fa-9x", "fa-10x", "fa-fw", "fa-li",
            "fa-border", "fa-pull-left", "fa-pull-right", "fa-spin", "fa-pulse", "fa-beat", "fa-fade", "fa-bounce",
            "fa-flip", "fa-shake", "fa-inverse", "fa-stack-1x", "fa-stack-2x", "fa-rotate-90", "fa-rotate-180",
            "fa-rotate-270", "fa-flip-horizontal", "fa-flip-vertical", "fa-flip-both");
    private static final Map<String, String> ACADEMICONS = Map.of("ai-google-scholar", "brands/google-scholar",
            "ai-google-scholar-square", "brands/google-scholar", "ai-orcid", "brands/orcid", "ai-orcid-square", "brands/orcid",
            "ai-researchgate", "brands/researchgate", "ai-researchgate-square", "brands/researchgate",
            "ai-cv", "solid/file-lines", "ai-cv-square", "solid/file-lines");
    private static final Map<String, String> BOOTSTRAP_ICONS = Map.ofEntries(
            Map.entry("bi-envelope", "solid/envelope"), Map.entry("bi-envelope-fill", "solid/envelope"),
            Map.entry("bi-envelope-at", "solid/envelope"), Map.entry("bi-envelope-at-fill", "solid/envelope"),
            Map.entry("bi-github", "brands/github"), Map.entry("bi-gitlab", "brands/gitlab"),
            Map.entry("bi-youtube", "brands/youtube"), Map.entry("bi-linkedin", "brands/linkedin"),
            Map.entry("bi-twitter", "brands/twitter"), Map.entry("bi-twitter-x", "brands/x-twitter"),
            Map.entry("bi-mastodon", "brands/mastodon"), Map.entry("bi-instagram", "brands/instagram"),
            Map.entry("bi-facebook", "brands/facebook"), Map.entry("bi-globe", "solid/globe"),
            Map.entry("bi-globe2", "solid/globe"), Map.entry("bi-telephone", "solid/phone"),
            Map.entry("bi-telephone-fill", "solid/phone"), Map.entry("bi-geo-alt", "solid/location-dot"),
            Map.entry("bi-geo-alt-fill", "solid/location-dot"), Map.entry("bi-file-earmark-pdf", "solid/file-pdf"),
            Map.entry("bi-file-earmark-pdf-fill", "solid/file-pdf"), Map.entry("bi-rss", "solid/rss"),
            Map.entry("bi-rss-fill", "solid/square-rss"), Map.entry("bi-link", "solid/link"),
            Map.entry("bi-link-45deg", "solid/link"));

    private IconFontClasses() {
    }

    /**
     * The Font Awesome icons ({@code brands/github}) an element of these classes may name, in the order
     * to try them: the first the site has is the one it shows. Empty for classes that name no icon.
     */
    static List<String> candidates(List<String> classes) {
        String style = null;
        String name = null;
        for (String c : classes) {
            if (ACADEMICONS.containsKey(c) && classes.contains("ai")) {
                return List.of(ACADEMICONS.get(c));
            }
            if (BOOTSTRAP_ICONS.containsKey(c) && classes.contains("bi")) {
                return List.of(BOOTSTRAP_ICONS.get(c));
            }
            if (FONT_AWESOME_STYLES.containsKey(c) && !c.equals("fa")) {
                style = FONT_AWESOME_STYLES.get(c);
            } else if (c.startsWith("fa-") && !FONT_AWESOME_MODIFIERS.contains(c) && name == null) {
                name = c.substring(3);
            }
        }
        if (name == null || style == null && !classes.contains("fa")) {
            return List.of();
        }
        // version 4 wrote "fa fa-NAME" for every icon, brands too, and "fa-NAME-o" for the outlined ones;
        // Font Awesome's own map of its version 4 names comes first, as its shim draws them
        List<String> asWritten = style != null ? List.of(style + "/" + name)
                : name.endsWith("-o") ? List.of("regular/" + name.substring(0, name.length() - 2))
                : List.of("solid/" + name, "brands/" + name, "regular/" + name);
        Optional<String> renamed = FontAwesomeShims.version6(name);
        if (renamed.isEmpty() || asWritten.contains(renamed.get())) {
            return asWritten;
        }
        // a version 5 site's "fas fa-home" keeps its own style first: the map only says where the icon went
        List<String> all = new ArrayList<>();
        if (style == null) {
            all.add(renamed.get());
            all.addAll(asWritten);
        } else {
            all.addAll(asWritten);
            all.add(style + "/" + renamed.get().substring(renamed.get().indexOf('/') + 1));
            all.add(renamed.get());
        }
        return List.copyOf(new LinkedHashSet<>(all));
    }
}
