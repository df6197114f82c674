package org.scholarfolio.model.validation;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholarfolio.model.AssetPaths;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Doi;
import org.scholarfolio.model.EmbedHostEntry;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.NewsField;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.ProfileField;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.PublicationStatus;
import org.scholarfolio.model.SocialKind;
import org.scholarfolio.model.SocialLink;

/**
 * The rules a portfolio must meet before it is published. Pure apart from asking whether local
 * files exist; the CLI, the exporter and the editor's field decorations all use these same rules.
 */
public final class PortfolioValidator {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> RESERVED_SLUGS = Set.of("publications", "news", "assets",
            "index", "feed.xml", "sitemap.xml", "robots.txt");
    private static final int EARLIEST_YEAR = 1450;

    private PortfolioValidator() {
    }

    /** Checks the portfolio; {@code folder} may be null to skip the checks for missing files. */
    public static List<Diagnostic> validate(Portfolio portfolio, Path folder) {
        List<Diagnostic> out = new ArrayList<>();
        profile(portfolio.profile(), folder, out);
        news(portfolio.news(), out);
        publications(portfolio.publications(), folder, out);
        pagesAndSite(portfolio, out);
        return out;
    }

    /** The profile's and the news items' problems: few records, checked whole on every change. */
    static void profileAndNews(Portfolio portfolio, Path folder, List<Diagnostic> out) {
        profile(portfolio.profile(), folder, out);
        news(portfolio.news(), out);
    }

