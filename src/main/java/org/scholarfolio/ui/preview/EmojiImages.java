package org.scholarfolio.ui.preview;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import net.fellbaum.jemoji.EmojiManager;
import net.fellbaum.jemoji.Qualification;
import org.scholarfolio.site.AttributeText;
import org.scholarfolio.site.CspHash;
import org.scholarfolio.ui.YieldingThreads;

/**
 * Puts emoji images into a rendered page for the preview only: JavaFX's WebKit has no colour emoji
 * font and draws empty boxes. The exported site keeps the characters, which browsers draw.
 *
 * <p>Only the text of the body changes, never tags, attributes, scripts, styles or MathML/SVG. A
 * character that is also plain text (©, ™, ❤ or a digit) becomes an image only where it asks to be
 * one (followed by U+FE0F or a keycap) or where Unicode shows it as an emoji by default (☕). The
 * image keeps the emoji as its alternative text, so copying and screen readers still get it.
 */
public final class EmojiImages {
    private static final Set<String> OPAQUE = Set.of("script", "style", "title", "textarea", "svg", "math", "head");
    private static final int KEYCAP = 0x20E3;
    private static final int ZWJ = 0x200D;

    private final EmojiSet set;

    EmojiImages(EmojiSet set) {
        this.set = set;
    }

    /** With the emoji set the build bundles; null when it is missing (pages then pass through as they are). */
    public static EmojiImages bundled() {
        return EmojiSet.bundled().map(EmojiImages::new).orElse(null);
    }

    /**
     * The bundled set, read once per process on a thread of its own: reading 9 MB of shapes takes
     * a moment that the first window should not wait for.
     */
    public static CompletableFuture<EmojiImages> inBackground() {
        return Loading.FUTURE;
    }

    private static final class Loading {
        static final CompletableFuture<EmojiImages> FUTURE = new CompletableFuture<>();

        static {
            Thread t = new Thread(() -> {
                try {
                    EmojiImages images = bundled();
                    EmojiManager.isEmoji("\u2615"); // jemoji reads its tables on first use
                    FUTURE.complete(images);
                } catch (RuntimeException | Error e) {
                    FUTURE.completeExceptionally(e);
                }
            }, "emoji-set");
            t.setDaemon(true);
            // the preview's images wait for it
            t.setPriority(YieldingThreads.AWAITED);
            t.start();
        }
    }

    /**
     * How an emoji image sits in a line: a little taller than the text's capitals, on its baseline,
     * in a heading as in a paragraph. A rule in the head, not a style attribute: the site's policy
     * refuses style attributes, and the theme's {@code img{max-width:100%;height:auto}} then draws
     * each emoji as wide as the column.
     */
    static final String STYLE = "img.emoji{height:1.15em;width:1.15em;margin:0 .05em;vertical-align:-.2em}";
    private static final String STYLE_SOURCE = "'" + CspHash.of(STYLE) + "'";

    /**
     * {@code html} ready for the emoji images: the rule that sizes them in its head, and its
     * Content-Security-Policy letting in that rule and {@code data:} images, which the emoji images
     * are. The site's policy allows images from the site only ({@code img-src 'self'}), so WebKit
     * refused each emoji and drew a broken image's frame around its alternative text, the emoji
     * character, as an empty box. Every page of the preview needs this, emoji or not: WebKit reads
     * the policy when a page loads, and the preview swaps later pages (with the emoji the set brings
     * once it is read, or that are typed) into the loaded one. Other sources stay as the site's
     * policy has them; the exported site keeps its policy and the characters.
     */
    public static String preparePage(String html) {
        int bodyTag = html.indexOf("<body");
        int headEnd = html.lastIndexOf("</head>", bodyTag < 0 ? html.length() : bodyTag);
        if (headEnd < 0 || html.startsWith("<style>" + STYLE, headEnd - STYLE.length() - "<style></style>".length())) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        int copied = 0;
        for (int meta = html.indexOf("<meta", 0); meta >= 0 && meta < headEnd; meta = html.indexOf("<meta", meta + 1)) {
            int tagEnd = html.indexOf('>', meta);
            String tag = tagEnd < 0 ? "" : html.substring(meta, tagEnd).toLowerCase(Locale.ROOT);
            int content = tag.indexOf("content=\"");
            if (!tag.contains("http-equiv=\"content-security-policy\"") || content < 0) {
                continue;
            }
            int from = meta + content + "content=\"".length();
            int to = html.indexOf('"', from);
            if (to < 0 || to > tagEnd) {
                break;
            }
            String policy = withSource(withSource(attributeText(html.substring(from, to)), "img-src", "data:"),
                    "style-src", STYLE_SOURCE);
            out.append(html, 0, from).append(policy.replace("&", "&amp;").replace("\"", "&quot;"));
            copied = to;
            break;
        }
        return out.append(html, copied, headEnd).append("<style>").append(STYLE).append("</style>")
                .append(html, headEnd, html.length()).toString();
    }

