package org.scholarfolio.importer.alfolio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid in a Markdown body, resolved as far as it can be without running Jekyll: {@code {{ site.X }}},
 * {@code {{ site.X.Y }}} from {@code _config.yml}, {@code {{ page.X }}} from the front matter, string
 * literals, the filters {@code relative_url}, {@code absolute_url}, {@code prepend}, {@code append}, {@code encode_email},
 * {@code {% link %}} (to a page or a file), {@code {% include figure.liquid %}} (an image with its class and caption),
 * {@code {% cite key %}} ("(Author, Year)" linked to the paper on the publications page; see {@link Citations}) and {@code {% raw %}}.
 * Loops and conditions over what is known ({@code {% for x in site.data.people %}} with
 * {@code {{ x.name }}}, {@code {% if x.website %}}, {@code {% if site.data.teaching.ta %}}; see
 * {@link LiquidValues}) are rendered as Jekyll would. Everything else (loops over what Jekyll alone
 * knows, other includes, unknown variables) is taken out of the text and listed with its position,
 * so that it is never published as text. A news loop or a selected-papers
 * include is recognised, for the about page to turn on the portfolio's own switches.
 */
final class LiquidText {
    // A tag or an output ends at its first %} or }}: lazy ".*?" stops there. Written as a lazy group of
    // two choices ((?:[^}]|}(?!}))*?), each character was a level of recursion in the regex engine, and a
    // "{{" never closed, followed by 10,000 characters, ended the import in a StackOverflowError.
    private static final Pattern TOKEN = Pattern.compile(
            "\\{%-?\\s*(\\w+)(.*?)-?%}|\\{\\{-?(.*?)-?}}", Pattern.DOTALL);
    private static final List<String> BLOCKS = List.of("if", "unless", "for", "case", "capture", "tablerow", "comment");
    private static final Pattern PARAM = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    private static final Pattern NEWS_LOOP = Pattern.compile("(?s)\\bsite\\.news\\b|include\\s+news\\.(?:liquid|html)");
    private static final Pattern SELECTED_PAPERS = Pattern.compile(
            "(?s)include\\s+selected_papers\\.(?:liquid|html)|bibliography\\b.*selected\\s*=\\s*true");
    private static final Pattern END_RAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern FIGURE = Pattern.compile("figure\\.(?:liquid|html)");
    /** An include named alone, without parameters or variables: {@code {% include links.md %}}. */
    private static final Pattern INCLUDE_NAME = Pattern.compile("[\\w][\\w./-]*");
    /**
     * What makes an include more than a snippet of text: a Liquid tag other than {@code link} and {@code raw}
     * (a loop, a condition, an assignment: a template of the theme), a script, or the parameters of an include.
     */
    private static final Pattern NOT_A_SNIPPET = Pattern.compile(
            "\\{%-?\\s*(?!link\\b|raw\\b|endraw\\b)\\w+|<script\\b|\\binclude\\.", Pattern.CASE_INSENSITIVE);
    /**
     * What a template given parameters may not hold to be rendered here: a script or an element that loads from
     * another host when the page opens (al-folio's calendar, video and audio includes), which the exported site
     * never runs or loads; such an include is taken out and reported, as before.
     */
    private static final Pattern SCRIPTED = Pattern.compile("<(?:script|iframe|video|audio|object|embed)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A Markdown link reference definition on a line of its own: {@code [Label]: https://...}. */
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[([^\\]\\n]+)]:\\s*\\S.*$");
    /** Includes in includes deeper than this are left to Jekyll. */
    private static final int MAX_INCLUDE_DEPTH = 3;

    /** A piece of Liquid taken out: where it started in the body and what it was (shortened). */
    record Removed(int offset, String what) {
    }

    /** The text with Liquid resolved or taken out, and what the Liquid said about the home page. */
    record Result(String text, List<Removed> removed, boolean newsLoop, boolean selectedPapers) {
        boolean changed(String original) {
            return !text.equals(original);
        }
    }

    private static final Pattern ASSIGN = Pattern.compile("(?s)([\\w-]+)\\s*=\\s*(.+)");
    private static final Pattern FOR = Pattern.compile("(?s)([\\w-]+)\\s+in\\s+(\\S+)(.*)");
    private static final Pattern FOR_OPTION = Pattern.compile("(limit|offset)\\s*:\\s*(\\d+)|(reversed)");
    /** Loops in loops deeper than this are left to Jekyll. */
    private static final int MAX_DEPTH = 8;

