package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholarfolio.model.Diagnostic;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.Views.PublicationView;

class PublicationViewsTest {
    private static final List<String> ROOTS = List.of("../", "../../", "");

    @TempDir
    Path portfolioDir;
    private final List<Diagnostic> warnings = new ArrayList<>();
    private Portfolio portfolio;
    private PublicationViews factory;

    @BeforeEach
    void setUp() throws IOException {
        FixturePortfolio.writeAssets(portfolioDir);
        portfolio = FixturePortfolio.portfolio();
        SiteAssets assets = new SiteAssets(portfolioDir, warnings);
        LocalLinks links = new LocalLinks(assets, Set.of("collaboration", "publications"), warnings);
        factory = new PublicationViews(MarkdownRenderer.shared(), new AuthorNames(portfolio.profile()), assets, links,
                new MetricBadges(true, portfolio.profile(), warnings));
    }

    @Test
    void aPublicationWithoutLinksIntoTheSiteIsMadeOnceForEveryDepth() {
        List<PublicationView> views = factory.views(publication("zhang2022bilevel"), "zhang2022bilevel", ROOTS);

        assertThat(views).hasSize(3).allSatisfy(v -> assertThat(v).isSameAs(views.get(0)));
        assertThat(views.get(0)).isEqualTo(factory.view(publication("zhang2022bilevel"), "zhang2022bilevel", "../../"));
    }

    @Test
    void aPublicationLinkingIntoTheSiteGetsItsLinksFromEachDepth() {
        Publication p = publication("zhang2024unlearn");
        List<PublicationView> views = factory.views(p, "zhang2024unlearn", ROOTS);

        assertThat(views).extracting(PublicationView::abstractHtml).containsExactly(
                factory.view(p, "zhang2024unlearn", "../").abstractHtml(),
                factory.view(p, "zhang2024unlearn", "../../").abstractHtml(),
                factory.view(p, "zhang2024unlearn", "").abstractHtml());
        assertThat(views.get(1).abstractHtml()).contains("href=\"../../collaboration/index.html\"");
        assertThat(views.get(2).abstractHtml()).contains("href=\"collaboration/index.html\"");
    }

    @Test
    void anAuthorOnSeveralPublicationsIsOneViewHeldByEach() {
        Publication p = publication("zhang2022bilevel");
        Publication other = p.toBuilder().citationKey("zhang2023other").title("Another paper by the same authors").build();

        List<Views.AuthorView> first = factory.view(p, "zhang2022bilevel", "../").authors();
        List<Views.AuthorView> second = factory.view(other, "zhang2023other", "../").authors();

        assertThat(second).hasSameSizeAs(first).isNotEmpty();
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as(first.get(i).name()).isSameAs(first.get(i));
        }
    }

    @Test
    void anAuthorWhoseNameHasNoMarkupHoldsOneStringForItsTextAndItsHtml() {
        Views.AuthorView author = factory.view(publication("zhang2022bilevel"), "zhang2022bilevel", "../").authors().get(0);

        assertThat(author.nameHtml()).isEqualTo(author.name()).isSameAs(author.name());
    }

    private Publication publication(String key) {
        return portfolio.publications().stream().filter(p -> p.citationKey().equals(key)).findFirst().orElseThrow();
    }
}
