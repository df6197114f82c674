package org.scholarfolio.site;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.scholarfolio.model.Slugs;
import org.scholarfolio.site.Views.NavItem;
import org.scholarfolio.site.Views.PublicationSection;
import org.scholarfolio.site.Views.PublicationView;
import org.scholarfolio.site.Views.YearGroup;

/**
 * Which pages show the publication list. Up to {@value #PAGE_LIMIT} entries it is one page,
 * {@code publications/}, as al-folio shows it. A longer list gets a page per year,
 * {@code publications/2019.html} (a year with more entries continues on {@code publications/2019-2.html}),
 * so that an entry's list address does not move when later years are added; {@code publications/}
 * then shows the newest years up to the same limit, and every list page links to every year. The
 * filter searches the whole list through {@link PublicationIndex}, whichever page it is on.
 *
 * @param pages      the list pages, {@code publications/index.html} first
 * @param split      whether the list is split by year
 * @param listPageOf the year page each publication is listed on (by identity; the one page when not split)
 */
record PublicationList(List<ListPage> pages, boolean split, Map<PublicationView, String> listPageOf) {
    /** The most entries one list page shows; a longer list is split by year. */
    static final int PAGE_LIMIT = 250;

    /**
     * One list page: the main list's year groups, then each section's (Talks, Patents ...).
     *
     * @param label the page's own heading beside "publications": its year, or "" for the landing page
     */
    record ListPage(String path, String label, List<YearGroup> groups, List<PublicationSection> sections,
                    int count) {
    }

    PublicationList {
        pages = List.copyOf(pages);
        // A patched map is read-only already, and wrapping it would hide it from the next patch.
        listPageOf = listPageOf instanceof PatchedMap ? listPageOf : java.util.Collections.unmodifiableMap(listPageOf);
    }

    static PublicationList empty() {
        return new PublicationList(List.of(), false, new IdentityHashMap<>());
    }

    /** Whether a list of {@code size} entries is split by year. */
    static boolean splits(int size) {
        return size > PAGE_LIMIT;
    }

    /**
     * The folder names under {@code publications/} that the year pages take, for years listed
     * newest first with their number of entries ("undated" for entries without a year). Papers'
     * own pages must not take them.
     */
    static List<String> yearFolders(Map<String, Integer> entriesPerYear) {
        List<String> folders = new ArrayList<>();
        entriesPerYear.forEach((year, count) -> {
            for (int part = 1; (part - 1) * PAGE_LIMIT < count; part++) {
                folders.add(part == 1 ? year : year + "-" + part);
            }
        });
        return folders;
    }

    /**
     * The list of {@code publications} (newest first), {@code sectionOf} naming each one's section
     * ("" for the main list). Every list page is one folder down, so each shows the same views.
     */
    static PublicationList of(List<PublicationView> publications, Function<PublicationView, String> sectionOf) {
        Map<PublicationView, String> listPageOf = new IdentityHashMap<>();
        if (publications.isEmpty()) {
            return empty();
        }
        Set<String> sectionOrder = new LinkedHashSet<>();
        publications.forEach(p -> sectionOrder.add(sectionOf.apply(p)));
        if (!splits(publications.size())) {
            publications.forEach(p -> listPageOf.put(p, Routes.PUBLICATIONS));
            ListPage one = page(Routes.PUBLICATIONS, "", publications, sectionOf, sectionOrder);
            return new PublicationList(List.of(one), false, listPageOf);
        }
        // Within a year the main list comes first, then each section: a long year is cut in that order.
        List<String> mainFirst = new ArrayList<>(List.of(""));
        sectionOrder.stream().filter(s -> !s.isEmpty()).forEach(mainFirst::add);
        Map<String, List<PublicationView>> byYear = new LinkedHashMap<>();
        // By folder: "In press" and "in press" share a page
        publications.forEach(p -> byYear.putIfAbsent(folderOf(yearOf(p)), new ArrayList<>()));
        for (String section : mainFirst) {
            for (PublicationView p : publications) {
                if (sectionOf.apply(p).equals(section)) {
                    byYear.get(folderOf(yearOf(p))).add(p);
                }
            }
        }
        List<ListPage> yearPages = new ArrayList<>();
        List<PublicationView> newest = new ArrayList<>();
        boolean[] landingOpen = {true};
        byYear.forEach((folder, entries) -> {
            String year = yearOf(entries.get(0));
            for (int from = 0, part = 1; from < entries.size(); from += PAGE_LIMIT, part++) {
                List<PublicationView> chunk = entries.subList(from, Math.min(entries.size(), from + PAGE_LIMIT));
                String path = Routes.publicationYear(part == 1 ? folder : folder + "-" + part);
                chunk.forEach(p -> listPageOf.put(p, path));
                yearPages.add(page(path, part == 1 ? year : year + ", part " + part, chunk, sectionOf, sectionOrder));
                // The landing page shows whole year pages, newest first, up to the limit (at least one).
                if (landingOpen[0] && (newest.isEmpty() || newest.size() + chunk.size() <= PAGE_LIMIT)) {
                    newest.addAll(chunk);
                } else {
                    landingOpen[0] = false;
                }
            }
        });
        List<ListPage> pages = new ArrayList<>();
        pages.add(page(Routes.PUBLICATIONS, "", newest, sectionOf, sectionOrder));
        pages.addAll(yearPages);
        return new PublicationList(pages, true, listPageOf);
    }

