package org.scholarfolio.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.Finding.Severity;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.site.ExportReport;
import org.scholarfolio.site.SiteExporter;
import org.scholarfolio.store.PortfolioStore;

class PreflightTest {
    private static final Path SAMPLE = Path.of("sample-data", "alan-turing");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(textBlock = """
            https://github.com/ada/ada.github.io.git,     https://ada.github.io/
            git@github.com:Ada/Ada.github.io.git,         https://ada.github.io/
            https://github.com/ada/notes,                 https://ada.github.io/notes/
            ssh://git@github.com/ada/notes.git,           https://ada.github.io/notes/
            https://gitlab.com/ada/ada.gitlab.io.git,     https://ada.gitlab.io/
            https://gitlab.com/lab/group/site.git,        https://lab.gitlab.io/group/site/
            """)
    void theRemoteTellsWhereTheSiteWillBeServed(String remote, String served) {
        assertThat(GitRemote.parse(remote).pagesAddress()).contains(served);
    }

    @Test
    void anAddressWithATokenIsUsedWithoutIt() {
        GitRemote remote = GitRemote.parse("https://ada:ghp_secret@github.com/ada/notes.git");

        assertThat(remote.url()).isEqualTo("https://github.com/ada/notes.git");
        assertThat(remote.secret()).isEqualTo("ghp_secret");
        assertThat(remote.toString()).doesNotContain("ghp_secret");
    }

