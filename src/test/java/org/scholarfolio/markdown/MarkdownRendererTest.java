package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = MarkdownRenderer.shared();

    private static String seedBody() throws IOException {
        try (InputStream in = MarkdownRendererTest.class.getResourceAsStream("seed-about.md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\n---", 4);
            return text.substring(end + 4);
        }
    }

    @Test
    void aResearchersOwnLinksAreFollowedAndTheirOwnRelIsKept() {
        String html = renderer.render("[lab](https://lab.example.org/), <https://github.com/ada>, www.example.com, "
                + "[paper](/assets/pdf/p.pdf) and <a href=\"https://ads.example/\" rel=\"nofollow\">an ad</a>").html();
        assertThat(html).contains("<a href=\"https://lab.example.org/\">lab</a>", "<a href=\"https://github.com/ada\">",
                "<a href=\"/assets/pdf/p.pdf\">paper</a>", "<a href=\"http://www.example.com\">");
        assertThat(html).containsOnlyOnce("nofollow").contains("rel=\"nofollow\">an ad</a>");
    }

    @Test
    void aLinkThatShowsNothingIsReportedByItsAddressAndKept() {
        java.util.List<String> reported = new java.util.ArrayList<>();
        LinkRewriter links = new LinkRewriter() {
            @Override
            public String rewrite(String url) {
                return url;
            }

            @Override
            public void showsNothing(String url) {
                reported.add(url);
            }
        };
        String html = renderer.render("<div class=\"contacts\"><a href=\"https://arxiv.org/a/ada\"><i class=\"ai ai-arxiv\"></i></a>\n"
                + "<a href=\"mailto:ada@example.org\"> </a> <a href=\"https://lab.example.org/\">lab</a>"
                + " <a href=\"https://example.org/p.png\"><img src=\"https://example.org/p.png\" alt=\"\"></a>"
                + " <a name=\"anchor\"></a></div>", links).html();
        assertThat(reported).containsExactly("https://arxiv.org/a/ada", "mailto:ada@example.org");
        assertThat(html).contains("href=\"https://arxiv.org/a/ada\"");
    }

    @Test
    void iconFontElementsAreDrawnAsFontAwesomeIconsAndAnIconAloneNamesItsLink() {
        String html = renderer.render("<div class=\"contacts\">"
                + "<a href=\"mailto:ada@example.org\">\n  <i class=\"bi bi-envelope-fill\"></i>\n</a>"
                + "<a href=\"https://scholar.google.com/citations?user=X\"><i class=\"ai ai-google-scholar\"></i></a>"
                + "<a href=\"https://www.github.com/ada\"><i class=\"fa-brands fa-github fa-lg\"></i></a>"
                + "<a href=\"https://lab.example.org/\"><i class=\"fa fa-globe\"></i> Lab</a>"
                + " <i class=\"fa fa-envelope-o\"></i> <i class=\"fab fa-../../../etc/passwd\"></i>"
                + " <i class=\"fa-solid fa-no-such-icon\" onclick=\"alert(1)\"></i></div>").html();
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("svg.text-icon")).hasSize(5);
        assertThat(doc.select("svg.text-icon").eachAttr("aria-hidden")).containsOnly("true");
        assertThat(doc.select("svg.text-icon path").eachAttr("d")).allSatisfy(d -> assertThat(d).matches("[A-Za-z0-9 .,-]+"));
        assertThat(doc.select("a").eachAttr("aria-label")).containsExactly("ada@example.org", "scholar.google.com", "github.com");
        assertThat(doc.select("a[href=https://lab.example.org/]").attr("aria-label")).isEmpty();
        assertThat(doc.selectFirst("a").html()).startsWith("<svg").endsWith("</svg>");
        // names no icon the site has: left as written (an empty element), never anything from outside the icons
        assertThat(doc.select("i")).hasSize(2);
        assertThat(html).doesNotContain("onclick").doesNotContain("passwd\"><path");
    }

    @Test
    void anEmptyLinkNamingAnIconFontClassShowsThatIconAndIsNamedByWhereItGoes() {
        // a lab's team page: <a href=... class="fa fa-home"></a>, the icon font drawing the link itself
        Document doc = Jsoup.parseBodyFragment(renderer.render("<div>\n"
                + "<a href=\"https://scholar.example.org/lene\" class=\"fa fa-graduation-cap\"></a>\n"
                + "<a href=\"https://www.linkedin.com/in/lene\" class=\"fab fa-linkedin\"></a>\n"
                + "<a href=\"https://lab.example.org/\" class=\"fa fa-home\">Lab</a>\n</div>").html());
        assertThat(doc.select("a")).hasSize(3);
        assertThat(doc.select("a > svg.text-icon")).hasSize(2);
        assertThat(doc.select("a").eachAttr("aria-label")).containsExactly("scholar.example.org", "linkedin.com");
        assertThat(doc.select("a").get(2).html()).isEqualTo("Lab"); // a link with text is left as written
    }

    @Test
    void fontAwesome4NamesThatVersion6RenamedDrawTheIconFontAwesomesOwnMapNames() {
        // version 4's "home", "picture-o" and "twitter" are version 6's solid "house", regular "image", brands "twitter"
        Document doc = Jsoup.parseBodyFragment(renderer.render("<div><i class=\"fa fa-home\"></i>"
                + " <i class=\"fa fa-picture-o\"></i> <i class=\"fa fa-twitter\"></i>"
                + " <i class=\"fas fa-home\"></i> <i class=\"fa fa-no-such-icon-o\"></i></div>").html());
        assertThat(doc.select("svg.text-icon path").eachAttr("d")).containsExactly(path("solid/house"),
                path("regular/image"), path("brands/twitter"), path("solid/house"));
        assertThat(doc.select("i")).hasSize(1); // a name in neither version is left as written
    }

    private static String path(String icon) {
        return FontAwesomeIcons.load(icon).flatMap(FontAwesomeIcons::plainShape).orElseThrow().path();
    }

    @Test
    void seedBioRendersFourCheckMarkEmojis() throws IOException {
        String html = renderer.render(seedBody()).html();
        assertThat(html.split("\u2714", -1)).hasSize(5);
        assertThat(html).doesNotContain(":heavy_check_mark:");
    }

    @Test
    void seedBioHidesTheHtmlComment() throws IOException {
        Document doc = Jsoup.parseBodyFragment(renderer.render(seedBody()).html());
        assertThat(doc.text()).doesNotContain("Research Keywords").doesNotContain("<!--");
    }

    @Test
    void seedBioKeepsItsLinks() throws IOException {
        Document doc = Jsoup.parseBodyFragment(renderer.render(seedBody()).html());
        assertThat(doc.select("a[href=https://www.optml-group.com/]")).hasSize(1);
        assertThat(doc.select("a[href=./collaboration]").text()).isEqualTo("collaboration statement");
        assertThat(doc.select("strong").first().text()).startsWith("Industry");
    }

    @Test
    void shortcodesInCodeAndUrlsStayAsTyped() {
        String html = renderer.render("`:rocket:` and https://example.org/:rocket:/x and :rocket:").html();
        assertThat(html).contains("<code>:rocket:</code>").contains("href=\"https://example.org/:rocket:/x\"")
                .contains("https://example.org/:rocket:/x</a>").contains("and \uD83D\uDE80");
    }

    @Test
    void shortcodesInCodeBlocksStayAsTyped() {
        String html = renderer.render("```\n:rocket:\n```").html();
        assertThat(html).contains(":rocket:").doesNotContain("\uD83D\uDE80");
    }

    @Test
    void inlineMathIsTypesetAsMathMlAndFlagged() {
        RenderedMarkdown out = renderer.render("Let $a_1 * b_2 = c_*$ hold, where *x* is bold-ish.");
        assertThat(out.containsMath()).isTrue();
        var math = Jsoup.parseBodyFragment(out.html()).select("span.math.inline > math").first();
        assertThat(math.select("msub")).hasSize(3);
        assertThat(math.select("annotation[encoding=application/x-tex]").text()).isEqualTo("a_1 * b_2 = c_*");
        assertThat(out.html()).contains("<em>x</em>");
    }

    @Test
    void displayMathSpanningLinesIsKept() {
        RenderedMarkdown out = renderer.render("$$\n\\sum_{i=1}^n x_i\n$$");
        assertThat(out.containsMath()).isTrue();
        var math = Jsoup.parseBodyFragment(out.html()).select("span.math.display > math[display=block]");
        assertThat(math.select("annotation").text()).isEqualTo("\\sum_{i=1}^n x_i");
        assertThat(math.select("munderover mo").first().text()).isEqualTo("∑");
    }

    @Test
    void pricesAreNotMath() {
        RenderedMarkdown out = renderer.render("It costs $5 and $10 today.");
        assertThat(out.containsMath()).isFalse();
        assertThat(out.html()).isEqualTo("<p>It costs $5 and $10 today.</p>");
    }

    @Test
    void escapedDollarInsideAFormulaDoesNotEndIt() {
        RenderedMarkdown out = renderer.render("Price $p = \\$5$ here");
        assertThat(Jsoup.parseBodyFragment(out.html()).select("span.math annotation").text()).isEqualTo("p = \\$5");
    }

    @Test
    void aFormulaThatIsNotTexShowsItsSourceAndTheReason() {
        RenderedMarkdown out = renderer.render("Broken $\\frac{1}{$ here");
        var span = Jsoup.parseBodyFragment(out.html()).selectFirst("span.math-error");
        assertThat(span.text()).isEqualTo("\\(\\frac{1}{\\)");
        assertThat(span.attr("title")).contains("KaTeX parse error");
        assertThat(span.select("math")).isEmpty();
        assertThat(span.attributes().asList()).extracting(a -> a.getKey())
                .as("the same bytes from every process").containsExactly("class", "title");
    }

    @Test
    void mathMlWrittenByHandKeepsOnlyPresentationAttributes() {
        String html = renderer.render("<math><mi href=\"javascript:alert(1)\" onclick=\"x()\" mathvariant=\"bold\">x</mi>"
                + "<mtext style=\"color:red\">y</mtext></math>").html();
        var mi = Jsoup.parseBodyFragment(html).selectFirst("math mi");
        assertThat(mi.attributes().asList()).extracting(a -> a.getKey()).containsExactly("mathvariant");
        assertThat(html).doesNotContain("javascript").doesNotContain("onclick").doesNotContain("style");
    }

    // A hang guard, not a timing: a scan that looks for a closing dollar from every opening one is
    // quadratic in 80,000 dollars; the generous bound only keeps such a regression from stalling
    // the build on a loaded machine.
    @Test
    void manyUnmatchedDollarsRenderWithoutHanging() {
        String text = "$a ".repeat(60_000) + "\n\n" + "$$x ".repeat(20_000);
        RenderedMarkdown out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(120), () -> renderer.render(text));
        assertThat(out.html()).startsWith("<p>$a $a");
    }

    @Test
    void rendersTheSameFromManyThreads() throws Exception {
        String md = "# T\n\n:rocket: *x* $y_1$ [l](https://e.org)\n";
        String expected = renderer.render(md).html();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> renderer.render(md).html()));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void textWithoutFormulasIsNotFlagged() {
        assertThat(renderer.render("plain *text*").containsMath()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
            "<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</p>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<svg onload=alert(1)>",
            "![x](javascript:alert(1))",
            "<details open ontoggle=alert(1)><summary>s</summary></details>"})
    void hostileInputIsNeutralised(String hostile) {
        for (String html : new String[] {renderer.render(hostile).html(), renderer.renderInline(hostile).html()}) {
            Document doc = Jsoup.parseBodyFragment(html);
            assertThat(doc.select("script, svg, iframe, style")).isEmpty();
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> {
                    assertThat(a.getKey()).doesNotStartWith("on").isNotEqualTo("style");
                    assertThat(a.getValue().toLowerCase()).doesNotContain("javascript:").doesNotStartWith("data:");
                });
            }
        }
    }

    @Test
    void anEmbedIsALinkUnlessItsHostIsAllowed() {
        String html = renderer.render("<iframe src=\"https://www.youtube.com/embed/abc\" width=\"560\" height=\"315\"></iframe>").html();
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("iframe")).isEmpty();
        assertThat(doc.select("a.remote-media[href=https://www.youtube.com/embed/abc]").text())
                .isEqualTo("Embedded content on www.youtube.com");
    }

    @Test
    void tablesFootnotesAndTaskListsRender() {
        String md = "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\nText[^1] ~~old~~\n\n[^1]: Note.\n\n## Heading Two\n";
        Document doc = Jsoup.parseBodyFragment(renderer.render(md).html());
        assertThat(doc.select("table td")).hasSize(2);
        assertThat(doc.select("input[type=checkbox][checked]")).hasSize(1);
        assertThat(doc.select("del").text()).isEqualTo("old");
        assertThat(doc.select("h2#heading-two")).hasSize(1);
        assertThat(doc.select("sup a")).isNotEmpty();
    }

    @Test
    void renderInlineHasNoWrappingParagraph() {
        String html = renderer.renderInline("PhD student at *MSU* :rocket:").html();
        assertThat(html).isEqualTo("PhD student at <em>MSU</em> \uD83D\uDE80");
    }

    @Test
    void linkRewriterSeesOnlyAddressesThatPassedTheAllowList() {
        java.util.List<String> seen = new java.util.ArrayList<>();
        String html = renderer.render("[a](./cv) [b](javascript:alert(1)) ![c](img/x.png) <a href=\"notes\">d</a>",
                url -> { seen.add(url); return "../" + url; }).html();
        assertThat(seen).containsExactly("./cv", "notes", "img/x.png");
        assertThat(html).contains("href=\".././cv\"").contains("src=\"../img/x.png\"").doesNotContain("javascript");
    }

    @Test
    void renderInlineKeepsSafeHtml() {
        assertThat(renderer.renderInline("<p>Room 3210</p>").html()).isEqualTo("<p>Room 3210</p>");
    }
}
