package org.scholarfolio.importer.alfolio;

import static org.scholarfolio.importer.alfolio.SiteFolder.CONFIG;
import static org.scholarfolio.importer.alfolio.SiteFolder.SOCIALS;
import static org.scholarfolio.importer.alfolio.YamlValues.str;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.SocialKind;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.model.UnknownFields;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The social links: from {@code _data/socials.yml} when it exists and is valid YAML (current
 * al-folio, which also allows custom links there), else from the keys in {@code _config.yml}.
 */
final class SocialsReader {
    /** A Bluesky handle: a domain name, such as {@code mira.bsky.social}. */
    private static final Pattern BLUESKY_HANDLE = Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.[a-z][a-z0-9-]{1,62}");
    private final SiteFolder folder;
    private final ImportFindings findings;
    private final SiteAssets assets;
    private final boolean dropTemplateLeftovers;
    /** True while {@code _config.yml}'s keys are read beside a socials.yml: its Bluesky value is reported only when used. */
    private boolean quiet;

    SocialsReader(SiteFolder folder, ImportFindings findings, SiteAssets assets, boolean dropTemplateLeftovers) {
        this.folder = folder;
        this.findings = findings;
        this.assets = assets;
        this.dropTemplateLeftovers = dropTemplateLeftovers;
    }

    List<SocialLink> read(Map<String, Object> config) {
        Path file = folder.resolve(SOCIALS);
        if (Files.isRegularFile(file)) {
            String text = findings.readText(file, SOCIALS);
            if (text != null) {
                try {
                    Object loaded = FrontMatterFile.parseYaml(text);
                    if (loaded == null) {
                        return List.of();
                    }
                    if (loaded instanceof Map<?, ?> m) {
                        FrontMatterFile.duplicateKeys(text, SOCIALS, 1).forEach(findings::add);
                        return withConfigKeys(socialLinks(YamlValues.stringKeys(m), SOCIALS, true), config);
                    }
                    findings.warn(SOCIALS, 1, Diagnostic.Kind.UNREADABLE, "not a list of keys; using the keys in _config.yml");
                } catch (YAMLException e) {
                    Map<String, Object> rest = withoutBadEntries(text);
                    if (rest != null) {
                        return withConfigKeys(socialLinks(rest, SOCIALS, true), config);
                    }
                    findings.add(FrontMatterFile.yamlWarning(e, SOCIALS, 1),
                            "; using the social keys in _config.yml instead");
                }
            }
        }
        return socialLinks(config, CONFIG, false);
    }

