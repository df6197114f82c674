package org.scholarfolio.site;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.scholarfolio.files.OutputFile;

/** One kind of page or file of the site: the paths it makes from a site model, and each one's content. */
interface PageRenderer {
    /** What a page reads, so that an export can keep a page none of whose inputs changed. */
    enum Inputs {
        /** The site-wide records (profile, settings, extra pages, options) and nothing else. */
        SITE,
        /** The site-wide records and the one publication or news item the page is of. */
        OWN_RECORD,
        /** The site-wide records and every news item (the news list, the feed). */
        NEWS,
        /**
         * The site-wide records, the publications one list page shows and what every list page
         * shows of the whole list (its size, the legend of author marks, the year pages).
         */
        LIST_PAGE,
        /** Any record of the portfolio (lists, feeds, the home page). */
        EVERYTHING
    }

    /** The site paths this renderer makes, in a stable order; empty when the site has none. */
    List<String> paths(SiteModel site);

    /** The file at {@code path}, one of {@link #paths}. */
    OutputFile render(SiteModel site, String path);

    Inputs inputs();

    static PageRenderer of(Function<SiteModel, List<String>> paths, BiFunction<SiteModel, String, OutputFile> render) {
        return of(Inputs.EVERYTHING, paths, render);
    }

    static PageRenderer of(Inputs inputs, Function<SiteModel, List<String>> paths,
                           BiFunction<SiteModel, String, OutputFile> render) {
        return new PageRenderer() {
            @Override
            public List<String> paths(SiteModel site) {
                return paths.apply(site);
            }

            @Override
            public OutputFile render(SiteModel site, String path) {
                return render.apply(site, path);
            }

            @Override
            public Inputs inputs() {
                return inputs;
            }
        };
    }
}