    /** The pages' and the site settings' problems, which come after the publications'. */
    static void pagesAndSite(Portfolio portfolio, List<Diagnostic> out) {
        pages(portfolio.pages(), out);
        if (portfolio.site().newsLimit() < 0) {
            out.add(error("site.newsLimit", "the number of news items shown cannot be negative"));
        }
        String base = portfolio.site().baseUrl();
        if (!base.isBlank()) {
            String scheme = LinkRules.scheme(base.strip());
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                out.add(error("site.baseUrl", "the base URL must start with https:// (or http://)"));
            }
        }
        List<String> hosts = portfolio.site().embedHosts();
        for (int i = 0; i < hosts.size(); i++) {
            Diagnostic bad = EmbedHostEntry.ignored(i, hosts.get(i));
            if (bad != null) {
                out.add(bad);
            }
        }
    }

    private static void profile(Profile p, Path folder, List<Diagnostic> out) {
        if (p.name().isBlank()) {
            out.add(error(ProfileField.NAME.path(), "the profile has no name; the site needs one for its title"));
        }
        if (!p.email().isBlank() && !EMAIL.matcher(p.email().strip()).matches()) {
            out.add(error(ProfileField.EMAIL.path(), "\"" + p.email() + "\" is not an email address"));
        }
        if (p.photo() != null && !p.photo().path().isBlank()) {
            localFile(ProfileField.PHOTO.path() + ".path", p.photo().path(), folder, out);
        }
        for (int i = 0; i < p.socialLinks().size(); i++) {
            SocialLink s = p.socialLinks().get(i);
            String at = ProfileField.SOCIAL_LINKS.path() + "[" + i + "]";
            if (s.knownKind().isEmpty()) {
                if (s.url().isBlank()) {
                    out.add(error(at + ".url", "the custom link \"" + s.label() + "\" has no address"));
                } else {
                    link(at + ".url", s.url(), folder, out);
                }
            } else if (s.value().isBlank()) {
                out.add(warning(at + ".value", "the " + s.label() + " link is empty and will not be shown"));
            } else if (s.knownKind().get() == SocialKind.EMAIL
                    && !EMAIL.matcher(s.value().strip()).matches()) {
                out.add(error(at + ".value", "\"" + s.value() + "\" is not an email address"));
            } else if (s.knownKind().get().valueIsAddress()) {
                link(at + ".value", s.value(), folder, out);
            } else if (s.value().contains(":") && s.knownKind().get() != SocialKind.EMAIL) {
                s.href().ifPresent(h -> link(at + ".value", h, null, out));
            }
        }
    }

    private static void news(List<NewsItem> news, List<Diagnostic> out) {
        Map<String, Integer> ids = new HashMap<>();
        LocalDate latest = LocalDate.now().plusYears(2);
        for (int i = 0; i < news.size(); i++) {
            NewsItem n = news.get(i);
            if (n.date() == null) {
                out.add(error(NewsField.DATE.pathAt(i), n.invalidDate().map(t -> "date: \"" + t + "\" is not a date; write YYYY-MM-DD")
                        .orElse("the news item has no date")));
            } else if (n.date().date().getYear() < 1900 || n.date().date().isAfter(latest)) {
                out.add(warning(NewsField.DATE.pathAt(i), "the date " + n.date().date() + " looks wrong"));
            }
            if (!n.id().isBlank()) {
                Integer first = ids.putIfAbsent(n.id(), i);
                if (first != null) {
                    out.add(error(NewsField.ID.pathAt(i), "the id \"" + n.id() + "\" is also used by news[" + first + "]"));
                }
            }
            if (!n.inline() && n.title().isBlank()) {
                out.add(error(NewsField.TITLE.pathAt(i), "a news item on its own page needs a title to link to"));
            }
            if (n.body().isBlank() && n.title().isBlank()) {
                out.add(warning(NewsField.BODY.pathAt(i), "the news item is empty"));
            }
        }
    }

    private static void publications(List<Publication> pubs, Path folder, List<Diagnostic> out) {
        Map<String, Integer> keys = new HashMap<>();
        Map<String, Integer> dois = new HashMap<>();
        int latestYear = LocalDate.now().getYear() + 5;
        for (int i = 0; i < pubs.size(); i++) {
            publication(i, pubs.get(i), folder, latestYear).appendTo(i, keys, dois, out);
        }
    }

    /**
     * One publication's problems, in three parts around the two that depend on the records before
     * it (a citation key or a DOI used by an earlier one), so that the editor can keep them per
     * record and recheck only the record that changed ({@link IncrementalValidator}).
     */
    record PublicationChecks(Publication source, String key, String doi, String lowerKey, String lowerDoi,
                             List<Diagnostic> beforeKey, List<Diagnostic> beforeDoi, List<Diagnostic> rest) {
        /** Appends this record's problems, with a duplicate key or DOI found in {@code keys} and {@code dois}. */
        void appendTo(int i, Map<String, Integer> keys, Map<String, Integer> dois, List<Diagnostic> out) {
            appendTo(duplicateKey(i, keys), duplicateDoi(i, dois), out);
        }

        /** Appends this record's problems with the duplicate-key and duplicate-DOI problems given (null: none). */
        void appendTo(Diagnostic duplicateKey, Diagnostic duplicateDoi, List<Diagnostic> out) {
            out.addAll(beforeKey);
            if (duplicateKey != null) {
                out.add(duplicateKey);
            }
            out.addAll(beforeDoi);
            if (duplicateDoi != null) {
                out.add(duplicateDoi);
            }
            out.addAll(rest);
        }

        /** The error when an earlier record (in {@code keys}, to which this one is added) has this key; else null. */
        Diagnostic duplicateKey(int i, Map<String, Integer> keys) {
            Integer first = lowerKey == null ? null : keys.putIfAbsent(lowerKey, i);
            return first == null ? null : error("publications[" + i + "].citationKey", "the citation key \"" + key
                    + "\" is also used by publications[" + first + "]");
        }

        /** The warning when an earlier record (in {@code dois}, to which this one is added) has this DOI; else null. */
        Diagnostic duplicateDoi(int i, Map<String, Integer> dois) {
            Integer first = lowerDoi == null ? null : dois.putIfAbsent(lowerDoi, i);
            return first == null ? null
                    : warning("publications[" + i + "].doi", "the DOI " + doi + " is also used by publications[" + first + "]");
        }
    }

    static int latestYear() {
        return LocalDate.now().getYear() + 5;
    }

    /** The checks of the publication at index {@code i} that look at it alone. */
    static PublicationChecks publication(int i, Publication p, Path folder, int latestYear) {
        List<Diagnostic> out = new ArrayList<>();
        String at = "publications[" + i + "]";
        String lowerKey = null;
        if (p.citationKey().isBlank()) {
            out.add(error(at + ".citationKey", "the publication has no citation key"));
        } else {
            if (p.citationKey().chars().anyMatch(c -> Character.isWhitespace(c) || "{}(),\"#%'=\\".indexOf(c) >= 0)) {
                out.add(error(at + ".citationKey", "the citation key \"" + p.citationKey()
                        + "\" contains a space or one of { } ( ) , \" # % ' = \\"));
            }
            lowerKey = p.citationKey().toLowerCase(Locale.ROOT);
        }
        List<Diagnostic> beforeKey = List.copyOf(out);
        out.clear();
        if (p.title().isBlank()) {
            out.add(warning(at + ".title", "the publication \"" + p.citationKey() + "\" has no title"));
        }
        for (PublicationField f : PublicationField.values()) {
            typedNumber(at, p, f, out);
        }
        boolean yearTyped = p.invalidNumber(PublicationField.YEAR.jsonKey()).isPresent(); // reported above
        if (!yearTyped && p.year() == null) {
            out.add(warning(at + ".year", "the publication \"" + p.citationKey()
                    + "\" has no year and will be listed at the end" + yearAmongBibtexFields(p)));
        } else if (!yearTyped && (p.year() < EARLIEST_YEAR || p.year() > latestYear)) {
            out.add(error(at + ".year", "the year " + p.year() + " is not plausible"));
        }
        if (p.month() != null && (p.month() < 1 || p.month() > 12)) {
            out.add(error(at + ".month", "the month must be 1 to 12, not " + p.month()));
        }
        String lowerDoi = null;
        if (!p.doi().isBlank()) {
            lowerDoi = p.doi().strip().toLowerCase(Locale.ROOT);
            if (!new Doi(lowerDoi).hasDoiPrefix()) {
                out.add(warning(at + ".doi", "\"" + p.doi() + "\" does not look like a DOI (10.xxxx/...)"));
            }
        }
        List<Diagnostic> beforeDoi = List.copyOf(out);
        out.clear();
        for (Map.Entry<String, String> l : p.links().asMap().entrySet()) {
            link(at + ".links." + l.getKey(), l.getValue(), folder, out);
        }
        ownLinks(at + "." + PublicationField.OWN_LINKS.jsonKey(), p.links().own(), folder, out);
        for (PublicationField f : PublicationField.values()) {
            if (f.kind() == PublicationField.Kind.VERBATIM && !p.text(f).isBlank()) {
                localFile(at + "." + f.jsonKey(), p.text(f), folder, out);
            }
        }
        if (p.authors().isEmpty()) {
            // Publish's Google Scholar check finds the same on the exported page; said here, the editor's
            // Problems list, validate and the import all say it before anything is exported.
            out.add(warning(at + "." + PublicationField.AUTHORS.jsonKey(), "the publication \"" + p.citationKey()
                    + "\" has no authors; Google Scholar does not index a paper without them"));
        }
        for (int a = 0; a < p.authors().size(); a++) {
            Author author = p.authors().get(a);
            if (author.family().isBlank() && author.given().isBlank()) {
                out.add(error(at + ".authors[" + a + "]", "an author has no name"));
            }
            if (!author.url().isBlank()) {
                link(at + ".authors[" + a + "].url", author.url(), null, out);
            }
        }
        for (String name : p.bibtexFields().keySet()) {
            if (!isBibtexFieldName(name)) {
                out.add(warning(at + ".bibtexFields", "\"" + name + "\" is not a BibTeX field name (it is empty or holds a space"
                        + " or one of = , { } \" # ( ) %); the BibTeX files leave the field out"));
            }
        }
        return new PublicationChecks(p, p.citationKey(), p.doi(), lowerKey, lowerDoi, beforeKey, beforeDoi, List.copyOf(out));
    }

    /**
     * Whether {@code name} can be written as a field name in a BibTeX entry and read back as itself: not
     * empty, no white space and none of {@code = , { } " # ( ) %}, which end a name or open a value.
     */
    public static boolean isBibtexFieldName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || "=,{}\"#()%".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** A whole-number field typed as text that is not a number (kept in the file) is an error. */
    /**
     * What to do with a year an earlier import kept among the paper's BibTeX fields ({@code year = {in press}}, read
     * before such a year was kept in the year itself): the person's text, never moved without them; "" when none.
     */
    private static String yearAmongBibtexFields(Publication p) {
        String kept = p.bibtexFields().getOrDefault(PublicationField.YEAR.jsonKey(), "").strip();
        if (kept.isEmpty()) {
            return "";
        }
        return "; its BibTeX fields hold year = \"" + kept + "\" (from an earlier import): move it into Year"
                + (PublicationStatus.names(kept) ? ", where \"" + kept + "\" lists the paper above the newest year"
                : " and correct it there");
    }

    private static void typedNumber(String at, Publication p, PublicationField f, List<Diagnostic> out) {
        if (f.kind() != PublicationField.Kind.INTEGER && f.kind() != PublicationField.Kind.MONTH) {
            return;
        }
        String what = f.kind() == PublicationField.Kind.MONTH ? "a month (1 to 12)"
                : "a " + f.formLabel().toLowerCase(Locale.ROOT);
        if (f == PublicationField.YEAR && !p.status().isEmpty()) {
            return; // "in press": a state the paper is in, not a year typed wrong
        }
        p.invalidNumber(f.jsonKey()).ifPresent(typed -> out.add(error(at + "." + f.jsonKey(),
                f.jsonKey() + ": \"" + typed + "\" is not " + what)));
    }

    private static void pages(List<Page> pages, List<Diagnostic> out) {
        Map<String, Integer> slugs = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            String at = "pages[" + i + "]";
            if (!SLUG.matcher(p.slug()).matches()) {
                out.add(error(at + ".slug", "the address \"" + p.slug()
                        + "\" may hold only lower-case letters, digits and dashes"));
            } else if (RESERVED_SLUGS.contains(p.slug())) {
                out.add(error(at + ".slug", "\"" + p.slug() + "\" is used by the site itself; choose another address"));
            } else {
                Integer first = slugs.putIfAbsent(p.slug(), i);
                if (first != null) {
                    out.add(error(at + ".slug", "the address \"" + p.slug() + "\" is also used by pages[" + first + "]"));
                }
            }
            if (p.title().isBlank()) {
                out.add(error(at + ".title", "the page has no title for the menu"));
            }
        }
    }

    private static Diagnostic error(String at, String message) {
        return Diagnostic.error(FieldPath.parse(at), message);
    }

    private static Diagnostic warning(String at, String message) {
        return Diagnostic.warning(FieldPath.parse(at), message);
    }

    /** The person's own buttons: each needs a label and an address as safe as the other links'. */
    private static void ownLinks(String at, List<OwnLink> links, Path folder, List<Diagnostic> out) {
        java.util.Set<String> bibtexNames = new java.util.HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            OwnLink l = links.get(i);
            String here = at + "[" + i + "]";
            if (l.label().isEmpty()) {
                out.add(error(here + ".label", "a link of your own needs a label, the text on its button"));
            }
            if (l.url().isBlank()) {
                out.add(error(here + ".url", "the link \"" + l.label() + "\" has no address"));
            } else {
                link(here + ".url", l.url(), folder, out);
            }
            if (!l.label().isEmpty()) {
                String name = l.bibtexName();
                var kind = org.scholarfolio.model.LinkKind.byKey(l.label());
                if (kind.isPresent()) {
                    out.add(warning(here + ".label", "\"" + l.label() + "\" is what the " + kind.get().buttonLabel()
                            + " link is written as in BibTeX, so the BibTeX and al-folio exports leave this link out;"
                            + " put its address in the " + kind.get().formLabel() + " link instead"));
                } else if (name.isEmpty()) {
                    out.add(warning(here + ".label", "\"" + l.label() + "\" is no BibTeX field name of its own (one word"
                            + " of letters, digits, _ or -, not a field BibTeX or the portfolio already has): the site"
                            + " shows the button, the BibTeX and al-folio exports leave this link out"));
                } else if (!bibtexNames.add(name)) {
                    out.add(warning(here + ".label", "another link of your own is also labelled \"" + l.label()
                            + "\": the BibTeX and al-folio exports keep only the first"));
                }
            }
        }
    }

    /** A link that may be a web address or a local file. */
    private static void link(String at, String value, Path folder, List<Diagnostic> out) {
        var reason = LinkRules.check(value);
        if (reason.isPresent()) {
            out.add(error(at, reason.get()));
        } else if (LinkRules.isRelative(value)) {
            localFile(at, value, folder, out);
        }
    }

    private static void localFile(String at, String value, Path folder, List<Diagnostic> out) {
        if (LinkRules.scheme(value.strip()) != null) {
            LinkRules.check(value).ifPresent(r -> out.add(error(at, r)));
            return;
        }
        if (!LinkRules.isInsideFolder(value)) {
            out.add(error(at, "the path \"" + value + "\" leaves the portfolio folder"));
            return;
        }
        if (LinkRules.isPlaceholder(value)) {
            out.add(warning(at, "\"" + value.strip() + "\" leads nowhere (a placeholder for an address to come);"
                    + " the site shows no button for it until it holds an address"));
            return;
        }
        if (folder != null) {
            String rel = AssetPaths.resolve(value).split("[?#]", 2)[0];
            Path file;
            try {
                file = folder.resolve(rel);
            } catch (InvalidPathException e) { // a NUL: no file system has such a name
                out.add(error(at, "\"" + value.strip() + "\" is not a usable file name: " + e.getReason()));
                return;
            }
            if (!Files.isRegularFile(file)) {
                out.add(warning(at, "the file " + rel + " does not exist in the portfolio folder"));
            }
        }
    }
}
