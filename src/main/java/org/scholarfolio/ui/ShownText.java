package org.scholarfolio.ui;

import java.util.Locale;
import java.util.Optional;

import org.scholarfolio.markdown.GithubEmojiAliases;

/**
 * Text as JavaFX's controls can draw it. JavaFX 21 has no colour emoji on Linux (the colour emoji
 * font's pictures draw as nothing), so an emoji in a name (a news item's "Elected a Fellow 🎉", a
 * title typed with one) left a blank where it was in tables, the Problems list, the recovery
 * question and the status line. Such an emoji is spelled out as its shortcode ({@code :tada:}, as
 * a person types it in a news item) or, for one GitHub has no shortcode for, as its Unicode name
 * in brackets ("[party popper]"). A character that is also plain text and written without U+FE0F
 * (©, ★, ✓, ❤) stays: the text fonts draw it. Fields keep what was typed, emoji and all.
 */
public final class ShownText {
    private static final int VARIATION_SELECTOR = 0xFE0F;
    private static final int KEYCAP = 0x20E3;
    // The pictographs' blocks of plane 1 (Mahjong tiles to Symbols and Pictographs Extended-A); above
    // them are CJK ideographs (U+20000 on), which a person's name may hold and the text fonts draw.
    private static final int PICTOGRAPHS_FIRST = 0x1F000;
    private static final int PICTOGRAPHS_LAST = 0x1FAFF;

    private ShownText() {
    }

    /** {@code text} with each emoji JavaFX would leave blank spelled out; the same string when there is none. */
    public static String of(String text) {
        if (text == null || !mayHoldEmoji(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = mayStartEmoji(text, i, cp) ? spellEmojiAt(text, i, out) : -1;
            if (end < 0) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
            } else {
                i = skipModifiers(text, end);
            }
        }
        String shown = out.toString();
        return shown.equals(text) ? text : shown;
    }

    /** Cheap test first: most names hold nothing above U+2000 but punctuation. */
    private static boolean mayHoldEmoji(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2100 || c == 0xA9 || c == 0xAE || c == 0x203C || c == 0x2049) {
                return true;
            }
        }
        return false;
    }

    /** Where emoji are: the symbols' blocks, the pictographs' planes, and a keycap's digit, # or *. */
    private static boolean mayStartEmoji(String text, int i, int cp) {
        if (cp == '#' || cp == '*' || (cp >= '0' && cp <= '9')) {
            int next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            return next == VARIATION_SELECTOR || next == KEYCAP;
        }
        return cp == 0xA9 || cp == 0xAE || (cp >= 0x2000 && cp <= 0x32FF) || isPictograph(cp);
    }

    /**
     * Appends the emoji that starts at {@code start}, spelled out, and returns where it ends; -1 when
     * no emoji drawn as a picture starts there.
     */
    private static int spellEmojiAt(String text, int start, StringBuilder out) {
        int longest = Math.min(GithubEmojiAliases.longestEmoji(), text.length() - start);
        for (int length = longest; length > 0; length--) {
            int end = start + length;
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                continue;
            }
            Optional<String> shortcode = GithubEmojiAliases.shortcodeOf(text.substring(start, end));
            if (shortcode.isPresent()) {
                out.append(shortcode.get());
                return end;
            }
        }
        int cp = text.codePointAt(start);
        int end = start + Character.charCount(cp);
        boolean asked = end < text.length() && text.charAt(end) == VARIATION_SELECTOR;
        if (isPictograph(cp) || asked) {
            String name = Character.getName(cp);
            out.append('[').append(name == null ? String.format(Locale.ROOT, "emoji U+%04X", cp)
                    : name.toLowerCase(Locale.ROOT)).append(']');
            return end;
        }
        return -1;
    }

    private static boolean isPictograph(int cp) {
        return cp >= PICTOGRAPHS_FIRST && cp <= PICTOGRAPHS_LAST;
    }

    /** Past a selector and skin tones after a spelled-out emoji: alone they would be blanks too. */
    private static int skipModifiers(String text, int i) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp != VARIATION_SELECTOR && !(cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }
}
