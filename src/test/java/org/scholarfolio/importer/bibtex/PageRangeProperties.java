package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.Publication;

/**
 * Pages (and any LaTeX-ish text) survive BibTeX: the model holds Unicode ({@code 230–265}), the
 * writer gives TeX what prints that text, and the importer reads it back to the same value.
 */
class PageRangeProperties {

    private static final Pattern PAGES = Pattern.compile("(?m)^  pages = \\{(.*)},$");

    @Property(tries = 500)
    void anyPagesValueReadsBackTheSameAndTexPrintsIt(@ForAll("pages") String typed) {
        Publication p = Publication.builder("k", "article").pages(typed).build();
        String bibtex = BibtexWriter.complete().write(p);
        Publication back = new BibtexImporter().read(bibtex, "pages.bib").publications().get(0);
        assertThat(back.pages()).as(bibtex).isEqualTo(p.pages());
        Matcher m = PAGES.matcher(bibtex);
        if (!p.pages().isEmpty()) {
            assertThat(m.find()).as(bibtex).isTrue();
            assertThat(texPrints(m.group(1))).as(bibtex).isEqualTo(InlineText.plain(p.pages()));
        }
    }

    @Example
    void aRangeTypedWithTwoHyphensIsAnEnDashWrittenAsTwoHyphens() {
        Publication p = Publication.builder("k", "article").pages("230--265").build();
        assertThat(p.pages()).isEqualTo("230–265");
        assertThat(BibtexWriter.complete().write(p)).contains("pages = {230--265}").doesNotContain("{}");
    }

    @Provide
    Arbitrary<String> pages() {
        return Arbitraries.of("230", "265", "-", "--", "---", "–", "—", " ", "e1234", "xii", ",", "+", "S", "A-",
                "{", "}", "~", "\u00A0").list().ofMaxSize(8).map(l -> BibtexScanner.collapseSpace(String.join("", l)));
    }

    /** What TeX typesets from a braced BibTeX value: dash ligatures, ~ as a no-break space, braces gone. */
    static String texPrints(String tex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '-') {
                int n = 0;
                while (i + n < tex.length() && tex.charAt(i + n) == '-') {
                    n++;
                }
                i += n - 1;
                for (; n >= 3; n -= 3) {
                    out.append('—');
                }
                out.append(n == 2 ? "–" : n == 1 ? "-" : "");
            } else if (c == '~') {
                out.append('\u00A0');
            } else if (c == '\\' && tex.startsWith("\\textbraceleft{}", i)) {
                out.append('{');
                i += "\\textbraceleft{}".length() - 1;
            } else if (c == '\\' && tex.startsWith("\\textbraceright{}", i)) {
                out.append('}');
                i += "\\textbraceright{}".length() - 1;
            } else if (c == '\\' && tex.startsWith("\\textasciitilde{}", i)) {
                out.append('~');
                i += "\\textasciitilde{}".length() - 1;
            } else if (c != '{' && c != '}') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