    /**
     * This list with each view in {@code swaps} replaced by the view it maps to, in the same place
     * (the views must be of the same year and section); pages and groups without one are kept.
     */
    PublicationList replacing(Map<PublicationView, PublicationView> swaps) {
        List<ListPage> replaced = new ArrayList<>(pages.size());
        for (ListPage page : pages) {
            List<YearGroup> groups = replacing(page.groups(), swaps);
            List<PublicationSection> sections = page.sections();
            for (int i = 0; i < sections.size(); i++) {
                PublicationSection s = sections.get(i);
                List<YearGroup> sectionGroups = replacing(s.groups(), swaps);
                if (sectionGroups != s.groups()) {
                    sections = new ArrayList<>(sections);
                    sections.set(i, new PublicationSection(s.title(), s.id(), sectionGroups));
                }
            }
            replaced.add(groups == page.groups() && sections == page.sections() ? page
                    : new ListPage(page.path(), page.label(), groups, List.copyOf(sections), page.count()));
        }
        // Patched rather than copied: 10,000 entries after every edit for one or two swaps.
        Map<PublicationView, String> moved = new IdentityHashMap<>();
        List<PublicationView> gone = new ArrayList<>();
        swaps.forEach((was, is) -> {
            String path = listPageOf.get(was);
            if (path != null) {
                gone.add(was);
                moved.put(is, path);
            }
        });
        return new PublicationList(replaced, split, PatchedMap.patch(listPageOf, moved, gone, true));
    }

    /** {@code groups} with the views in {@code swaps} replaced; the same list when none is in it. */
    private static List<YearGroup> replacing(List<YearGroup> groups, Map<PublicationView, PublicationView> swaps) {
        List<YearGroup> out = groups;
        for (int g = 0; g < groups.size(); g++) {
            YearGroup group = groups.get(g);
            List<PublicationView> entries = null;
            for (int i = 0; i < group.publications().size(); i++) {
                PublicationView is = swaps.get(group.publications().get(i));
                if (is != null) {
                    if (entries == null) {
                        entries = new ArrayList<>(group.publications());
                    }
                    entries.set(i, is);
                }
            }
            if (entries != null) {
                if (out == groups) {
                    out = new ArrayList<>(groups);
                }
                out.set(g, new YearGroup(group.year(), List.copyOf(entries)));
            }
        }
        return out == groups ? groups : List.copyOf(out);
    }

    /** Every year page, as links for the year navigation of the page at {@code currentPath}. */
    List<NavItem> yearNav(String currentPath) {
        if (!split) {
            return List.of();
        }
        return pages.subList(1, pages.size()).stream()
                .map(p -> new NavItem(p.label(), p.path(), p.path().equals(currentPath))).toList();
    }

    ListPage page(String path) {
        return pages.stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no list page at " + path));
    }

    /**
     * The folder name of a year's list page: the year, "undated", or for a state written in place of the year
     * ("in press") its words as an address ({@code in-press}), which no year and no paper's page takes.
     */
    static String folderOf(String year) {
        return digitsOnly(year) || year.equals("undated") ? year : Slugs.slugify(year, Routes.SLUG_LENGTH);
    }

    /** Whether {@code text} holds nothing but the digits 0-9 (an empty text does). A loop: asked twice per paper. */
    private static boolean digitsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String yearOf(PublicationView p) {
        return p.year().isEmpty() ? "undated" : p.year();
    }

    private static ListPage page(String path, String label, List<PublicationView> entries,
                                 Function<PublicationView, String> sectionOf, Set<String> sectionOrder) {
        Map<String, Map<String, List<PublicationView>>> bySection = new LinkedHashMap<>();
        sectionOrder.forEach(s -> bySection.put(s, new LinkedHashMap<>()));
        bySection.putIfAbsent("", new LinkedHashMap<>());
        for (PublicationView p : entries) {
            bySection.get(sectionOf.apply(p)).computeIfAbsent(yearOf(p), y -> new ArrayList<>()).add(p);
        }
        List<YearGroup> groups = yearGroups(bySection.remove(""));
        List<PublicationSection> sections = bySection.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new PublicationSection(e.getKey(), "section-" + Slugs.slugify(e.getKey(), Routes.SLUG_LENGTH), yearGroups(e.getValue())))
                .toList();
        return new ListPage(path, label, groups, sections, entries.size());
    }

    private static List<YearGroup> yearGroups(Map<String, List<PublicationView>> byYear) {
        return byYear.entrySet().stream().map(e -> new YearGroup(e.getKey(), e.getValue())).toList();
    }
}
