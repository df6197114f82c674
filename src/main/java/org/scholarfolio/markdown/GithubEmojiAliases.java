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
import java.util.HashMap;
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
     * several shortcodes the first in the alphabet. Empty for text GitHub has no shortcode for,
     * which includes a character that is also plain text written without U+FE0F (©, ❤).
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
            Map<String, String> aliases = written.isEmpty() ? allFromJemoji() : new TreeMap<>(written);
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

    /** Every shortcode jemoji knows and its emoji, by shortcode. */
    private static Map<String, String> allFromJemoji() {
        Map<String, String> aliases = new TreeMap<>();
        for (Emoji emoji : EmojiManager.getAllEmojis()) {
            for (String alias : emoji.getGithubAliases()) {
                fromJemoji(alias).ifPresent(e -> aliases.put(alias, e));
            }
        }
        return aliases;
    }

    private static Map<String, String> load() {
        InputStream in = GithubEmojiAliases.class.getResourceAsStream(TABLE);
        if (in == null) {
            return Map.of();
        }
        Map<String, String> aliases = new HashMap<>(4_096);
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

    /** Writes the table, alias TAB emoji per line, sorted, to the file {@code args[0]}. */
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
