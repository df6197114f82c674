package org.scholarfolio.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML of the top-level blocks of the last long texts rendered, kept by each block's source, so
 * that after typing in one paragraph of a 20 KB bio only that paragraph is parsed and sanitised again
 * (the live preview renders the whole page on every change; Markdown was three quarters of it).
 *
 * <p>A text is cut only where no block can reach across the cut, and only when nothing in it refers
 * from one block to another, so that the blocks' HTML joined is byte for byte the whole text's:
 * before a line that starts at the margin with no list marker and follows a blank line (every open
 * paragraph, list, quote and indented code has ended there), in a text with no raw HTML or
 * autolinks in angle brackets ({@code <}), fences, images (only the text's first loads at once),
 * link reference definitions or footnotes ({@code ]:}, {@code [^}). Heading anchors are numbered
 * across the text: when two blocks' headings got the same id, the text is rendered whole.
 */
final class BlockMemo {
    /** Blocks kept, about 100 per 20 KB of text: the preview's longest texts (its excerpts are 100,000 characters) fit. */
    private static final int KEPT = 4096;
    private static final Pattern LIST_MARKER = Pattern.compile("[-+*]|\\d{1,9}[.)]");
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

    /** A call the rendering of a block made to the page's {@link LinkRewriter}, with its answer. */
    private record Call(int kind, String argument, Object answer) {
        static final int REWRITE = 0;
        static final int IMAGE_SIZE = 1;
        static final int REMOTE_HOSTS = 2;
        static final int SHOWS_NOTHING = 3;

        Object ask(LinkRewriter links) {
            return switch (kind) {
                case REWRITE -> links.rewrite(argument);
                case IMAGE_SIZE -> links.imageSize(argument);
                case SHOWS_NOTHING -> {
                    links.showsNothing(argument);
                    yield null;
                }
                default -> links.remoteHosts();
            };
        }
    }

    /** A block's HTML, and what it asked of the page's addresses: the same answers give the same HTML. */
    private record Kept(String html, boolean containsMath, List<Call> calls) {
    }

    private final Map<String, Kept> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEPT;
        }
    };
    private long blocksRendered;

    /** How a block is rendered on its own (parsed, rendered and sanitised as a whole text is). */
    @FunctionalInterface
    interface BlockRenderer {
        RenderedMarkdown render(String block, LinkRewriter links);
    }

    /** {@code markdown} rendered block by block, reusing kept blocks; null when it must be rendered whole. */
    RenderedMarkdown render(String markdown, LinkRewriter links, boolean opensPage, BlockRenderer renderer) {
        List<String> blocks = blocks(markdown);
        if (blocks == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 4);
        boolean math = false;
        for (String block : blocks) {
            String key = (opensPage ? "1" : "0") + block;
            Kept k;
            synchronized (kept) {
                k = kept.get(key);
            }
            if (k == null || !sameAnswers(k.calls, links)) {
                Recording recording = new Recording(links);
                RenderedMarkdown r = renderer.render(block, recording);
                k = new Kept(r.html(), r.containsMath(), List.copyOf(recording.calls));
                synchronized (kept) {
                    kept.put(key, k);
                    blocksRendered++;
                }
            }
            if (!k.html.isEmpty()) {
                if (!html.isEmpty()) {
                    html.append('\n');
                }
                html.append(k.html);
            }
            math |= k.containsMath;
        }
        return uniqueIds(html) ? new RenderedMarkdown(html.toString(), math) : null;
    }

    /** How many blocks were rendered rather than reused, since this memo was made. */
    long blocksRendered() {
        synchronized (kept) {
            return blocksRendered;
        }
    }

    /** Asks the page again what the block asked when it was rendered (so that the page records the files it links). */
    private static boolean sameAnswers(List<Call> calls, LinkRewriter links) {
        for (Call call : calls) {
            if (!Objects.deepEquals(call.ask(links), call.answer)) {
                return false;
            }
        }
        return true;
    }

    /** The text cut into blocks that render alone as they do within it; null when it cannot be cut safely. */
    static List<String> blocks(String markdown) {
        if (markdown.indexOf('<') >= 0 || markdown.indexOf('\r') >= 0 || markdown.contains("![")
                || markdown.contains("]:") || markdown.contains("[^") || markdown.contains("```")
                || markdown.contains("~~~")) {
            return null;
        }
        List<String> blocks = new ArrayList<>();
        int start = 0;
        int lineStart = 0;
        boolean previousBlank = false;
        while (lineStart < markdown.length()) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? markdown.length() : lineEnd + 1;
            String line = markdown.substring(lineStart, lineEnd < 0 ? markdown.length() : lineEnd);
            boolean blank = blank(line);
            if (previousBlank && !blank && lineStart > start && startsABlockAlone(line)) {
                blocks.add(markdown.substring(start, lineStart));
                start = lineStart;
            }
            previousBlank = blank;
            lineStart = next;
        }
        blocks.add(markdown.substring(start));
        return blocks;
    }

    /** Markdown's blank line: spaces and tabs only (a form feed, which Java counts as white space, is text to it). */
    private static boolean blank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** At the margin, and not a list item (a list goes on after a blank line, and its items' spacing is the whole list's). */
    private static boolean startsABlockAlone(String line) {
        char first = line.charAt(0);
        if (first == ' ' || first == '\t') {
            return false;
        }
        int space = 0;
        while (space < line.length() && line.charAt(space) != ' ' && line.charAt(space) != '\t') {
            space++;
        }
        Matcher marker = LIST_MARKER.matcher(line.substring(0, space));
        return !marker.matches() && !(first == '-' || first == '+' || first == '*');
    }

    /** Heading anchors are numbered across the whole text ("a", "a-1"): blocks alone would give both "a". */
    private static boolean uniqueIds(CharSequence html) {
        Set<String> seen = new HashSet<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            if (!seen.add(m.group(1))) {
                return false;
            }
        }
        return true;
    }

    /** Passes every question on to the page's rewriter and writes down the answers. */
    private static final class Recording implements LinkRewriter {
        private final LinkRewriter links;
        private final List<Call> calls = new ArrayList<>();

        Recording(LinkRewriter links) {
            this.links = links;
        }

        @Override
        public String rewrite(String url) {
            String answer = links.rewrite(url);
            calls.add(new Call(Call.REWRITE, url, answer));
            return answer;
        }

        @Override
        public int[] imageSize(String url) {
            int[] answer = links.imageSize(url);
            calls.add(new Call(Call.IMAGE_SIZE, url, answer == null ? null : Arrays.copyOf(answer, answer.length)));
            return answer;
        }

        @Override
        public Set<String> remoteHosts() {
            Set<String> answer = links.remoteHosts();
            calls.add(new Call(Call.REMOTE_HOSTS, "", answer == null ? null : Set.copyOf(answer)));
            return answer;
        }

        @Override
        public void showsNothing(String url) {
            links.showsNothing(url);
            calls.add(new Call(Call.SHOWS_NOTHING, url, null));
        }
    }
}
