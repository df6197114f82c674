package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;

/** Files read as BibTeX, biber, JabRef and bibtex-ruby read them (issue 17, issue 11 point 7). */
class BibtexReadLikePeersTest {

    private static BibtexImportResult read(String bib) {
        return new BibtexImporter().read(bib, "t.bib");
    }

    @Test
    void entryWithoutKeyGetsAGeneratedKeyAndAWarning() {
        BibtexImportResult r = read("@article{,\n  author = {Hopper, Grace}, year = 1952, title = {The Education of a Computer}}");
        assertThat(r.publications()).hasSize(1);
        assertThat(r.publications().get(0).citationKey()).isNotBlank();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("no citation key"));
    }

    @Test
    void bibDesksRecordOfTheFileItselfIsNoPublication() {
        // a BibDesk library starts with the file's own topics; the import made a paper without title or authors of it
        BibtexImportResult r = read("""
                %% This BibTeX bibliography file was created using BibDesk.

                @bibdesk_info{document_info,
                \tprimary_topics = {Tides, Sediment}
                }

                @string{jcr = {J. Coast. Res.}}

                @article{HoltJCR2021, author = {Holt, Mira}, title = {Mud flats}, journal = jcr, year = {2021}}

                @comment{BibDesk Static Groups{
                <?xml version="1.0" encoding="UTF-8"?>
                <plist version="1.0"><array><dict><key>group name</key><string>Mine</string>
                <key>keys</key><string>HoltJCR2021</string></dict></array></plist>
                }}
                """);
        assertThat(r.publications()).extracting(Publication::citationKey).containsExactly("HoltJCR2021");
        assertThat(r.publications().get(0).journal()).isEqualTo("J. Coast. Res.");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("@bibdesk_info", "not a reference");
            assertThat(w.source().line()).isEqualTo(3);
        });
    }

    @Test
    void commandsTheFilesOwnPreambleDefinesAndBiblatexsPunctuationShowAsTheirText() {
        // a bibliography kept for biblatex, its entries fetched from DBLP and rewritten by a script: the site showed
        // "TyDe\addatICFP 2018" and "ACM\addslash IEEE", the commands reported as unknown
        BibtexImportResult r = read("""
                @preamble{"\\providerobustcmd*{\\addat}{@}"}
                @preamble{"\\providecommand{\\addbdotbefore}{.}"}
                @preamble{"\\newcommand{\\twice}[1]{#1#1}"}

                @inproceedings{Holt18, author = {Mira Holt}, title = {Tidal Types},
                  booktitle = {Workshop on Tides, TyDe\\addat{}ICFP 2018, {ACM\\addslash{}IEEE}},
                  volume = {abs\\addslash{}2102\\addbdotbefore{}01969}, year = {2018}}
                @misc{Holt19, author = {Mira Holt}, title = {\\twice{Tide}}, year = {2019}}
                """);
        Publication p = r.publications().get(0);
        assertThat(p.booktitle()).isEqualTo("Workshop on Tides, TyDe@ICFP 2018, {ACM/IEEE}");
        assertThat(p.volume()).isEqualTo("abs/2102.01969");
        assertThat(r.warnings()).extracting(w -> w.message()).noneMatch(m -> m.contains("\\addat is a LaTeX command")
                || m.contains("\\addslash is a LaTeX command") || m.contains("\\addbdotbefore is a LaTeX command"));
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.message()).startsWith("\\addat is defined by the file's @preamble as \"@\"; its 1 use is written");
            assertThat(w.source().line()).isEqualTo(6);
        });
        // a command with an argument is not expanded: kept as written and reported, as before
        assertThat(r.warnings()).extracting(w -> w.message()).anyMatch(m -> m.startsWith("\\twice is a LaTeX command"));
    }

    @Test
    void aFieldTypedInsideTheTitleIsReported() {
        // a preprint whose title's closing brace came after the next field: the live site shows it, the arXiv link is gone
        BibtexImportResult r = read("""
                @article{holt2024tides,
                  title = {Tidal mixing in shallow bays under storms,
                arxiv={2403.00001}},
                  author = {Holt, Mira}, journal = {arXiv preprint}, year = {2024}}
                @article{holt2023, title = {Mixing, with x={1,2} and pages of notes}, author = {Holt, Mira}, year = {2023}}
                """);
        assertThat(r.publications().get(0).title()).isEqualTo("Tidal mixing in shallow bays under storms, arxiv={2403.00001}");
        assertThat(r.warnings()).extracting(w -> w.source().line() + ": " + w.message()).containsExactly(
                "2: The title holds \"arxiv={2403.00001}\", which reads like a field written inside it (a closing brace"
                        + " missing before it?): kept as written, as al-folio's page shows it; that arxiv is not read.");
    }

    @Test
    void htmlCharacterReferencesCopiedFromAWebPageAreTheCharactersTheyName() {
        // a reference manager's entries pasted from publishers' pages: the exported pages printed "&amp;" as text
        BibtexImportResult r = read("""
                @article{Holt2020, author = {Holt, Mira}, title = {Tides \\&amp; Mud: a Review},
                  journal = {Coasts \\&amp; Estuaries}, year = {2020}}
                @inproceedings{Holt2021, author = {Holt, Mira}, title = {Caf&#233; Sediments},
                  booktitle = {Conference on Rivers &#x26; Deltas}, year = {2021}}
                @article{Holt2022, author = {Holt, Mira}, title = {Mud & Sand \\& Salt}, journal = {R&D Notes}, year = {2022}}
                """);
        assertThat(r.publications()).extracting(Publication::title, Publication::journal, Publication::booktitle)
                .containsExactly(tuple("Tides & Mud: a Review", "Coasts & Estuaries", ""),
                        tuple("Café Sediments", "", "Conference on Rivers & Deltas"),
                        tuple("Mud & Sand & Salt", "R&D Notes", ""));
        assertThat(r.warnings()).extracting(w -> w.message()).contains(
                "The journal holds HTML character references such as &amp;, read as the characters they name (&), as"
                        + " al-folio's page shows them.",
                "The title holds HTML character references such as &#233;, read as the characters they name (é), as"
                        + " al-folio's page shows them.");
        // a plain ampersand is no reference: nothing to say
        assertThat(r.warnings()).noneMatch(w -> w.message().contains("R&D"));
        // written back, it is BibTeX's \\& and reads the same again
        String written = BibtexWriter.complete().write(r.publications());
        assertThat(written).doesNotContain("&amp;").contains("Coasts \\& Estuaries");
        assertThat(read(written).publications()).containsExactlyElementsOf(r.publications());
    }

    @Test
    void parenthesisInsideAQuotedValueDoesNotEndAParenthesisedEntry() {
        BibtexImportResult r = read("@article(k1, title = \"A (re)consideration\", year = 2001)\n@misc{k2, title = {B}}");
        assertThat(r.publications()).extracting(Publication::title).containsExactly("A (re)consideration", "B");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void commentedOutEntryLineIsNotASecondEntry() {
        BibtexImportResult r = read("%@ARTICLE{smith, title = {Old}}\n@article{smith, title = {Real}}");
        assertThat(r.publications()).extracting(Publication::citationKey).containsExactly("smith");
        assertThat(r.publications().get(0).title()).isEqualTo("Real");
    }

    @Test
    void aCommentAfterTheLastFieldIsACommentAsAfterAnyOtherField() {
        // biber's test data notes each field's purpose at the end of its line, the last one's too
        BibtexImportResult r = read("""
                @book{atlas,
                  title = {Atlas of Drift}, % the working title
                  year = 2019          % first printing
                }
                @book{globe, title = {Globe}, note = {x}  % said twice
                  % and once more
                }
                """);
        assertThat(r.publications()).extracting(Publication::citationKey, Publication::title)
                .containsExactly(tuple("atlas", "Atlas of Drift"), tuple("globe", "Globe"));
        assertThat(r.publications().get(0).year()).isEqualTo(2019);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aFieldCommentedOutWithAnUnclosedBraceDoesNotSwallowTheEntry() {
        // a physicist's collection keeps old fields commented out; biber skips each such line whole
        BibtexImportResult r = read("""
                @incollection{handbook1990,
                    title = "Tempers of Light Alloys",
                    year = "1990",
                    url = "https://example.org/handbook/ch2",
                    %eprint = {https://example.org/handbook/ch2.pdf",
                    %pages = "15--28",
                }

                @online{arXiv:2501.00001,
                %@article{arXiv:2501.00001,
                	title = "Slow muons in thin films",
                	% year = "2025",
                	eprint = "2501.00001",
                }
                @misc{after, title = {After}, note = {50% off at noon}}
                """);
        assertThat(r.publications()).extracting(Publication::citationKey, Publication::title).containsExactly(
                tuple("handbook1990", "Tempers of Light Alloys"), tuple("arXiv:2501.00001", "Slow muons in thin films"),
                tuple("after", "After"));
        assertThat(r.publications().get(0).pages()).isEmpty();
        assertThat(r.publications().get(1).year()).isNull();
        assertThat(r.publications().get(2).note()).isEqualTo("50% off at noon");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void anAwardOrANoteWrittenAsHtmlSpansIsItsTextAsTheAlfolioPageShowsIt() {
        // a researcher's papers.bib lists two prizes for one paper as spans joined by a line break
        BibtexImportResult r = read("""
                @inproceedings{ruiz2024,
                  title = {Tides},
                  award = {<span class="award" href="">🏆 Best Dataset Paper</span><br> <span class="award"\
                 href="https://example.org/prize">🏆 Regional <i>Science</i> Prize</span>},
                }
                @inproceedings{ruiz2023, title = {Flats}, award = {Best Poster <b>(runner-up)</b>},
                  note = {<span class="award">Spotlight</span>}}
                @misc{ruiz2022, title = {Mud}, note = {line one<br>line two}}
                """);
        assertThat(r.publications()).extracting(Publication::award).containsExactly(
                "🏆 Best Dataset Paper; 🏆 Regional \\textit{Science} Prize", "Best Poster \\textbf{(runner-up)}", "");
        assertThat(r.publications().get(1).note()).isEqualTo("Spotlight");
        assertThat(r.publications().get(2).note()).isEqualTo("line one<br>line two"); // no span: as typed
        assertThat(r.warnings()).extracting(w -> w.message()).containsExactly("The award's HTML tags (<span>, <br>) were"
                + " taken out; the site shows its text, as al-folio does.", "The note's HTML tags (<span>, <br>) were"
                + " taken out; the site shows its text, as al-folio does.");
    }

    @Test
    void aLinkInsideAVenueOrANoteIsItsTextAndItsAddressTheEntrysLinkOrReported() {
        // al-folio pages print the venue as HTML, so researchers link a workshop's page from inside the field
        BibtexImportResult r = read("""
                @article{lund2023,
                  title = {Tidal Sorting of <a href="https://example.org/t">Sand</a>},
                  journal = {<a href="https://workshop.example.org/2023">Coastal Models Workshop</a>, ICLR},
                  note = {Invited talk, <a href='https://talks.example.org/slides.pdf'>slides</a>},
                  code = {https://github.com/example/tides},
                  booktitle = {See <a href="https://github.com/example/other">the repository</a> and <a>nothing</a>},
                  year = {2023}
                }
                @article{lund2022, journal = {<a href="https://a.example.org">A</a> and <a href="https://b.example.org">B</a>},
                  html = {https://lund.example.org/2022}, year = 2022}
                """);
        Publication p = r.publications().get(0);
        assertThat(p.journal()).isEqualTo("Coastal Models Workshop, ICLR");
        assertThat(p.note()).isEqualTo("Invited talk, slides");
        assertThat(p.booktitle()).isEqualTo("See the repository and nothing");
        assertThat(p.title()).isEqualTo("Tidal Sorting of <a href=\"https://example.org/t\">Sand</a>"); // a title: as typed
        // each address is the link of its kind where the entry has none; the code link written in the entry stays
        assertThat(p.links().asMap()).containsExactly(Map.entry("html", "https://workshop.example.org/2023"),
                Map.entry("pdf", "https://talks.example.org/slides.pdf"), Map.entry("code", "https://github.com/example/tides"));
        Publication q = r.publications().get(1);
        assertThat(q.journal()).isEqualTo("A and B");
        assertThat(q.links().asMap()).containsExactly(Map.entry("html", "https://lund.example.org/2022"));
        // every address not kept as a link is named in the report
        assertThat(r.warnings()).extracting(w -> w.source().line() + " " + w.message()).containsExactly(
                "3 The journal's link <a>Coastal Models Workshop</a> was read as its text, as the al-folio page shows it;"
                        + " its address https://workshop.example.org/2023 is this entry's html link.",
                "4 The note's link <a>slides</a> was read as its text, as the al-folio page shows it;"
                        + " its address https://talks.example.org/slides.pdf is this entry's pdf link.",
                "6 The booktitle's link <a>the repository</a> was read as its text, as the al-folio page shows it;"
                        + " its address https://github.com/example/other was not kept: this entry's code link is already"
                        + " https://github.com/example/tides. Add it where it belongs if you want it.",
                "6 The booktitle's link <a>nothing</a> was read as its text; it has no address to keep.",
                "9 The journal's link <a>A</a> was read as its text, as the al-folio page shows it; its address"
                        + " https://a.example.org was not kept: this entry's html link is already https://lund.example.org/2022."
                        + " Add it where it belongs if you want it.",
                "9 The journal's link <a>B</a> was read as its text, as the al-folio page shows it; its address"
                        + " https://b.example.org was not kept: this entry's html link is already https://lund.example.org/2022."
                        + " Add it where it belongs if you want it.");
    }

    @Test
    void aFieldsLinkToAScriptOrAFileOutsideIsReadAsTextAndItsAddressNamedNotKept() {
        BibtexImportResult r = read("""
                @article{gull2020, title = {Gulls}, journal = {<a href="javascript:alert(1)">Shore Notes</a>}, year = 2020}
                @article{tern2021, title = {Terns}, note = {<a href=" JaVaScRiPt:alert(2)">slides</a>},
                  booktitle = {<a href="../../etc/passwd">Coast Workshop</a>}, year = 2021}
                """);
        assertThat(r.publications()).extracting(Publication::journal, Publication::note, Publication::booktitle)
                .containsExactly(tuple("Shore Notes", "", ""), tuple("", "slides", "Coast Workshop"));
        assertThat(r.publications()).allSatisfy(p -> assertThat(p.links().asMap()).isEmpty());
        assertThat(r.warnings()).extracting(w -> w.source().line() + " " + w.message()).containsExactly(
                "1 The journal's link <a>Shore Notes</a> was read as its text, as the al-folio page shows it; its address"
                        + " javascript:alert(1) was not kept: links may use http, https or mailto, not \"javascript:\".",
                "2 The note's link <a>slides</a> was read as its text, as the al-folio page shows it; its address"
                        + " JaVaScRiPt:alert(2) was not kept: links may use http, https or mailto, not \"javascript:\".",
                "3 The booktitle's link <a>Coast Workshop</a> was read as its text, as the al-folio page shows it; its address"
                        + " ../../etc/passwd was not kept: the path \"../../etc/passwd\" leaves the portfolio folder.");
    }

    @Test
    void aVenueLinkReadAsTextSurvivesExportBibtexAndImportAndATitlesLinkIsWrittenAsTyped() {
        List<Publication> imported = read("""
                @inproceedings{moss2021, title = {Counting <a href="https://example.org">Gulls</a>},
                  booktitle = {<a href="https://workshop.example.org">Shore Birds Workshop</a>}, year = 2021}
                """).publications();
        String written = BibtexWriter.complete().write(imported);
        assertThat(written).contains("title = {Counting <a href=\"https://example.org\">Gulls</a>}")
                .contains("booktitle = {Shore Birds Workshop}").contains("html = {https://workshop.example.org}");
        BibtexImportResult again = read(written);
        assertThat(again.publications()).containsExactlyElementsOf(imported);
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void stringValuesKeepTheirSpaces() {
        BibtexImportResult r = read("@string{a = {a space between this }}\n@misc{k, note = a # \"and this\"}");
        assertThat(r.publications().get(0).note()).isEqualTo("a space between this and this");
    }

    @Test
    void keyWithASpaceIsImportedJoinedWithAMessageSayingSo() {
        BibtexImportResult r = read("@misc{my paper, title = {T}}");
        assertThat(r.publications().get(0).citationKey()).isEqualTo("my_paper");
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("contains a space"));
    }

    @Test
    void latexEscapesInIdentifiersAreUndone() {
        Publication p = read("@misc{k, doi = {10.1000/a\\_b{\\_}c}, url = {https://e.org/x\\%20y}, eprint = {a\\_1}}")
                .publications().get(0);
        assertThat(p.doi()).isEqualTo("10.1000/a_b_c");
        assertThat(p.bibtexFields()).containsEntry("url", "https://e.org/x%20y").containsEntry("eprint", "a_1");
    }

    @Test
    void biblatexDateGivesYearAndMonthAndIsKept() {
        Publication range = read("@article{k, date = {2004-05/2005}}").publications().get(0);
        assertThat(range.year()).isEqualTo(2004);
        assertThat(range.month()).isEqualTo(5);
        assertThat(range.bibtexFields()).containsEntry("date", "2004-05/2005");
        assertThat(read("@article{k, date = {2004/2005}}").publications().get(0).year()).isEqualTo(2004);
        assertThat(read("@article{k, date = {/2005}}").publications().get(0).year()).isEqualTo(2005);
        assertThat(read("@article{k, year = 2010, date = {2004}}").publications().get(0).year()).isEqualTo(2010);
    }

    @Test
    void crossrefChildInheritsWithBiblatexMappings() {
        BibtexImportResult r = read("""
                @inbook{ch, crossref = {bk}, title = {A Chapter}, pages = {1--9}}
                @book{bk, title = {The Book}, author = {Knuth, Donald}, publisher = {AW}, year = 1968}
                @misc{m, crossref = {bk}}
                """);
        Publication chapter = r.publications().get(0);
        assertThat(chapter.title()).isEqualTo("A Chapter");
        assertThat(chapter.booktitle()).isEqualTo("The Book");
        assertThat(chapter.authors()).hasSize(1);
        assertThat(chapter.text(PublicationField.BOOKAUTHOR)).isEqualTo("Knuth, Donald");
        assertThat(chapter.year()).isEqualTo(1968);
        Publication misc = r.publications().get(2);
        assertThat(misc.title()).isEqualTo("The Book");
        assertThat(misc.authors()).hasSize(1);
    }

    @Test
    void aKeyWithAnApostropheLosesItWithAWarningSoTheExportKeepsTheKey() {
        BibtexImportResult r = read("""
                @book{O'Hara_1999, title = {Tides}}
                @inbook{ch, crossref = {O'Hara_1999}, pages = {1--2}}
                """);
        assertThat(r.publications()).extracting(Publication::citationKey).containsExactly("OHara_1999", "ch");
        assertThat(r.publications().get(1).booktitle()).isEqualTo("Tides");
        assertThat(r.warnings()).filteredOn(w -> !w.message().contains("crossref container"))
                .singleElement().satisfies(w -> assertThat(w.message()).contains("'O'Hara_1999'", "'OHara_1999'"));
        assertThat(r.publications().get(1).bibtexFields()).containsEntry("crossref", "OHara_1999");
    }

    @Test
    void crossrefChildWithoutATitleTakesTheParentsAsBibtexDoes() {
        Publication chapter = read("""
                @book{bk, title = {Relativity}, author = {Einstein, Albert}, year = 1920}
                @inbook{pages, crossref = {bk}, pages = {22--23}}
                """).publications().get(1);
        assertThat(chapter.title()).isEqualTo("Relativity");
        assertThat(chapter.booktitle()).isEqualTo("Relativity");
        assertThat(chapter.pages()).isEqualTo("22–23");
    }

    @Test
    void aFirstLastNameFollowedByACommaIsReadAsFirstAndLastWithAWarning() {
        BibtexImportResult r = read("@article{k, author = {Ann Lee and Kevin Gimpel, and van Dam, Jo and {Tide Lab}}}");
        assertThat(r.publications().get(0).authors()).extracting(Author::given, Author::family).containsExactly(
                tuple("Ann", "Lee"), tuple("Kevin", "Gimpel"), tuple("Jo", "Dam"), tuple("", "{Tide Lab}"));
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("'Kevin Gimpel,'", "given name 'Kevin'"));
    }

    @Test
    void anEmacsCodingLineNamesTheEncodingAsItDoesForEmacs() {
        // Latin-9 has Š where windows-1252 has ¦ (0xA6), and € at 0xA4
        String bib = "% -*- mode: bibtex; coding: latin-9-unix -*-\n@book{k, title = {Šibenik, 1\u20ac}}";
        BibtexImportResult r = new BibtexImporter().read(bib.getBytes(Charset.forName("ISO-8859-15")), "t.bib");
        assertThat(r.publications().get(0).title()).isEqualTo("Šibenik, 1€");
        assertThat(r.warnings()).isEmpty();
        byte[] latin1 = "% -*- coding: iso-latin-1 -*-\n@book{k, title = {Müller}}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new BibtexImporter().read(latin1, "t.bib").publications().get(0).title()).isEqualTo("Müller");
    }

    @Test
    void encodingsFromByteOrderMarkHeaderOrWindows1252() {
        String bib = "@misc{k, title = {Müller}}";
        byte[] utf16 = ("\uFEFF" + bib).getBytes(StandardCharsets.UTF_16BE);
        assertThat(new BibtexImporter().read(utf16, "t.bib").publications().get(0).title()).isEqualTo("Müller");
        byte[] header = ("% Encoding: ISO-8859-1\n" + bib).getBytes(StandardCharsets.ISO_8859_1);
        BibtexImportResult declared = new BibtexImporter().read(header, "t.bib");
        assertThat(declared.publications().get(0).title()).isEqualTo("Müller");
        assertThat(declared.warnings()).isEmpty();
        BibtexImportResult guessed = new BibtexImporter().read(bib.getBytes(Charset.forName("windows-1252")), "t.bib");
        assertThat(guessed.publications().get(0).title()).isEqualTo("Müller");
        assertThat(guessed.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("windows-1252"));
    }

    @Test
    void aChineseFileInGbkWithoutAHeaderIsReadAsGbkAndALatinOneStaysWindows1252() {
        // a Chinese tool's export: GBK bytes, no byte-order mark, no header (paraphrased: a key, an author, a journal)
        String bib = "@article{\u6797\u6d77\u6ce22019,\n  author = {\u6797\u6d77\u6ce2 and \u5f20\u4e3d},\n"
                + "  title = {Test of a title},\n  journal = {\u5730\u7406\u5b66\u62a5},\n  year = {2019}\n}\n";
        BibtexImportResult r = new BibtexImporter().read(bib.getBytes(Charset.forName("GBK")), "t.bib");
        Publication p = r.publications().get(0);
        assertThat(p.journal()).isEqualTo("\u5730\u7406\u5b66\u62a5");
        assertThat(p.authors()).extracting(Author::family).containsExactly("\u6797\u6d77\u6ce2", "\u5f20\u4e3d");
        assertThat(r.warnings()).extracting(w -> w.message()).anySatisfy(m -> assertThat(m).contains("GB18030"));
        // accented letters among ASCII are windows-1252 as before
        byte[] latin = "@misc{k, author = {M\u00fcller, Zo\u00eb and \u00c5\u00e9ro, B\u00e9a}, title = {\u00abCaf\u00e9\u00bb}}"
                .getBytes(Charset.forName("windows-1252"));
        BibtexImportResult l = new BibtexImporter().read(latin, "t.bib");
        assertThat(l.publications().get(0).title()).isEqualTo("\u00abCaf\u00e9\u00bb");
        assertThat(l.warnings()).extracting(w -> w.message()).anySatisfy(m -> assertThat(m).contains("windows-1252"));
    }

    @Test
    void markupIsKeptAndWrittenBack() {
        Publication p = read("@article{k, title = {{\\em Homo} and In\\textsubscript{x}Ga \\textsc{Sc}}}").publications().get(0);
        assertThat(p.title()).isEqualTo("\\emph{Homo} and In\\textsubscript{x}Ga \\textsc{Sc}");
        assertThat(org.scholarfolio.bibtex.BibtexWriter.complete().write(p))
                .contains("title = {\\emph{Homo} and In\\textsubscript{x}Ga \\textsc{Sc}}");
    }
}