    private final Map<String, Object> site;
    private final Map<String, Object> page;
    private final Map<String, String> permalinks;
    private final Citations citations;
    private final LiquidValues values;
    private final SiteData data;
    private final Translations translations;
    private final Predicate<String> staticFiles;
    private Function<String, String> includes = name -> null;
    private int includeDepth;

    LiquidText(Map<String, Object> site, Map<String, Object> page, Map<String, String> permalinks) {
        this(site, page, permalinks, Citations.NONE, SiteData.NONE);
    }

    LiquidText(Map<String, Object> site, Map<String, Object> page, Map<String, String> permalinks, Citations citations) {
        this(site, page, permalinks, citations, SiteData.NONE);
    }

    /**
     * @param site       the keys of {@code _config.yml}
     * @param page       the front matter of the file being read
     * @param permalinks site-relative page file name ({@code _pages/join.md}) to its permalink
     * @param citations  the site's publications, for {@code {% cite %}}
     * @param data       the site's {@code _data} files, for loops and conditions over {@code site.data}
     */
    LiquidText(Map<String, Object> site, Map<String, Object> page, Map<String, String> permalinks, Citations citations,
               SiteData data) {
        this(site, page, permalinks, citations, data, Translations.NONE);
    }

    /** @param translations the default language's texts, for {@code {% t key %}} and {@code {% translate_file f %}} */
    LiquidText(Map<String, Object> site, Map<String, Object> page, Map<String, String> permalinks, Citations citations,
               SiteData data, Translations translations) {
        this(site, page, permalinks, citations, data, translations, path -> false);
    }

    /**
     * @param staticFiles whether a site-relative path ({@code assets/pdf/cv.pdf}) is a file Jekyll copies
     *                    as it is, for {@code {% link %}} to it
     */
    LiquidText(Map<String, Object> site, Map<String, Object> page, Map<String, String> permalinks, Citations citations,
               SiteData data, Translations translations, Predicate<String> staticFiles) {
        this.staticFiles = staticFiles;
        this.site = site;
        this.page = page;
        this.permalinks = permalinks;
        this.citations = citations;
        this.data = data;
        this.translations = translations;
        this.values = new LiquidValues(site, page, data);
    }

    /**
     * The same text's Liquid with the site's own includes read: {@code includes} gives the text of
     * {@code _includes/<name>}, or null. A snippet of text (no loop, condition or script: a list of link
     * definitions, a paragraph written once for several pages) is put in the tag's place, its own Liquid
     * resolved, as Jekyll does; any other include is taken out as before.
     */
    LiquidText withIncludes(Function<String, String> includes) {
        this.includes = includes;
        return this;
    }

    static boolean hasLiquid(String text) {
        return text.contains("{%") || text.contains("{{");
    }

    Result resolve(String text) {
        return resolve(text, Map.of());
    }

    /** @param locals names the text sees beside the site's and the page's: an include's {@code include} */
    private Result resolve(String text, Map<String, Object> locals) {
        if (!hasLiquid(text)) {
            return new Result(text, List.of(), false, false);
        }
        Render r = new Render(text);
        r.range(0, text.length(), locals, 0);
        return new Result(r.out.toString(), List.copyOf(r.removed.values()), r.news, r.selected);
    }

    /** One pass over a body; a loop renders its body once per item, so what it takes out is kept once. */
    private final class Render {
        private final String text;
        private final StringBuilder out;
        private final Map<Integer, Removed> removed = new TreeMap<>();
        /** Variables set by {@code assign}: Liquid keeps them to the end of the text, loops' own names before them. */
        private final Map<String, Object> assigned = new HashMap<>();
        private boolean news;
        private boolean selected;

        Render(String text) {
            this.text = text;
            this.out = new StringBuilder(text.length());
        }