    /** An attribute's value as written (the site writes {@code 'self'} as {@code &#39;self&#39;}) as its text. */
    private static String attributeText(String written) {
        return AttributeText.of(written);
    }

    /**
     * The policy (its text, not as escaped in the attribute) with {@code source} among the sources
     * of {@code directive}: added to the directive, or, where the policy has none, to a copy of its
     * {@code default-src}. Unchanged when it allows the source already or does not restrict what
     * the directive covers (neither the directive nor {@code default-src}).
     */
    static String withSource(String policy, String directive, String source) {
        String[] directives = policy.split(";", -1);
        String defaults = null;
        for (int i = 0; i < directives.length; i++) {
            String[] words = directives[i].trim().split("\\s+");
            String name = words[0].toLowerCase(Locale.ROOT);
            if (name.equals(directive)) {
                if (Arrays.stream(words).anyMatch(w -> w.equalsIgnoreCase(source))) {
                    return policy;
                }
                directives[i] = directives[i].stripTrailing() + " " + source;
                return String.join(";", directives);
            }
            if (name.equals("default-src")) {
                defaults = directives[i].trim().substring("default-src".length()).trim();
            }
        }
        if (defaults == null || Arrays.stream(defaults.split("\\s+")).anyMatch(w -> w.equalsIgnoreCase(source))) {
            return policy;
        }
        String sources = defaults.equalsIgnoreCase("'none'") ? "" : defaults + " ";
        return policy.stripTrailing() + (policy.stripTrailing().endsWith(";") ? " " : "; ") + directive + " " + sources + source;
    }

