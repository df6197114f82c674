package org.scholarfolio.importer.alfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholarfolio.model.Diagnostic;

/**
 * Front matter of the about page that only the site's own about layout shows: a researcher who
 * rewrote {@code _layouts/about.liquid} as a home page of cards types the cards' text into about.md
 * ({@code research_interests:}, {@code experience:}, {@code service:} lists), and the layout prints
 * it with {@code page.research_interests}. al-folio's layout knows none of those keys and the
 * portfolio has no place for them, so they are not imported; each is reported at its line with what
 * it holds, for the person to copy into the bio what should stay. Keys the layout does not print,
 * and switches ({@code visitor_map: true}), are nothing a visitor reads and are not reported.
 */
final class AboutLayoutKeys {
    /** The about page's keys al-folio's own layouts print or the import reads. */
    private static final Set<String> KNOWN = Set.of("layout", "title", "permalink", "subtitle", "description",
            "profile", "news", "announcements", "latest_posts", "selected_papers", "social", "content", "url", "date",
            "lang", "page_id", "nav", "nav_order", "published", "redirect_from", "address", "toc", "images");
    private static final int SHOWN_CHARS = 70;
    /** An item's keys for how it looks ({@code icon: "fa-solid fa-flask"}), which name no text a visitor reads. */
    private static final Set<String> LOOKS = Set.of("icon", "class", "style", "color", "colour", "image", "img");
    private static final Pattern NUMBER = Pattern.compile("[-+.\\dEe]+");

    private AboutLayoutKeys() {
    }

    /** Reports each text-holding key of {@code frontMatter} that the layout prints as {@code page.KEY}. */
    static void report(AboutLayout layout, Map<String, Object> frontMatter, FrontMatterFile fm, String fileName,
                       ImportFindings findings) {
        for (Map.Entry<String, Object> e : frontMatter.entrySet()) {
            String key = e.getKey();
            if (KNOWN.contains(key) || !printedBy(layout.text(), key)) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            collectTexts(e.getValue(), texts);
            if (texts.stream().allMatch(t -> NUMBER.matcher(t).matches())) {
                continue; // nothing but numbers: a setting, not text
            }
            int words = texts.stream().mapToInt(t -> t.split(" ").length).sum();
            String shown = String.join("; ", texts);
            if (shown.length() > SHOWN_CHARS) {
                shown = shown.substring(0, shown.lastIndexOf(' ', SHOWN_CHARS) > 0
                        ? shown.lastIndexOf(' ', SHOWN_CHARS) : SHOWN_CHARS) + " …";
            }
            String size = e.getValue() instanceof List<?> list
                    ? list.size() + (list.size() == 1 ? " item, " : " items, ") : "";
            findings.warn(fileName, fm.lineOf(key), Diagnostic.Kind.SKIPPED, key + " (" + size + words
                    + (words == 1 ? " word" : " words") + ": \"" + shown + "\") is shown by the site's own about layout ("
                    + layout.name() + ") and is not imported; copy into the bio what should stay");
        }
    }

    private static boolean printedBy(String layout, String key) {
        return Pattern.compile("\\bpage\\." + Pattern.quote(key) + "(?![\\w-])").matcher(layout).find();
    }

    /** The visible words of every text in a value, one entry per text; booleans are switches, not text, and icons no words. */
    private static void collectTexts(Object value, List<String> out) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!LOOKS.contains(String.valueOf(e.getKey()))) {
                    collectTexts(e.getValue(), out);
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object v : list) {
                collectTexts(v, out);
            }
        } else if (value instanceof Number n) {
            out.add(n.toString());
        } else if (value instanceof String s) {
            List<String> words = VisibleWords.of(s);
            if (!words.isEmpty()) {
                out.add(String.join(" ", words));
            }
        }
    }
}