        void range(int start, int end, Map<String, Object> locals, int depth) {
            Matcher m = TOKEN.matcher(text);
            int last = start;
            while (last < end) {
                m.region(last, end);
                if (!m.find()) {
                    break;
                }
                literal(last, m.start());
                int next = m.end();
                if (m.group(3) != null) {
                    String value = output(m.group(3), scope(locals));
                    if (value == null) {
                        remove(m.start(), m.group());
                    } else {
                        out.append(value);
                    }
                } else {
                    String tag = m.group(1).toLowerCase(Locale.ROOT);
                    String args = m.group(2).strip();
                    if (tag.equals("raw")) {
                        Matcher close = END_RAW.matcher(text).region(m.end(), end);
                        int closeAt = close.find() ? close.start() : end;
                        next = closeAt == end ? closeAt : close.end();
                        out.append(text, m.end(), closeAt);
                    } else if (BLOCKS.contains(tag)) {
                        int[] close = blockClose(text, m.end(), tag);
                        next = Math.min(close[1], end);
                        if (depth >= MAX_DEPTH || close[1] > end || !block(tag, args, m.end(), close[0], locals, depth)) {
                            String block = text.substring(m.start(), next);
                            news |= NEWS_LOOP.matcher(block).find();
                            selected |= SELECTED_PAPERS.matcher(block).find();
                            if (!tag.equals("comment")) {
                                remove(m.start(), block);
                            }
                        }
                    } else if (tag.equals("assign")) {
                        if (!assign(args, locals)) {
                            news |= NEWS_LOOP.matcher(m.group()).find(); // {% assign sorted = site.news | sort: "date" %}
                            selected |= SELECTED_PAPERS.matcher(m.group()).find();
                            remove(m.start(), m.group());
                        }
                    } else {
                        String value = tag(tag, args, scope(locals));
                        if (value != null && tag.equals("include")) {
                            value = usedDefinitions(value, text);
                        }
                        if (value == null) {
                            news |= NEWS_LOOP.matcher(m.group()).find();
                            selected |= SELECTED_PAPERS.matcher(m.group()).find();
                            remove(m.start(), m.group());
                        } else {
                            out.append(value);
                        }
                    }
                }
                last = next;
            }
            if (last < end) {
                literal(last, end);
            }
        }

        /**
         * The text between two tags, as Liquid writes it: a tag opened with {@code {%-} or {@code {{-} takes
         * the blanks and line breaks before it away, one closed with {@code -%}} or {@code -}}} those after it
         * ({@code {% for p in site.data.people -%}} writes each row of a table on the line after the last).
         */
        private void literal(int from, int to) {
            int a = from;
            int b = to;
            if (a >= 3 && (text.startsWith("-%}", a - 3) || text.startsWith("-}}", a - 3)) && tagEndsAt(a)) {
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
            }
            if (text.startsWith("{%-", b) || text.startsWith("{{-", b)) {
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
            }
            out.append(text, a, b);
        }

        /** Whether a tag of the text ends at {@code at} (and not a literal "-%}" of the text). */
        private boolean tagEndsAt(int at) {
            int open = Math.max(text.lastIndexOf("{%", at - 3), text.lastIndexOf("{{", at - 3));
            if (open < 0) {
                return false;
            }
            Matcher t = TOKEN.matcher(text).region(open, text.length());
            return t.lookingAt() && t.end() == at;
        }

        /** The names a tag sees: those of its loops over those assigned. */
        private Map<String, Object> scope(Map<String, Object> locals) {
            if (assigned.isEmpty()) {
                return locals;
            }
            Map<String, Object> all = new HashMap<>(assigned);
            all.putAll(locals);
            return all;
        }

        /**
         * {@code {% assign pi = site.data.people.principal_investigator %}} or {@code {% assign p = include.person %}}:
         * the value, a whole map or list too, for the tags after it; with filters, their text. False when only
         * Jekyll knows the value (the tag is then taken out and reported, and what uses the name with it).
         */
        private boolean assign(String args, Map<String, Object> locals) {
            Matcher a = ASSIGN.matcher(args);
            if (!a.matches()) {
                return false;
            }
            String expression = a.group(2).strip();
            Object value = expression.contains("|") ? output(expression, scope(locals))
                    : values.resolve(expression, scope(locals));
            if (value == null && expression.contains("|") || value == LiquidValues.UNKNOWN) {
                return false;
            }
            assigned.put(a.group(1), value);
            return true;
        }

        private void remove(int offset, String what) {
            removed.putIfAbsent(offset, new Removed(offset, what));
        }

