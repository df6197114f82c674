package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy, sharing and icon tags every page carries. */
class PageHeadTest {
    @TempDir
    static Path temp;
    static Path out;
    static List<Path> pages;

    @BeforeAll
    static void export() throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        out = temp.resolve("site");
        new SiteExporter().export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(5);
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    private static String meta(Document page, String attribute, String name) {
        return page.select("meta[" + attribute + "=" + name + "]").attr("content");
    }

    @Test
    void everyPageHasAContentSecurityPolicyThatAllowsOnlyItsOwnStyleInline() throws Exception {
        for (Path page : pages) {
            Document doc = parse(page);
            var csp = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
            assertThat(csp).as(page.toString()).isNotNull();
            assertThat(csp.elementSiblingIndex()).as("right after the charset").isEqualTo(1);
            String policy = csp.attr("content");
            assertThat(policy).startsWith("default-src 'self';").contains("script-src 'self';")
                    .contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(doc.select("script:not([src]):not([type=application/ld+json])")).as(page.toString()).isEmpty();
            for (var style : doc.select("style")) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(style.data().getBytes(StandardCharsets.UTF_8));
                assertThat(policy).contains("'sha256-" + Base64.getEncoder().encodeToString(hash) + "'");
            }
        }
    }

    @Test
    void everyPageHasOpenGraphAndTwitterTagsWithItsOwnDescription() throws IOException {
        for (Path page : pages) {
            Document doc = parse(page);
            if (page.equals(out.resolve("404.html"))) {
                // shown for any missing address: no address of its own (NotFoundPageTest)
                assertThat(meta(doc, "property", "og:url")).isEmpty();
                continue;
            }
            assertThat(meta(doc, "property", "og:title")).as(page.toString()).isNotBlank();
            assertThat(meta(doc, "property", "og:type")).isIn("profile", "website", "article");
            assertThat(meta(doc, "property", "og:image")).isEqualTo(FixturePortfolio.BASE_URL + "assets/card.png");
            assertThat(meta(doc, "property", "og:url")).isEqualTo(doc.select("link[rel=canonical]").attr("href")).isNotBlank();
            assertThat(meta(doc, "name", "twitter:card")).isEqualTo("summary_large_image");
            assertThat(meta(doc, "property", "og:description")).isEqualTo(meta(doc, "name", "description"));
        }
        Document paper = parse(out.resolve("publications/zhang2024unlearn.html"));
        assertThat(meta(paper, "property", "og:description")).isEqualTo("We propose SalUn, with loss ℓ(θ).");
        Document news = parse(out.resolve("news/2025-01-10-fellowship-announcement.html"));
        assertThat(meta(news, "property", "og:description")).startsWith("I received the IBM PhD Fellowship.");
        assertThat(meta(news, "property", "og:type")).isEqualTo("article");
    }

    @Test
    void theSharedPictureIsARasterOfAtLeast1200By630() throws IOException {
        BufferedImage card = ImageIO.read(out.resolve("assets/card.png").toFile());
        assertThat(card).isNotNull();
        assertThat(card.getWidth()).isGreaterThanOrEqualTo(1200);
        assertThat(card.getHeight()).isGreaterThanOrEqualTo(630);
        Document home = parse(out.resolve("index.html"));
        assertThat(meta(home, "property", "og:image:width")).isEqualTo(Integer.toString(card.getWidth()));
        assertThat(meta(home, "property", "og:image:height")).isEqualTo(Integer.toString(card.getHeight()));
    }

    @Test
    void everyPageLinksTheFaviconSoNoneAsksForAMissingOne() throws IOException {
        for (Path page : pages) {
            String href = parse(page).select("link[rel=icon]").attr("href");
            // the 404 page's links start from the site's path on its host ("/" for the fixture's address)
            Path from = href.startsWith("/") ? out : page.getParent();
            assertThat(from.resolve(href.replaceFirst("^/", "")).normalize()).as(page.toString()).isEqualTo(out.resolve("assets/favicon.svg"));
        }
        assertThat(Files.readString(out.resolve("assets/favicon.svg"))).contains(">YZ</text>");
    }
}
