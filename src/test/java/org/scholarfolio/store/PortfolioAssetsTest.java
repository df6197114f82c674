package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;

class PortfolioAssetsTest {
    @TempDir
    Path dir;

    private static Portfolio naming(String photo, String... pdfs) {
        Portfolio p = Portfolio.empty();
        List<Publication> pubs = java.util.Arrays.stream(pdfs).map(pdf -> Publication.builder("k" + pdf.hashCode(), "article")
                .links(PublicationLinks.NONE.with(LinkKind.PDF, pdf)).build()).toList();
        return p.withProfile(p.profile().toBuilder().photo(new Photo(photo, Photo.Align.LEFT, false, "")).build())
                .withPublications(pubs);
    }

    @Test
    void theFilesTheFieldsNameAreFoundAsTheSiteFindsThem() {
        assertThat(PortfolioAssets.namedBy(naming("me.jpg", "paper.pdf", "files/cv.pdf?v=2", "https://arxiv.org/pdf/1",
                "#", "../outside.pdf", "//cdn.example.org/x.pdf")))
                .containsExactly("assets/me.jpg", "assets/paper.pdf", "files/cv.pdf");
    }

    @Test
    void theAssetsFolderAndNamedFilesAreCopiedAndNothingInTheNewFolderIsReplaced() throws IOException {
        Path from = Files.createDirectories(dir.resolve("old"));
        Files.createDirectories(from.resolve("assets/img"));
        Files.writeString(from.resolve("assets/me.jpg"), "me");
        Files.writeString(from.resolve("assets/img/qr.png"), "shown by a page's Markdown");
        Files.createDirectories(from.resolve("files"));
        Files.writeString(from.resolve("files/cv.pdf"), "cv");
        Files.writeString(from.resolve("unnamed.txt"), "not the portfolio's");
        Path to = Files.createDirectories(dir.resolve("new"));
        Files.createDirectories(to.resolve("assets"));
        Files.writeString(to.resolve("assets/me.jpg"), "someone else");

        PortfolioAssets.Copied copied = PortfolioAssets.copy(naming("me.jpg", "files/cv.pdf", "missing.pdf"), from, to);

        assertThat(to.resolve("assets/img/qr.png")).hasContent("shown by a page's Markdown");
        assertThat(to.resolve("files/cv.pdf")).hasContent("cv");
        assertThat(to.resolve("assets/me.jpg")).hasContent("someone else");
        assertThat(to.resolve("unnamed.txt")).doesNotExist();
        assertThat(copied.files()).isEqualTo(2);
        assertThat(copied.leftOut()).singleElement().asString().startsWith("assets/me.jpg was already in");
    }
}
