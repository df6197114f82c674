package org.scholarfolio.importer.alfolio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.validation.LinkRules;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * al-folio's {@code _data/coauthors.yml}: a co-author's page, which the publication list links
 * from the co-author's name. Each key is a family name, each entry under it a list of given-name
 * spellings and the page's address:
 * <pre>
 * "hutter":
 *   - firstname: ["Frank", "F."]
 *     url: https://example.org/hutter
 * </pre>
 * The site's bibliography layout looks an author up by family name (al-folio's markers taken off;
 * since 2023 also lower-cased without accents, while older sites keep capitalised keys, so the key
 * is matched either way here) and takes the entry whose {@code firstname} contains the author's
 * given names as BibTeX wrote them (a list: one element equal to them; a string: a part of it).
 */
final class CoauthorLinks {
    static final String FILE = "_data/coauthors.yml";

    private CoauthorLinks() {
    }

    /** The publications with each author the file names linked to their page; an author's own url is kept. */
    static List<Publication> apply(List<Publication> publications, SiteFolder folder, ImportFindings findings) {
        Path file = folder.resolve(FILE);
        if (publications.isEmpty() || !Files.isRegularFile(file)) {
            return publications;
        }
        String text = findings.readText(file, FILE);
        if (text == null) {
            return publications;
        }
        Map<?, ?> entries;
        try {
            Object data = FrontMatterFile.parseYaml(text);
            if (!(data instanceof Map<?, ?> m)) {
                return publications; // an empty file, or the template's "{}"
            }
            entries = m;
        } catch (YAMLException e) {
            findings.add(FrontMatterFile.yamlWarning(e, FILE, 1), "; co-authors' names are not linked to their pages");
            return publications;
        }
        List<Publication> linked = new ArrayList<>(publications.size());
        int names = 0;
        for (Publication p : publications) {
            List<Author> authors = new ArrayList<>(p.authors());
            boolean changed = false;
            for (int i = 0; i < authors.size(); i++) {
                Author a = authors.get(i);
                String url = a.url().isBlank() ? pageOf(a, entries) : "";
                if (!url.isEmpty()) {
                    authors.set(i, a.withUrl(url));
                    changed = true;
                    names++;
                }
            }
            linked.add(changed ? p.toBuilder().authors(authors).build() : p);
        }
        if (names > 0) {
            findings.warn(FILE, 1, Diagnostic.Kind.ADJUSTED, names + " author name" + (names == 1 ? "" : "s")
                    + " in the publications linked to the co-author's page, as the site's publication list links them");
        }
        return linked;
    }

    /** The address of the author's page, or "" when the file names none. */
    private static String pageOf(Author author, Map<?, ?> entries) {
        String family = key(author.family());
        if (family.isEmpty()) {
            return "";
        }
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            if (!(e.getValue() instanceof List<?> people) || !key(String.valueOf(e.getKey())).equals(family)) {
                continue;
            }
            for (Object person : people) {
                if (person instanceof Map<?, ?> m && namesGiven(m.get("firstname"), author.given())) {
                    // the first entry whose given names fit decides, as the layout's loop breaks there
                    return address(m.get("url"));
                }
            }
        }
        return "";
    }

    /** Liquid's {@code contains}: an element equal to {@code given} in a list, a part of a string. */
    private static boolean namesGiven(Object firstname, String given) {
        String g = given.strip();
        if (g.isEmpty()) {
            return false;
        }
        if (firstname instanceof List<?> list) {
            return list.stream().anyMatch(f -> f != null && String.valueOf(f).strip().equals(g));
        }
        return firstname != null && String.valueOf(firstname).contains(g);
    }

    /** A web address the site may link to; anything else (blank, a relative path, javascript:) is none. */
    private static String address(Object url) {
        if (url == null) {
            return "";
        }
        String u = String.valueOf(url).strip();
        String scheme = LinkRules.scheme(u);
        boolean web = scheme != null && (scheme.equals("http") || scheme.equals("https"));
        return web && LinkRules.check(u).isEmpty() ? u : "";
    }

    /**
     * A family name as a key: al-folio's markers off, lower case, without accents as Ruby's
     * transliteration takes them off (the letters no accent decomposition reaches spelled out).
     */
    private static String key(String family) {
        String plain = family.replaceAll("[*∗†‡§¶‖&^+{}]", "").strip().toLowerCase(Locale.ROOT);
        String bare = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            out.append(switch (c) {
                case 'ø' -> "o";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ß' -> "ss";
                case 'ł' -> "l";
                case 'đ', 'ð' -> "d";
                case 'þ' -> "th";
                case 'ı' -> "i";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
