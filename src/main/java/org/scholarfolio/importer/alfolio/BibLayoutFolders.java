package org.scholarfolio.importer.alfolio;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the site's bibliography layout serves an entry's file named without a folder. al-folio's
 * {@code bib} layout puts {@code /assets/pdf/} in front of {@code pdf}, {@code supp}, {@code poster}
 * and {@code slides}; a site with a layout of its own ({@code scholar.bibliography_template}) may
 * put another folder there ({@code entry.pdf | prepend: '/assets/pdf/publications/'}).
 */
final class BibLayoutFolders {
    static final String DEFAULT = "assets/pdf/";
    private static final Pattern PREPEND = Pattern.compile(
            "entry\\.([A-Za-z_]+)\\s*\\|\\s*prepend:\\s*([\"'])/?([^\"'{}]*?)/?\\2");

    /** A field the layout puts in a link's address: {@code href="{{ entry.talk }}"}, {@code href="https://…/{{ entry.eprint }}"}. */
    private static final Pattern LINKED = Pattern.compile("href\\s*=\\s*[\"'][^\"'<>]*?\\{\\{-?\\s*entry\\.([A-Za-z_][\\w-]*)");

    /**
     * A button linking one field: the text before the field's output in the address, the filters after
     * it, the text after it, and the anchor's content (the button's text, maybe with an icon).
     */
    private static final Pattern BUTTON = Pattern.compile("(?s)<a\\b[^>]*?\\bhref\\s*=\\s*([\"'])([^\"'<>{}]*)"
            + "\\{\\{-?\\s*entry\\.([A-Za-z_][\\w-]*)\\s*([^{}]*?)-?}}([^\"'<>{}]*)\\1[^>]*>(.*?)</a\\s*>");
    private static final Pattern TAG_OR_LIQUID = Pattern.compile("(?s)<[^>]*>|\\{\\{.*?}}|\\{%.*?%}");
    /** A Liquid tag ({@code {% if entry.x %}}) or an HTML tag with its attributes: what a visitor never reads as text. */
    private static final Pattern LIQUID_TAG_OR_HTML_TAG = Pattern.compile("(?s)\\{%.*?%}|<[^<>]*>");
    /** A field's value output into the page: {@code {{ entry.info }}}. */
    private static final Pattern OUTPUT = Pattern.compile("\\{\\{-?\\s*entry\\.([A-Za-z_][\\w-]*)");

    /**
     * A button of the site's own layout for a field the portfolio has no link kind for: its text, and
     * the address around the field's value ({@code https://archive.example.org/} before an
     * {@code eprint}); {@code filtered} when Liquid filters change the value ({@code prepend:}).
     */
    record Button(String field, String label, String before, String after, boolean filtered) {
    }

    private final Map<String, String> folders;
    private final String layout;
    private final Set<String> linked;
    private final List<Button> buttons;
    private final Map<String, Integer> printed;

    private BibLayoutFolders(Map<String, String> folders, String layout, Set<String> linked, List<Button> buttons,
                             Map<String, Integer> printed) {
        this.folders = folders;
        this.layout = layout;
        this.linked = linked;
        this.buttons = buttons;
        this.printed = printed;
    }

    /** The folders of the layout {@code scholar.bibliography_template} names (al-folio's {@code bib} by default). */
    static BibLayoutFolders of(SiteFolder folder, Map<String, Object> config) {
        String name = config.get("scholar") instanceof Map<?, ?> s ? YamlValues.str(s.get("bibliography_template")).strip() : "";
        name = name.isEmpty() ? "bib" : name;
        Map<String, String> found = new HashMap<>();
        Set<String> linked = new LinkedHashSet<>();
        Map<String, Button> buttons = new LinkedHashMap<>();
        Map<String, Integer> printed = new LinkedHashMap<>();
        String file = "";
        if (name.matches("[A-Za-z0-9_-]+")) {
            for (String ext : new String[] {".liquid", ".html"}) {
                String rel = "_layouts/" + name + ext;
                String text = SiteFolder.readQuietly(folder.path(), folder.resolve(rel));
                if (text != null) {
                    Matcher m = PREPEND.matcher(text);
                    while (m.find()) {
                        // the first prepend of a field is the one for a file of the site (a URL has none)
                        found.putIfAbsent(m.group(1), m.group(3).isEmpty() ? "" : m.group(3) + "/");
                    }
                    Matcher link = LINKED.matcher(text);
                    while (link.find()) {
                        linked.add(link.group(1).toLowerCase(Locale.ROOT));
                    }
                    Matcher button = BUTTON.matcher(text);
                    while (button.find()) {
                        String field = button.group(3).toLowerCase(Locale.ROOT);
                        String label = TAG_OR_LIQUID.matcher(button.group(6)).replaceAll(" ").replaceAll("\\s+", " ").strip();
                        String filters = button.group(4).strip();
                        // the layout's first button for the field; one without text is named after the field
                        buttons.putIfAbsent(field, new Button(field, label.isEmpty() ? capitalised(field) : label,
                                button.group(2).strip(), button.group(5).strip(),
                                !filters.isEmpty() && !filters.matches("\\|\\s*(?:relative_url|absolute_url|strip)\\s*")));
                    }
                    printed.putAll(printedFields(text));
                    file = rel;
                    break;
                }
            }
        }
        return new BibLayoutFolders(Map.copyOf(found), file, Collections.unmodifiableSet(linked), List.copyOf(buttons.values()),
                Collections.unmodifiableMap(printed));
    }

    /**
     * The fields whose value the layout writes into the page as text ({@code {{ entry.info }}, {{ entry.year }}}
     * as a venue line), lower case, each with the line of its first such output; an output inside an HTML
     * tag's attributes ({@code data-isbn="{{ entry.isbn }}"}) or a Liquid tag is no text a visitor reads.
     */
    private static Map<String, Integer> printedFields(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        StringBuilder visible = new StringBuilder(text);
        Matcher hidden = LIQUID_TAG_OR_HTML_TAG.matcher(text);
        while (hidden.find()) {
            for (int i = hidden.start(); i < hidden.end(); i++) {
                if (visible.charAt(i) != '\n') {
                    visible.setCharAt(i, ' ');
                }
            }
        }
        Matcher output = OUTPUT.matcher(visible);
        while (output.find()) {
            int line = 1;
            for (int i = 0; i < output.start(); i++) {
                line += visible.charAt(i) == '\n' ? 1 : 0;
            }
            out.putIfAbsent(output.group(1).toLowerCase(Locale.ROOT), line);
        }
        return out;
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1).replace('_', ' ');
    }

    /** The site folder ({@code assets/pdf/publications/}) a bare value of {@code field} is served from. */
    String folderOf(String field) {
        return folders.getOrDefault(field, DEFAULT);
    }

    /** The fields the site's own layout links to, lower case; none when the site has no layout of its own. */
    Set<String> linkedFields() {
        return linked;
    }

    /** The fields the layout writes into the page as text, lower case, with the line of the first such output. */
    Map<String, Integer> printedFields() {
        return printed;
    }

    /** The buttons the site's own layout shows for a field, in the layout's order; none for al-folio's own layout. */
    List<Button> buttons() {
        return buttons;
    }

    /** Whether the layout puts a folder of the site in front of a bare value of {@code field}. */
    boolean hasFolder(String field) {
        return folders.containsKey(field);
    }

    /** The layout the folders were read from, "" when the site has none of its own. */
    String layout() {
        return layout;
    }
}
