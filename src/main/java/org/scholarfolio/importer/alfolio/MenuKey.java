package org.scholarfolio.importer.alfolio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.files.ConfinedPath;
import org.scholarfolio.model.Diagnostic;

/**
 * Which front-matter flag puts a page in the site's menu. al-folio's header lists the pages with
 * {@code nav: true}; a site that rewrote its header may test a flag of its own ({@code nav_bar: true}),
 * and its pages would otherwise all drop out of the menu. The flags are read from the header
 * include: the keys its first {@code {% if %}} inside a loop over the site's pages tests on the loop
 * variable. A page is in the menu when {@code nav} or one of those keys is {@code true} in its front
 * matter (a key holding text, such as {@code title}, decides nothing).
 *
 * <p>A header without such a loop, whose menu is written out as links ({@code <a class="page-link"
 * href="{{ '/logistics/' | relative_url }}">logistics</a>}, as al-folio's releases of 2018-19 and the course
 * sites built on them wrote it), lists its pages by address: when no page says {@code nav:}, the pages it links
 * are in the portfolio's menu in the header's order, and the links to no imported page are named.
 */
final class MenuKey {
    private static final String AL_FOLIO = "nav";
    private static final String[] HEADERS = {"_includes/header.liquid", "_includes/header.html"};
    private static final Pattern PAGES_LOOP = Pattern.compile(
            "\\{%-?\\s*for\\s+(\\w+)\\s+in\\s+(?:site\\.pages|\\w*pages\\w*)\\b");
    private static final Pattern IF = Pattern.compile("\\{%-?\\s*if\\s+([^%]{1,300}?)\\s*-?%\\}");
    /**
     * A link of a menu written out: {@code href="/x/"}, {@code href="{{ '/x/' | relative_url }}"} or
     * {@code href="{{ site.baseurl }}/x/"}; group 1 or 2 is the address.
     */
    private static final Pattern MENU_LINK = Pattern.compile(
            "<a\\b[^>]*?\\bhref\\s*=\\s*\"(?:\\{\\{-?\\s*['\"](/[^'\"{}]*)['\"]\\s*\\|\\s*(?:relative_url|absolute_url)\\s*-?}}"
            + "|(?:\\{\\{-?\\s*site\\.baseurl\\s*-?}})?(/[^\"{}]*))\"");

    private final String header;
    private final int headerLine;
    private final List<String> keys;
    /**
     * The keys the header's test asks all to hold ({@code p.title and p.url != "/"}: every page with a title, as
     * al-folio's first releases listed the pages); empty when it asks one of several or nothing but {@code nav}.
     */
    private final List<String> allOf;
    /** The addresses a menu written out as links goes to, in its order; none when the header loops over the pages. */
    private final List<String> linked;
    private final Set<String> used = new LinkedHashSet<>();
    /** Whether a page said whether it is in the menu, either way. */
    private boolean flagWritten;

    private MenuKey(String header, int headerLine, List<String> keys, List<String> allOf, List<String> linked) {
        this.header = header;
        this.headerLine = headerLine;
        this.keys = List.copyOf(keys);
        this.allOf = List.copyOf(allOf);
        this.linked = List.copyOf(linked);
    }