    @Test
    void aBaseUrlThatDoesNotMatchTheRemoteIsFlaggedWithAFix() {
        GitRemote remote = GitRemote.parse("https://github.com/ada/notes.git");
        PublishTarget target = new PublishTarget(remote.url(), "gh-pages", "https://ada.github.io/", "");

        Finding f = Preflight.target(remote, target, "").get(0);

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.title()).isEqualTo("The base URL does not match the remote");
        assertThat(f.explanation()).contains("https://ada.github.io/notes/");
        assertThat(f.fix()).hasValueSatisfying(fix -> assertThat(fix.target().baseUrl()).isEqualTo("https://ada.github.io/notes/"));
    }

    @Test
    void aMatchingBaseUrlFromThePortfolioPasses() {
        GitRemote remote = GitRemote.parse("git@github.com:ada/ada.github.io.git");

        Finding f = Preflight.target(remote, PublishTarget.NONE.withRemote(remote.url()), "https://ada.github.io").get(0);

        assertThat(f.severity()).isEqualTo(Severity.OK);
    }

    @Test
    void aCustomDomainIsWhatTheBaseUrlMustMatch() {
        GitRemote remote = GitRemote.parse("https://github.com/ada/notes.git");
        PublishTarget target = new PublishTarget(remote.url(), "gh-pages", "https://ada.github.io/notes/", "www.ada.org");

        Finding f = Preflight.target(remote, target, "").get(0);

        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.fix().orElseThrow().target().baseUrl()).isEqualTo("https://www.ada.org/");
    }

    @Test
    void noBaseUrlOffersTheRemotesAddress() {
        GitRemote remote = GitRemote.parse("https://github.com/ada/notes.git");

        Finding f = Preflight.target(remote, PublishTarget.NONE.withRemote(remote.url()), "").get(0);

        assertThat(f.title()).isEqualTo("No base URL");
        assertThat(f.fix().orElseThrow().label()).isEqualTo("Use https://ada.github.io/notes/");
    }

    @Test
    void aPaperWhosePdfIsOnAnotherSiteIsListedWithWhatToFix() throws Exception {
        Portfolio portfolio = PortfolioStore.load(SAMPLE).portfolio();
        List<Publication> papers = new ArrayList<>(portfolio.publications());
        Publication first = papers.get(0);
        papers.set(0, first.toBuilder().links(new PublicationLinks("", "https://archive.example.net/paper.pdf", "", "", "", "", "", "", "")).build());

        List<Finding> findings = checkExport(portfolio.withPublications(papers), "https://ada.github.io/");

        assertThat(findings).filteredOn(f -> f.title().startsWith("Google Scholar") && f.explanation().contains("another site"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.explanation()).contains("archive.example.net").contains("put the file into the portfolio");
                });
    }

    @Test
    void aPaperWithoutAnyPdfIsNotReadyForScholar() throws Exception {
        Portfolio portfolio = PortfolioStore.load(SAMPLE).portfolio();
        List<Finding> findings = checkExport(portfolio, "https://ada.github.io/");

        long withoutPdf = portfolio.publications().stream().filter(p -> p.links().pdf().isBlank()).count();
        assertThat(findings).filteredOn(f -> f.explanation().contains("no PDF: add the paper's PDF")).hasSize((int) withoutPdf);
    }

    @Test
    void aMissingNojekyllAndAFileOverGithubsLimitAreFlagged() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        try (var big = java.nio.channels.FileChannel.open(site.resolve("talk.mp4"),
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            big.write(java.nio.ByteBuffer.wrap(new byte[1]), Preflight.FILE_LIMIT + 1); // sparse: no 100 MB on disk
        }
        GitRemote github = GitRemote.parse("https://github.com/ada/notes.git");
        ExportReport report = new ExportReport(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        List<Finding> findings = Preflight.site(site, github, PublishTarget.NONE, "", report, 0);

        assertThat(findings).anySatisfy(f -> assertThat(f.title()).isEqualTo("No .nojekyll file"));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.title()).isEqualTo("talk.mp4 is 100 MB");
        });
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            publications/turing36/turing36.pdf, true
            publications/turing36.pdf,          false
            assets/turing36.pdf,                false
            """)
    void scholarWantsThePdfInThePapersOwnFolder(String pdfPath, boolean ready) throws Exception {
        Path site = tmp.resolve("site");
        Path page = Files.createDirectories(site.resolve("publications")).resolve("turing36.html");
        Files.writeString(page, """
                <html><head><meta name="citation_title" content="On Computable Numbers">
                <meta name="citation_author" content="Turing, Alan">
                <meta name="citation_publication_date" content="1936">
                <meta name="citation_pdf_url" content="https://ada.github.io/%s"></head><body></body></html>
                """.formatted(pdfPath));
        Files.createDirectories(site.resolve(pdfPath).getParent());
        Files.writeString(site.resolve(pdfPath), "%PDF-1.4");

        List<Finding> findings = ScholarReadiness.check(site, "https://ada.github.io/", 1);

        if (ready) {
            assertThat(findings).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.OK));
        } else {
            assertThat(findings).singleElement().satisfies(f -> assertThat(f.explanation())
                    .isEqualTo("the PDF is at " + pdfPath + ", not in the paper's folder publications/turing36/"
                            + " (Scholar expects the PDF beside the paper's page)"));
        }
    }

    @Test
    void aYearOfTheListBesideThePapersIsNotTakenForAPaper() throws Exception {
        Path site = tmp.resolve("site");
        Path papers = Files.createDirectories(site.resolve("publications/turing36"));
        Files.writeString(papers.resolve("turing36.pdf"), "%PDF-1.4");
        Files.writeString(site.resolve("publications/turing36.html"), """
                <html><head><meta name="citation_title" content="On Computable Numbers">
                <meta name="citation_author" content="Turing, Alan">
                <meta name="citation_publication_date" content="1936">
                <meta name="citation_pdf_url" content="https://ada.github.io/publications/turing36/turing36.pdf"></head>
                <body><article class="publication"></article></body></html>
                """);
        Files.writeString(site.resolve("publications/1936.html"),
                "<html><head></head><body><article class=\"publications\"></article></body></html>");
        Files.writeString(site.resolve("publications/index.html"),
                "<html><head></head><body><article class=\"publications\"></article></body></html>");

        List<Finding> findings = ScholarReadiness.check(site, "https://ada.github.io/", 1);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.OK);
            assertThat(f.title()).isEqualTo("Google Scholar: all 1 papers are ready");
        });
    }

    /** The validator warns of a paper without authors at its field; the Scholar check only counts it. */
    @Test
    void aPaperWithoutAuthorsIsCountedNotToldAgain() throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("publications/turing36"));
        Files.writeString(site.resolve("publications/turing36/turing36.pdf"), "%PDF-1.4");
        Files.writeString(site.resolve("publications/turing36.html"), """
                <html><head><meta name="citation_title" content="On Computable Numbers">
                <meta name="citation_publication_date" content="1936">
                <meta name="citation_pdf_url" content="https://ada.github.io/publications/turing36/turing36.pdf"></head>
                <body><article class="publication"></article></body></html>
                """);

        List<Finding> findings = ScholarReadiness.check(site, "https://ada.github.io/", 1);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.title()).isEqualTo("Google Scholar: 1 paper lacks a title, authors or a year");
            assertThat(f.title() + f.explanation()).doesNotContain("no authors");
        });
    }

    @Test
    void aPdfButtonToAnotherSiteIsFlaggedEvenWithoutAScholarTag() throws Exception {
        Path site = tmp.resolve("site");
        Path page = Files.createDirectories(site.resolve("publications")).resolve("turing50.html");
        Files.writeString(page, """
                <html><head><meta name="citation_title" content="Computing Machinery and Intelligence">
                <meta name="citation_author" content="Turing, Alan">
                <meta name="citation_publication_date" content="1950"></head>
                <body><a class="btn" href="https://archive.example.net/mind.pdf">PDF</a></body></html>
                """);

        List<Finding> findings = ScholarReadiness.check(site, "https://ada.github.io/", 1);

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.explanation())
                .startsWith("the PDF is on another site (archive.example.net)"));
    }

    private List<Finding> checkExport(Portfolio portfolio, String baseUrl) throws Exception {
        Path site = tmp.resolve("site");
        ExportOptions options = ExportOptions.defaults().withLastUpdated(LocalDate.of(2026, 1, 1)).withBaseUrl(baseUrl);
        ExportReport report = new SiteExporter().export(portfolio, SAMPLE, options, site);
        assertThat(report.errors()).isEmpty();
        return Preflight.site(site, GitRemote.parse("https://github.com/ada/ada.github.io"), PublishTarget.NONE, baseUrl,
                report, portfolio.publications().size());
    }
}
