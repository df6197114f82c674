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
    /** A page rendered before the window asked for it, taken (once) in place of rendering it again. */
    interface PageAhead {
        /** The page of {@code portfolio} (this very instance) in {@code folder}, when it is at hand; else null. */
        String take(Portfolio portfolio, Path folder, SitePage page);
    }

    private final CompletableFuture<PagePreview> pages;
    private final Supplier<Path> portfolioFolder;
    private final PageAhead ahead;

    /** {@code portfolioFolder}: where the open portfolio's files are, or null for an unsaved one. */
    SitePreviewRenderer(PagePreview pages, Supplier<Path> portfolioFolder) {
        this(CompletableFuture.completedFuture(pages), portfolioFolder, (portfolio, folder, page) -> null);
    }

    /**
     * {@code pages}: the renderer once it is ready (warmed up while the toolkit starts); renders wait for it.
     * {@code ahead}: asked first, after {@code pages} is ready, for the page the warm-up rendered.
     */
    SitePreviewRenderer(CompletableFuture<PagePreview> pages, Supplier<Path> portfolioFolder, PageAhead ahead) {
        this.pages = pages;
        this.portfolioFolder = portfolioFolder;
        this.ahead = ahead;
    }

    @Override
    public String render(Portfolio portfolio, PreviewTarget target) {
        return render(portfolio, portfolioFolder.get(), target);
    }

    @Override
    public PreviewRenderer snapshot() {
        Path folder = portfolioFolder.get();
        return (portfolio, target) -> render(portfolio, folder, target);
    }

    private String render(Portfolio portfolio, Path folder, PreviewTarget target) {
        PagePreview renderer = pages.join();
        SitePage page = sitePage(target);
        String rendered = ahead.take(portfolio, folder, page);
        return rendered != null ? rendered : renderer.render(portfolio, folder, page);
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
