package org.scholarfolio.importer.bibtex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.scholarfolio.bibtex.Latex;
import org.scholarfolio.model.Diagnostic;

/**
 * Splits a BibTeX file into entries and reads their fields, forgiving what real al-folio files
 * contain. Each entry is delimited on its own (balanced braces, and a new {@code @type{} at the
 * start of a line ends an unclosed one), so one broken entry is reported and skipped while the
 * rest import. Text between entries is ignored, as BibTeX itself does.
 */
final class BibtexScanner {

    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December"};

    private static final Set<String> BARE_WORDS = Set.of("true", "false", "yes", "no");

    /**
     * How much text the file's @string names may stand for, in all of its values together. A real
     * bibliography's are a few hundred thousand characters at most (a journal's name in every entry);
     * a @string built from itself twice over, again and again ({@code @string{a = a # a}}), doubles
     * each time: 60 such lines asked for 2^60 characters and ended the import out of memory.
     */
    static final long EXPANSION_LIMIT = 16_000_000;

    private final String text;
    private final String file;
    private final List<Diagnostic> warnings;
    private final int[] lineStarts;
    private final Map<String, String> macros = new HashMap<>();
    private final List<String> preambles = new ArrayList<>();
    /** The characters the @string names read so far stood for ({@link #EXPANSION_LIMIT}). */
    private long expanded;

    BibtexScanner(String source, String file, List<Diagnostic> warnings) {
        this.text = blankFrontMatter(source.startsWith("\uFEFF") ? source.substring(1) : source);
        this.file = file;
        this.warnings = warnings;
        this.lineStarts = lineStarts(text);
        for (int i = 0; i < 12; i++) {
            macros.put(MONTH_NAMES[i].substring(0, 3).toLowerCase(Locale.ROOT), MONTH_NAMES[i]);
        }
    }

