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
            .withNews(List.of(
                    new NewsItem("", NewsDate.of(LocalDate.of(1952, 1, 9)), "", "Talk", true, UnknownFields.NONE),
                    new NewsItem("news-2026-12-06", NewsDate.of(LocalDate.of(2026, 12, 6)), "Fellowship announcement",
                            "Elected a Fellow", false, UnknownFields.NONE),
                    new NewsItem("news-2026-12-07", NewsDate.of(LocalDate.of(2026, 12, 7)), "",
                            "Gave the **Turing Lecture** at [the Royal Society](https://royalsociety.org).\n\nMore later.",
                            true, UnknownFields.NONE),
                    new NewsItem("", null, "", "", true, UnknownFields.NONE),
                    new NewsItem("news-2026-12-08", NewsDate.of(LocalDate.of(2026, 12, 8)), "", "", true, UnknownFields.NONE)));

    private String place(String path) {
        return ProblemPlace.of(Diagnostic.error(FieldPath.parse(path), "is wrong"), portfolio);
    }

    /** Seen in a real window: "Publication turing1937computable › year — year: "abc" is not a year". */
    @Test
    void theListNamesTheFieldOnceWhenTheMessageStartsWithIt() {
        assertThat(ProblemPlace.line(Diagnostic.error(FieldPath.parse("publications[0].year"), "year: \"abc\" is not a year"),
                portfolio)).isEqualTo("Publication turing1936 \u203a year \u2014 \"abc\" is not a year");
        assertThat(ProblemPlace.line(Diagnostic.error(FieldPath.parse("publications[0].title"), "has no title"), portfolio))
                .isEqualTo("Publication turing1936 \u203a title \u2014 has no title");
    }

    @Test
    void aRecordIsNamedByItsKeyAsTheScreensNameIt() {
        assertThat(place("publications[0].year")).isEqualTo("Publication turing1936 \u203a year");
        assertThat(place("publications[turing1936].links.pdf")).isEqualTo("Publication turing1936 \u203a links \u203a pdf");
    }

    @Test
    void aKeyWithAnOverrideLeftOpenDoesNotReverseTheFieldAndMessageAfterIt() {
        Portfolio hostile = Portfolio.empty().withPublications(List.of(Publication.builder("k\u202eey", "article").build()));
        assertThat(ProblemPlace.line(Diagnostic.error(FieldPath.parse("publications[0].year"), "is wrong"), hostile))
                .isEqualTo("Publication \u2068k\u202eey\u2069 \u203a year \u2014 is wrong");
    }

    @Test
    void aRecordWithoutAKeyIsNamedByItsPlaceInTheList() {
        assertThat(place("publications[1].citationKey")).isEqualTo("Publication #2 \u203a citation key");
        assertThat(place("news[3].body")).isEqualTo("News item #4 \u203a body");
    }

    /** Seen in the Problems list: "News item news-2026-12-06 › date", an id the news screen shows nowhere. */
    @Test
    void aNewsItemIsNamedAsTheNewsScreenShowsItByTitleOrFirstWordsAndDate() {
        assertThat(place("news[1].date")).isEqualTo("News item \u201cFellowship announcement\u201d of 2026-12-06 \u203a date");
        assertThat(place("news[news-2026-12-06].title"))
                .isEqualTo("News item \u201cFellowship announcement\u201d of 2026-12-06 \u203a title");
        assertThat(place("news[2].body"))
                .isEqualTo("News item \u201cGave the Turing Lecture at the Royal Society.\u201d of 2026-12-07 \u203a body");
        assertThat(place("news[0].date")).isEqualTo("News item \u201cTalk\u201d of 1952-01-09 \u203a date");
        assertThat(place("news[gone].date")).isEqualTo("News item gone \u203a date");
    }

    /** Seen: a news item just added (no title, no text yet) was "News item news-2026-12-08 of 2026-12-08 › body". */
    @Test
    void aNewsItemWithoutTitleOrTextIsNamedByItsRowAndDateNotItsId() {
        assertThat(place("news[4].body")).isEqualTo("News item #5 of 2026-12-08 \u203a body");
        assertThat(place("news[news-2026-12-08].body")).isEqualTo("News item #5 of 2026-12-08 \u203a body");
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
