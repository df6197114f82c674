package org.scholarfolio.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.site.SitePage;
import org.scholarfolio.ui.preview.PreviewRenderer;
import org.scholarfolio.ui.preview.PreviewTarget;

/** The live preview rendered by the site exporter's own page renderer. */
final class SitePreviewRenderer implements PreviewRenderer {
    private final CompletableFuture<PagePreview> pages;
    private final Supplier<Path> portfolioFolder;

    /** {@code portfolioFolder}: where the open portfolio's files are, or null for an unsaved one. */
    SitePreviewRenderer(PagePreview pages, Supplier<Path> portfolioFolder) {
        this(CompletableFuture.completedFuture(pages), portfolioFolder);
    }

    /** {@code pages}: the renderer once it is ready (warmed up while the toolkit starts); renders wait for it. */
    SitePreviewRenderer(CompletableFuture<PagePreview> pages, Supplier<Path> portfolioFolder) {
        this.pages = pages;
        this.portfolioFolder = portfolioFolder;
    }

    @Override
    public String render(Portfolio portfolio, PreviewTarget target) {
        return pages.join().render(portfolio, portfolioFolder.get(), sitePage(target));
    }

    @Override
    public PreviewRenderer snapshot() {
        Path folder = portfolioFolder.get();
        return (portfolio, target) -> pages.join().render(portfolio, folder, sitePage(target));
    }

    static SitePage sitePage(PreviewTarget target) {
        if (target instanceof PreviewTarget.Publications) {
            return SitePage.publications();
        } else if (target instanceof PreviewTarget.NewsList) {
            return SitePage.news();
        } else if (target instanceof PreviewTarget.NewsItem item) {
            return SitePage.newsItem(item.index());
        } else if (target instanceof PreviewTarget.Page page) {
            return SitePage.page(page.index());
        }
        return SitePage.home();
    }
}