    /**
     * The keys of a socials.yml that is not valid YAML, each entry the parser stops at left out with
     * a warning (an unquoted {@code x_username: @name} costs that key, not the file); null when that
     * does not make the rest readable.
     */
    private Map<String, Object> withoutBadEntries(String text) {
        // Lines as the YAML parser counts them, so that its problem line is an index here
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n|[\r\n\u0085\u2028\u2029]", -1)));
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                Object loaded = FrontMatterFile.parseYaml(String.join("\n", lines));
                return loaded instanceof Map<?, ?> m ? YamlValues.stringKeys(m) : null;
            } catch (YAMLException e) {
                if (!(e instanceof MarkedYAMLException marked) || marked.getProblemMark() == null) {
                    return null;
                }
                // The parser may place the problem at the end of the text, one line past the last.
                int bad = Math.min(marked.getProblemMark().getLine(), lines.size() - 1);
                int start = bad;
                while (start > 0 && (lines.get(start).isBlank() || Character.isWhitespace(lines.get(start).charAt(0)))) {
                    start--; // back to the top-level key the broken line belongs to
                }
                if (lines.get(start).isBlank() || lines.get(start).startsWith("#")) {
                    return null;
                }
                int end = start + 1;
                while (end < lines.size() && !lines.get(end).isEmpty() && Character.isWhitespace(lines.get(end).charAt(0))) {
                    end++;
                }
                findings.warn(SOCIALS, start + 1, Diagnostic.Kind.UNREADABLE, "\"" + lines.get(start).strip()
                        + "\" is not valid YAML (quote a value starting with @ or another sign); this key is skipped");
                for (int i = start; i < end; i++) {
                    lines.set(i, ""); // keep line numbers for the next problem
                }
            }
        }
        return null;
    }

    /**
     * Social keys that only {@code _config.yml} has, next to a {@code _data/socials.yml}: older
     * sites kept github_username and friends there, and they are never dropped without a word.
     */
    private List<SocialLink> withConfigKeys(List<SocialLink> fromSocials, Map<String, Object> config) {
        List<SocialLink> out = new ArrayList<>(fromSocials);
        // read quietly: a key socials.yml has too is not imported from here, nor reported twice
        quiet = true;
        List<SocialLink> fromConfig;
        try {
            fromConfig = socialLinks(config, CONFIG, false);
        } finally {
            quiet = false;
        }
        for (SocialLink l : fromConfig) {
            // the e-mail in _config.yml is the profile's own, read there
            if (!l.kind().equals(SocialKind.EMAIL.key()) && out.stream().noneMatch(o -> o.kind().equals(l.kind()))) {
                findings.warn(folder.configFileOf(l.kind()), folder.lineOfKey(folder.configFileOf(l.kind()), l.kind()), Diagnostic.Kind.ADJUSTED, l.kind()
                        + " is only in _config.yml, not in _data/socials.yml; imported from _config.yml");
                if (l.kind().equals(SocialKind.BLUESKY_URL.key())) {
                    blueskyAddress(str(config.get(l.kind())).strip(), folder.configFileOf(l.kind()),
                            folder.lineOfKey(folder.configFileOf(l.kind()), l.kind()));
                }
                out.add(l);
            }
        }
        return out;
    }

    private List<SocialLink> socialLinks(Map<String, Object> entries, String fileName, boolean customAllowed) {
        List<SocialLink> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            var kind = SocialKind.ofKey(key);
            if (kind.isPresent()) {
                if (value == null || value instanceof Boolean b && !b || value instanceof Map || value instanceof List) {
                    continue;
                }
                String v = str(value).strip();
                if (v.isEmpty()) {
                    continue;
                }
                if (kind.get() == SocialKind.EMAIL && fileName.equals(CONFIG) && AlfolioTemplate.isExampleSocial(v)) {
                    if (dropTemplateLeftovers) {
                        continue; // the same key as the profile e-mail, reported there
                    }
                } else if (AlfolioTemplate.isExampleSocial(v)
                        && findings.leftover(fileOf(fileName, key), folder.lineOfKey(fileOf(fileName, key), key), key + ": " + v + " is the al-folio template's example")) {
                    continue;
                }
                if (kind.get() == SocialKind.EMAIL) {
                    String written = v;
                    v = WrittenOutEmail.address(written).orElse(written);
                    if (!v.equals(written) && !fileName.equals(CONFIG)) { // the one in _config.yml is reported with the profile
                        findings.warn(fileOf(fileName, key), folder.lineOfKey(fileOf(fileName, key), key), Diagnostic.Kind.ADJUSTED,
                                WrittenOutEmail.message(key, written, v));
                    }
                }
                if (kind.get() == SocialKind.BLUESKY_URL) {
                    v = blueskyAddress(v, fileOf(fileName, key), folder.lineOfKey(fileOf(fileName, key), key));
                }
                if (kind.get() == SocialKind.WECHAT_QR || kind.get() == SocialKind.CV_PDF) {
                    v = assets.localSocialFile(kind.get(), v, fileOf(fileName, key), folder.lineOfKey(fileOf(fileName, key), key));
                }
                out.add(SocialLink.of(kind.get(), v));
            } else if (customAllowed) {
                if (value instanceof Map<?, ?> m) {
                    String url = str(m.get("url")).strip();
                    String title = str(m.get("title")).strip();
                    if (url.isEmpty()) {
                        findings.warn(fileOf(fileName, key), folder.lineOfKey(fileOf(fileName, key), key), Diagnostic.Kind.SKIPPED,
                                "custom social " + key + " has no url; skipped");
                        continue;
                    }
                    if (AlfolioTemplate.isExampleSocial(url)
                            && findings.leftover(fileOf(fileName, key), folder.lineOfKey(fileOf(fileName, key), key), "custom social " + key + " is the al-folio template's example")) {
                        continue;
                    }
                    Map<String, Object> extra = new LinkedHashMap<>();
                    extra.put("alfolioKey", key);
                    String logo = str(m.get("logo")).strip();
                    if (!logo.isEmpty()) {
                        extra.put("logo", logo);
                    }
                    out.add(new SocialLink(SocialLink.CUSTOM, "", title.isEmpty() ? key : title, url, "",
                            new UnknownFields(extra)));
                } else if (value != null && !(value instanceof List) && siteLink(key, str(value).strip()) != null) {
                    // a key the site's own social include links (behance_username, added by its owner)
                    SiteSocial own = siteLink(key, str(value).strip());
                    Map<String, Object> extra = new LinkedHashMap<>();
                    extra.put("alfolioKey", key);
                    findings.warn(fileOf(fileName, key), folder.lineOfKey(fileOf(fileName, key), key), Diagnostic.Kind.ADJUSTED,
                            key + " is no al-folio key, but the site's own " + own.include() + " links it: imported as a"
                            + " custom link \"" + own.title() + "\" to " + own.url());
                    out.add(new SocialLink(SocialLink.CUSTOM, "", own.title(), own.url(), "", new UnknownFields(extra)));
                } else if (value != null) {
                    findings.warn(fileOf(fileName, key), folder.lineOfKey(fileOf(fileName, key), key), Diagnostic.Kind.SKIPPED,
                            "unknown social key " + key + "; skipped");
                }
            }
        }
        return out;
    }

    /** A link the site's own social include makes for a key: its address for the value, and its title. */
    private record SiteSocial(String include, String title, String url) {
    }

    /** {@code {% when 'key' %}} then an {@code <a href="...{{ social[1] }}..."} with an optional title, in the site's include. */
    private static final Pattern WHEN_LINK = Pattern.compile("\\{%-?\\s*when\\s+['\"]([\\w-]+)['\"]\\s*-?%}\\s*"
            + "<a\\s[^>]*?href\\s*=\\s*\"(https?://[^\"{}\\s]*)\\{\\{-?\\s*social\\[1]\\s*(\\|\\s*(?:cgi_escape|url_encode|uri_escape|escape)\\s*)?-?}}"
            + "([^\"{}\\s]*)\"([^>]*)>");
    private static final Pattern TITLE = Pattern.compile("\\btitle\\s*=\\s*\"([^\"{}]+)\"");
    private String includeName;
    private String includeText;

    /**
     * The link the site's own {@code _includes/social.liquid} (or {@code .html}) makes for {@code key}, which
     * al-folio does not know: its owner added a {@code when} for it, so the live site shows the icon. Only a
     * web address with the value put in once ({@code https://www.behance.net/{{ social[1] | cgi_escape }}}).
     */
    private SiteSocial siteLink(String key, String value) {
        if (includeText == null) {
            includeText = "";
            for (String name : new String[] {"_includes/social.liquid", "_includes/social.html"}) {
                Path f = folder.resolve(name);
                if (Files.isRegularFile(f)) {
                    String t = SiteFolder.readQuietly(folder.path(), f);
                    if (t != null) {
                        includeName = name;
                        includeText = t;
                        break;
                    }
                }
            }
        }
        if (value.isEmpty() || includeText.isEmpty()) {
            return null;
        }
        Matcher m = WHEN_LINK.matcher(includeText);
        while (m.find()) {
            if (!m.group(1).equals(key)) {
                continue;
            }
            String put = m.group(3) == null ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
            Matcher title = TITLE.matcher(m.group(5) + " " + m.group(0));
            return new SiteSocial(includeName, title.find() ? title.group(1).strip() : key, m.group(2) + put + m.group(4));
        }
        return null;
    }

    /**
     * A Bluesky value written as the handle ({@code mira.bsky.social}, {@code @mira.example.org}) rather than
     * an address: al-folio's own search box and many sites' social icons put it after
     * {@code https://bsky.app/profile/}, so the import does, with a warning. A value that is neither (no
     * address, no handle) is kept and reported, as it leads nowhere on the live site either.
     */
    private String blueskyAddress(String value, String file, int line) {
        if (value.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || value.startsWith("/")) {
            return value;
        }
        String handle = value.startsWith("@") ? value.substring(1) : value;
        if (BLUESKY_HANDLE.matcher(handle).matches()) {
            String address = "https://bsky.app/profile/" + handle;
            if (!quiet) {
                findings.warn(file, line, Diagnostic.Kind.ADJUSTED, "bluesky_url " + value + " is a Bluesky handle, not an"
                        + " address; imported as " + address);
            }
            return address;
        }
        if (!quiet) {
            findings.warn(file, line, Diagnostic.Kind.SKIPPED, "bluesky_url " + value + " is neither an address nor a Bluesky"
                    + " handle (name.bsky.social), so its link leads nowhere on the live site either; write the profile's address");
        }
        return value;
    }

    /** The file a key was read from: the configuration file that set it when the keys are the configuration's. */
    private String fileOf(String fileName, String key) {
        return fileName.equals(CONFIG) ? folder.configFileOf(key) : fileName;
    }
}
