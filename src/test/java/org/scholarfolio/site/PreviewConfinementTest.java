package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.files.ConfinedPath;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Portfolio;

/**
 * The preview loads its page from a file with a {@code <base>} in the portfolio folder, so a
 * relative address that the export leaves as written would be read by WebKit from wherever it
 * leads: {@code ../}, a root-relative path, a link inside the portfolio that points out. Every
 * address the preview page can load must stay inside the portfolio or the staged theme files.
 */
class PreviewConfinementTest {
    @TempDir
    Path temp;

    @Test
    void noAddressInThePreviewLeadsOutOfThePortfolioFolder() throws Exception {
        Path portfolioDir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Path secret = Files.writeString(Files.createDirectories(temp.resolve("outside")).resolve("secret.png"), "secret");
        Files.createSymbolicLink(portfolioDir.resolve("assets/linked.png"), secret);
        Path staging = temp.resolve("staging");
        String bio = String.join("\n\n",
                "![up](../outside/secret.png)",
                "![deeper](assets/../../outside/secret.png)",
                "![rooted](" + secret + ")",
                "![link](assets/linked.png)",
                "![address](" + secret.toUri() + ")",
                "<img src=\"../outside/secret.png\" alt=\"raw\">",
                "<img src=\"assets/linked.png\" alt=\"raw link\">",
                "[a page](../outside/secret.png)",
                "![ok](assets/img/me.png)");
        Portfolio fixture = FixturePortfolio.portfolio();
        Portfolio portfolio = fixture.withProfile(fixture.profile().toBuilder().bio(bio).build());

        String html = new PagePreview(MarkdownRenderer.shared(), staging).render(portfolio, portfolioDir, SitePage.home());

        Document page = Jsoup.parse(html);
        URI base = URI.create(page.selectFirst("base").attr("href"));
        List<String> outside = new ArrayList<>();
        for (Element e : page.select("[src], [href], [srcset], [poster]")) {
            for (String attribute : List.of("src", "href", "srcset", "poster")) {
                String value = e.attr(attribute).strip();
                if (e.tagName().equals("base") || value.isEmpty() || value.startsWith("#")) {
                    continue;
                }
                URI target = base.resolve(URI.create(value.split("[\\s#?]")[0].replace(" ", "%20")));
                if (!"file".equals(target.getScheme())) {
                    continue;
                }
                Path file = Path.of(target);
                boolean allowed = Files.exists(file) ? ConfinedPath.isInside(portfolioDir.toRealPath(), file)
                        || ConfinedPath.isInside(staging.toRealPath(), file)
                        : file.normalize().startsWith(portfolioDir.toAbsolutePath().normalize());
                if (!allowed) {
                    outside.add(e.tagName() + " " + attribute + "=\"" + value + "\"");
                }
            }
        }
        assertThat(outside).isEmpty();
        assertThat(page.select("img[alt=ok]").attr("src")).isEqualTo("assets/img/me.png");
    }
}