    /** {@code html} with every emoji in the text of its body shown as an image. */
    public String apply(String html) {
        if (!mayHoldEmoji(html)) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 1024);
        int i = 0;
        int n = html.length();
        String skipUntil = null;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = tagEnd(html, i);
                String name = tagName(html, i);
                if (skipUntil == null && OPAQUE.contains(name)) {
                    skipUntil = "/" + name;
                } else if (name.equals(skipUntil)) {
                    skipUntil = null;
                }
                out.append(html, i, end);
                i = end;
            } else if (skipUntil == null && c == '&' && html.startsWith("&#", i)) {
                // An emoji written as a number (&#127881;): its text is the character itself.
                int runEnd = html.indexOf('<', i);
                runEnd = runEnd < 0 ? n : runEnd;
                String text = decodeNumberReferences(html.substring(i, runEnd));
                for (int j = 0; j < text.length(); ) {
                    char t = text.charAt(j);
                    if (t < 0x80 && !startsKeycap(text, j)) {
                        out.append(t);
                        j++;
                    } else {
                        j = emojiAt(text, j, out);
                    }
                }
                i = runEnd;
            } else if (skipUntil != null || c < 0x80 && !startsKeycap(html, i)) {
                out.append(c);
                i++;
            } else {
                i = emojiAt(html, i, out);
            }
        }
        // Nothing replaced: the same string, so that the preview sees an unchanged page as one.
        String result = out.toString();
        return result.equals(html) ? html : result;
    }

    /**
     * Text with its number references ({@code &#127881;}, {@code &#x1F389;}) above U+00A0 written
     * as the characters (the same text to a browser); the others (&amp;#60; for a "<") stay as written.
     */
    static String decodeNumberReferences(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int semicolon = text.startsWith("&#", i) ? text.indexOf(';', i) : -1;
            if (semicolon > i + 2 && semicolon - i <= 10) {
                boolean hex = text.charAt(i + 2) == 'x' || text.charAt(i + 2) == 'X';
                String digits = text.substring(i + (hex ? 3 : 2), semicolon);
                int cp = -1;
                try {
                    cp = digits.isEmpty() ? -1 : Integer.parseInt(digits, hex ? 16 : 10);
                } catch (NumberFormatException e) {
                    cp = -1;
                }
                if (cp >= 0xA0 && Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                    out.appendCodePoint(cp);
                    i = semicolon + 1;
                    continue;
                }
            }
            out.append(text.charAt(i));
            i++;
        }
        return out.toString();
    }

    /** Cheap test first: a page in Latin script (the usual case) has nothing above U+2000 but punctuation. */
    private static boolean mayHoldEmoji(String html) {
        if (html.contains("&#")) {
            return true;
        }
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c >= 0x2100 || c == 0xA9 || c == 0xAE || c == 0x203C || c == 0x2049) {
                return true;
            }
        }
        return false;
    }

    private static int tagEnd(String html, int start) {
        int end = html.indexOf('>', start);
        return end < 0 ? html.length() : end + 1;
    }

    /** "p" for {@code <p class=x>}, "/p" for {@code </p>}, "" for a comment or doctype. */
    private static String tagName(String html, int start) {
        int i = start + 1;
        boolean closing = i < html.length() && html.charAt(i) == '/';
        if (closing) {
            i++;
        }
        int from = i;
        while (i < html.length() && Character.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        String name = html.substring(from, i).toLowerCase(Locale.ROOT);
        return closing ? "/" + name : name;
    }

    /** A digit, # or * followed by U+FE0F or U+20E3: the only emoji that start in ASCII. */
    private static boolean startsKeycap(String html, int i) {
        char c = html.charAt(i);
        if (!(c == '#' || c == '*' || (c >= '0' && c <= '9')) || i + 1 >= html.length()) {
            return false;
        }
        char next = html.charAt(i + 1);
        return next == EmojiSet.VARIATION_SELECTOR || next == KEYCAP;
    }

    /**
     * Appends the longest emoji sequence that starts at {@code start} as an image (or the one
     * character there as it is) and returns where the text goes on.
     */
    private int emojiAt(String text, int start, StringBuilder out) {
        StringBuilder key = new StringBuilder();
        int matchedEnd = -1;
        int matchedCodePoints = 0;
        int codePoints = 0;
        int i = start;
        while (i < text.length() && codePoints < set.longestKey()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == EmojiSet.VARIATION_SELECTOR) {
                if (matchedEnd == i - 1) {
                    matchedEnd = i; // the selector belongs to the emoji before it
                }
                continue;
            }
            if (codePoints > 0) {
                key.append('-');
            }
            appendHex(key, cp);
            codePoints++;
            if (set.contains(key.toString())) {
                matchedEnd = i;
                matchedCodePoints = codePoints;
            }
            if (cp != ZWJ && !joins(text, i)) {
                break;
            }
        }
        if (matchedEnd < 0 || !(matchedCodePoints > 1 || showsAsEmoji(text, start, matchedEnd))) {
            int cp = text.codePointAt(start);
            out.appendCodePoint(cp);
            return start + Character.charCount(cp);
        }
        String emoji = text.substring(start, matchedEnd);
        out.append("<img class=\"emoji\" draggable=\"false\" alt=\"").append(emoji).append("\" src=\"")
                .append(set.dataUri(keyOf(emoji))).append("\">");
        return matchedEnd;
    }

    /** Whether what follows {@code i} may still extend a sequence (a selector, a joiner, a keycap, a tag). */
    private static boolean joins(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        int next = text.codePointAt(i);
        return next == EmojiSet.VARIATION_SELECTOR || next == ZWJ || next == KEYCAP || (next >= 0x1F3FB && next <= 0x1F3FF)
                || (next >= 0xE0020 && next <= 0xE007F) || (next >= 0x1F1E6 && next <= 0x1F1FF);
    }

    /** One character: an image only with U+FE0F after it, or when it is an emoji by default. */
    private static boolean showsAsEmoji(String text, int start, int end) {
        String single = text.substring(start, end);
        if (single.codePointAt(single.length() - 1) == EmojiSet.VARIATION_SELECTOR) {
            return true;
        }
        return EmojiManager.getEmoji(single).map(e -> e.getQualification() == Qualification.FULLY_QUALIFIED)
                .orElse(false);
    }

    private static String keyOf(String emoji) {
        StringBuilder key = new StringBuilder();
        emoji.codePoints().filter(cp -> cp != EmojiSet.VARIATION_SELECTOR).forEach(cp -> {
            if (key.length() > 0) {
                key.append('-');
            }
            appendHex(key, cp);
        });
        return key.toString();
    }

    private static void appendHex(StringBuilder key, int cp) {
        String hex = Integer.toHexString(cp);
        for (int pad = hex.length(); pad < 4; pad++) {
            key.append('0');
        }
        key.append(hex);
    }
}
