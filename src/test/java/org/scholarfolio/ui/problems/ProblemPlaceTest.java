package org.scholarfolio.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.UnknownFields;

class ProblemPlaceTest {
    private final Portfolio portfolio = Portfolio.empty()
            .withPublications(List.of(Publication.builder("turing1936", "article").build(),
                    Publication.builder("", "article").build()))
            .withNews(List.of(new NewsItem("", NewsDate.of(LocalDate.of(1952, 1, 9)), "", "Talk", true, UnknownFields.NONE)));

    private String place(String path) {
        return ProblemPlace.of(Diagnostic.error(FieldPath.parse(path), "is wrong"), portfolio);
    }

    @Test
    void aRecordIsNamedByItsKeyAsTheScreensNameIt() {
        assertThat(place("publications[0].year")).isEqualTo("Publication turing1936 \u203a year");
        assertThat(place("publications[turing1936].links.pdf")).isEqualTo("Publication turing1936 \u203a links \u203a pdf");
    }

    @Test
    void aRecordWithoutAKeyIsNamedByItsPlaceInTheList() {
        assertThat(place("publications[1].citationKey")).isEqualTo("Publication #2 \u203a citation key");
        assertThat(place("news[0].date")).isEqualTo("News item #1 \u203a date");
    }

    @Test
    void nestedListsCountFromOneAndProfileFieldsReadAsWords() {
        assertThat(place("publications[0].authors[2].url")).isEqualTo("Publication turing1936 \u203a authors 3 \u203a url");
        assertThat(place("profile.addressLines")).isEqualTo("Profile \u203a address lines");
        assertThat(place("site.baseUrl")).isEqualTo("Site \u203a base url");
    }

    @Test
    void aProblemOfTheFileItselfKeepsItsFileAndLine() {
        Diagnostic unread = Diagnostic.imported("papers.bib", 12, Diagnostic.Kind.UNREADABLE, "no closing brace");
        assertThat(ProblemPlace.of(unread, portfolio)).isEqualTo(unread.where()).contains("papers.bib");
    }
}
