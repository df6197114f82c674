package org.scholarfolio.markdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.fellbaum.jemoji.Emoji;
import net.fellbaum.jemoji.EmojiManager;

/**
 * GitHub's emoji shortcodes ({@code :rocket:}) and their emoji, as jemoji answers them. jemoji reads
 * its whole emoji set (thousands of constants in some sixty classes) on the first alias looked up:
 * 0.3–0.5 s of processor time in a fresh command-line JVM, a tenth of a small export. So the build
 * writes jemoji's answers to a table once ({@link #main}, run by Maven after compiling) and an export
 * reads that table (about 1,900 lines); without it (classes not built by Maven) jemoji answers.
 * The table lists each emoji's shown shortcode ({@link #shortcodeOf}) first, then the others.
 */
public final class GithubEmojiAliases {
    static final String TABLE = "github-emoji-aliases.tsv";
    private static volatile Map<String, String> table;
    private static volatile Shortcodes shortcodes;

    private GithubEmojiAliases() {
    }

    /** The emoji of a shortcode written with its colons, e.g. {@code :tada:}. */
    static Optional<String> emoji(String alias) {
        Map<String, String> aliases = aliasTable();
        return aliases.isEmpty() ? fromJemoji(alias) : Optional.ofNullable(aliases.get(alias));
    }

    /** The written table, read once for both directions of look-up (empty when it is not in the jar). */
    private static Map<String, String> aliasTable() {
        Map<String, String> aliases = table;
        if (aliases == null) {
            aliases = load();
            table = aliases;
        }
        return aliases;
    }

    /**
     * The shortcode of an emoji, written with its colons ({@code :tada:} for 🎉): of an emoji's
     * several shortcodes the one a person recognises ({@link #shown}: {@code :thumbsup:} for 👍,
     * not {@code :+1:}). Empty for text GitHub has no shortcode for, which includes a character that
     * is also plain text written without U+FE0F (©, ❤).
     */
    public static Optional<String> shortcodeOf(String emoji) {
        return Optional.ofNullable(shortcodes().byEmoji().get(emoji));
    }

    /** The length, in chars, of the longest emoji that has a shortcode. */
    public static int longestEmoji() {
        return shortcodes().longest();
    }

    /** The table turned around, built on the first look-up. */
    private record Shortcodes(Map<String, String> byEmoji, int longest) {
    }

    private static Shortcodes shortcodes() {
        Shortcodes s = shortcodes;
        if (s == null) {
            Map<String, String> written = aliasTable();
            // In the table's order: an emoji's shown shortcode comes before its others.
            Map<String, String> aliases = written.isEmpty() ? allFromJemoji() : written;
            Map<String, String> byEmoji = new HashMap<>(aliases.size() * 2);
            int longest = 0;
            for (Map.Entry<String, String> e : aliases.entrySet()) {
                byEmoji.putIfAbsent(e.getValue(), e.getKey());
                longest = Math.max(longest, e.getValue().length());
            }
            s = new Shortcodes(byEmoji, longest);
            shortcodes = s;
        }
        return s;
    }

    /** What jemoji says: the emoji whose GitHub aliases include exactly this one. */
    static Optional<String> fromJemoji(String alias) {
        return EmojiManager.getByGithubAlias(alias)
                .filter(e -> e.getGithubAliases().contains(alias))
                .map(Emoji::getEmoji);
    }

    /**
     * Every shortcode jemoji knows and its emoji: first each emoji's {@link #shown} shortcode, then
     * the others, each part sorted by shortcode.
     */
    private static Map<String, String> allFromJemoji() {
        Map<String, String> aliases = new TreeMap<>();
        Map<String, String> shownFirst = new TreeMap<>();
        for (Emoji emoji : EmojiManager.getAllEmojis()) {
            // Only the shortcodes that give this emoji back (jemoji lists a few under two emoji).
            List<String> own = emoji.getGithubAliases().stream()
                    .filter(alias -> fromJemoji(alias).filter(emoji.getEmoji()::equals).isPresent()).toList();
            own.forEach(alias -> aliases.put(alias, emoji.getEmoji()));
            if (!own.isEmpty()) {
                shownFirst.put(shown(own, emoji.getDescription()), emoji.getEmoji());
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>(shownFirst);
        aliases.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /**
     * Of an emoji's shortcodes, the one to show for it: the one with most letters in words that start
     * a word of its English name ({@code description}: "thumbs up", "kitchen knife", "man gesturing
     * NO"); then one of letters, digits and underscores only; then the shorter; then the first GitHub
     * lists. So 👍 is {@code :thumbsup:} (not {@code :+1:}), 🔪 {@code :knife:} (not {@code :hocho:}),
     * 🖕 {@code :middle_finger:} (not {@code :fu:}), 🙅‍♂️ {@code :no_good_man:} (not {@code :ng_man:}).
     */
    static String shown(List<String> aliases, String description) {
        NameWords name = NameWords.of(description == null ? "" : description);
        Comparator<String> preference = Comparator.<String>comparingInt(alias -> -name.lettersMatched(alias))
                .thenComparing(alias -> !alias.matches(":[a-z0-9_]+:"))
                .thenComparingInt(String::length);
        // min keeps the first of equals: GitHub's order.
        return aliases.stream().min(preference).orElseThrow();
    }

    /** A name's words run together ("thumbsup"), and where each word starts in that run. */
    private record NameWords(String run, java.util.BitSet starts) {
        static NameWords of(String name) {
            StringBuilder run = new StringBuilder();
            java.util.BitSet starts = new java.util.BitSet();
            for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    starts.set(run.length());
                    run.append(word);
                }
            }
            return new NameWords(run.toString(), starts);
        }

        /**
         * How many letters of {@code alias}'s words (between its colons, split at _ and -) stand at the
         * start of a word of the name: "thumbsup" in "thumbs up", but not "ng" in "man gesturing no".
         */
        int lettersMatched(String alias) {
            int letters = 0;
            for (String word : alias.substring(1, alias.length() - 1).split("[_-]")) {
                for (int at = starts.nextSetBit(0); !word.isEmpty() && at >= 0; at = starts.nextSetBit(at + 1)) {
                    if (run.startsWith(word, at)) {
                        letters += word.length();
                        break;
                    }
                }
            }
            return letters;
        }
    }

    private static Map<String, String> load() {
        InputStream in = GithubEmojiAliases.class.getResourceAsStream(TABLE);
        if (in == null) {
            return Map.of();
        }
        // In the table's order (see shortcodes()).
        Map<String, String> aliases = new LinkedHashMap<>(4_096);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                aliases.put(line.substring(0, tab), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the emoji table in the jar", e);
        }
        return aliases;
    }

    /**
     * Writes the table, alias TAB emoji per line, to the file {@code args[0]}: each emoji's shown
     * shortcode first, then the others, each part sorted.
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> aliases = allFromJemoji();
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : aliases.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
    }
}
