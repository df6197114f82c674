package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationBadges;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.UnknownFields;

class BibtexImporterTest {

    private static final String FILE = "_bibliography/papers.bib";
    private static BibtexImportResult result;

    @BeforeAll
    static void importFixture() throws IOException {
        result = new BibtexImporter().read(resource("messy-papers.bib"), FILE);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = BibtexImporterTest.class.getResourceAsStream("/bibtex/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Publication pub(String key) {
        return result.publications().stream().filter(p -> p.citationKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no publication " + key + " in " + keys()));
    }

    private static List<String> keys() {
        return result.publications().stream().map(Publication::citationKey).toList();
    }

    private static Diagnostic warningOnLine(int line) {
        return result.warnings().stream().filter(w -> w.source().line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no warning on line " + line + " in " + result.warnings()));
    }

    @Test
    void importsEveryWellFormedEntryInFileOrderAndSkipsBrokenOnes() {
        assertThat(keys()).containsExactly("einstein1920relativity", "PhysRev.47.777",
                "https://doi.org/10.1000/xyz123", "garcia:2022/workshop.v1", "broken2022", "dup2020", "dup2020-2",
                "emptyMonth", "proc2022", "afterUnclosed");
    }

    @Test
    void missingCommaBeforeAFieldOnTheNextLineIsAddedWithAWarningOnTheLineOfTheValue() {
        Diagnostic w = warningOnLine(85);
        assertThat(w.source().file()).isEqualTo(FILE);
        assertThat(w.source().key()).isEqualTo("title");
        assertThat(w.message()).contains("comma is missing").contains("broken2022");
        Publication p = pub("broken2022");
        assertThat(p.title()).isEqualTo("This entry misses a comma");
        assertThat(p.authors()).containsExactly(Author.of("Nemo", "Nobody"));
        assertThat(p.year()).isEqualTo(2022);
    }

    @Test
    void missingCommaBetweenTwoFieldsOnOneLineStillSkipsTheEntryWithTheLine() {
        BibtexImportResult r = new BibtexImporter().read("""
                @misc{a,
                  title = {One} author = {Two, Ann},
                  year = 2020
                }
                @misc{b, title = {Kept}}
                """, "p.bib");
        assertThat(r.publications()).extracting(Publication::citationKey).containsExactly("b");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source().line()).isEqualTo(2);
            assertThat(w.message()).contains("line 1").contains("skipped").contains("comma").contains("title");
        });
    }

    @Test
    void reportsUnclosedBraceAndKeepsTheNextEntry() {
        Diagnostic w = warningOnLine(129);
        assertThat(w.message()).contains("never closed").contains("line 133");
        assertThat(pub("afterUnclosed").year()).isEqualTo(2024);
    }

