package org.scholarfolio.importer.alfolio;

import static org.scholarfolio.importer.alfolio.YamlValues.str;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.scholarfolio.files.ConfinedPath;

/**
 * A site that writes each text in two languages side by side, {@code <span class="lang-en">Paper
 * accepted</span><span class="lang-ja">論文が採択されました</span>}, and shows one of them at a time: its
 * stylesheet hides the elements of the other language ({@code html[data-lang="en"] .lang-ja {display: none}})
 * and a script switches the language, the site's own ({@code lang} in {@code _config.yml}) until the visitor
 * picks the other. The portfolio's texts are in one language, the site's: the elements written for the other
 * language are taken out, as a jekyll-polyglot site's translation files are left out, and each text that lost
 * some is reported. Without such a stylesheet rule, or when the site's language has no elements of its own,
 * nothing is taken out: a class of that name may mean something else there.
 */
final class LanguageSwitch {
    /** No switch: every text as written. */
    static final LanguageSwitch NONE = new LanguageSwitch("", Set.of());

    /** A rule that hides an element of a language's class: {@code .lang-ja { display: none; }}. */
    private static final Pattern HIDING_RULE = Pattern.compile(
            "\\.lang-([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\\b[^{}]*\\{[^}]*display\\s*:\\s*none");
    /** An opening tag whose class list holds a language's class; group 1 the tag's name, group 2 the language. */
    private static final Pattern OPENING = Pattern.compile(
            "(?i)<([a-z][a-z0-9]*)\\b[^>]*?\\bclass\\s*=\\s*[\"'][^\"']*?(?<![\\w-])lang-([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)(?![\\w-])[^>]*>");
    private static final List<String> STYLE_FOLDERS = List.of("_sass", "assets/css", "css", "_includes");

    /** The text taken out, and what of it was for which language. */
    record Result(String text, int passages, Set<String> languages) {
    }

    private final String shown;
    private final Set<String> hidden;

    private LanguageSwitch(String shown, Set<String> hidden) {
        this.shown = shown;
        this.hidden = hidden;
    }

    /** The site's switch: the languages its stylesheets hide by class, of which the site's own is the one kept. */
    static LanguageSwitch of(SiteFolder folder, Map<String, Object> config) {
        String dflt = str(config.get("default_lang")).strip();
        String language = (dflt.isEmpty() ? str(config.get("lang")).strip() : dflt).toLowerCase(Locale.ROOT);
        if (language.isEmpty()) {
            return NONE;
        }
        Set<String> switched = new TreeSet<>();
        for (String name : STYLE_FOLDERS) {
            Path dir = folder.resolve(name);
            if (!Files.isDirectory(dir) || !ConfinedPath.isInside(folder.path(), dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 4)) {
                for (Path f : files.filter(Files::isRegularFile).filter(LanguageSwitch::isStyle)
                        .sorted(Comparator.comparing(Path::toString)).toList()) {
                    String text = SiteFolder.readQuietly(folder.path(), f);
                    Matcher rule = HIDING_RULE.matcher(text == null ? "" : text);
                    while (rule.find()) {
                        switched.add(rule.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                // a folder that cannot be listed holds no rule this import can read; nothing is taken out
            }
        }
        if (!switched.remove(language) || switched.isEmpty()) {
            return NONE;
        }
        return new LanguageSwitch(language, Set.copyOf(switched));
    }

    private static boolean isStyle(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".scss") || n.endsWith(".sass") || n.endsWith(".css") || n.endsWith(".html") || n.endsWith(".liquid");
    }

    /** The language whose elements stay, as the site shows it before a visitor switches; "" when none is switched. */
    String shown() {
        return shown;
    }

    /** {@code text} without the elements written for the hidden languages (each element with all it holds). */
    Result keepShown(String text) {
        if (hidden.isEmpty() || !text.contains("lang-")) {
            return new Result(text, 0, Set.of());
        }
        StringBuilder out = new StringBuilder(text.length());
        Set<String> dropped = new TreeSet<>();
        int passages = 0;
        int from = 0;
        Matcher open = OPENING.matcher(text);
        while (open.find(from)) {
            String language = open.group(2).toLowerCase(Locale.ROOT);
            int end = hidden.contains(language) ? elementEnd(text, open.group(1), open.end()) : -1;
            if (end < 0) {
                out.append(text, from, open.end());
                from = open.end();
                continue;
            }
            out.append(text, from, open.start());
            dropped.add(language);
            passages++;
            from = end;
        }
        out.append(text, from, text.length());
        return new Result(out.toString(), passages, dropped);
    }

    /** Where the element opened just before {@code at} ends (after its closing tag); -1 when it is not closed. */
    private static int elementEnd(String text, String tag, int at) {
        Pattern tags = Pattern.compile("(?i)<(/?)" + Pattern.quote(tag) + "\\b[^>]*>");
        Matcher m = tags.matcher(text);
        int depth = 1;
        int from = at;
        while (m.find(from)) {
            depth += m.group(1).isEmpty() ? (m.group().endsWith("/>") ? 0 : 1) : -1;
            from = m.end();
            if (depth == 0) {
                return m.end();
            }
        }
        return -1;
    }

    /** The sentence that reports a text's elements taken out. */
    String message(Result r) {
        List<String> classes = new ArrayList<>();
        r.languages().forEach(l -> classes.add("lang-" + l));
        return r.passages() + (r.passages() == 1 ? " passage" : " passages") + " written for visitors who switch the site to "
                + String.join(" or ", r.languages()) + " (class " + String.join(", ", classes) + ") left out: the site shows"
                + " one language at a time, " + shown + " (its lang) until a visitor switches, and the portfolio holds "
                + shown + "'s text; the other stays in the site folder";
    }
}
