package org.scholarfolio.importer.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.Publication;

/**
 * {@code talk = {https://…}} in a .bib read by the BibTeX import is a link button of the paper's own ("Talk"), as the
 * al-folio import makes a site's own buttons; before, it stayed a BibTeX field that only the paper's BibTeX showed.
 */
class OwnLinksFromFieldsTest {
    private static Publication read(String bib) {
        return new BibtexImporter().read(bib, "papers.bib").publications().get(0);
    }

    @Test
    void aFieldOfOnesOwnHoldingOneWebAddressIsALinkOfThePapersOwn() {
        Publication p = read("""
                @inproceedings{holt2023, title = {Short Keys}, year = 2023,
                  talk = {https://video.example.org/watch?v=a\\_b},
                  recording = {https://media.example.org/r/1},
                  slides = {https://example.org/slides.pdf}, code = {https://git.example.org/holt/keys}}
                """);
        assertThat(p.links().own()).containsExactly(OwnLink.of("Talk", "https://video.example.org/watch?v=a_b"),
                OwnLink.of("Recording", "https://media.example.org/r/1"));
        // the known kinds stay the paper's buttons of that kind
        assertThat(p.links().asMap()).containsEntry("slides", "https://example.org/slides.pdf")
                .containsEntry("code", "https://git.example.org/holt/keys");
        assertThat(p.bibtexFields()).doesNotContainKeys("talk", "recording");
    }

    @Test
    void toolsAddressesFieldsWithAMeaningAndOtherTextStayBibtexFields() {
        Publication p = read("""
                @article{dblp, title = {T}, year = 2020,
                  biburl = {https://dblp.org/rec/journals/x/Y20.bib},
                  bdsk-url-1 = {https://example.org/paper},
                  series = {https://example.org/series},
                  talk = {see https://video.example.org/watch/1},
                  poster2 = {poster.pdf},
                  demo = {javascript:alert(1)}}
                """);
        assertThat(p.links().own()).isEmpty();
        assertThat(p.bibtexFields()).containsKeys("biburl", "bdsk-url-1", "series", "talk", "poster2", "demo");
    }

    @Test
    void theLinkIsWrittenBackAsTheFieldItWasAndReadsBackTheSame() {
        Publication p = read("@misc{t, title = {T}, year = 2021, talk = {https://video.example.org/watch/1}}");
        String written = BibtexWriter.complete().write(List.of(p));
        assertThat(written).contains("  talk = {https://video.example.org/watch/1},\n");
        assertThat(read(written)).isEqualTo(p);
    }
}
