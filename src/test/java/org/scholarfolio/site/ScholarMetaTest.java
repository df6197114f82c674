package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.UnknownFields;

/** Google Scholar's tags and the schema.org description of each kind of paper page. */
class ScholarMetaTest {
    private static final String BASE = "https://me.example.org/";

    @TempDir
    Path temp;

    private ExportReport export(Portfolio portfolio, String baseUrl) throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        return new SiteExporter().export(portfolio, dir, FixturePortfolio.options().withBaseUrl(baseUrl), temp.resolve("site"));
    }

    private Document page(String key) throws IOException {
        return Jsoup.parse(temp.resolve("site/publications/" + key + ".html").toFile(), "UTF-8");
    }

    private static List<String> meta(Document page, String name) {
        return page.select("meta[name=" + name + "]").eachAttr("content");
    }

    private static Portfolio with(Publication... extra) {
        Portfolio p = FixturePortfolio.portfolio();
        List<Publication> all = new ArrayList<>(p.publications());
        all.addAll(List.of(extra));
        return p.withPublications(all);
    }

    @Test
    void aPapersOwnPdfIsCopiedIntoItsFolderAndNamedByItsFullAddress() throws IOException {
        export(FixturePortfolio.portfolio(), BASE);
        Document page = page("zhang2024unlearn");
        assertThat(meta(page, "citation_pdf_url")).containsExactly(BASE + "publications/zhang2024unlearn/salun.pdf");
        assertThat(temp.resolve("site/publications/zhang2024unlearn/salun.pdf")).exists();
        assertThat(temp.resolve("site/assets/salun.pdf")).doesNotExist();
        assertThat(page.select(".links a.btn").eachAttr("href")).contains("../publications/zhang2024unlearn/salun.pdf");
        Document list = Jsoup.parse(temp.resolve("site/publications/index.html").toFile(), "UTF-8");
        assertThat(list.select(".links a.btn").eachAttr("href")).contains("../publications/zhang2024unlearn/salun.pdf");
    }

    @Test
    void aPdfElsewhereOrASiteWithoutAddressGetsNoPdfTag() throws IOException {
        Publication offSite = Publication.builder("offsite2020", "article").title("Off site").journal("J").year(2020)
                .links(new PublicationLinks("", "https://arxiv.org/pdf/2001.00001.pdf", "", "", "", "", "", "", ""))
                .build();
        export(with(offSite), BASE);
        assertThat(meta(page("offsite2020"), "citation_pdf_url")).isEmpty();

        ExportReport report = export(with(offSite), "");
        assertThat(meta(page("zhang2024unlearn"), "citation_pdf_url")).isEmpty();
        assertThat(report.warnings()).filteredOn(w -> w.toString().startsWith("site.baseUrl")).singleElement()
                .asString().contains("sitemap").contains("canonical").contains("citation_pdf_url");
    }

    @Test
    void eachEntryTypeGetsItsOwnTags() throws IOException {
        Publication thesis = Publication.builder("me2019thesis", "phdthesis").title("A Thesis").year(2019)
                .school("Princeton University").build();
        Publication report = Publication.builder("me2018report", "techreport").title("A Report").year(2018)
                .number("TR-7").text(org.scholarfolio.model.PublicationField.INSTITUTION, "National Physical Laboratory").build();
        Publication chapter = Publication.builder("me2017chapter", "incollection").title("A Chapter").year(2017)
                .booktitle("Collected Works").publisher("North-Holland").pages("1--20")
                .bibtexFields(Map.of("isbn", "978-0-444-00000-0")).arxiv("arXiv:1701.00001").build();
        export(with(thesis, report, chapter), BASE);

        assertThat(meta(page("me2019thesis"), "citation_dissertation_institution")).containsExactly("Princeton University");
        Document r = page("me2018report");
        assertThat(meta(r, "citation_technical_report_institution")).containsExactly("National Physical Laboratory");
        assertThat(meta(r, "citation_technical_report_number")).containsExactly("TR-7");
        assertThat(meta(r, "citation_issue")).isEmpty();
        Document c = page("me2017chapter");
        assertThat(meta(c, "citation_inbook_title")).containsExactly("Collected Works");
        assertThat(meta(c, "citation_publisher")).containsExactly("North-Holland");
        assertThat(meta(c, "citation_isbn")).containsExactly("978-0-444-00000-0");
        assertThat(meta(c, "citation_arxiv_id")).containsExactly("1701.00001");
        assertThat(meta(c, "citation_firstpage")).containsExactly("1");
        assertThat(meta(c, "citation_lastpage")).containsExactly("20");
        Document a = page("zhang2022bilevel");
        assertThat(meta(a, "citation_volume")).containsExactly("23");
        assertThat(meta(a, "citation_issue")).containsExactly("1");
        assertThat(meta(page("zhang2024unlearn"), "citation_conference_title"))
                .containsExactly("International Conference on Learning Representations");
    }

    @Test
    void jsonLdNamesTheTypeAndTheJournalChain() throws IOException {
        Publication thesis = Publication.builder("me2019thesis", "phdthesis").title("A Thesis").year(2019).month(6)
                .school("Princeton University").authors(List.of(Author.of("Yihua", "Zhang"))).build();
        export(with(thesis), BASE);

        String article = page("zhang2022bilevel").select("script[type=application/ld+json]").html();
        assertThat(article).contains("\"@type\":\"ScholarlyArticle\"")
                .contains("\"isPartOf\":{\"@type\":\"PublicationIssue\",\"issueNumber\":\"1\",\"isPartOf\":"
                        + "{\"@type\":\"PublicationVolume\",\"volumeNumber\":\"23\",\"isPartOf\":"
                        + "{\"@type\":\"Periodical\",\"name\":\"Journal of Machine Learning Research\"}}}")
                .contains("\"identifier\":{\"@type\":\"PropertyValue\",\"propertyID\":\"DOI\",\"value\":\"10.1000/xyz123\"}")
                .contains("\"pageStart\":\"1\",\"pageEnd\":\"30\"");
        String t = page("me2019thesis").select("script[type=application/ld+json]").html();
        assertThat(t).contains("\"@type\":\"Thesis\"").contains("\"datePublished\":\"2019-06\"")
                .contains("\"sourceOrganization\":{\"@type\":\"CollegeOrUniversity\",\"name\":\"Princeton University\"}")
                .doesNotContain("isPartOf");
    }

    @Test
    void twoFilesOfTheSameNameGetTwoNamesInThePapersFolder() throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Files.createDirectories(dir.resolve("assets/supp"));
        Files.writeString(dir.resolve("assets/supp/salun.pdf"), "%PDF-1.4 supplement\n");
        Portfolio p = FixturePortfolio.portfolio();
        p = p.withPublications(p.publications().stream().map(x -> x.citationKey().equals("zhang2024unlearn")
                ? x.toBuilder().links(new PublicationLinks("", "salun.pdf", "assets/supp/salun.pdf", "", "", "", "", "", "")).build()
                : x).toList());
        new SiteExporter().export(p, dir, FixturePortfolio.options().withBaseUrl(BASE), temp.resolve("site"));
        Path folder = temp.resolve("site/publications/zhang2024unlearn");
        assertThat(Files.readString(folder.resolve("salun.pdf"))).isEqualTo("%PDF-1.4\n");
        assertThat(Files.readString(folder.resolve("salun-2.pdf"))).contains("supplement");
    }

    @Test
    void aMiscEntryShownWithAWorkshopNamesItAsItsConference() throws IOException {
        // A workshop paper kept as @misc with a booktitle: the page shows the workshop as its venue,
        // so Scholar is told it too; a journal, when the entry has one, comes first.
        Publication workshop = Publication.builder("cai2023", "misc").title("A Pipeline").year(2023)
                .booktitle("Workshop on Following Instructions").build();
        Publication both = Publication.builder("misc2022", "misc").title("Both").year(2022)
                .journal("Some Journal").booktitle("Some Workshop").build();
        export(with(workshop, both), BASE);
        assertThat(page("cai2023").select(".venue").text()).contains("Workshop on Following Instructions");
        assertThat(meta(page("cai2023"), "citation_conference_title")).containsExactly("Workshop on Following Instructions");
        assertThat(meta(page("misc2022"), "citation_journal_title")).containsExactly("Some Journal");
        assertThat(meta(page("misc2022"), "citation_conference_title")).isEmpty();
    }

    @Test
    void aTitleWithMathIsNamedAsThePageShowsIt() throws IOException {
        // An astronomy title as ADS writes it: the page typesets the formula, so the tags, the
        // window title and the filter's list name it by the same characters, not by its TeX.
        Publication lyman = Publication.builder("lyman2024", "article").title("The Ly{$\\alpha$} halo at $z\\sim2$")
                .authors(List.of(new Author("Ada", "", "Lovelace", "", false, false, "", "", UnknownFields.NONE)))
                .journal("ApJ").year(2024).build();
        export(with(lyman), BASE);
        Document page = page("lyman2024");
        Element heading = page.selectFirst("h1").clone();
        heading.select("annotation").remove();
        String shown = heading.text().replace(" ", "");
        assertThat(meta(page, "citation_title")).singleElement().satisfies(t -> {
            assertThat(t).doesNotContain("$", "\\");
            assertThat(t.replace(" ", "")).isEqualTo(shown);
        });
        assertThat(page.title()).startsWith(meta(page, "citation_title").get(0) + " |");
        assertThat(page.select("script[type=application/ld+json]").html()).doesNotContain("\\\\alpha");
        assertThat(Files.readString(temp.resolve("site/publications/filter-index.js"))).doesNotContain("\\\\alpha");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 9, 10, 12, 99, 100, 999, 1000, 2026, 12345, -1, -9, -10, -999, -1000,
            Integer.MAX_VALUE, Integer.MIN_VALUE})
    void datesArePaddedAsTheFormatPaddedThem(int value) {
        for (int width = 1; width <= 5; width++) {
            assertThat(ScholarMeta.zeroPadded(value, width)).as("%d, width %d", value, width)
                    .isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", value));
        }
    }
}
