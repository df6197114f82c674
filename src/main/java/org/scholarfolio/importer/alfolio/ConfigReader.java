package org.scholarfolio.importer.alfolio;

import static org.scholarfolio.importer.alfolio.SiteFolder.CONFIG;
import static org.scholarfolio.importer.alfolio.YamlValues.bool;
import static org.scholarfolio.importer.alfolio.YamlValues.intValue;
import static org.scholarfolio.importer.alfolio.YamlValues.namePart;
import static org.scholarfolio.importer.alfolio.YamlValues.str;
import static org.scholarfolio.importer.alfolio.YamlValues.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.ProfileField;
import org.scholarfolio.model.SiteSettings;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * {@code _config.yml}: the researcher's name, e-mail and name variants, the site's title, address
 * and news settings, and the languages of a multilingual site.
 */
final class ConfigReader {
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^https?://.+");

    private final SiteFolder folder;
    private final ImportFindings findings;

    ConfigReader(SiteFolder folder, ImportFindings findings) {
        this.folder = folder;
        this.findings = findings;
    }

    /**
     * The keys of the configuration the site is built with: {@code _config.yml}, or the files a
     * workflow's {@code jekyll build --config} names, merged as Jekyll merges them (in order, a later
     * file's key replacing an earlier one's, maps merged key by key). Empty (with a warning) when
     * there is none; a file that is missing or unreadable is reported and left out.
     */
    Map<String, Object> read() {
        BuildConfigFiles build = BuildConfigFiles.of(folder.path());
        List<String> present = build.files().stream().filter(f -> Files.isRegularFile(folder.resolve(f))).toList();
        if (build.fromWorkflow()) {
            for (String f : build.files()) {
                if (!present.contains(f)) {
                    findings.warn(build.namedIn(), build.line(), Diagnostic.Kind.MISSING, "the site is built with --config "
                            + String.join(",", build.files()) + ", but " + f + " does not exist; it is left out");
                }
            }
            if (present.isEmpty()) {
                build = BuildConfigFiles.standard();
                present = Files.isRegularFile(folder.resolve(CONFIG)) ? List.of(CONFIG) : List.of();
            } else if (!present.equals(List.of(CONFIG))) {
                findings.warn(build.namedIn(), build.line(), Diagnostic.Kind.ADJUSTED, "the site is built with --config "
                        + String.join(",", build.files()) + ": the name, title, address and other settings are read from "
                        + String.join(" and then ", present) + (present.contains(CONFIG) ? "" : ", not from " + CONFIG));
            }
        }
        if (present.isEmpty()) {
            findings.warn(CONFIG, 0, Diagnostic.Kind.MISSING,
                    "no _config.yml: name, title, e-mail and social keys are not imported" + sitesInFolders());
            return Map.of();
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        List<String> read = new ArrayList<>();
        for (String name : present) {
            Map<String, Object> keys = readOne(name);
            if (keys != null) {
                deepMerge(merged, keys);
                read.add(name);
            }
        }
        folder.useConfigFiles(read);
        return merged;
    }

    /**
     * Where a repository keeps its site in a folder of its own (al-folio/, docs/): the folders in it that hold a
     * _config.yml, named so that a person who chose the repository's folder knows which to import instead.
     */
    private String sitesInFolders() {
        List<String> sites = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.path(), Files::isDirectory)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry.resolve(CONFIG))) {
                    sites.add(entry.getFileName() + "/");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return ""; // the folder cannot be listed: the warning says what it can
        }
        if (sites.isEmpty()) {
            return "";
        }
        Collections.sort(sites);
        return "; " + (sites.size() == 1 ? "the folder " + sites.get(0) + " holds one: import that folder"
                : "the folders " + String.join(", ", sites) + " hold one: import the one that is the site");
    }

    /** One configuration file's keys; null when it cannot be read (reported). */
    private Map<String, Object> readOne(String name) {
        String text = findings.readText(folder.resolve(name), name);
        if (text == null) {
            return null;
        }
        try {
            Object loaded = FrontMatterFile.parseYaml(text);
            if (loaded instanceof Map<?, ?> m) {
                FrontMatterFile.duplicateKeys(text, name, 1).forEach(findings::add);
                return YamlValues.stringKeys(m);
            }
            if (loaded == null) {
                return Map.of(); // an empty file or only comments: no keys, as for Jekyll
            }
            findings.warn(name, 1, Diagnostic.Kind.UNREADABLE, "not a list of keys; ignored");
        } catch (YAMLException e) {
            findings.add(FrontMatterFile.yamlWarning(e, name, 1));
        }
        return null;
    }

    /** Jekyll's merge of configuration files: a later value replaces, but two maps are merged key by key. */
    private static void deepMerge(Map<String, Object> into, Map<String, Object> later) {
        later.forEach((key, value) -> {
            if (into.get(key) instanceof Map<?, ?> before && value instanceof Map<?, ?> after) {
                Map<String, Object> both = new LinkedHashMap<>(YamlValues.stringKeys(before));
                deepMerge(both, YamlValues.stringKeys(after));
                into.put(key, both);
            } else {
                into.put(key, value);
            }
        });
    }

    /** Fills in what {@code config} says about the researcher and the site; returns the name. */
    PersonName readProfileAndSite(Map<String, Object> config, Profile.Builder profile, SiteSettings.Builder site) {
        PersonName name = new PersonName(namePart(config.get("first_name")), namePart(config.get("middle_name")),
                namePart(config.get("last_name")));
        if (name.isBlank() && !str(config.get("name")).isBlank()) {
            // the first al-folio releases had one name key; its last word is the family name
            String full = str(config.get("name")).strip();
            int space = full.lastIndexOf(' ');
            name = space < 0 ? new PersonName("", "", full) : new PersonName(full.substring(0, space), "", full.substring(space + 1));
            findings.warn(fileOf("name"), lineOfKey("name"), Diagnostic.Kind.ADJUSTED, "the name is read from the older name key"
                    + " as given name \"" + name.first() + "\" and family name \"" + name.last() + "\"; check the split");
        }
        if (name.first().strip().equals("You") && name.last().strip().equals("Name")) {
            // never dropped: a portfolio without a name is invalid, and this one is easy to spot and fix
            findings.keptLeftover(fileOf("first_name"), lineOfKey("first_name"), "the name \""
                    + name.display() + "\" is the al-folio template's; kept so that the portfolio has a name, replace it");
        }
        if (name.isBlank()) {
            name = nameStandIn(config);
        }
        profile.name(name);
        String emailKey = ProfileField.EMAIL.alfolioKey();
        String email = str(config.get(emailKey)).strip();
        if (AlfolioTemplate.isExampleSocial(email)
                && findings.leftover(fileOf(emailKey), lineOfKey(emailKey), "email " + email + " is the al-folio template's example")) {
            email = "";
        }
        String address = WrittenOutEmail.address(email).orElse(email);
        if (!address.equals(email)) {
            findings.warn(fileOf(emailKey), lineOfKey(emailKey), Diagnostic.Kind.ADJUSTED, WrittenOutEmail.message(emailKey, email, address));
        }
        profile.email(address);
        profile.nameVariants(nameVariants(config.get("scholar"), name));

        // al-folio writes the title into the page as HTML: "Wei&#9;魏" shows a space, "&amp;" an ampersand
        String title = Parser.unescapeEntities(str(config.get("title")), false).replaceAll("\\s+", " ").strip();
        site.title(title.isEmpty() || title.equalsIgnoreCase("blank") ? name.display() : title);
        String description = str(config.get("description")).strip();
        if (description.contains(AlfolioTemplate.DESCRIPTION)) {
            if (findings.leftover(fileOf("description"), lineOfKey("description"),
                    "description is the al-folio template's (\"" + AlfolioTemplate.DESCRIPTION + " ...\")")) {
                description = "";
            }
        }
        site.description(description);
        // al-folio writes it as <html lang="...">, which picks a screen reader's voice and the browser's hyphenation
        String langKey = str(config.get("default_lang")).isBlank() ? "lang" : "default_lang";
        String lang = str(config.get(langKey)).strip();
        if (LANGUAGE_TAG.matcher(lang).matches()) {
            site.language(lang);
        } else if (!lang.isEmpty()) {
            findings.warn(fileOf(langKey), lineOfKey(langKey), Diagnostic.Kind.SKIPPED, langKey + " \"" + lang
                    + "\" is not a language tag such as en or zh-CN; the site is marked as English (set Language in the portfolio)");
        }
        String footer = str(config.get("footer_text")).strip();
        String ownFooter = AlfolioTemplate.footerWithoutTemplate(footer);
        if (!ownFooter.equals(footer) && findings.leftover(fileOf("footer_text"), lineOfKey("footer_text"), ownFooter.isEmpty()
                ? "footer_text is the al-folio template's (\"Powered by Jekyll with al-folio theme ...\")"
                : "footer_text has the al-folio template's sentences (\"Powered by Jekyll with al-folio theme ...\")"
                        + " beside its own text; only they are")) {
            footer = ownFooter;
        }
        // al-folio writes footer_text into the page as it is: HTML a browser reads, where CommonMark is stricter
        site.footer(TagAttributeSpacing.spaced(footer));
        site.baseUrl(siteAddress(str(config.get("url")).strip(), str(config.get("baseurl")).strip()));
        if (config.get("news_limit") != null) {
            site.newsLimit(intValue(config.get("news_limit"), 5));
        }
        site.newsScrollable(bool(config.get("news_scrollable"), false));
        if (config.get("enable_publication_badges") instanceof Map<?, ?> badges) {
            site.showMetricBadges(badges.values().stream().anyMatch(v -> bool(v, false)));
        }
        return name;
    }

    /**
     * A name for a site whose {@code _config.yml} names no one (a lab's site, another theme's config):
     * another theme's {@code author.name}, else the site's title, else its host, each with a warning
     * saying so, as the portfolio needs a name; blank (reported) when there is none of these.
     */
    private PersonName nameStandIn(Map<String, Object> config) {
        PersonName titled = aboutTitleName();
        if (titled != null) {
            return titled;
        }
        String author = config.get("author") instanceof Map<?, ?> a ? str(a.get("name")).strip() : "";
        String title = str(config.get("title")).strip();
        String host = str(config.get("url")).strip().replaceFirst("(?i)^[a-z]+://", "").replaceFirst("[/:].*$", "");
        String missing = "the researcher's name is missing (first_name, middle_name and last_name in _config.yml)";
        if (!author.isEmpty()) {
            int space = author.lastIndexOf(' ');
            findings.warn(fileOf("author"), lineOfKey("author"), Diagnostic.Kind.MISSING, missing + "; this _config.yml looks like"
                    + " another Jekyll theme's, whose author.name \"" + author + "\" is used; check it in the portfolio");
            return space < 0 ? new PersonName("", "", author) : new PersonName(author.substring(0, space), "", author.substring(space + 1));
        }
        String standIn = !title.isEmpty() && !title.equalsIgnoreCase("blank") ? title
                : host.contains(".") && !host.contains(AlfolioTemplate.SITE_HOST) ? host : "";
        if (standIn.isEmpty()) {
            findings.warn(fileOf("first_name"), config.isEmpty() ? 0 : lineOfKey("first_name"), Diagnostic.Kind.MISSING,
                    missing + "; set it in the portfolio");
            return new PersonName("", "", "");
        }
        findings.warn(fileOf(standIn.equals(title) ? "title" : "url"), lineOfKey(standIn.equals(title) ? "title" : "url"), Diagnostic.Kind.MISSING, missing
                + "; the profile is named \"" + standIn + "\" after the site's " + (standIn.equals(title) ? "title" : "address")
                + ", as the portfolio needs a name: set the right one in the portfolio");
        return new PersonName("", "", standIn);
    }

    /**
     * The name the about page's title writes as the first al-folio releases had it, {@code <strong>Ada</strong> Lovelace}
     * (the page showed its title as the heading of the home page, the given name in bold), with a warning; null when the
     * title is not of that form.
     */
    private PersonName aboutTitleName() {
        Path about = folder.aboutPage();
        String text = about == null ? null : SiteFolder.readQuietly(folder.path(), about);
        if (text == null) {
            return null;
        }
        String fileName = folder.rel(about);
        FrontMatterFile fm = FrontMatterFile.parse(text, fileName);
        String title = str(fm.data.get("title")).strip();
        Matcher m = BOLD_GIVEN_NAME.matcher(title);
        if (!m.matches()) {
            return null;
        }
        PersonName name = new PersonName(m.group(2).strip(), "", m.group(3).strip());
        findings.warn(fileName, fm.lineOf("title"), Diagnostic.Kind.ADJUSTED, "the researcher's name is missing (first_name,"
                + " middle_name and last_name in _config.yml); the about page's title \"" + title + "\", which the first al-folio"
                + " releases showed as the name at the top of the home page, gives given name \"" + name.first()
                + "\" and family name \"" + name.last() + "\"; check the split in the portfolio");
        return name;
    }

    /** A language tag as {@code <html lang>} takes it: {@code fa}, {@code en-GB}, {@code zh-Hans}. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    /** {@code <strong>Given</strong> Family}, or with {@code <b>}: the given name in bold, the family name after it. */
    private static final Pattern BOLD_GIVEN_NAME = Pattern.compile("(?i)<(strong|b)>\\s*([^<>]+?)\\s*</\\1>\\s*([^<>]*[^<>\\s][^<>]*)");

    /**
     * The languages of a jekyll-polyglot site other than the default one. Their news live in
     * {@code _news/<lang>/} and are translations of the default items, not news of their own.
     */
    Set<String> otherLanguages(Map<String, Object> config) {
        List<String> languages = strings(config.get("languages"));
        if (languages.size() < 2) {
            return Set.of();
        }
        String dflt = str(config.get("default_lang")).strip();
        String main = dflt.isEmpty() ? languages.get(0) : dflt;
        findings.warn(fileOf("languages"), lineOfKey("languages"), Diagnostic.Kind.SKIPPED, "a multilingual site ("
                + String.join(", ", languages) + "): only " + main + " is imported, with its texts from _i18n/"
                + main + ".yml and _i18n/" + main + "/ where {% t %} and {% translate_file %} show them");
        Set<String> others = new HashSet<>(languages);
        others.remove(main);
        return others;
    }

    /**
     * The configuration as jekyll-polyglot builds the default language's site at the root, the one imported: with
     * {@code site.active_lang} set to that language, so that a text's {@code {% if site.active_lang == 'pt-br' %}}
     * blocks show there what the live site shows, not taken out as a name only Jekyll knows.
     */
    static Map<String, Object> asBuiltAtRoot(Map<String, Object> config, Set<String> otherLanguages) {
        if (otherLanguages.isEmpty() || config.containsKey("active_lang")) {
            return config;
        }
        String main = strings(config.get("languages")).stream().filter(l -> !otherLanguages.contains(l)).findFirst().orElse("");
        if (main.isEmpty()) {
            return config;
        }
        Map<String, Object> atRoot = new java.util.LinkedHashMap<>(config);
        atRoot.put("active_lang", main);
        return atRoot;
    }

    /**
     * The researcher's spellings for the highlight, from {@code scholar.first_name} x {@code scholar.last_name}.
     * A family name of several words is written "Family, Given", as a plain "Given Family" would
     * split it at its last space ("da Costa" would become "Costa").
     */
    private List<String> nameVariants(Object scholar, PersonName name) {
        if (!(scholar instanceof Map<?, ?> s)) {
            return List.of();
        }
        List<String> lasts = strings(s.get("last_name")).stream().map(YamlValues::namePart).toList();
        List<String> firsts = strings(s.get("first_name")).stream().map(YamlValues::namePart).toList();
        if (s.get("last_name") instanceof Map<?, ?>) {
            lasts = List.of(namePart(s.get("last_name")));
        }
        if (lasts.stream().anyMatch(l -> l.equalsIgnoreCase(AlfolioTemplate.LAST_NAME))
                && findings.leftover(fileOf("  last_name"), lineOfKey("  last_name"),
                "scholar.last_name contains the al-folio template's \"" + AlfolioTemplate.LAST_NAME + "\"")) {
            lasts = lasts.stream().filter(l -> !l.equalsIgnoreCase(AlfolioTemplate.LAST_NAME)).toList();
        }
        List<String> out = new ArrayList<>();
        for (String first : firsts.isEmpty() ? List.of("") : firsts) {
            for (String last : lasts) {
                String v = last.contains(" ") ? (last + ", " + first).strip() : (first + " " + last).strip();
                if (!v.isEmpty() && !out.contains(v)) {
                    out.add(v);
                }
            }
        }
        if (name.last().contains(" ") && !name.first().isBlank()) {
            String own = name.last() + ", " + name.first();
            if (!out.contains(own)) {
                out.add(own);
            }
        }
        return out;
    }

    /**
     * {@code url} and {@code baseurl} as one web address, which the portfolio requires to start with
     * http(s)://. A host written without a scheme gets https:// with a warning; anything that cannot
     * become a web address is left out with a warning rather than making the portfolio invalid.
     */
    private String siteAddress(String url, String baseurl) {
        int urlLine = lineOfKey("url");
        if (url.contains(AlfolioTemplate.SITE_HOST) && findings.leftover(fileOf("url"), urlLine, "url " + url
                + " is the al-folio template's demo address (baseurl " + baseurl + " with it)")) {
            return "";
        }
        if (url.isEmpty()) {
            if (!baseurl.isEmpty() && !baseurl.equals("/")) {
                findings.warn(fileOf("baseurl"), lineOfKey("baseurl"), Diagnostic.Kind.MISSING, "baseurl " + baseurl
                        + " is not imported because url is empty; set the site's address in the portfolio");
            }
            return "";
        }
        String address = url;
        if (!WEB_ADDRESS.matcher(address).matches()) {
            if (address.contains("://")) {
                findings.warn(fileOf("url"), urlLine, Diagnostic.Kind.UNREADABLE, "url " + url
                        + " is not a web address (http:// or https://); not imported");
                return "";
            }
            address = "https://" + address.replaceFirst("^/+", "");
            findings.warn(fileOf("url"), urlLine, Diagnostic.Kind.UNREADABLE, "url " + url
                    + " has no https:// in front; imported as " + address);
        }
        return baseUrl(address, baseurl);
    }

    private static String baseUrl(String url, String baseurl) {
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String b = baseurl.strip();
        if (b.isEmpty() || b.equals("/")) {
            return u;
        }
        if (!b.startsWith("/")) {
            b = "/" + b;
        }
        if (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return u + b;
    }

    private int lineOfKey(String key) {
        return folder.lineOfKey(fileOf(key), key);
    }

    /** The configuration file whose value of {@code key} the build uses. */
    private String fileOf(String key) {
        return folder.configFileOf(key);
    }
}
