package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.RecordList;

/**
 * The preview's renders keep the views of the records the render before showed: a key typed into
 * one publication makes that publication's views again, not those of every entry on the page, and
 * the page is the one a fresh render of the same snapshot gives, character for character.
 */
class PreviewKeptViewsTest {
    private static final Pattern RECORD = Pattern.compile("data-record=\"publications\\[(\\d+)]\"");

    @TempDir
    Path temp;
    Path folder;
    Path staging;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(temp.resolve("portfolio"));
        staging = temp.resolve("staging");
    }

    private String fresh(Portfolio p, SitePage page) {
        return new PagePreview(MarkdownRenderer.shared(), staging).render(p, folder, page);
    }

    private static Portfolio retitled(Portfolio p, int index, String title) {
        Publication pub = p.publications().get(index);
        return p.withPublications(RecordList.of(p.publications()).with(index, pub.toBuilder().title(title).build()));
    }

    private static int firstShown(String html) {
        Matcher m = RECORD.matcher(html);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aKeyTypedIntoOnePublicationMakesThatOnesViewsAndShowsExactlyTheNewText() {
        PagePreview preview = new PagePreview(MarkdownRenderer.shared(), staging);
        Portfolio p = PortfolioGenerator.generate(400, 20, PortfolioGenerator.DEFAULT_SEED);
        String first = preview.render(p, folder, SitePage.publications());
        int shown = preview.viewsMade();
        assertThat(shown).isGreaterThan(200);
        int edited = firstShown(first);
        String title = p.publications().get(edited).title();

        for (String typed : new String[] {title + " a", title + " ab", title + " abc", title.substring(0, 5)}) {
            p = retitled(p, edited, typed);
            String page = preview.render(p, folder, SitePage.publications());

            assertThat(preview.viewsMade()).as("views made again for one edited publication").isEqualTo(1);
            assertThat(page).contains(">" + typed + "</a>").isEqualTo(fresh(p, SitePage.publications()));
        }
    }

    @Test
    void whatEveryViewReadsChangingMakesEveryViewAgain() {
        PagePreview preview = new PagePreview(MarkdownRenderer.shared(), staging);
        Portfolio p = PortfolioGenerator.generate(120, 20, PortfolioGenerator.DEFAULT_SEED);
        preview.render(p, folder, SitePage.publications());
        int shown = preview.viewsMade();

        // The researcher's name marks their entries in every author list.
        p = p.withProfile(p.profile().toBuilder().nameVariants(java.util.List.of("Kwame Jensen")).build());
        String page = preview.render(p, folder, SitePage.publications());
        assertThat(preview.viewsMade()).isEqualTo(shown);
        assertThat(page).isEqualTo(fresh(p, SitePage.publications()));

        p = p.withSite(p.site().toBuilder().showMetricBadges(!p.site().showMetricBadges()).build());
        page = preview.render(p, folder, SitePage.publications());
        assertThat(preview.viewsMade()).isEqualTo(shown);
        assertThat(page).isEqualTo(fresh(p, SitePage.publications()));
    }

    @Test
    void pagesOfOtherKindsBetweenEditsShowTheSameAsFreshRenders() {
        PagePreview preview = new PagePreview(MarkdownRenderer.shared(), staging);
        Portfolio p = PortfolioGenerator.generate(150, 30, PortfolioGenerator.DEFAULT_SEED);
        int edited = firstShown(preview.render(p, folder, SitePage.publications()));
        for (int k = 0; k < 3; k++) {
            p = retitled(p, edited, "Edited " + k);
            for (SitePage page : new SitePage[] {SitePage.home(), SitePage.publications(), SitePage.news(),
                    SitePage.publications()}) {
                assertThat(preview.render(p, folder, page)).as("%s after edit %d", page, k).isEqualTo(fresh(p, page));
            }
        }
    }

    @Test
    void aFileAddedToThePortfolioFolderIsSeenOnceTheListingIsOld() throws Exception {
        PagePreview preview = new PagePreview(MarkdownRenderer.shared(), staging);
        Portfolio p = PortfolioGenerator.generate(60, 5, PortfolioGenerator.DEFAULT_SEED);
        preview.render(p, folder, SitePage.publications());
        Files.writeString(folder.resolve("notes.txt"), "a file beside the portfolio");
        Thread.sleep(PagePreview.LISTING_NANOS / 1_000_000 + 50);

        preview.render(p, folder, SitePage.publications());
        assertThat(preview.viewsMade()).as("a new listing: every view made again").isGreaterThan(1);
    }
}