    @Test
    void anEntryWhoseOwnClosingBraceIsMissingIsReadUpToTheNextEntry() {
        // a group bibliography of 1,800 entries had one like this: every field whole, the last '}' forgotten
        BibtexImportResult r = new BibtexImporter().read("""
                @article{jensen2016,
                  title     = {{An Algorithm for Predicting Intelligibility}},
                  author    = {Jesper Jensen and Cees H. Taal},
                  year      = {2016},
                  publisher = {IEEE}

                @book{next1997,
                  title = {Statistical Methods},
                  year  = {1997}
                }
                """, "group.bib");
        assertThat(r.publications()).extracting(Publication::citationKey).containsExactly("jensen2016", "next1997");
        assertThat(r.publications().get(0).publisher()).isEqualTo("IEEE");
        assertThat(r.publications().get(0).year()).isEqualTo(2016);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source().line()).isEqualTo(1);
            assertThat(w.message()).contains("'jensen2016' has no closing brace").contains("line 7");
        });
    }

    @Test
    void duplicateKeyWithDifferentContentIsRenamedAndExactCopyIsSkipped() {
        assertThat(pub("dup2020").title()).isEqualTo("First of Two");
        assertThat(pub("dup2020-2").title()).isEqualTo("Second of Two");
        assertThat(warningOnLine(98).message()).contains("line 90").contains("dup2020-2");
        assertThat(warningOnLine(104).message()).contains("exact copy");
    }

    @Test
    void duplicateFieldKeepsTheLastValueAsBibtexRubyDoesAndWarns() {
        assertThat(pub("dup2020").year()).isEqualTo(2019);
        Diagnostic w = warningOnLine(93);
        assertThat(w.source().key()).isEqualTo("year");
        assertThat(w.message()).contains("appears twice").contains("last value was kept");
    }

    @Test
    void strayTextCommentsAndFrontMatterProduceNoWarnings() {
        // 120: proc2022, the crossref container of garcia:2022, which the site does not list; 114's "in press" is
        // the paper's state, kept as written without a warning
        assertThat(result.warnings()).extracting(w -> w.source().line())
                .containsExactlyInAnyOrder(71, 85, 93, 98, 104, 120, 129);
    }

    @Test
    void einsteinTemplateEntryMapsEveryAlFolioField() {
        Publication p = pub("PhysRev.47.777");
        Publication expected = Publication.builder("PhysRev.47.777", "article")
                .abbr("PhysRev")
                .title("Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?")
                .authors(List.of(eq("A.", "Einstein"), eq("B.", "Podolsky"), eq("N.", "Rosen")))
                .abstractText("In a complete theory there is an element corresponding to each element of reality.")
                .journal("Phys. Rev.")
                .location("New Jersey")
                .volume("47")
                .pages("777–780")
                .year(1935)
                .month(5)
                .publisher("American Physical Society,")
                .doi("10.1103/PhysRev.47.777")
                .links(new PublicationLinks("https://journals.aps.org/pr/abstract/10.1103/PhysRev.47.777",
                        "example_pdf.pdf", "", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ", "", "", "", "", ""))
                .badges(new PublicationBadges("248277", "true", "qyhmnyLat1gC", "3255"))
                .additionalInfo(". *More Information* can be [found here](https://github.com/alshedivat/al-folio/)")
                .annotation("* Example use of superscripts<br>† Albert Einstein")
                .selected(true)
                .bibtexFields(Map.of("issue", "10", "numpages", "0",
                        "url", "http://link.aps.org/doi/10.1103/PhysRev.47.777"))
                .build();
        assertThat(p).isEqualTo(expected);
        assertThat(p.bibtexFields().keySet()).containsExactly("issue", "numpages", "url");
    }

    @Test
    void uppercaseQuotedMacrosConcatenationAndDoiUrlKey() {
        Publication p = pub("https://doi.org/10.1000/xyz123");
        assertThat(p.entryType()).isEqualTo("article");
        assertThat(p.title()).isEqualTo("Sparse {BERT} Models with $\\ell_1$ Penalties – a \\emph{Study}");
        assertThat(p.journal()).isEqualTo("Proceedings of the National Academy of Sciences (PNAS)");
        assertThat(p.year()).isEqualTo(2021);
        assertThat(p.month()).isEqualTo(3);
        assertThat(p.doi()).isEqualTo("10.1073/pnas.2021");
        assertThat(p.selected()).isTrue();
        assertThat(p.bibtexShow()).isTrue();
        assertThat(p.links().get(org.scholarfolio.model.LinkKind.SUPP)).isEqualTo("supp.pdf");
        assertThat(p.bibtexFields()).containsExactly(Map.entry("tldr", "We make \\textbf{BERT} sparse\u00A0again."),
                Map.entry("eprint", "2101.00001"));
    }

    @Test
    void accentsInEverySpellingAndNameFormsAndMarkers() {
        Publication p = pub("https://doi.org/10.1000/xyz123");
        assertThat(p.authors()).containsExactly(
                Author.of("Jörg", "Müller"),
                Author.of("José", "García"),
                Author.of("Šimon", "Novák").withCorresponding(true),
                new Author("María", "de la", "Cruz", "", false, false, "", "", UnknownFields.NONE));
        assertThat(p.andOthers()).isTrue();
    }

    @Test
    void crossrefInheritsVenueFromParentAndJrCorporateNames() {
        Publication p = pub("garcia:2022/workshop.v1");
        assertThat(p.title()).isEqualTo("{Learning} to Étudier — öber Straße øresund");
        assertThat(p.authors()).containsExactly(
                Author.of("José", "García"),
                new Author("Pieter", "van der", "Berg", "Jr", false, false, "", "", UnknownFields.NONE),
                Author.of("", "{Google Research}"));
        assertThat(p.booktitle()).isEqualTo("ICML 2022");
        assertThat(p.publisher()).isEqualTo("PMLR");
        assertThat(p.abbr()).isEqualTo("ICML");
        assertThat(p.month()).isEqualTo(3);
        assertThat(p.pages()).isEqualTo("1–10");
        assertThat(p.links()).isEqualTo(new PublicationLinks("", "", "https://example.org/supp", "",
                "https://blog.example.org", "https://github.com/example/code", "poster.pdf", "slides.pdf",
                "https://example.org"));
        assertThat(p.award()).isEqualTo("Best Paper");
        assertThat(p.awardName()).isEqualTo("Best Paper Award");
        assertThat(p.note()).isEqualTo("Oral");
        assertThat(p.preview()).isEqualTo("garcia.png");
        assertThat(p.bibtexFields()).containsExactly(Map.entry("crossref", "proc2022"), Map.entry("series", "PMLR"),
                Map.entry("editor", "Smith, Ann"), Map.entry("address", "Baltimore, USA"));
        assertThat(warningOnLine(71).source().key()).isEqualTo("supp");
    }

    @Test
    void monthsInTextFormsAndEmptyMonthAndTextYear() {
        assertThat(pub("dup2020").month()).isEqualTo(11);
        assertThat(pub("dup2020-2").month()).isEqualTo(6);
        Publication p = pub("emptyMonth");
        assertThat(p.month()).isNull();
        assertThat(p.year()).isNull();
        // "in press" is the paper's state, kept as written in the year, as the form keeps it: nothing to warn about
        assertThat(p.yearAsTyped()).isEqualTo("in press");
        assertThat(p.status()).isEqualTo("in press");
        assertThat(p.bibtexFields()).doesNotContainKey("year");
        assertThat(result.warnings()).noneMatch(w -> w.source().line() == 114);
        assertThat(p.authors()).containsExactly(Author.of("Andrew Y.", "Ng"),
                Author.of("Karl Johan", "Åström"),
                new Author("Ludwig", "van", "Beethoven", "", false, false, "", "", UnknownFields.NONE));
    }

    @Test
    void aMonthWithItsDayGivesTheMonthAndKeepsTheDay() {
        BibtexImportResult r = new BibtexImporter().read("""
                @article{a, title = {One}, year = 2022, month = {jun 29}}
                @article{b, title = {Two}, year = 2021, month = {4 Sept.}, day = {5}}
                @article{c, title = {Three}, year = 2020, month = {jun 40}}
                """, "p.bib");
        Publication a = r.publications().get(0);
        assertThat(a.month()).isEqualTo(6);
        assertThat(a.bibtexFields()).containsEntry("day", "29").doesNotContainKey("month");
        Publication b = r.publications().get(1);
        assertThat(b.month()).isEqualTo(9);
        assertThat(b.bibtexFields()).containsEntry("day", "5");
        assertThat(r.publications().get(2).month()).isNull();
        assertThat(r.warnings()).extracting(Diagnostic::message).containsExactly(
                "The month 'jun 29' holds a day; read as month 6 and day 29 (field day).",
                "The month '4 Sept.' holds a day; read as month 9; the entry's own day field is kept.",
                "The month 'jun 40' is not a month; it was kept as text.");
    }

    @Test
    void aMonthMacroJoinedToADayByATieGivesTheMonthAndTheDay() {
        BibtexImportResult r = new BibtexImporter().read("""
                @inproceedings{a, title = {One}, year = 2018, month = dec # "~12"}
                """, "p.bib");
        assertThat(r.publications().get(0).month()).isEqualTo(12);
        assertThat(r.publications().get(0).bibtexFields()).containsEntry("day", "12").doesNotContainKey("month");
    }

    @Test
    void aDateWrittenIntoTheYearGivesTheYearMonthAndDay() {
        BibtexImportResult r = new BibtexImporter().read("""
                @inproceedings{a, title = {One}, year = {2014-09}}
                @techreport{b, title = {Two}, year = {2003-4-17}, month = may}
                @misc{c, title = {Three}, year = {2017-2020}}
                """, "p.bib");
        Publication a = r.publications().get(0);
        assertThat(a.year()).isEqualTo(2014);
        assertThat(a.month()).isEqualTo(9);
        assertThat(a.bibtexFields()).doesNotContainKeys("year", "day");
        Publication b = r.publications().get(1);
        assertThat(b.year()).isEqualTo(2003);
        assertThat(b.month()).isEqualTo(5);
        assertThat(b.bibtexFields()).containsEntry("day", "17");
        Publication c = r.publications().get(2);
        assertThat(c.year()).isNull();
        assertThat(c.yearAsTyped()).isEqualTo("2017-2020");
        assertThat(c.status()).isEmpty();
        assertThat(c.bibtexFields()).doesNotContainKey("year");
        assertThat(r.warnings()).extracting(w -> w.source().line() + ": " + w.message()).containsExactly(
                "1: The year '2014-09' is a date; read as year 2014, month 9.",
                "2: The year '2003-4-17' is a date; read as year 2003 (month 4 left out: the entry's own month is kept),"
                        + " day 17 (field day).",
                "3: The year '2017-2020' is not a year; it was kept as written and is reported as a problem until it is"
                        + " corrected (a paper not yet published may say so: in press, forthcoming, submitted …).");
    }

    @Test
    void urlCommandKeepsItsText() {
        assertThat(pub("dup2020").bibtexFields()).containsEntry("howpublished", "https://example.org");
    }

    @Test
    void benchmarkBibliographyImportsCleanly() {
        BibtexImportResult r = new BibtexImporter().read(BibtexImportBenchmark.generate(30), "bench.bib");
        assertThat(r.warnings()).isEmpty();
        assertThat(r.publications()).hasSize(30);
        Publication p = r.publications().get(7);
        assertThat(p.citationKey()).isEqualTo("paper7:2020/x");
        assertThat(p.title()).isEqualTo("{BERT} and Müller's $\\ell_1$ Study of Straße – part 7");
        assertThat(p.authors()).hasSize(3);
        assertThat(p.authors().get(1).corresponding()).isTrue();
        assertThat(p.andOthers()).isTrue();
        assertThat(p.publisher()).isEqualTo("American Physical Society");
        assertThat(p.doi()).isEqualTo("10.1000/7");
        assertThat(p.abstractText()).isEqualTo("We study *sparse* models with GPUs; accuracy improves by 5% on average.");
    }

    @Test
    void frontMatterKeepsLineNumbersAndParenthesisedEntriesWork() {
        BibtexImportResult r = new BibtexImporter().read(
                "---\nlayout: none\n---\n## Papers\n@misc(a,\n  title = {A},\n  year = {twenty})\n", "p.bib");
        assertThat(r.publications()).extracting(Publication::citationKey).containsExactly("a");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source().line()).isEqualTo(7);
            assertThat(w.source().key()).isEqualTo("year");
        });
    }

    @Test
    void undefinedMacroIsKeptAsTextWithAWarning() {
        BibtexImportResult r = new BibtexImporter().read("@article{a, journal = jmlr, selected = true}", "p.bib");
        assertThat(r.publications().get(0).journal()).isEqualTo("jmlr");
        assertThat(r.publications().get(0).selected()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.source().key()).isEqualTo("journal"));
    }

    @Test
    void crossrefToAMissingParentWarnsAndKeepsTheField() {
        BibtexImportResult r = new BibtexImporter().read("@inproceedings{a, crossref = {nowhere}}", "p.bib");
        assertThat(r.publications().get(0).bibtexFields()).containsEntry("crossref", "nowhere");
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("nowhere"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2101.00001,                              2101.00001
            arXiv:2101.00001,                        2101.00001
            https://arxiv.org/abs/2101.00001v2,      2101.00001v2
            http://arxiv.org/pdf/2101.00001.pdf,     2101.00001
            hep-th/9901001,                          hep-th/9901001
            """)
    void arxivIdentifiersLoseTheirPrefixOrUrl(String written, String id) {
        String bib = "@misc{a, arxiv = {" + written + "}}";
        assertThat(new BibtexImporter().read(bib, "p.bib").publications().get(0).arxiv()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            https://doi.org/10.1000/abc,        10.1000/abc
            http://dx.doi.org/10.1000/abc,      10.1000/abc
            doi:10.1000/abc,                    10.1000/abc
            10.1000/abc,                        10.1000/abc
            """)
    void doiUrlsBecomeBareDois(String written, String doi) {
        String bib = "@misc{a, doi = {" + written + "}}";
        assertThat(new BibtexImporter().read(bib, "p.bib").publications().get(0).doi()).isEqualTo(doi);
    }

    @Test
    void thesisFieldsAndHtmlInAuthorNames() {
        BibtexImportResult r = new BibtexImporter().read("""
                @phdthesis{me2019,
                  author = {<b>Curie, Marie</b> and Pierre Curie},
                  title = {{{Recherches sur les substances radioactives}}},
                  school = {Facult{\\'e} des sciences de Paris},
                  number = {7},
                  abstract = {Radium \\& polonium.},
                  award = {Nobel Prize},
                  bibtex_show = {false},
                  selected = {maybe},
                  website = {https://example.org},
                  hal = {tel-00001},
                  year = 1903
                }
                """, "p.bib");
        Publication p = r.publications().get(0);
        assertThat(p.entryType()).isEqualTo("phdthesis");
        assertThat(p.authors()).containsExactly(Author.of("Marie", "Curie"), Author.of("Pierre", "Curie"));
        assertThat(p.title()).isEqualTo("{{Recherches sur les substances radioactives}}");
        assertThat(p.school()).isEqualTo("Faculté des sciences de Paris");
        assertThat(p.venue()).isEqualTo("Faculté des sciences de Paris");
        assertThat(p.number()).isEqualTo("7");
        assertThat(p.abstractText()).isEqualTo("Radium & polonium.");
        assertThat(p.award()).isEqualTo("Nobel Prize");
        assertThat(p.bibtexShow()).isFalse();
        assertThat(p.selected()).isFalse();
        assertThat(p.links().get(org.scholarfolio.model.LinkKind.WEBSITE)).isEqualTo("https://example.org");
        assertThat(p.bibtexFields()).containsExactly(Map.entry("hal", "tel-00001"));
        assertThat(p.year()).isEqualTo(1903);
        assertThat(r.warnings()).extracting(w -> w.source().key()).containsExactly("author", "selected");
        assertThat(r.warnings()).extracting(w -> w.source().line()).containsExactly(2, 9);
    }

    @Test
    void entriesInsideAMultiLineCommentAreNotImported() {
        BibtexImportResult r = new BibtexImporter().read("""
                @string{aps = {American Physical Society,}}

                @comment{
                  @book{einstein1920relativity,
                    title={Relativity: the Special and General Theory},
                    author={Einstein, Albert},
                    year={1920},
                  }

                  @article{PhysRev.47.777,
                    title={Can {Quantum-Mechanical} Description ...},
                    publisher=aps,
                  }
                }

                @Comment(old list: @misc{gone, title={x}})
                @article{mine2024,
                  title={My own paper},
                  year={2024}
                }
                """, "p.bib");
        assertThat(r.publications()).extracting(Publication::citationKey).containsExactly("mine2024");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void anUnclosedCommentStillLetsTheNextEntryImport() {
        BibtexImportResult r = new BibtexImporter().read("""
                @comment{ notes {
                @misc{kept, title={Kept}}
                """, "p.bib");
        assertThat(r.publications()).extracting(Publication::citationKey).containsExactly("kept");
    }

    @Test
    void namesWithTooManyCommasOrATrailingCommaAreReportedOnTheAuthorLine() {
        BibtexImportResult r = new BibtexImporter().read("""
                @article{mouse2023,
                  title={Credit Assignment in Mice},
                  author={Kevin Miller (Lab), Laurence Freeman, Yu Jin Oh, Matt Bot (Lab) and Kenneth Harris},
                  year={2023}
                }
                @inproceedings{zk2024,
                  title={Zero-Knowledge},
                  author={Torralba-Agell, Adri{\\`a}, and P{\\'e}rez-Sol{\\`a}, Cristina},
                  year={2024}
                }
                @misc{fine, author={van der Berg, Jr, Pieter and Ng, Andrew}}
                """, "p.bib");
        assertThat(r.publications()).hasSize(3);
        assertThat(r.warnings()).extracting(w -> w.source().line()).containsExactly(3, 8);
        assertThat(r.warnings()).extracting(w -> w.source().key()).containsOnly("author");
        assertThat(r.warnings().get(0).message()).contains("more than two commas");
        assertThat(r.warnings().get(1).message()).contains("'Torralba-Agell, Adrià,'").contains("remove the comma");
    }

    @Test
    void aCommaInsideBracesIsNoCommaOfTheNameAndIsReportedAsSuch() {
        // a real collection writes "{St-Hilaire,} S.": BibTeX sees no comma there and reads given "{St-Hilaire,}", family "S."
        BibtexImportResult r = new BibtexImporter().read("""
                @article{price2016, title={Salmon}, author={Tello, A. and {St-Hilaire,} S.}, year={2016}}
                """, "p.bib");
        assertThat(r.warnings()).extracting(w -> w.message()).containsExactly("The comma in '{St-Hilaire,} S.' is inside"
                + " braces, where BibTeX does not count it: read as given name '{St-Hilaire,}' and family name 'S.';"
                + " for 'Last, First' put the comma after the closing brace.");
        assertThat(r.publications().get(0).authors()).extracting(Author::family).containsExactly("Tello", "S.");
    }

    @Test
    void warningsComeInLineOrder() {
        assertThat(result.warnings()).extracting(w -> w.source().line()).isSorted();
    }

    private static Author eq(String given, String family) {
        return Author.of(given, family).withEqualContribution(true);
    }

    @Test
    void aCommaAfterTheGivenNameIsReadAsLastFirstWithAWarningButASuffixStaysASuffix() {
        BibtexImportResult r = new BibtexImporter().read("""
                @article{coll24,
                  author = {Gnassounou*, Th{\\'e}o and Collas*, Antoine, and King, Martin Luther, Jr. and Ford, Jr., Henry},
                  title = {T}, year = {2024}
                }
                """, FILE);
        assertThat(r.publications().get(0).authors()).extracting(Author::given, Author::family, Author::jr).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Théo", "Gnassounou", ""),
                org.assertj.core.groups.Tuple.tuple("Antoine", "Collas", ""),
                org.assertj.core.groups.Tuple.tuple("Jr.", "King", "Martin Luther"),
                org.assertj.core.groups.Tuple.tuple("Henry", "Ford", "Jr."));
        assertThat(r.publications().get(0).authors().get(1).equalContribution()).isTrue();
        assertThat(r.warnings()).extracting(Diagnostic::message).anyMatch(m -> m.contains(
                "'Collas, Antoine,' ends with a comma, which BibTeX reads as a suffix like Jr. with no given name;"
                        + " read as given name 'Antoine'"));
    }

    @Test
    void htmlEmphasisInATitleBecomesTheModelsMarkupNotTags() {
        BibtexImportResult r = new BibtexImporter().read("""
                @article{naito22,
                  title = {Genomes of 12 <i>Vigna</i> species and <em>H<sub>2</sub>O</em> uptake, <b>not</b> a <span>span</span>},
                  year = {2022}
                }
                """, FILE);
        String title = r.publications().get(0).title();
        assertThat(title).isEqualTo("Genomes of 12 \\textit{Vigna} species and \\emph{H\\textsubscript{2}O} uptake,"
                + " \\textbf{not} a <span>span</span>");
        assertThat(org.scholarfolio.model.InlineText.plain(title))
                .isEqualTo("Genomes of 12 Vigna species and H2O uptake, not a <span>span</span>");
    }

    @Test
    void anUnknownLatexCommandIsKeptAndReportedOncePerFileWhereItIsFirstUsed() {
        BibtexImportResult r = new BibtexImporter().read("""
                @article{a1,
                  title = {Reading \\bibcyr{Kniga} and \\emph{more}},
                  year = {2020}
                }
                @article{a2,
                  title = {Again \\bibcyr{Slovo}},
                  journal = {\\mbox{J}. \\bibcyr{Fiz}},
                  year = {2021}
                }
                """, FILE);
        assertThat(r.publications().get(0).title()).contains("\\bibcyr");
        assertThat(r.warnings()).filteredOn(w -> w.message().contains("\\bibcyr")).extracting(Diagnostic::toString)
                .containsExactly("_bibliography/papers.bib:2 (title): \\bibcyr is a LaTeX command Scholarfolio does not know;"
                        + " it is kept as written (first use in this file; later ones are not reported).");
    }
}