        /**
         * Renders an {@code if}, {@code unless} or {@code for} block whose values are known; false
         * leaves it to the caller to take out.
         */
        private boolean block(String tag, String args, int bodyStart, int bodyEnd, Map<String, Object> locals, int depth) {
            List<int[]> branches = new ArrayList<>(); // [condition start, condition end, body start, body end]
            List<String> conditions = new ArrayList<>();
            splitBranches(bodyStart, bodyEnd, tag, args, branches, conditions);
            if (tag.equals("for")) {
                return loop(args, branches, locals, depth);
            }
            if (!tag.equals("if") && !tag.equals("unless")) {
                return false;
            }
            for (int i = 0; i < branches.size(); i++) {
                String condition = conditions.get(i);
                LiquidValues.Truth t = condition == null ? LiquidValues.Truth.TRUE : values.condition(condition, scope(locals));
                if (i == 0 && tag.equals("unless") && t != LiquidValues.Truth.UNKNOWN) {
                    t = t == LiquidValues.Truth.TRUE ? LiquidValues.Truth.FALSE : LiquidValues.Truth.TRUE;
                }
                if (t == LiquidValues.Truth.UNKNOWN) {
                    return false;
                }
                if (t == LiquidValues.Truth.TRUE) {
                    range(branches.get(i)[0], branches.get(i)[1], locals, depth + 1);
                    return true;
                }
            }
            return true;
        }

        /** {@code for x in site.data.people.current limit: 3}: the body once per item, or the else branch. */
        private boolean loop(String args, List<int[]> branches, Map<String, Object> locals, int depth) {
            Matcher f = FOR.matcher(args);
            if (!f.matches() || branches.size() > 2) {
                return false;
            }
            Object collection = values.resolve(f.group(2), scope(locals));
            if (collection == LiquidValues.UNKNOWN || collection != null && !(collection instanceof List<?>)) {
                return false;
            }
            List<?> items = collection == null ? List.of() : (List<?>) collection;
            int offset = 0;
            int limit = Integer.MAX_VALUE;
            boolean reversed = false;
            Matcher o = FOR_OPTION.matcher(f.group(3));
            while (o.find()) {
                if (o.group(3) != null) {
                    reversed = true;
                } else if (o.group(1).equals("limit")) {
                    limit = Integer.parseInt(o.group(2));
                } else {
                    offset = Integer.parseInt(o.group(2));
                }
            }
            int from = Math.min(offset, items.size());
            List<Object> chosen = new ArrayList<>(items.subList(from, (int) Math.min(items.size(), (long) from + limit)));
            if (reversed) {
                Collections.reverse(chosen); // Liquid slices first, then reverses
            }
            if (chosen.isEmpty()) {
                if (branches.size() == 2) {
                    range(branches.get(1)[0], branches.get(1)[1], locals, depth + 1);
                }
                return true;
            }
            int mark = out.length();
            Set<Integer> removedBefore = new HashSet<>(removed.keySet());
            for (int i = 0; i < chosen.size(); i++) {
                Map<String, Object> scope = new HashMap<>(locals);
                scope.put(f.group(1), chosen.get(i));
                scope.put("forloop", Map.of("index", i + 1, "index0", i, "first", i == 0, "last", i == chosen.size() - 1,
                        "length", chosen.size(), "rindex", chosen.size() - i, "rindex0", chosen.size() - i - 1));
                range(branches.get(0)[0], branches.get(0)[1], scope, depth + 1);
            }
            if (!removedBefore.containsAll(removed.keySet())) {
                // an item would show with holes (an unknown filter, an include): the loop goes as a whole
                out.setLength(mark);
                removed.keySet().retainAll(removedBefore);
                return false;
            }
            return true;
        }

        /** The branches of a block: split at its own {@code elsif}/{@code else}, not at those of blocks inside it. */
        private void splitBranches(int from, int to, String tag, String args, List<int[]> branches, List<String> conditions) {
            Matcher m = TOKEN.matcher(text).region(from, to);
            int depth = 0;
            int branchStart = from;
            String condition = tag.equals("for") ? null : args;
            while (m.find()) {
                String t = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                if (BLOCKS.contains(t)) {
                    depth++;
                } else if (t.startsWith("end") && BLOCKS.contains(t.substring(3))) {
                    depth--;
                } else if (depth == 0 && (t.equals("else") || t.equals("elsif") && !tag.equals("for"))) {
                    branches.add(new int[] {branchStart, m.start()});
                    conditions.add(condition);
                    condition = t.equals("else") ? null : m.group(2).strip();
                    branchStart = m.end();
                }
            }
            branches.add(new int[] {branchStart, to});
            conditions.add(condition);
        }
    }

