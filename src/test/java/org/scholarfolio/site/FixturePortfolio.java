package org.scholarfolio.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.scholarfolio.model.Author;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationBadges;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.model.SocialKind;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.model.UnknownFields;

/** A small but complete researcher portfolio, written in code, for the site tests. */
final class FixturePortfolio {
    static final String BASE_URL = "https://yihua.example.org/";
    static final LocalDate EXPORT_DATE = LocalDate.of(2026, 11, 24);

    private FixturePortfolio() {
    }

    static Portfolio portfolio() {
        Profile profile = Profile.EMPTY.toBuilder()
                .name(new PersonName("Yihua", "", "Zhang"))
                .nativeName("张逸骅")
                .position("Ph.D. student")
                .affiliation("Michigan State University")
                .subtitle("PhD student at *MSU* :rocket:")
                .photo(new Photo("assets/img/me.png", Photo.Align.RIGHT, true, ""))
                .addressLines(List.of("<p>Room 3210</p>", "428 S Shaw LN", "<p>   </p>"))
                .bio("""
                        I work on **trustworthy** ML. See [my code](https://github.com/example).

                        <!-- hidden keywords -->

                        :heavy_check_mark: Theme one, with $a_1 * b_2$ inline.

                        See my [collaboration statement](./collaboration) or [Wechat](./assets/img/Wechat.jpg).
                        """)
                .socialLinks(List.of(
                        SocialLink.of(SocialKind.EMAIL, "me@example.org"),
                        SocialLink.of(SocialKind.GITHUB_USERNAME, "example"),
                        SocialLink.of(SocialKind.SCHOLAR_USERID, "abc123"),
                        SocialLink.of(SocialKind.RSS_ICON, "true")))
                .nameVariants(List.of("Yihua Zhang", "Y. Zhang"))
                .build();
        SiteSettings site = SiteSettings.DEFAULT.toBuilder()
                .title("Yihua Zhang")
                .description("Homepage of a machine learning researcher.")
                .newsLimit(2)
                .build();
        List<NewsItem> news = List.of(
                new NewsItem("n1", NewsDate.parse("2024-05-01"), "", "Paper accepted at **ICML**! :tada:", true, UnknownFields.NONE),
                new NewsItem("n2", NewsDate.parse("2025-01-10T12:00:00"), "Fellowship announcement",
                        "I received the *IBM* PhD Fellowship.\n\nMore text here.", false, UnknownFields.NONE),
                new NewsItem("n3", NewsDate.parse("2023-02-03"), "", "Started my PhD, see [how to work with me](./collaboration/).", true, UnknownFields.NONE));
        Publication unlearning = Publication.builder("zhang2024unlearn", "inproceedings")
                .title("{SalUn}: Empowering Machine Unlearning via Gradient-based Weight Saliency")
                .authors(List.of(Author.of("Chongyu", "Fan").withEqualContribution(true),
                        Author.of("Jiancheng", "Liu").withEqualContribution(true),
                        Author.of("Y.", "Zhang"), Author.of("Sijia", "Liu").withCorresponding(true)))
                .booktitle("International Conference on Learning Representations")
                .abbr("ICLR").year(2024).month(5)
                .abstractText("We propose **SalUn**, with loss $\\ell(\\theta)$. See [notes](./collaboration).")
                .award("Spotlight").awardName("Spotlight")
                .selected(true).bibtexShow(true)
                .links(new PublicationLinks("", "salun.pdf", "", "", "", "https://github.com/OPTML-Group/Unlearn-Saliency", "", "", ""))
                .bibtexFields(Map.of("pdf", "salun.pdf", "series", "ICLR '24"))
                .build();
        Publication robust = Publication.builder("zhang2022bilevel", "article")
                .title("Revisiting and Advancing Fast Adversarial Training Through the Lens of Bi-Level Optimization")
                .authors(List.of(Author.of("Yihua", "Zhang"), Author.of("Guanhua", "Zhang")))
                .andOthers(true)
                .journal("Journal of Machine Learning Research")
                .abbr("JMLR").year(2022).volume("23").number("1").pages("1--30")
                .doi("10.1000/xyz123")
                .badges(new PublicationBadges("true", "pub.1234567890", "u5HHmVD_uO8C", "1234567"))
                .build();
        List<Page> pages = List.of(new Page("collaboration", "Collaboration", 1, true,
                "# Working together\n\nWrite to me.", UnknownFields.NONE));
        return new Portfolio(Portfolio.CURRENT_SCHEMA_VERSION, profile, site, news,
                List.of(robust, unlearning), pages, UnknownFields.NONE);
    }

    /** Writes the files the portfolio refers to: a 3x2 PNG photo and a PDF. */
    static Path writeAssets(Path portfolioDir) throws IOException {
        Files.createDirectories(portfolioDir.resolve("assets/img"));
        Files.createDirectories(portfolioDir.resolve("assets/pdf"));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", portfolioDir.resolve("assets/img/me.png").toFile());
        Files.writeString(portfolioDir.resolve("assets/salun.pdf"), "%PDF-1.4\n");
        Files.writeString(portfolioDir.resolve("assets/img/unused.jpg"), "not referenced");
        Files.writeString(portfolioDir.resolve("assets/img/Wechat.jpg"), "qr code");
        return portfolioDir;
    }

    static ExportOptions options() {
        return new ExportOptions(BASE_URL, EXPORT_DATE, "default", 2);
    }
}
