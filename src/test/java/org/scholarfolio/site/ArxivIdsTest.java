package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The arXiv id's loops give what the expressions they replaced gave, over fields glued from prefixes in
 * mixed case, characters whose Unicode case folds onto the prefixes' letters (which {@code (?i)} alone does
 * not fold), {@code .pdf} endings and line terminators.
 */
class ArxivIdsTest {
    private static final Pattern ARXIV_PREFIX = Pattern.compile("^(?i)(https?://arxiv\\.org/(abs|pdf)/|arxiv:)");
    private static final Pattern PDF_SUFFIX = Pattern.compile("\\.pdf$");
    private static final Pattern ARXIV_ABS = Pattern.compile("^(?i)(https?://arxiv\\.org/abs/|arxiv:)");
    private static final List<String> PARTS = List.of("arXiv:", "arxiv:", "ARXIV:", "arxiv", "arXiv: ", "https://",
            "http://", "HTTPS://", "htTp://", "https:/", "httpſ://", "arxıv:", "arxiv.org/", "arXiv.org/", "ARXIV.ORG/",
            "arxiv.org", "export.arxiv.org/", "abs/", "ABS/", "pdf/", "Pdf/", "abſ/", "list/", "2301.12345", "2301.12345v2",
            "hep-th/9901001", "1", ".pdf", ".PDF", ".pdf.pdf", "pdf", " ", "\t", "\n", "\u0085", "\u2028", "\u00A0", "/",
            ":", "K", "é");

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of(PARTS).list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @Property(tries = 5000)
    void theIdIsTheExpressionsId(@ForAll("fields") String field) {
        String expected = PDF_SUFFIX.matcher(ARXIV_PREFIX.matcher(field.strip()).replaceFirst("")).replaceFirst("");
        assertThat(ArxivIds.id(field)).as(field).isEqualTo(expected);
    }

    @Property(tries = 5000)
    void theLinksIdIsTheExpressionsId(@ForAll("fields") String field) {
        assertThat(ArxivIds.absId(field)).as(field).isEqualTo(ARXIV_ABS.matcher(field.strip()).replaceFirst(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2301.12345               | 2301.12345 | 2301.12345
            arXiv:2301.12345         | 2301.12345 | 2301.12345
            https://arxiv.org/abs/2301.12345v2 | 2301.12345v2 | 2301.12345v2
            HTTP://ArXiv.org/pdf/2301.12345.pdf | 2301.12345 | HTTP://ArXiv.org/pdf/2301.12345.pdf
            https://export.arxiv.org/abs/1 | https://export.arxiv.org/abs/1 | https://export.arxiv.org/abs/1
            """)
    void typedFieldsGiveTheirIds(String field, String id, String linkId) {
        assertThat(ArxivIds.id(field)).isEqualTo(id);
        assertThat(ArxivIds.absId(field)).isEqualTo(linkId);
    }
}
