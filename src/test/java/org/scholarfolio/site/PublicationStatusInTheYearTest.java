package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.importer.bibtex.BibtexImportResult;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.importer.csl.CslJsonWriter;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationStatus;
import org.scholarfolio.model.validation.PortfolioValidator;

/**
 * A year written as the paper's state ("in press") is one thing whether it came from a .bib or was typed into the
 * form: kept as written, no problem, shown on the site as written above the newest year, and written back to BibTeX
 * and CSL-JSON. A year typed wrong ("abc") is kept as written too, and is a problem. Before, an imported "in press"
 * was a BibTeX field of its own (the form's Year empty, "has no year") while one typed was the error "is not a year".
 */
class PublicationStatusInTheYearTest {
    @TempDir
    Path temp;

    private static final String BIB = """
            @article{old, title = {Old}, author = {Lovelace, Ada}, journal = {J. One}, year = {2019}}
            @article{pressed, title = {Pressed}, author = {Lovelace, Ada}, journal = {J. Two}, year = {In Press}}
            @article{typo, title = {Typo}, author = {Lovelace, Ada}, journal = {J. Three}, year = {abc}}
            @article{newest, title = {Newest}, author = {Lovelace, Ada}, journal = {J. Four}, year = {2024}}
            """;

    @ParameterizedTest
    @CsvSource(textBlock = """
            in press,         true
            In Press.,        true
            '  forthcoming ', true
            submitted,        true
            under   review,   true
            abc,              false
            2O19,             false
            '',               false
            """)
    void aStateIsTellingApartFromAYearTypedWrong(String typed, boolean state) {
        assertThat(PublicationStatus.names(typed)).isEqualTo(state);
    }

    @Test
    void importAndFormKeepTheSameThingAndOnlyAWrongYearIsAProblem() {
        BibtexImportResult r = new BibtexImporter().read(BIB, "papers.bib");
        Publication imported = r.publications().get(1);
        Publication typed = Publication.builder("pressed", "article").title("Pressed").yearAsTyped("In Press").build();
        assertThat(imported.yearAsTyped()).isEqualTo(typed.yearAsTyped()).isEqualTo("In Press");
        assertThat(imported.status()).isEqualTo(typed.status()).isEqualTo("In Press");
        assertThat(imported.bibtexFields()).doesNotContainKey("year");
        assertThat(r.publications().get(2).yearAsTyped()).isEqualTo("abc");
        // the importer names the wrong year only
        assertThat(r.warnings()).extracting(Diagnostic::message).singleElement().asString().contains("'abc' is not a year");

        List<Diagnostic> problems = PortfolioValidator.validate(Portfolio.empty().withPublications(r.publications()), null);
        assertThat(problems).extracting(Diagnostic::message).noneMatch(m -> m.contains("In Press") || m.contains("\"pressed\""))
                .contains("year: \"abc\" is not a year");
    }

    @Test
    void aYearAnEarlierImportKeptAmongTheBibtexFieldsIsNamedWithWhatToDo() {
        // Saved before a state was read into the year: year empty, "in press" among the BibTeX fields.
        Publication older = Publication.builder("older", "article").title("Older").bibtexFields(Map.of("year", "in press")).build();
        Publication wrong = Publication.builder("wrong", "article").title("Wrong").bibtexFields(Map.of("year", "2O19")).build();
        Publication none = Publication.builder("none", "article").title("None").build();

        List<String> messages = PortfolioValidator.validate(Portfolio.empty().withPublications(List.of(older, wrong, none)), null)
                .stream().map(Diagnostic::message).filter(m -> m.contains("has no year")).toList();

        assertThat(messages).containsExactly(
                "the publication \"older\" has no year and will be listed at the end; its BibTeX fields hold year = \"in press\""
                        + " (from an earlier import): move it into Year, where \"in press\" lists the paper above the newest year",
                "the publication \"wrong\" has no year and will be listed at the end; its BibTeX fields hold year = \"2O19\""
                        + " (from an earlier import): move it into Year and correct it there",
                "the publication \"none\" has no year and will be listed at the end");
    }

    @Test
    void bibtexAndCslJsonCarryTheStateAsWritten() {
        List<Publication> pubs = new BibtexImporter().read(BIB, "papers.bib").publications();
        String bib = BibtexWriter.complete().write(pubs);
        assertThat(bib).contains("year = {In Press}", "year = {abc}");
        assertThat(new BibtexImporter().read(bib, "again.bib").publications()).isEqualTo(pubs);
        assertThat(BibtexWriter.publicCopy().write(pubs)).contains("year = {In Press}").doesNotContain("{abc}");

        String csl = new CslJsonWriter().write(pubs);
        assertThat(csl).contains("\"status\": \"In Press\"").doesNotContain("\"status\": \"abc\"")
                .contains("\"literal\": \"abc\"");
    }

    @Test
    void theSiteShowsTheStateAsWrittenAboveTheNewestYear() throws IOException {
        List<Publication> pubs = new BibtexImporter().read(BIB, "papers.bib").publications();
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        ExportReport report = new SiteExporter().export(FixturePortfolio.portfolio().withPublications(pubs), dir,
                FixturePortfolio.options(), out);
        assertThat(report.warnings()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("\"abc\" is not a year")).noneMatch(m -> m.contains("In Press"));

        Document list = Jsoup.parse(out.resolve("publications/index.html").toFile(), "UTF-8");
        assertThat(list.select(".year-group > .year").eachText()).containsExactly("In Press", "2024", "2019", "undated");
        assertThat(list.select(".year-group").first().text()).contains("Pressed", "J. Two, In Press");
    }
}