    List<RawEntry> scan() {
        List<RawEntry> entries = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int at = text.indexOf('@', pos);
            if (at < 0) {
                break;
            }
            if (inCommentLine(at)) { // biber and JabRef: a line starting with % is a comment
                int eol = text.indexOf('\n', at);
                pos = eol < 0 ? text.length() : eol + 1;
                continue;
            }
            int afterType = skipIdentifier(at + 1 + countSpaces(at + 1));
            int typeStart = at + 1 + countSpaces(at + 1);
            int open = afterType + countSpaces(afterType);
            if (afterType == typeStart || open >= text.length()
                    || (text.charAt(open) != '{' && text.charAt(open) != '(')) {
                pos = at + 1; // an @ in stray text, e.g. an e-mail address in a note line
                continue;
            }
            String type = text.substring(typeStart, afterType).toLowerCase(Locale.ROOT);
            if (type.equals("comment")) {
                // Everything in a balanced @comment{...} is skipped, entries too, as BibTeX and
                // bibtex-ruby (jekyll-scholar) do: it is how people switch off example papers.
                int close = text.charAt(open) == '(' ? closingParen(open) : matchBrace(open, text.length());
                if (close >= 0) {
                    pos = close + 1;
                    continue;
                }
            }
            int end = findEnd(open);
            if (end < 0 && -end < text.length() && !type.equals("comment") && text.charAt(open) == '{'
                    && Latex.balanced(text, open + 1, -end)) {
                // only the entry's own closing brace is missing (its fields are whole): a line
                // starting a new entry ends it, as a person reading the file sees it
                int restart = -end;
                int before = entries.size();
                try {
                    readEntry(type, at, open + 1, restart, entries);
                    if (entries.size() > before) {
                        warn(at, null, "The @" + type + " entry '" + entries.get(entries.size() - 1).key() + "' has no"
                                + " closing brace '}'; it was read up to the next entry on line " + lineOf(restart)
                                + ". Add the '}' at its end.");
                    }
                    pos = restart;
                    continue;
                } catch (EntryError e) {
                    entries.subList(before, entries.size()).clear(); // reported below as skipped
                }
            }
            if (end < 0) {
                int restart = -end;
                if (!type.equals("comment")) {
                    warn(at, null, "The @" + type + " entry starting here was skipped because a"
                            + " brace '{' is never closed (the entry runs into "
                            + (restart >= text.length() ? "the end of the file" : "the next entry on line " + lineOf(restart)) + ").");
                }
                pos = restart;
                continue;
            }
            pos = end + 1;
            try {
                readEntry(type, at, open + 1, end, entries);
            } catch (EntryError e) {
                warn(e.pos, null, "The @" + type + " entry starting on line " + lineOf(at)
                        + " was skipped: " + e.getMessage());
            }
        }
        return entries;
    }

    private void readEntry(String type, int at, int from, int to, List<RawEntry> entries) {
        switch (type) {
            case "comment" -> {
                // ignored by BibTeX
            }
            case "bibdesk_info" -> // BibDesk keeps the file's own settings in such an entry (document_info): no reference
                    warn(at, null, "The @bibdesk_info entry is BibDesk's record of the file itself (its document info),"
                            + " not a reference; it was not imported as a publication.");
            case "preamble" -> {
                // Of no use to a web page, but the macros a LaTeX run of the exported list needs.
                Cursor c = new Cursor(from, to);
                String value = readValue(c, "@preamble").strip();
                if (!value.isEmpty()) {
                    preambles.add(value);
                }
            }
            case "string" -> {
                Cursor c = new Cursor(from, to);
                for (RawEntry.RawField f : readFields(c, "@string", false)) {
                    macros.put(f.name(), f.value());
                }
            }
            default -> {
                Cursor c = new Cursor(from, to);
                c.skipSpace();
                int keyStart = c.pos;
                int comma = indexOf(',', keyStart, to);
                String key = text.substring(keyStart, comma < 0 ? to : comma).strip();
                if (key.contains("=")) {
                    String head = key.substring(0, key.indexOf('=')).strip();
                    if (head.chars().anyMatch(Character::isWhitespace)) {
                        throw new EntryError(keyStart + firstSpace(key),
                                "there is no comma after the citation key '" + key.split("\\s+")[0] + "'.");
                    }
                    throw new EntryError(keyStart, "it has no citation key and no comma before its first field.");
                }
                if (key.chars().anyMatch(Character::isWhitespace)) {
                    String joined = key.replaceAll("\\s+", "_");
                    warn(keyStart + firstSpace(key), null, "The citation key '" + key + "' contains a space, which"
                            + " BibTeX and al-folio do not allow in a key; it was imported as '" + joined + "'.");
                    key = joined;
                }
                String readable = keyWithoutBreakers(key);
                if (!readable.equals(key) && !readable.isEmpty()) {
                    warn(keyStart, null, "The citation key '" + key + "' contains a character that al-folio's BibTeX"
                            + " reader does not allow in a key (' \" # % ( ) = \\); it was imported as '" + readable + "'.");
                    key = readable;
                }
                c.pos = comma < 0 ? to : comma + 1;
                entries.add(new RawEntry(type, key, lineOf(at), readFields(c, key, true)));
            }
        }
    }

    /** The file's {@code @preamble} values in file order, their strings joined and macros expanded, once {@link #scan} ran. */
    List<String> preambles() {
        return List.copyOf(preambles);
    }

    private static final java.util.regex.Pattern KEY_BREAKERS = java.util.regex.Pattern.compile("[\"#%'()=\\\\]");

    /** A citation key without the characters the BibTeX writer (and al-folio) cannot keep in one. */
    static String keyWithoutBreakers(String key) {
        return KEY_BREAKERS.matcher(key).replaceAll("");
    }

    /** {@code collapse} is false for {@code @string}, whose spaces matter once concatenated. */
    private List<RawEntry.RawField> readFields(Cursor c, String owner, boolean collapse) {
        List<RawEntry.RawField> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String previous = null;
        while (true) {
            c.skipSpace();
            while (c.more() && (c.peek() == ',' || c.peek() == '%')) {
                if (c.peek() == '%') { // a commented-out line inside an entry
                    while (c.more() && c.peek() != '\n') {
                        c.pos++;
                    }
                } else {
                    c.pos++;
                }
                c.skipSpace();
            }
            if (!c.more()) {
                return fields;
            }
            int nameStart = c.pos;
            while (c.more() && isNameChar(c.peek())) {
                c.pos++;
            }
            String name = text.substring(nameStart, c.pos).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new EntryError(nameStart, "unexpected text '" + snippet(nameStart) + "'"
                        + (previous == null ? "." : " after the field '" + previous + "'."));
            }
            c.skipSpace();
            if (!c.more() || c.peek() != '=') {
                throw new EntryError(nameStart, previous == null
                        ? "expected 'name = value' but found '" + snippet(nameStart) + "'."
                        : "a comma seems to be missing after the field '" + previous + "'.");
            }
            c.pos++;
            String value = readValue(c, name);
            c.skipSpace();
            int valueEnd = c.pos;
            while (valueEnd > nameStart && Character.isWhitespace(text.charAt(valueEnd - 1))) {
                valueEnd--;
            }
            // a comment after the entry's last field ("year = 2020 % accepted" then the closing brace),
            // as after any other field's comma
            while (c.more() && c.peek() == '%') {
                while (c.more() && c.peek() != '\n') {
                    c.pos++;
                }
                c.skipSpace();
            }
            if (c.more() && c.peek() != ',') {
                if (!startsFieldOnNextLine(valueEnd, c)) {
                    throw new EntryError(c.pos, "a comma is missing after the field '" + name + "'.");
                }
                warn(valueEnd - 1, name, "A comma is missing after the field '" + name + "' in '" + owner
                        + "'; the next line starts a new field, so the entry was read as if the comma were there.");
            }
            RawEntry.RawField field = new RawEntry.RawField(name, collapse ? collapseSpace(value) : value, lineOf(nameStart));
            if (!seen.add(name)) {
                // BibTeX, biber and bibtex-ruby (al-folio's site) all show the last value
                warn(nameStart, name, "The field '" + name + "' appears twice in '" + owner
                        + "'; the last value was kept, as BibTeX and al-folio read it.");
                fields.removeIf(f -> f.name().equals(name));
            }
            fields.add(field);
            previous = name;
        }
    }

    private String readValue(Cursor c, String field) {
        StringBuilder value = new StringBuilder();
        while (true) {
            c.skipSpace();
            if (!c.more()) {
                throw new EntryError(c.pos, "the field '" + field + "' has no value.");
            }
            char ch = c.peek();
            if (ch == '{') {
                int close = matchBrace(c.pos, c.end);
                if (close < 0) {
                    throw new EntryError(c.pos, "the value of '" + field + "' opens a brace '{' that is never closed.");
                }
                value.append(text, c.pos + 1, close);
                c.pos = close + 1;
            } else if (ch == '"') {
                int close = closingQuote(c.pos + 1, c.end);
                if (close < 0) {
                    throw new EntryError(c.pos, "the value of '" + field + "' opens a quote '\"' that is never closed.");
                }
                value.append(text, c.pos + 1, close);
                c.pos = close + 1;
            } else if (isNameChar(ch)) {
                int start = c.pos;
                while (c.more() && isNameChar(c.peek())) {
                    c.pos++;
                }
                String word = text.substring(start, c.pos);
                if (Character.isDigit(word.charAt(0))) {
                    value.append(word);
                } else {
                    String macro = macros.get(word.toLowerCase(Locale.ROOT));
                    if (macro == null && BARE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                        value.append(word); // selected = true, written without braces
                    } else if (macro == null) {
                        warn(start, field, "'" + word + "' is neither a defined @string nor a quoted"
                                + " value; it was imported as plain text.");
                        value.append(word);
                    } else {
                        expanded += macro.length();
                        if (expanded > EXPANSION_LIMIT) {
                            throw new EntryError(start, String.format(Locale.ROOT, "the @string '%s' would make the"
                                    + " text this file's @string names stand for longer than %,d characters in all, far"
                                    + " more than any bibliography's (a @string built from itself again and again?);"
                                    + " it was not expanded.", word, EXPANSION_LIMIT));
                        }
                        value.append(macro);
                    }
                }
            } else {
                throw new EntryError(c.pos, "the value of '" + field + "' starts with an unexpected '" + ch + "'.");
            }
            c.skipSpace();
            if (c.more() && c.peek() == '#') {
                c.pos++;
            } else {
                return value.toString();
            }
        }
    }

    /**
     * True when a forgotten comma is the only reading: the value ended, a line break follows, and
     * the next line begins with {@code name =}. Anything else on the same line stays an error.
     */
    private boolean startsFieldOnNextLine(int valueEnd, Cursor c) {
        if (text.substring(valueEnd, c.pos).indexOf('\n') < 0) {
            return false;
        }
        int i = c.pos;
        while (i < c.end && isNameChar(text.charAt(i))) {
            i++;
        }
        if (i == c.pos) {
            return false;
        }
        while (i < c.end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < c.end && text.charAt(i) == '=';
    }

    /** The index of the brace closing the entry opened at {@code open}, or minus where to resume. */
    private int findEnd(int open) {
        boolean paren = text.charAt(open) == '(';
        int depth = 0;
        boolean quoted = false;
        for (int i = open + 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"' && paren && depth == 0) {
                quoted = !quoted; // a ')' inside "(re)consideration" does not end the entry
            } else if (quoted) {
                if (ch == '\n' && startsEntry(i + 1)) {
                    return -(i + 1);
                }
            } else if (ch == '%' && depth == 0 && firstOnLine(i)) {
                // a field commented out between the entry's fields: biber skips the line, braces and all
                // (a URL commented out as %eprint = {https://…pdf", opens a brace nothing closes)
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
                if (depth < 0 && !paren) {
                    return i;
                }
            } else if (ch == ')' && paren && depth == 0) {
                return i;
            } else if (ch == '\n' && startsEntry(i + 1)) {
                return -(i + 1);
            }
        }
        return -text.length();
    }

    /** Whether only spaces and tabs stand before {@code pos} on its line. */
    private boolean firstOnLine(int pos) {
        for (int i = pos - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Whether the line holding {@code pos} starts with {@code %} before it. */
    private boolean inCommentLine(int pos) {
        int i = pos - 1;
        boolean comment = false;
        while (i >= 0 && text.charAt(i) != '\n') {
            char ch = text.charAt(i);
            if (ch == '%') {
                comment = true;
            } else if (!Character.isWhitespace(ch)) {
                comment = false;
            }
            i--;
        }
        return comment;
    }

    /** True when an {@code @type{} begins on the line starting at {@code pos}. */
    private boolean startsEntry(int pos) {
        int i = pos;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '@') {
            return false;
        }
        int typeStart = i + 1;
        int typeEnd = skipIdentifier(typeStart);
        if (typeEnd == typeStart) {
            return false;
        }
        int open = typeEnd + countSpaces(typeEnd);
        return open < text.length() && (text.charAt(open) == '{' || text.charAt(open) == '(');
    }

    private int matchBrace(int open, int end) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            char ch = text.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The ')' closing a parenthesised group opened at {@code open}, outside braces; -1 if none. */
    private int closingParen(int open) {
        int depth = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
            } else if (ch == ')' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private int closingQuote(int from, int end) {
        int depth = 0;
        for (int i = from; i < end; i++) {
            char ch = text.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
            } else if (ch == '"' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private int skipIdentifier(int from) {
        int i = from;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private int countSpaces(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private int indexOf(char ch, int from, int to) {
        int i = text.indexOf(ch, from);
        return i < 0 || i >= to ? -1 : i;
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    private static boolean isNameChar(char ch) {
        return !Character.isWhitespace(ch) && "=,{}\"#()%".indexOf(ch) < 0;
    }

    private String snippet(int pos) {
        int end = pos;
        while (end < text.length() && end - pos < 30 && text.charAt(end) != '\n') {
            end++;
        }
        return text.substring(pos, end).strip();
    }

    static String collapseSpace(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    int lineOf(int pos) {
        int i = Arrays.binarySearch(lineStarts, pos);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private void warn(int pos, String field, String message) {
        warnings.add(Diagnostic.imported(file, lineOf(pos), Diagnostic.Kind.UNREADABLE, field, message));
    }

    private static int[] lineStarts(String s) {
        // indexOf rather than a charAt loop: already compiled at start-up, so a short run does not
        // spend a compile on this loop
        int[] starts = new int[Math.max(16, s.length() / 32)];
        int n = 1;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }

    /** Jekyll's {@code ---}/{@code ---} block at the top becomes blank lines, so line numbers stay right. */
    static String blankFrontMatter(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int lineEnd = s.indexOf('\n', i);
        String first = s.substring(i, lineEnd < 0 ? s.length() : lineEnd).strip();
        if (!first.equals("---") || lineEnd < 0) {
            return s;
        }
        int pos = lineEnd + 1;
        while (pos <= s.length()) {
            int end = s.indexOf('\n', pos);
            String line = s.substring(pos, end < 0 ? s.length() : end).strip();
            if (line.equals("---")) {
                int stop = end < 0 ? s.length() : end;
                StringBuilder sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
                for (int k = i; k < stop; k++) {
                    sb.append(s.charAt(k) == '\n' ? '\n' : ' ');
                }
                return sb.append(s, stop, s.length()).toString();
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        return s;
    }

    private final class Cursor {
        int pos;
        final int end;

        Cursor(int pos, int end) {
            this.pos = pos;
            this.end = end;
        }

        boolean more() {
            return pos < end;
        }

        char peek() {
            return text.charAt(pos);
        }

        void skipSpace() {
            while (pos < end && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
    }

    private static final class EntryError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int pos;

        EntryError(int pos, String message) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }
}
