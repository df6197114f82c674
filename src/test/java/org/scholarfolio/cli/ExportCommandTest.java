package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export acceptance checks, run through the command line as a researcher would. */
class ExportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void seedPageExportsFaithfully() throws Exception {
        Path out = tmp.resolve("s");
        CommandRun r = CommandRun.of("export", "sample-data/yihua-zhang", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();

        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        String text = home.body().text();
        assertThat(text).contains("Yihua", "Zhang", "张逸骅", "Room 3210", "428 S Shaw LN",
                "East Lansing, Michigan", "United States of America");
        assertThat(text.split("✔", -1)).hasSize(5);
        assertThat(home.html()).doesNotContain(":heavy_check_mark:");
        assertThat(text).doesNotContain("Research Keywords");
        assertThat(home.select("a[href=https://lsjxjtu.github.io/]")).isNotEmpty();
        assertThat(home.select("a[href=https://www.linkedin.com/in/zhangyihua/]")).isNotEmpty();
        // The sample is the first thing a person opens: every link of its bio leads somewhere.
        assertThat(r.err()).doesNotContain("collaboration").doesNotContain("Wechat.jpg");
        assertThat(out.resolve("collaboration/index.html")).exists();
        assertThat(out.resolve("assets/img/Wechat.jpg")).exists();
    }

    @Test
    void turingExportHasYearsPaperPagesAndParsableFeeds() throws Exception {
        Path out = tmp.resolve("t");
        CommandRun r = CommandRun.of("export", "sample-data/alan-turing", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();

        Document pubs = Jsoup.parse(out.resolve("publications/index.html").toFile(), "UTF-8");
        assertThat(pubs.body().text()).contains("1952", "1950", "1937");
        Document paper = Jsoup.parse(out.resolve("publications/turing1950computing.html").toFile(), "UTF-8");
        assertThat(paper.select("meta[name=citation_title]").attr("content"))
                .isEqualTo("Computing Machinery and Intelligence");
        assertThat(paper.select("meta[name=citation_author]")).isNotEmpty();

        var xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        assertThat(xml.newDocumentBuilder().parse(out.resolve("feed.xml").toFile())
                .getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(xml.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile())
                .getDocumentElement().getLocalName()).isEqualTo("urlset");
    }

    @Test
    void theUnchangedCheckFindsTheFileTheStoreWouldLoad() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("p"));
        Path file = Files.writeString(folder.resolve("portfolio.json"), "{}");
        Path renamed = Files.writeString(tmp.resolve("mine.JSON"), "{}");
        for (Path given : java.util.List.of(folder, file, renamed, tmp.resolve("missing"), tmp.resolve("missing.json"))) {
            ExportCommand command = new ExportCommand();
            command.portfolio = given;
            assertThat(command.portfolioFile()).as(given.toString())
                    .isEqualTo(org.scholarfolio.store.PortfolioStore.resolveFile(given));
        }
    }

    @Test
    void secondExportRewritesNothing() throws Exception {
        Path out = tmp.resolve("t");
        assertThat(CommandRun.of("export", "sample-data/alan-turing", "--out", out.toString()).code()).isZero();
        long before = Files.getLastModifiedTime(out.resolve("index.html")).toMillis();
        CommandRun again = CommandRun.of("export", "sample-data/alan-turing", "--out", out.toString());
        assertThat(again.out()).contains(" 0 pages written");
        assertThat(Files.getLastModifiedTime(out.resolve("index.html")).toMillis()).isEqualTo(before);
    }

    @Test
    void anUnchangedFileExportsAsBeforeAndAChangedOrBrokenOneIsReadAgain() throws Exception {
        Path portfolio = Files.createDirectories(tmp.resolve("p"));
        Path file = portfolio.resolve("portfolio.json");
        Files.copy(Path.of("sample-data/yihua-zhang/portfolio.json"), file);
        Path out = tmp.resolve("s");
        CommandRun first = CommandRun.of("export", portfolio.toString(), "--out", out.toString());
        assertThat(first.code()).as(first.err()).isZero();

        CommandRun again = CommandRun.of("export", portfolio.toString(), "--out", out.toString());
        assertThat(again.code()).isZero();
        assertThat(again.err()).isEqualTo(first.err()).contains("warning: ");
        assertThat(again.out()).contains(" 0 pages written, " + first.out().replaceAll("(?s).* (\\d+) pages written.*", "$1") + " unchanged");

        Files.writeString(file, Files.readString(file).replace("Yihua", "Yihuaa"));
        CommandRun edited = CommandRun.of("export", portfolio.toString(), "--out", out.toString());
        assertThat(edited.code()).as(edited.err()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).contains("Yihuaa");

        Files.writeString(file, "{ broken");
        CommandRun broken = CommandRun.of("export", portfolio.toString(), "--out", out.toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("portfolio.json");
    }

    @Test
    void siteIsDatedTheDayThePortfolioFileChangedSoALaterExportWritesNothing() throws Exception {
        Path portfolio = Files.createDirectories(tmp.resolve("p"));
        Files.copy(Path.of("sample-data/yihua-zhang/portfolio.json"), portfolio.resolve("portfolio.json"));
        Files.setLastModifiedTime(portfolio.resolve("portfolio.json"),
                FileTime.from(LocalDate.of(2024, 3, 5).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        Path out = tmp.resolve("s");
        CommandRun first = CommandRun.of("export", portfolio.toString(), "--out", out.toString());
        assertThat(first.code()).as(first.err()).isZero();

        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select("footer time").attr("datetime")).isEqualTo("2024-03-05");
        assertThat(home.select("footer").text()).contains("March 5, 2024");
        assertThat(Files.readString(out.resolve("feed.xml"))).contains("<updated>2024-03-05");
        // Today is long after the file's date, as on the next day: nothing changes.
        CommandRun again = CommandRun.of("export", portfolio.toString(), "--out", out.toString());
        assertThat(again.out()).contains(" 0 pages written");
    }

    @Test
    void exportingOverThePortfolioFolderIsRefused() {
        for (String target : new String[] {"sample-data/alan-turing", "sample-data", "/"}) {
            CommandRun r = CommandRun.of("export", "sample-data/alan-turing", "--out", target);
            assertThat(r.code()).as(target).isEqualTo(1);
            assertThat(r.err()).contains("not written");
        }
        assertThat(Path.of("sample-data/alan-turing/index.html")).doesNotExist();
    }
}
