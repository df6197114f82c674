package org.scholarfolio.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;

class RecordLookupTest {
    @TempDir
    Path cache;
    FakeServices services;
    RecordLookup lookup;

    @BeforeEach
    void start() {
        services = FakeServices.withFixtures();
        lookup = new RecordLookup(new ServiceClient(ServiceClient.Settings.standard("1.2.3", "ada@example.org"),
                new AnswerCache(cache, Clock.systemUTC()), d -> { }, System::nanoTime), services.urls(), "ada@example.org");
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void aDoiGivesEveryFieldOfItsCslRecordCompletedByOpenAlex() throws Exception {
        FetchedRecord r = lookup.fetch(Identifier.parse("https://doi.org/10.5555/12345678"));
        Publication p = r.publication();
        assertThat(p.entryType()).isEqualTo("article");
        assertThat(p.title()).isEqualTo("Water splitting with \\emph{Escherichia coli} and CO₂: a pilot study");
        assertThat(p.authors()).extracting(Author::displayName)
                .containsExactly("Josiah Carberry", "Ada Lovelace", "Ludwig van Beethoven");
        assertThat(p.authors().get(0).url()).isEqualTo("https://orcid.org/0000-0002-1825-0097");
        assertThat(p.journal()).isEqualTo("Journal of Example Chemistry");
        assertThat(p.volume()).isEqualTo("12");
        assertThat(p.number()).isEqualTo("3");
        assertThat(p.pages()).isEqualTo("101–118");
        assertThat(p.year()).isEqualTo(2021);
        assertThat(p.month()).isEqualTo(6);
        assertThat(p.publisher()).isEqualTo("Example Society Press");
        assertThat(p.doi()).isEqualTo("10.5555/12345678");
        assertThat(p.abstractText()).isEqualTo("We measure the yield of H₂O under pressure and show that it grows as $x^2$."
                + "\n\nA second paragraph with *emphasis*.");
        assertThat(p.links().pdf()).isEqualTo("https://www.example.org/article/12345678.pdf");
        assertThat(p.arxiv()).isEqualTo("2101.00001");
        assertThat(p.text(PublicationField.LICENSE)).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(p.bibtexFields()).containsEntry("issn", "1234-5678");
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void asksDoiOrgForCslJsonAndOpenAlexWithTheResearchersEmail() throws Exception {
        lookup.fetch(Identifier.parse("10.5555/12345678"));
        FakeServices.Seen doi = services.requestsTo("/doi/").get(0);
        assertThat(doi.header("Accept")).isEqualTo("application/vnd.citationstyles.csl+json");
        assertThat(doi.header("User-Agent")).startsWith("Scholarfolio/1.2.3").contains("mailto:ada@example.org");
        assertThat(services.requestsTo("/openalex/").get(0).query()).isEqualTo("mailto=ada@example.org");
    }

    @Test
    void aSecondLookupOfTheSameDoiAsksNothing() throws Exception {
        lookup.fetch(Identifier.parse("10.5555/12345678"));
        int asked = services.requests().size();
        lookup.fetch(Identifier.parse("doi:10.5555/12345678"));
        assertThat(services.requests()).hasSize(asked);
    }

    @Test
    void anArxivIdGivesTheAtomEntryWithCategoryAndPdf() throws Exception {
        Publication p = lookup.fetch(Identifier.parse("arXiv:2101.00001")).publication();
        assertThat(p.title()).isEqualTo("Sparse Attention for Long Documents: $O(n \\log n)$ Transformers");
        assertThat(p.authors()).extracting(Author::family).containsExactly("Hopper", "Waals");
        assertThat(p.authors().get(1).von()).isEqualTo("van der");
        assertThat(p.abstractText()).isEqualTo("We study attention over long documents. We show that sparse patterns suffice.");
        assertThat(p.year()).isEqualTo(2021);
        assertThat(p.month()).isEqualTo(1);
        assertThat(p.arxiv()).isEqualTo("2101.00001");
        assertThat(p.journal()).isEqualTo("arXiv preprint arXiv:2101.00001");
        assertThat(p.text(PublicationField.PRIMARY_CLASS)).isEqualTo("cs.CL");
        assertThat(p.links().pdf()).isEqualTo("https://arxiv.org/pdf/2101.00001");
        assertThat(p.note()).isEqualTo("12 pages, 4 figures");
    }

    @Test
    void anOldStyleArxivIdWithVersionKeepsTheVersionAndTheJournalReference() throws Exception {
        Publication p = lookup.fetch(Identifier.parse("math/0601001v1")).publication();
        assertThat(p.arxiv()).isEqualTo("math/0601001v1");
        assertThat(p.doi()).isEqualTo("10.5555/primes.2006");
        assertThat(p.journal()).isEqualTo("Annals of Examples 12 (2006) 1-20");
        assertThat(p.text(PublicationField.PRIMARY_CLASS)).isEqualTo("math.NT");
    }

    @Test
    void arxivRequestsAreThreeSecondsApart() throws Exception {
        java.util.List<java.time.Duration> waits = new java.util.ArrayList<>();
        long[] now = {0};
        RecordLookup spaced = new RecordLookup(new ServiceClient(ServiceClient.Settings.standard("1", ""), AnswerCache.none(),
                waits::add, () -> now[0]), services.urls(), "");
        spaced.fetch(Identifier.parse("2101.00001"));
        now[0] += 1_000_000_000L;
        spaced.fetch(Identifier.parse("2101.00002"));
        assertThat(waits).containsExactly(java.time.Duration.ofSeconds(2));
    }

    @Test
    void aPubmedIdGivesTheArticleWithLabelledAbstractOrcidAndFreeFullText() throws Exception {
        Publication p = lookup.fetch(Identifier.parse("pmid:31452104")).publication();
        assertThat(p.title()).isEqualTo("Vitamin B₁₂ levels in a cohort of example patients");
        assertThat(p.authors()).extracting(Author::displayName).containsExactly("Marie S Curie", "Example Cohort Consortium");
        assertThat(p.authors().get(0).url()).isEqualTo("https://orcid.org/0000-0002-1825-0097");
        assertThat(p.journal()).isEqualTo("Journal of Example Medicine");
        assertThat(p.volume()).isEqualTo("572");
        assertThat(p.number()).isEqualTo("7769");
        assertThat(p.pages()).isEqualTo("511–515");
        assertThat(p.year()).isEqualTo(2019);
        assertThat(p.month()).isEqualTo(8);
        assertThat(p.doi()).isEqualTo("10.5555/jem.2019.511");
        assertThat(p.abstractText()).isEqualTo("**Background:** Levels vary.\n\n**Results:** They vary less than thought (*p* < 0.05).");
        assertThat(p.links().html()).isEqualTo("https://pmc.ncbi.nlm.nih.gov/articles/PMC6700001/");
        assertThat(p.bibtexFields()).containsEntry("pmid", "31452104");
        assertThat(services.requestsTo("/pubmed/").get(0).query()).contains("db=pubmed").contains("id=31452104")
                .contains("tool=scholarfolio").contains("email=ada@example.org");
    }

    @Test
    void anUnknownDoiNamesTheIdentifierAndTheService() {
        assertThatThrownBy(() -> lookup.fetch(Identifier.parse("10.5555/nothing")))
                .isInstanceOf(LookupException.class)
                .hasMessageStartingWith("doi:10.5555/nothing: ")
                .hasMessageContaining("knows no such record (404)")
                .extracting(e -> ((LookupException) e).kind()).isEqualTo(LookupException.Kind.NOT_FOUND);
    }

    @Test
    void anUnknownOrMalformedArxivIdIsReportedAsArxivSaysIt() {
        assertThatThrownBy(() -> lookup.fetch(Identifier.parse("arxiv:2912.99999")))
                .hasMessage("arxiv:2912.99999: arXiv knows no such paper");
        services.on("/arxiv/query", FakeServices.Reply.ok("application/atom+xml", FakeServices.fixture("arxiv-error.xml")));
        assertThatThrownBy(() -> lookup.fetch(Identifier.parse("arxiv:2912.99998")))
                .hasMessage("arxiv:2912.99998: arXiv refused the id: incorrect id format for 9999.99999");
    }

    @Test
    void aHostileTitleRefusesTheRecord() {
        services.on("/doi/10.5555/hostile", FakeServices.Reply.ok("application/json",
                "{\"type\":\"article-journal\",\"DOI\":\"10.5555/hostile\",\"title\":\"Nice<script>alert(1)</script>\"}"));
        assertThatThrownBy(() -> lookup.fetch(Identifier.parse("10.5555/hostile")))
                .hasMessage("doi:10.5555/hostile: the record's text was refused: it holds a <script> element, which could "
                        + "run in a browser");
    }

    @Test
    void aMalformedAnswerSaysWhichServiceSentIt() {
        services.on("/doi/10.5555/broken", FakeServices.Reply.ok("application/json", "{\"title\": \"unfinished"));
        assertThatThrownBy(() -> lookup.fetch(Identifier.parse("10.5555/broken")))
                .hasMessageStartingWith("doi:10.5555/broken: doi.org's answer is not readable JSON");
        services.on("/arxiv/query", FakeServices.Reply.ok("application/atom+xml", "<feed><entry>"));
        assertThatThrownBy(() -> lookup.fetch(Identifier.parse("2101.09999")))
                .hasMessageStartingWith("arxiv:2101.09999: arXiv's answer is not readable Atom");
    }

    @Test
    void anExternalEntityInAnAnswerIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOP SECRET");
        services.on("/arxiv/query", FakeServices.Reply.ok("application/atom+xml", """
                <?xml version="1.0"?>
                <!DOCTYPE feed [<!ENTITY leak SYSTEM "%s">]>
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2101.07777v1</id>
                <title>Leak &leak;</title><summary>s</summary><published>2021-01-01T00:00:00Z</published></entry></feed>
                """.formatted(secret.toUri())));
        try {
            Publication p = lookup.fetch(Identifier.parse("2101.07777")).publication();
            assertThat(p.title()).doesNotContain("SECRET");
        } catch (LookupException refused) {
            assertThat(refused.getMessage()).doesNotContain("SECRET");
        }
    }

    @Test
    void whenOpenAlexCannotBeAskedTheRecordStillComesWithANote() throws Exception {
        services.on("/openalex/works/doi:10.5555/12345678", FakeServices.Reply.status(500, Map.of()));
        FetchedRecord r = lookup.fetch(Identifier.parse("10.5555/12345678"));
        assertThat(r.publication().title()).startsWith("Water splitting");
        assertThat(r.publication().links().pdf()).isEmpty();
        assertThat(r.notes()).singleElement().asString().contains("no open-access link or license from OpenAlex");
    }
}