    /**
     * The open tag's matching close {@code end<tag>} after {@code from}: its start and end, or the
     * text's end twice when it is missing.
     */
    private static int[] blockClose(String text, int from, String tag) {
        Matcher m = TOKEN.matcher(text);
        int depth = 1;
        int at = from;
        while (m.find(at)) {
            String t = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            if (t.equals(tag)) {
                depth++;
            } else if (t.equals("end" + tag)) {
                depth--;
                if (depth == 0) {
                    return new int[] {m.start(), m.end()};
                }
            }
            at = m.end();
        }
        return new int[] {text.length(), text.length()};
    }

    /** A {@code {{ }}} output as text, or null when it cannot be resolved without Jekyll. */
    private String output(String expression, Map<String, Object> locals) {
        String[] parts = expression.split("\\|");
        String value = value(parts[0].strip(), locals);
        for (int i = 1; i < parts.length && value != null; i++) {
            value = filter(value, parts[i].strip(), locals);
        }
        return value;
    }

    private String filter(String value, String filter, Map<String, Object> locals) {
        int colon = filter.indexOf(':');
        String name = (colon < 0 ? filter : filter.substring(0, colon)).strip();
        String arg = colon < 0 ? null : value(filter.substring(colon + 1).strip(), locals);
        return switch (name) {
            // links are kept root-relative; the export makes them relative to each page
            case "relative_url", "absolute_url" -> rootRelative(value);
            case "prepend" -> arg == null ? null : arg + value;
            case "append" -> arg == null ? null : value + arg;
            case "default" -> arg == null ? null : value.isEmpty() || value.equals("false") ? arg : value;
            case "downcase" -> value.toLowerCase(Locale.ROOT);
            case "upcase" -> value.toUpperCase(Locale.ROOT);
            case "strip" -> value.strip();
            case "markdownify" -> value; // the body is Markdown already
            case "escape", "xml_escape" -> escape(value);
            // jekyll-email-protect hides an address from harvesters by percent-encoding it; the address
            // itself is what the person wrote, and a mailto: link works with it as it is
            case "encode_email" -> value;
            default -> null;
        };
    }

    private static String rootRelative(String value) {
        if (value.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || value.startsWith("/") || value.startsWith("#")) {
            return value;
        }
        return "/" + value;
    }

    /** A literal or a known variable with a text, number or true/false value, as text; null when only Jekyll knows it. */
    private String value(String expr, Map<String, Object> locals) {
        return LiquidValues.text(values.resolve(expr, locals));
    }

    /** The text a {@code {% %}} tag stands for, or null when only Jekyll knows. */
    private String tag(String tag, String args, Map<String, Object> locals) {
        return switch (tag) {
            case "link" -> link(args.strip().replaceAll("^/+", ""));
            case "cite" -> cite(args);
            // the home page's selected papers are a switch of the profile, not a list in its text
            case "bibliography" -> SELECTED_PAPERS.matcher("bibliography " + args).find() ? null : citations.bibliography(args);
            case "include" -> FIGURE.matcher(args).lookingAt() ? figure(args, locals) : siteInclude(args, locals);
            case "include_relative" -> FIGURE.matcher(args).lookingAt() ? figure(args, locals) : null;
            case "t", "translate" -> translations.key(args);
            case "translate_file" -> translatedFile(args);
            default -> null;
        };
    }

    /**
     * {@code {% link %}}: a page's permalink, or the address of a file Jekyll copies as it is
     * ({@code {% link assets/pdf/cv.pdf %}}, as al-folio's own pages link files), root-relative like
     * every other link here; the export copies nothing it does not find there, and says so.
     */
    private String link(String path) {
        String permalink = permalinks.get(path);
        if (permalink != null) {
            return permalink;
        }
        return staticFiles.test(path) ? "/" + path : null;
    }