    /** The flags the site's header tests besides {@code nav}; none when it has no header of its own. */
    static MenuKey of(SiteFolder folder) {
        for (String name : HEADERS) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file) || !ConfinedPath.isInside(folder.path(), file)) {
                continue;
            }
            String text = SiteFolder.readQuietly(folder.path(), file);
            if (text == null) {
                break;
            }
            Matcher loop = PAGES_LOOP.matcher(text);
            while (loop.find()) {
                Matcher test = IF.matcher(text);
                if (test.find(loop.end())) {
                    // only keys tested for truth ("p.nav_bar"), not compared ("p.autogen == null")
                    Pattern truthTest = Pattern.compile(Pattern.quote(loop.group(1)) + "\\.([A-Za-z_][\\w-]{0,40})");
                    List<String> keys = new ArrayList<>();
                    List<String> tested = new ArrayList<>();
                    for (String part : test.group(1).strip().split("\\s+(?:and|or)\\s+")) {
                        Matcher key = truthTest.matcher(part.strip());
                        if (key.matches()) {
                            tested.add(key.group(1));
                            if (!key.group(1).equals(AL_FOLIO)) {
                                keys.add(key.group(1));
                            }
                        }
                    }
                    boolean all = !keys.isEmpty() && !test.group(1).matches("(?s).*\\s+or\\s+.*");
                    int line = (int) text.substring(0, test.start()).chars().filter(c -> c == '\n').count() + 1;
                    return new MenuKey(name, line, keys, all ? tested : List.of(), List.of());
                }
            }
            List<String> linked = new ArrayList<>();
            int firstLine = 0;
            Matcher link = MENU_LINK.matcher(text);
            while (link.find()) {
                String address = (link.group(1) != null ? link.group(1) : link.group(2)).replaceAll("\\.html?$", "")
                        .replaceAll("^/+|/+$", "");
                // a file (a CV's PDF), an anchor or a query is no page's address
                if (!address.isEmpty() && !address.matches(".*(\\.[A-Za-z0-9]{1,5}|[#?].*)$") && !linked.contains(address)) {
                    linked.add(address);
                    if (firstLine == 0) {
                        firstLine = (int) text.substring(0, link.start()).chars().filter(c -> c == '\n').count() + 1;
                    }
                }
            }
            return new MenuKey(name, firstLine, List.of(), List.of(), linked);
        }
        return new MenuKey("", 0, List.of(), List.of(), List.of());
    }

    /**
     * The pages as the header written out as links lists them, when no page said whether it is in the menu:
     * each page at an address it links is in the menu, in the header's order. {@code addresses} are the pages'
     * permalinks as the header writes them (no slashes around them). Reported once, with the links to no
     * imported page named.
     */
    List<org.scholarfolio.model.Page> inLinkedOrder(List<org.scholarfolio.model.Page> pages, List<String> addresses,
                                                    ImportFindings findings) {
        if (flagWritten || linked.isEmpty() || pages.isEmpty()) {
            return pages;
        }
        List<org.scholarfolio.model.Page> placed = new ArrayList<>(pages);
        List<String> inMenu = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < linked.size(); i++) {
            int at = addresses.indexOf(linked.get(i));
            if (at < 0) {
                missing.add("/" + linked.get(i) + "/");
                continue;
            }
            placed.set(at, placed.get(at).withInMenu(true).withMenuOrder(i + 1));
            inMenu.add(placed.get(at).title());
        }
        if (inMenu.isEmpty()) {
            return pages;
        }
        flagWritten = true;
        findings.warn(header, headerLine, Diagnostic.Kind.ADJUSTED, "this site's menu is written out as links, not read"
                + " from the pages' \"nav:\"; the pages it links are in the portfolio's menu in its order: "
                + String.join(", ", inMenu) + (missing.isEmpty() ? "" : "; " + String.join(", ", missing)
                + (missing.size() == 1 ? " is" : " are") + " no page imported here, left out of the menu"));
        return placed;
    }

    /** Whether the page whose front matter is {@code data} is in the menu. */
    boolean inMenu(Map<String, Object> data) {
        flagWritten |= data.containsKey(AL_FOLIO) || keys.stream().anyMatch(data::containsKey);
        if (YamlValues.bool(data.get(AL_FOLIO), false)) {
            return true;
        }
        for (String key : keys) {
            if (Boolean.TRUE.equals(data.get(key))) {
                used.add("\"" + key + ": true\"");
                return true;
            }
        }
        if (!allOf.isEmpty() && allOf.stream().allMatch(k -> truthy(data.get(k)))) {
            allOf.stream().filter(k -> !(data.get(k) instanceof Boolean)).forEach(k -> used.add("a \"" + k + "\""));
            return true;
        }
        return false;
    }

    /** Liquid's truth: anything but nothing and false (an empty text too, as Liquid has it). */
    private static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    /**
     * Says, once, that pages came into the menu by the site's own flag, or that none of the
     * {@code pages} imported says whether it is in the menu (a site whose menu is written elsewhere,
     * such as a data file of its own theme).
     */
    void report(ImportFindings findings, List<org.scholarfolio.model.Page> pages) {
        if (!pages.isEmpty() && !flagWritten) {
            findings.warn(header.isEmpty() ? "_includes" : header, headerLine, Diagnostic.Kind.ADJUSTED, "none of the "
                    + pages.size() + " pages imported says \"nav:\", which puts a page in al-folio's menu; they are"
                    + " imported out of the menu: tick \"Show in the menu\" on the Pages screen for those it should list");
        }
        if (!used.isEmpty()) {
            findings.warn(header, headerLine, Diagnostic.Kind.ADJUSTED, "this site's menu lists the pages with "
                    + String.join(" or ", used)
                    + " in place of al-folio's \"nav: true\"; those pages are in the portfolio's menu");
        }
    }
}
