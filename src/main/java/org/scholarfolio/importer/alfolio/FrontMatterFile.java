package org.scholarfolio.importer.alfolio;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Diagnostic;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A Jekyll file split into its YAML front matter and its body. HTML comments inside the front
 * matter (which Jekyll's YAML parser tolerates only by luck) are blanked out before parsing, keeping
 * line numbers. Dates and times are kept as the strings written, never converted to a Java date.
 */
final class FrontMatterFile {
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    /** Keys in file order; empty when the file has no front matter or it could not be parsed. */
    final Map<String, Object> data;
    /** Everything after the closing dashes, exactly as written. */
    final String body;
    /** 1-based line of the first front-matter line in the file (the line after the opening dashes). */
    final int firstDataLine;
    /** The raw front-matter text (comments blanked), for finding the line of a key. */
    final String frontText;
    /** Present when the front matter is not valid YAML. */
    final Optional<Diagnostic> error;
    /** One warning per key written twice in the same mapping. */
    final List<Diagnostic> duplicateKeys;
    final boolean hasFrontMatter;

    private FrontMatterFile(Map<String, Object> data, String body, int firstDataLine, String frontText,
                            Diagnostic error, boolean hasFrontMatter) {
        this.data = data;
        this.body = body;
        this.firstDataLine = firstDataLine;
        this.frontText = frontText;
        this.error = Optional.ofNullable(error);
        this.hasFrontMatter = hasFrontMatter;
        this.duplicateKeys = new ArrayList<>();
    }

    static FrontMatterFile parse(String text, String fileName) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n");
        if (!t.startsWith("---")) {
            return new FrontMatterFile(Map.of(), t, 0, "", null, false);
        }
        int firstEol = t.indexOf('\n');
        if (firstEol < 0 || !t.substring(0, firstEol).strip().equals("---")) {
            return new FrontMatterFile(Map.of(), t, 0, "", null, false);
        }
        Matcher close = Pattern.compile("(?m)^(---|\\.\\.\\.)[ \\t]*$").matcher(t);
        if (!close.find(firstEol + 1)) {
            return new FrontMatterFile(Map.of(), t, 0, "",
                    Diagnostic.imported(fileName, 1, Diagnostic.Kind.UNREADABLE,
                            "front matter is opened with --- but never closed"), true);
        }
        String front = t.substring(firstEol + 1, close.start());
        int bodyStart = close.end();
        if (bodyStart < t.length() && t.charAt(bodyStart) == '\n') {
            bodyStart++;
        }
        String body = t.substring(bodyStart);
        String cleaned = blankComments(front);
        try {
            Object loaded = yaml().load(cleaned);
            Map<String, Object> data = new LinkedHashMap<>();
            if (loaded instanceof Map<?, ?> m) {
                m.forEach((k, v) -> data.put(String.valueOf(k), v));
            } else if (loaded != null) {
                return new FrontMatterFile(Map.of(), body, 2, cleaned,
                        Diagnostic.imported(fileName, 2, Diagnostic.Kind.UNREADABLE,
                                "front matter is not a list of keys"), true);
            }
            FrontMatterFile parsed = new FrontMatterFile(data, body, 2, cleaned, null, true);
            parsed.duplicateKeys.addAll(duplicateKeys(cleaned, fileName, 2));
            return parsed;
        } catch (YAMLException e) {
            return new FrontMatterFile(Map.of(), body, 2, cleaned, yamlWarning(e, fileName, 2), true);
        } catch (RuntimeException e) {
            // snakeyaml signals almost everything as YAMLException; anything else still must not end the import
            return new FrontMatterFile(Map.of(), body, 2, cleaned, Diagnostic.imported(fileName, 1,
                    Diagnostic.Kind.UNREADABLE, "front matter cannot be read: " + e), true);
        }
    }

    /** Parses a whole YAML file such as {@code _config.yml}. */
    static Object parseYaml(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return yaml().load(t);
        } catch (YAMLException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new YAMLException("cannot be read: " + e, e);
        }
    }

    /**
     * Keys written twice in one mapping of a YAML text whose first line is line {@code firstLine}
     * of {@code fileName}. The parser keeps the last value, as Jekyll does; the researcher should
     * know that the first one is not used. Text that does not parse gives none (that is reported
     * by the loading itself).
     */
    static List<Diagnostic> duplicateKeys(String yamlText, String fileName, int firstLine) {
        List<Diagnostic> out = new ArrayList<>();
        try {
            collectDuplicateKeys(yaml().compose(new StringReader(yamlText)), fileName, firstLine, out, 0);
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }

    private static void collectDuplicateKeys(Node node, String fileName, int firstLine, List<Diagnostic> out,
                                             int depth) {
        if (node == null || depth > 64) { // aliases can make a node its own child
            return;
        }
        if (node instanceof MappingNode m) {
            Map<String, Integer> seen = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    int line = k.getStartMark().getLine() + firstLine;
                    Integer first = seen.putIfAbsent(k.getValue(), line);
                    if (first != null) {
                        out.add(Diagnostic.imported(fileName, line, Diagnostic.Kind.SKIPPED, "the key "
                                + k.getValue() + " is written twice (first on line " + first
                                + "); the last value is used, as Jekyll does"));
                    }
                }
                collectDuplicateKeys(t.getValueNode(), fileName, firstLine, out, depth + 1);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node child : seq.getValue()) {
                collectDuplicateKeys(child, fileName, firstLine, out, depth + 1);
            }
        }
    }

    static Diagnostic yamlWarning(YAMLException e, String fileName, int firstLine) {
        int line = 0;
        String problem = e.getMessage();
        if (e instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            if (mark != null) {
                line = mark.getLine() + firstLine;
            }
            problem = m.getProblem() != null ? m.getProblem() : problem;
            if (m.getContext() != null) {
                problem = m.getContext() + ", " + problem;
            }
        }
        return Diagnostic.imported(fileName, line, Diagnostic.Kind.UNREADABLE,
                "invalid YAML: " + firstLineOf(problem));
    }

    private static String firstLineOf(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** 1-based line in the file of the first front-matter line that starts with {@code key:}. */
    int lineOf(String key) {
        String[] lines = frontText.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return firstDataLine + i;
            }
        }
        return firstDataLine > 0 ? firstDataLine - 1 : 0;
    }

    /** 1-based line in the file of a character index in the body. */
    int lineAt(int bodyIndex) {
        int bodyStart = hasFrontMatter ? firstDataLine + countNewlines(frontText, frontText.length()) + 1 : 1;
        return bodyStart + countNewlines(body, bodyIndex);
    }

    /** 1-based line of the first non-blank body line. */
    int firstBodyLine() {
        return lineAt(leadingNewlinesLength(body));
    }

    /** The body with leading and trailing line breaks removed; spaces and everything else stay. */
    String bodyWithoutOuterNewlines() {
        return withoutOuterNewlines(body);
    }

    static String withoutOuterNewlines(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    static int leadingNewlinesLength(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static int countNewlines(String s, int end) {
        int n = 0;
        for (int i = 0; i < end && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    static String blankComments(String s) {
        Matcher m = HTML_COMMENT.matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            for (char c : m.group().toCharArray()) {
                out.append(c == '\n' ? '\n' : ' ');
            }
            last = m.end();
        }
        out.append(s.substring(last));
        return out.toString();
    }

    private static Yaml yaml() {
        LoaderOptions lo = new LoaderOptions();
        lo.setAllowDuplicateKeys(true);
        lo.setWarnOnDuplicateKeys(false); // reported as import warnings with file and line instead
        DumperOptions dop = new DumperOptions();
        return new Yaml(new SafeConstructor(lo), new Representer(dop), dop, lo, new NoTimestampResolver());
    }

    /** A resolver that leaves {@code 2024-12-10 12:00:00} a string so that no time zone is invented. */
    private static final class NoTimestampResolver extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
