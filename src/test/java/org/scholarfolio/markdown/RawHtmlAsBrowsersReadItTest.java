package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scholarfolio.testing.RawHtmlCorpus;
import org.scholarfolio.testing.SafeHtml;

/**
 * Raw HTML in Markdown against what a browser makes of the same HTML (jsoup's HTML5 parser standing for the
 * browser; {@code RawHtmlParsingBrowserTest} checks that Chromium agrees with it on this corpus). For each
 * snippet: (a) nothing in the page runs or loads from elsewhere; (b) a link, image or formatting the browser
 * would show and the allow-list allows is shown; (c) a tag not made markup is shown whole as text, never part
 * text and part markup, and the text the browser shows is there. The preview renders the same HTML.
 */
class RawHtmlAsBrowsersReadItTest {
    private static final MarkdownRenderer SITE = MarkdownRenderer.shared();
    private static final MarkdownRenderer PREVIEW = MarkdownRenderer.shared().withBlockMemo(0);
    private static final List<String> FORMATTING = List.of("em", "strong", "b", "i", "code", "sub", "sup", "del",
            "s", "kbd", "mark");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Pattern MARKDOWN_MARKS = Pattern.compile("[*_#>+-]+");
    private static final Pattern TAG_IN_TEXT = Pattern.compile("<([A-Za-z][A-Za-z0-9]*)");

    static Stream<String> snippets() {
        return RawHtmlCorpus.snippets().stream();
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void nothingRunsOrLoadsFromElsewhere(String snippet) {
        String html = SITE.render(snippet).html();
        SafeHtml.assertSafe(html, snippet);
        SafeHtml.assertSafe(SITE.renderInline(snippet).html(), snippet);
        for (Element e : page(html).getAllElements()) {
            assertThat(e.normalName()).as("element in %s", html).isNotIn("template", "noscript", "style", "script");
            if (e.normalName().equals("svg")) {
                assertThat(e.hasClass("text-icon")).as("only drawn icons are SVG: %s", html).isTrue();
            }
            for (String attribute : List.of("style", "srcset", "action", "formaction", "xlink:href", "target")) {
                assertThat(e.hasAttr(attribute)).as("%s in %s", attribute, html).isFalse();
            }
            if (e.hasAttr("src")) {
                assertThat(e.attr("src")).as("an image from elsewhere loads nothing: %s", html)
                        .doesNotStartWith("http:").doesNotStartWith("https:").doesNotStartWith("//");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void whatTheBrowserShowsAndTheAllowListAllowsIsShown(String snippet) {
        Document browser = page(snippet);
        Document ours = page(SITE.render(snippet).html());
        for (Element link : browser.select("a[href]")) {
            String address = AddressQuotes.unquoted(link.attr("href"));
            if (allowed(address, "http", "https", "mailto") && !link.text().isBlank()) {
                assertThat(ours.select("a[href]")).as("the link of %s in %s", snippet, ours.body().html())
                        .anySatisfy(a -> {
                            assertThat(a.attr("href")).isEqualTo(address);
                            assertThat(a.text()).isEqualTo(link.text());
                        });
            }
        }
        for (Element img : browser.select("img[src]")) {
            String address = AddressQuotes.unquoted(img.attr("src"));
            if (allowed(address, "http", "https")) {
                boolean remote = address.startsWith("http");
                assertThat(ours.select(remote ? "a.remote-media[href]" : "img[src]"))
                        .as("the image of %s in %s", snippet, ours.body().html())
                        .anySatisfy(e -> assertThat(e.attr(remote ? "href" : "src")).isEqualTo(address));
            }
        }
        for (Element e : browser.getAllElements()) {
            if (FORMATTING.contains(e.normalName()) && !e.text().isBlank()) {
                assertThat(ours.select(e.normalName())).as("<%s> of %s in %s", e.normalName(), snippet, ours.body().html())
                        .anySatisfy(mine -> assertThat(mine.text()).isEqualTo(e.text()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void aTagNotMadeMarkupIsShownWholeAsText(String snippet) {
        Document ours = page(SITE.render(snippet).html());
        for (TextNode text : allTextNodes(ours)) {
            Matcher tag = TAG_IN_TEXT.matcher(text.getWholeText());
            while (tag.find()) {
                if (!HtmlSanitizer.allowsElement(tag.group(1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String shown = text.getWholeText().substring(tag.start());
                String prefix = shown.substring(0, Math.min(shown.length(), tag.group().length() + 6));
                int at = snippet.indexOf(prefix);
                assertThat(at).as("%s shown in %s", prefix, ours.body().html()).isNotNegative();
                int close = snippet.indexOf('>', at);
                String written = close < 0 ? snippet.substring(at) : snippet.substring(at, close + 1);
                assertThat(shown).as("the tag as written, in one piece of text").startsWith(written);
            }
        }
        String oursText = ours.text();
        for (String word : page(snippet).text().split("\\s+")) {
            if (MARKDOWN_MARKS.matcher(word).matches()) {
                continue; // a list's bullet, say: Markdown, not text, which the browser of raw HTML shows
            }
            assertThat(oursText).as("the text the browser shows of %s", snippet).contains(word);
        }
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void thePreviewShowsWhatTheSiteShows(String snippet) {
        assertThat(PREVIEW.render(snippet).html()).isEqualTo(SITE.render(snippet).html());
    }

    /** What the allow-list keeps as a link or image address: one of {@code schemes}, or relative. */
    private static boolean allowed(String address, String... schemes) {
        String plain = address.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
        Matcher scheme = SCHEME.matcher(plain);
        if (scheme.find()) {
            return List.of(schemes).contains(scheme.group(1));
        }
        return !plain.isEmpty() && !HtmlSanitizer.looksLikeABadScheme(plain) && !plain.startsWith("//");
    }

    private static List<TextNode> allTextNodes(Document doc) {
        return doc.body().getAllElements().stream().flatMap(e -> e.textNodes().stream()).toList();
    }

    private static Document page(String html) {
        return Jsoup.parseBodyFragment(html);
    }
}
