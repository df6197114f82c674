package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.importer.bibtex.BibtexImportResult;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.importer.bibtex.BibtexMerge;
import org.scholarfolio.store.PortfolioStore;

/**
 * Every field of the registry behaves as its description says, in every format at once: a field
 * added as one constant is covered here without a new line of test.
 */
class PublicationFieldTest {
    @TempDir
    Path tmp;

    /** A publication with every field set to a value of its kind. */
    static Publication everyField() {
        Publication.Builder b = Publication.builder("ada1843notes", "article");
        for (PublicationField f : PublicationField.values()) {
            switch (f.kind()) {
                case TEXT, MARKDOWN -> f.withText(b, "Value of " + f.jsonKey());
                case VERBATIM -> f.withText(b, "assets/" + f.jsonKey() + ".png");
                case IDENTIFIER -> f.withText(b, f == PublicationField.DOI ? "10.1000/x_1" : "id-" + f.jsonKey());
                case FLAG -> f.withFlag(b, f != PublicationField.AND_OTHERS);
                case INTEGER -> f.withNumber(b, 1843);
                case MONTH -> f.withNumber(b, 9);
                case NAMES -> b.authors(List.of(Author.of("Ada", "Lovelace")));
            }
        }
        return b.build();
    }

    @Test
    void keysAndSpellingsNameOneFieldEach() {
        Set<String> json = new HashSet<>();
        Set<String> bibtex = new HashSet<>(LinkKind.allSpellings());
        for (PublicationField f : PublicationField.values()) {
            assertThat(json.add(f.jsonKey())).as(f.jsonKey()).isTrue();
            f.bibtexKey().ifPresent(k -> assertThat(bibtex.add(k)).as(k).isTrue());
            f.aliases().forEach(a -> assertThat(bibtex.add(a)).as(a).isTrue());
            assertThat(PublicationField.byJsonKey(f.jsonKey())).contains(f);
        }
        assertThat(PublicationField.byBibtexKey("JournalTitle")).contains(PublicationField.JOURNAL);
    }

    @Test
    void bibtexOrderHoldsEveryFieldWithABibtexKeyOnce() {
        List<PublicationField> withKey = new ArrayList<>();
        for (PublicationField f : PublicationField.values()) {
            f.bibtexKey().ifPresent(k -> withKey.add(f));
        }
        assertThat(PublicationField.bibtexOrder()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(withKey);
    }

    @Test
    void everyFieldSurvivesTheFileAndBibtex() throws Exception {
        Publication p = everyField();
        PortfolioStore.save(tmp, Portfolio.empty().withPublications(List.of(p)));
        assertThat(PortfolioStore.load(tmp).portfolio().publications()).containsExactly(p);

        BibtexImportResult back = new BibtexImporter().read(BibtexWriter.complete().write(p), "all.bib");
        Publication read = back.publications().get(0);
        for (PublicationField f : PublicationField.values()) {
            if (f.bibtexKey().isPresent()) {
                assertThat(f.value(read)).as(f.jsonKey()).isEqualTo(f.value(p));
            }
        }
    }

    @Test
    void thePublicBibKeepsExactlyThePublicFields() {
        String bib = BibtexWriter.publicCopy().write(everyField());
        for (PublicationField f : PublicationField.values()) {
            f.bibtexKey().ifPresent(k -> assertThat(bib.contains("  " + k + " = ")).as(k).isEqualTo(f.inPublicBib()));
        }
    }

    @Test
    void aCrossrefChildInheritsOnlyInheritedFields() {
        Publication parent = everyField();
        String bib = BibtexWriter.complete().write(parent.toBuilder().citationKey("parent").entryType("misc").build())
                + "\n@misc{child, crossref = {parent}}\n";
        Publication child = new BibtexImporter().read(bib, "c.bib").publications().get(1);
        for (PublicationField f : PublicationField.values()) {
            if (f.bibtexKey().isPresent() && f.isText()) {
                assertThat(child.text(f)).as(f.jsonKey()).isEqualTo(f.inherited() ? parent.text(f) : "");
            }
        }
    }

    @Test
    void anImportFillsEmptyFieldsAndKeepsWhatTheFileLacks() {
        Publication old = everyField();
        Publication in = Publication.builder("ada1843notes", "article").title("New title").build();
        Publication merged = BibtexMerge.update(old, in);
        for (PublicationField f : PublicationField.values()) {
            Object expected = f == PublicationField.TITLE ? "New title" : f.value(old);
            assertThat(f.value(merged)).as(f.jsonKey()).isEqualTo(expected);
        }
        assertThat(BibtexMerge.changedFields(old, merged)).containsExactly("title");
    }

    @Test
    void aFieldAnOlderVersionKeptAmongTheBibtexFieldsIsReadAsTheField() throws Exception {
        java.nio.file.Files.writeString(tmp.resolve(PortfolioStore.FILE_NAME), """
                {"schemaVersion": 1, "publications": [{"citationKey": "k", "entryType": "misc",
                  "bibtexFields": {"primaryclass": "cs.CL", "series": "LNCS"}}]}
                """);
        Publication p = PortfolioStore.load(tmp).portfolio().publications().get(0);
        assertThat(p.text(PublicationField.PRIMARY_CLASS)).isEqualTo("cs.CL");
        assertThat(p.bibtexFields()).containsOnlyKeys("series");
    }

    @Test
    void theFormTextOfANumberIsWhatWasTyped() {
        Publication.Builder b = Publication.builder("k", "misc");
        PublicationField.YEAR.withTyped(b, "in press");
        Publication p = b.build();
        assertThat(p.year()).isNull();
        assertThat(PublicationField.YEAR.asText(p)).isEqualTo("in press");
        assertThat(PublicationField.YEAR.asText(PublicationField.YEAR.withTyped(p.toBuilder(), "1999").build()))
                .isEqualTo("1999");
    }
}
