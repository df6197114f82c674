package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.UnknownFields;

/**
 * The preview's model of one kind of page ({@link SiteModelBuilder#forPreviewOf}) has views of the
 * records that kind of page shows only (the about page: the selected papers and the listed news
 * items); its pages must come out of it exactly as out of the whole model, with the same records
 * named in them.
 */
class PreviewPageModelTest {
    @TempDir
    static Path temp;

    static Stream<Arguments> portfolios() throws IOException {
        Path fixtureDir = FixturePortfolio.writeAssets(temp.resolve("fixture"));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Portfolio generated = PortfolioGenerator.generate(600, 40, 7);
        return Stream.of(
                Arguments.of("the fixture", FixturePortfolio.portfolio(), fixtureDir),
                Arguments.of("600 papers (a list split by year), 40 news items", generated, empty),
                Arguments.of("selected papers named like earlier ones and like year pages", sameNames(generated), empty),
                Arguments.of("every news item listed", generated.withSite(generated.site().toBuilder().newsLimit(0).build()), empty),
                Arguments.of("more listed than there are", generated.withSite(generated.site().toBuilder().newsLimit(100).build()), empty),
                Arguments.of("news not shown", generated.withSite(generated.site().toBuilder().showNews(false).build()), empty),
                Arguments.of("selected papers not shown",
                        generated.withSite(generated.site().toBuilder().showSelectedPapers(false).build()), empty),
                Arguments.of("undated news and news of one day and title", oddNews(generated), empty),
                Arguments.of("no papers, no news", generated.withPublications(List.of()).withNews(List.of()), empty),
                Arguments.of("nothing selected", generated.withPublications(generated.publications().stream()
                        .map(p -> p.toBuilder().selected(false).build()).toList()), empty));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("portfolios")
    void eachKindOfPageIsTheWholeModelsPage(String name, Portfolio portfolio, Path dir) {
        SiteModel whole = model(portfolio, dir, null);
        SiteRenderer renderer = new SiteRenderer(new DefaultThemePages());
        List<String> aboutAndExtra = new ArrayList<>(List.of(Routes.HOME));
        whole.pages().keySet().forEach(slug -> aboutAndExtra.add(Routes.page(slug)));
        List<String> lists = whole.publicationList().pages().stream().map(PublicationList.ListPage::path).toList();
        List<String> news = new ArrayList<>(whole.news().isEmpty() ? List.of() : List.of(Routes.NEWS));
        news.addAll(whole.newsPages().keySet());
        samePages(renderer, portfolio, whole, model(portfolio, dir, SitePage.Kind.HOME), aboutAndExtra);
        samePages(renderer, portfolio, whole, model(portfolio, dir, SitePage.Kind.PUBLICATIONS), lists);
        samePages(renderer, portfolio, whole, model(portfolio, dir, SitePage.Kind.NEWS), news);
        assertThat(model(portfolio, dir, SitePage.Kind.HOME).nav()).isEqualTo(whole.nav());
    }

    /** Each of {@code paths} as the whole model and {@code part} render it, with the records the preview names in it. */
    private static void samePages(SiteRenderer renderer, Portfolio portfolio, SiteModel whole, SiteModel part,
                                  List<String> paths) {
        for (String path : paths) {
            String expected = html(renderer, whole, path);
            String actual = html(renderer, part, path);
            assertThat(actual).as(path).isEqualTo(expected);
            assertThat(PagePreview.markRecords(actual, part, portfolio)).as(path)
                    .isEqualTo(PagePreview.markRecords(expected, whole, portfolio));
        }
    }

    @Test
    void eachKindOfPageHasOnlyTheViewsItShows() {
        Portfolio portfolio = PortfolioGenerator.generate(600, 40, 7);
        long selected = portfolio.publications().stream().filter(Publication::selected).count();
        assertThat(selected).isPositive();
        SiteModel about = model(portfolio, temp, SitePage.Kind.HOME);
        assertThat(about.publications()).hasSize((int) selected);
        assertThat(about.news()).hasSize(Math.min(40, portfolio.site().newsLimit()));
        SiteModel publications = model(portfolio, temp, SitePage.Kind.PUBLICATIONS);
        assertThat(publications.publications()).hasSize(600);
        assertThat(publications.news()).isEmpty();
        SiteModel news = model(portfolio, temp, SitePage.Kind.NEWS);
        assertThat(news.publications()).isEmpty();
        assertThat(news.news()).hasSize(40);
        assertThat(model(portfolio, temp, null).publications()).hasSize(600);
    }

    @Test
    void aListWithNothingInItIsPreviewedFromTheAboutPagesModel() {
        Portfolio generated = PortfolioGenerator.generate(20, 3, 7);
        assertThat(PagePreview.viewsFor(generated, SitePage.publications())).isEqualTo(SitePage.Kind.PUBLICATIONS);
        assertThat(PagePreview.viewsFor(generated.withPublications(List.of()), SitePage.publications()))
                .isEqualTo(SitePage.Kind.HOME);
        assertThat(PagePreview.viewsFor(generated, SitePage.newsItem(1))).isEqualTo(SitePage.Kind.NEWS);
        Portfolio undated = generated.withNews(generated.news().stream().map(n -> n.withInvalidDate("soon")).toList());
        assertThat(PagePreview.viewsFor(undated, SitePage.news())).isEqualTo(SitePage.Kind.HOME);
        assertThat(PagePreview.viewsFor(generated, SitePage.page(0))).isEqualTo(SitePage.Kind.HOME);
    }

    /** The model for the preview of {@code page}'s kind; null: the whole model, as an export builds it. */
    private static SiteModel model(Portfolio portfolio, Path dir, SitePage.Kind page) {
        SiteAssets assets = new SiteAssets(dir, new ArrayList<>());
        SiteModelBuilder builder = new SiteModelBuilder(portfolio, new ExportOptions("", LocalDate.of(2026, 11, 24), "default", 1),
                MarkdownRenderer.shared(), assets, new ArrayList<>());
        return (page == null ? builder : builder.forPreviewOf(page)).build();
    }

    private static String html(SiteRenderer renderer, SiteModel site, String path) {
        return new String(renderer.render(site, path).orElseThrow().bytes(), StandardCharsets.UTF_8);
    }

    /**
     * Every tenth paper takes the key of the paper before it, and some take a year's name: the
     * later one's address gets "-2", and a year page's folder is never a paper's.
     */
    private static Portfolio sameNames(Portfolio p) {
        List<Publication> pubs = new ArrayList<>(p.publications());
        for (int i = 1; i < pubs.size(); i++) {
            if (i % 10 == 7) {
                pubs.set(i, pubs.get(i).toBuilder().citationKey(pubs.get(i - 1).citationKey()).build());
            } else if (i % 50 == 3) {
                pubs.set(i, pubs.get(i).toBuilder().citationKey("2024").selected(true).build());
            }
        }
        return p.withPublications(pubs);
    }

    /** Undated items first (left out of the site), then two items of one day with one title. */
    private static Portfolio oddNews(Portfolio p) {
        List<NewsItem> news = new ArrayList<>(p.news());
        news.add(0, news.get(3).withInvalidDate("soon"));
        NewsItem newest = new NewsItem("same-a", NewsDate.parse("2026-12-01"), "One title", "First.", false, UnknownFields.NONE);
        news.add(newest);
        news.add(new NewsItem("same-b", NewsDate.parse("2026-12-01"), "One title", "Second.", false, UnknownFields.NONE));
        return p.withNews(news);
    }
}
