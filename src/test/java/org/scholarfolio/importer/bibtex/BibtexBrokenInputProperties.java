package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scholarfolio.model.Diagnostic;

/**
 * Any text given as a {@code .bib} file is read without an exception, and everything the importer
 * has to say about it points at a line of that file. The texts are BibTeX's own syntax cut into
 * pieces and glued back in any order: entries opened and never closed, braces and quotes out of
 * balance, {@code @string} macros that refer to themselves, crossrefs to nowhere, stray commas.
 */
class BibtexBrokenInputProperties {
    private static final String FILE = "broken.bib";
    private static final List<String> PIECES = List.of("@article{", "@misc(", "@inproceedings{key,", "@book{k1,",
            "@string{s = {Str}}", "@string{loop = loop # loop}", "@preamble{\"\\newcommand\"}", "@comment{",
            "@article{dup,", "@article{dup,", "crossref = {nowhere},", "crossref = {dup},", "title = {", "title = \"",
            "author = {A. Author and B. {Bee} and others},", "author = {and and},", "year = 2020,", "year = {20x0},",
            "month = jan,", "month = {13},", "pages = {1--}", "date = {2020-13-45/}", "doi = {10.1000/a\\_b},",
            "s # \" x \"", "loop,", "{", "}", "{{", "}}", "(", ")", "\"", ",", "=", "#", "@", "%", "% comment\n", "\\",
            "\\emph{", "\\'{e}", "\\\"", "$", "$x^{", "~", "\n", "\n\n", "\r\n", "\t", " ", "é", "中", "\u0000", "\uFEFF");

    @Provide
    Arbitrary<String> brokenBibtex() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property
    void anyTextIsReadAndEveryWarningNamesTheFileAndALineInIt(@ForAll("brokenBibtex") String text) {
        BibtexImportResult result = new BibtexImporter().read(text, FILE);

        int lines = (int) text.lines().count() + 1;
        for (Diagnostic warning : result.warnings()) {
            assertThat(warning.source().file()).as("file of %s", warning).isEqualTo(FILE);
            assertThat(warning.source().line()).as("line of %s", warning).isBetween(1, lines);
            assertThat(warning.message()).as("message of %s", warning).isNotBlank();
        }
    }

    @Property
    void anyBytesInAnyEncodingAreReadWithoutAnException(@ForAll byte[] bytes) {
        BibtexImportResult result = new BibtexImporter().read(bytes, FILE);
        result.warnings().forEach(w -> assertThat(w.source().file()).isEqualTo(FILE));
    }
}
