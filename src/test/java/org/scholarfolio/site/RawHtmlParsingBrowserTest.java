package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.testing.RawHtmlCorpus;

/**
 * jsoup stands for the browser in {@code RawHtmlAsBrowsersReadItTest}; here Chromium's HTML parser reads the
 * same raw HTML (parsed as the inside of a page's body) and must make the same tree of it, element for element,
 * attribute for attribute, text for text. And the HTML the renderer writes for each snippet must be read by
 * Chromium as jsoup reads it: what the reader's browser builds is what the allow-list approved.
 */
class RawHtmlParsingBrowserTest {
    /** Chromium's tree of the HTML in arguments[0], in the form {@link #tree(Node)} gives jsoup's. */
    private static final String CHROMIUM_TREE = """
            const doc = document.implementation.createHTMLDocument('');
            doc.body.innerHTML = arguments[0];
            function tree(n) {
              if (n.nodeType === Node.TEXT_NODE) return 'T(' + n.data + ')';
              if (n.nodeType === Node.COMMENT_NODE) return 'C(' + n.data + ')';
              if (n.nodeType !== Node.ELEMENT_NODE) return '';
              let s = 'E(' + n.localName.toLowerCase();
              for (const a of n.attributes) s += ' ' + a.name.toLowerCase() + '=' + JSON.stringify(a.value);
              s += ')[';
              const children = n.localName === 'template' ? n.content.childNodes : n.childNodes;
              for (const c of children) s += tree(c);
              return s + ']';
            }
            doc.body.normalize();
            let out = '';
            for (const c of doc.body.childNodes) out += tree(c);
            return out;
            """;

    @TempDir
    static Path temp;
    static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        var missing = HeadlessChromium.missingBinaries();
        if (missing.isPresent()) {
            String why = "Browser test needs Chromium and chromedriver: " + missing.get();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why + "; skipped outside CI");
        }
        browser = HeadlessChromium.start();
        Path blank = Files.writeString(temp.resolve("blank.html"), "<!doctype html><title>blank</title>");
        browser.driver().get(blank.toUri().toString());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void chromiumReadsTheCorpusAsJsoupDoes() {
        List<String> disagreements = new ArrayList<>();
        for (String snippet : RawHtmlCorpus.snippets()) {
            compare(snippet, snippet, disagreements);
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void chromiumReadsTheRenderedCorpusAsJsoupDoes() {
        List<String> disagreements = new ArrayList<>();
        for (String snippet : RawHtmlCorpus.snippets()) {
            compare(snippet, MarkdownRenderer.shared().render(snippet).html(), disagreements);
        }
        assertThat(disagreements).isEmpty();
    }

    private static void compare(String snippet, String html, List<String> disagreements) {
        String chromium = (String) browser.driver().executeScript(CHROMIUM_TREE, html);
        String jsoup = children(Jsoup.parseBodyFragment(html).body());
        if (!chromium.equals(jsoup)) {
            disagreements.add(snippet + "\n  html:     " + html + "\n  chromium: " + chromium + "\n  jsoup:    " + jsoup);
        }
    }

    /** An element's children as the script above writes Chromium's: adjacent text joined, a script's or style's text as text. */
    private static String children(Element parent) {
        StringBuilder s = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
                continue;
            }
            if (child instanceof DataNode d) {
                text.append(d.getWholeData());
                continue;
            }
            if (!text.isEmpty()) {
                s.append("T(").append(text).append(')');
                text.setLength(0);
            }
            if (child instanceof Comment c) {
                s.append("C(").append(c.getData()).append(')');
            } else if (child instanceof Element e) {
                s.append("E(").append(e.tagName().toLowerCase(Locale.ROOT));
                for (Attribute a : e.attributes()) {
                    s.append(' ').append(a.getKey().toLowerCase(Locale.ROOT)).append('=').append(json(a.getValue()));
                }
                s.append(")[").append(children(e)).append(']');
            }
        }
        if (!text.isEmpty()) {
            s.append("T(").append(text).append(')');
        }
        return s.toString();
    }

    /** As JavaScript's JSON.stringify writes a string. */
    private static String json(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '\b' -> s.append("\\b");
                case '\f' -> s.append("\\f");
                default -> s.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return s.append('"').toString();
    }
}