    /**
     * {@code {% include name %}} of a snippet the site keeps in {@code _includes}: its text, its own Liquid
     * resolved; null (taken out, reported) for a template, one that names a variable, a file that is not
     * there, or a snippet whose Liquid cannot all be resolved. An include given parameters
     * ({@code {% include person_card.liquid person=person %}} in a loop over {@code site.data.people}) is a
     * template of the site's own: it is rendered with {@code include.<name>} as Jekyll renders it when every
     * piece of its Liquid is known here (a loop, a condition, an {@code assign} over the values passed), and
     * taken out whole otherwise.
     */
    private String siteInclude(String args, Map<String, Object> locals) {
        String all = args.strip();
        Matcher n = INCLUDE_NAME.matcher(all);
        if (!n.lookingAt() || includeDepth >= MAX_INCLUDE_DEPTH) {
            return null;
        }
        String name = n.group();
        String rest = all.substring(n.end());
        if (name.contains("..") || !rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return null;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        Matcher p = PARAM.matcher(rest);
        int at = 0;
        while (p.find()) {
            if (!rest.substring(at, p.start()).isBlank()) {
                return null;
            }
            Object v = p.group(2) != null ? p.group(2) : p.group(3) != null ? p.group(3) : values.resolve(p.group(4), locals);
            if (v == LiquidValues.UNKNOWN) {
                return null;
            }
            params.put(p.group(1), v);
            at = p.end();
        }
        if (!rest.substring(at).isBlank()) {
            return null;
        }
        String snippet = includes.apply(name);
        if (snippet == null || (params.isEmpty() ? NOT_A_SNIPPET : SCRIPTED).matcher(snippet).find()) {
            return null;
        }
        LiquidText inner = new LiquidText(site, page, permalinks, citations, data, translations, staticFiles).withIncludes(includes);
        inner.includeDepth = includeDepth + 1;
        Result r = inner.resolve(snippet, params.isEmpty() ? Map.of() : Map.of("include", params));
        return r.removed().isEmpty() ? r.text() : null;
    }

    /**
     * An include made only of link definitions (a site's list of collaborators' addresses, included by
     * every news item) keeps the definitions {@code body} refers to: the others show nothing, in kramdown
     * as in CommonMark, and would only fill every item of the portfolio with the whole list.
     */
    static String usedDefinitions(String included, String body) {
        List<String> kept = new ArrayList<>();
        boolean any = false;
        for (String line : included.split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            Matcher d = DEFINITION.matcher(line);
            if (!d.matches()) {
                return included;
            }
            any = true;
            String label = "[" + d.group(1).strip().toLowerCase(Locale.ROOT) + "]";
            if (body.toLowerCase(Locale.ROOT).replace(line.toLowerCase(Locale.ROOT), "").contains(label)) {
                kept.add(line.stripTrailing());
            }
        }
        return any ? String.join("\n", kept) : included;
    }

    /** The default language's file with its own Liquid resolved; what that takes out goes unreported. */
    private String translatedFile(String args) {
        String text = translations.file(args);
        return text == null ? null : new LiquidText(site, page, permalinks, citations, data, Translations.NONE, staticFiles)
                .resolve(text).text();
    }

    /** {@code {% cite a b --file x %}}: the keys come before the first option. */
    private String cite(String args) {
        List<String> keys = new ArrayList<>();
        for (String word : args.strip().split("\\s+")) {
            if (word.startsWith("-")) {
                break;
            }
            if (!word.isEmpty()) {
                keys.add(word);
            }
        }
        return citations.cite(keys);
    }

    /** al-folio's figure include as the HTML it renders: the image, its class, and a caption when given. */
    private String figure(String args, Map<String, Object> locals) {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher p = PARAM.matcher(args);
        while (p.find()) {
            String v = p.group(2) != null ? p.group(2) : p.group(3) != null ? p.group(3) : value(p.group(4), locals);
            if (v == null && p.group(1).equals("path")) {
                return null; // the image comes from a variable only Jekyll knows
            }
            if (v != null) {
                params.put(p.group(1), v); // switches such as zoomable=true do not change the picture
            }
        }
        String path = params.get("path");
        if (path == null || path.isBlank()) {
            return null;
        }
        StringBuilder html = new StringBuilder("<figure><img src=\"").append(escape(rootRelative(path.strip()))).append('"');
        if (params.containsKey("class")) {
            html.append(" class=\"").append(escape(params.get("class"))).append('"');
        }
        String alt = params.getOrDefault("alt", params.getOrDefault("title", params.getOrDefault("caption", "")));
        html.append(" alt=\"").append(escape(alt)).append("\">");
        if (params.containsKey("caption") && !params.get("caption").isBlank()) {
            html.append("<figcaption>").append(escape(params.get("caption"))).append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
