package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scholarfolio.testing.PortfolioEdits.withBio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

/**
 * The preview's own counts (the note above the page, the paragraph that says what a long text leaves out)
 * were written "1,200" in every locale while the sidebar, the filter and the problems said "1.200" in German:
 * they are written in the user's formatting locale like every other count.
 */
class PreviewCountsInTheUsersLocaleTest {
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    @BeforeEach
    void german() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
    }

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void theNoteAboveTheListCountsInTheUsersLocale() {
        List<Publication> papers = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            papers.add(Publication.builder("key" + i, "article").title("Paper " + i).year(1900 + i / 10).build());
        }
        PreviewExcerpts excerpts = new PreviewExcerpts(new LongTextWindow(), new PublicationWindow(1_100));

        PreviewExcerpts.Bounded bounded = excerpts.bound(Portfolio.empty().withPublications(papers));

        // the newest 1,100 and one of each of the ten older years
        assertThat(bounded.note("portfolio.json")).isEqualTo("Preview: 1.110 of 1.200 publications; export: all.");
    }

    @Test
    void aLongTextsNoteAndItsOmissionCountInTheUsersLocale() {
        StringBuilder bio = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            bio.append("Paragraph ").append(i).append(" of a long biography.\n\n");
        }
        Portfolio p = withBio(Portfolio.empty(), bio.toString());
        PreviewExcerpts excerpts = new PreviewExcerpts(new LongTextWindow(1_000));

        PreviewExcerpts.Bounded bounded = excerpts.bound(p);

        assertThat(bounded.note("portfolio.json")).startsWith("portfolio.json › profile.bio is 7.090 characters long")
                .contains("characters 1–");
        assertThat(bounded.portfolio().profile().bio()).containsPattern("leaves out \\d\\.\\d{3} characters of profile.bio");
    }
}
