package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

/** Every image the site writes carries its width and height, so nothing shifts while it loads. */
class SizedImagesTest {
    @TempDir
    Path temp;

    @Test
    void previewImagesAndThePhotoCarryTheirSize() throws IOException {
        Portfolio fixture = FixturePortfolio.portfolio();
        List<Publication> pubs = new ArrayList<>(fixture.publications());
        pubs.add(Publication.builder("pictured2024", "article").title("With a picture").year(2024)
                .preview("assets/img/me.png").build());
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        new SiteExporter().export(fixture.withPublications(pubs), dir, FixturePortfolio.options(), out);

        Element preview = Jsoup.parse(out.resolve("publications/index.html").toFile(), "UTF-8")
                .selectFirst("#pub-pictured2024 img.preview");
        assertThat(preview.attr("width")).isEqualTo("3");
        assertThat(preview.attr("height")).isEqualTo("2");
        assertThat(preview.attr("loading")).isEqualTo("lazy");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element img : Jsoup.parse(page.toFile(), "UTF-8").select("img")) {
                    assertThat(img.hasAttr("width") && img.hasAttr("height")).as(page + ": " + img).isTrue();
                }
            }
        }
    }
}
