package org.scholarfolio.importer.alfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;

/**
 * Pages whose permalink has folders in it ({@code /join/postdocs/}): a portfolio's page lives at
 * {@code /<slug>/}, so such a page is imported at {@code /join-postdocs/}, and the links the site's
 * other texts make to its old address would lead nowhere on the exported site. Each link to such an
 * address (a Markdown link or an {@code href}, with or without the last slash, with a {@code #part})
 * is written as the page's new one, and each moved page is reported once with the number of links.
 */
final class PageAddresses {
    /** A moved page: the file it was read from, the line of its permalink, its old address and its slug. */
    record Moved(String fileName, int line, String address, String slug) {
    }

    private final List<Moved> moved;
    private final List<Pattern> patterns = new ArrayList<>();
    private final int[] rewritten;

    PageAddresses(List<Moved> moved) {
        this.moved = List.copyOf(moved);
        for (Moved m : this.moved) {
            patterns.add(Pattern.compile("(\\]\\(<?|\\bhref\\s*=\\s*[\"']?)/" + Pattern.quote(m.address())
                    + "(?:\\.html?|/)?(?=[#?)\"'>\\s]|$)"));
        }
        rewritten = new int[this.moved.size()];
    }

    /** {@code text} with each link to a moved page's old address written as its new one. */
    String rewrite(String text) {
        if (text == null || text.isEmpty() || moved.isEmpty()) {
            return text;
        }
        String out = text;
        for (int i = 0; i < moved.size(); i++) {
            if (!out.contains("/" + moved.get(i).address())) {
                continue;
            }
            Matcher m = patterns.get(i).matcher(out);
            StringBuilder b = new StringBuilder(out.length());
            while (m.find()) {
                rewritten[i]++;
                m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + "/" + moved.get(i).slug() + "/"));
            }
            m.appendTail(b);
            out = b.toString();
        }
        return out;
    }

    List<Page> pages(List<Page> pages) {
        return pages.stream().map(p -> p.withBody(rewrite(p.body()))).toList();
    }

    List<NewsItem> news(List<NewsItem> news) {
        return news.stream().map(n -> n.withBody(rewrite(n.body()))).toList();
    }

    /** One warning per moved page, with how many links to it were written anew; call after every text is rewritten. */
    void report(ImportFindings findings) {
        for (int i = 0; i < moved.size(); i++) {
            Moved m = moved.get(i);
            findings.warn(m.fileName(), m.line(), Diagnostic.Kind.ADJUSTED, "the address /" + m.address()
                    + "/ is not one a portfolio's page can have (each lives at /<name>/); the page is imported as /"
                    + m.slug() + "/" + (rewritten[i] == 0 ? ""
                    : rewritten[i] == 1 ? " and the link to it in the site's texts leads there"
                    : " and the " + rewritten[i] + " links to it in the site's texts lead there") + " (an address kept elsewhere, such as a bookmark, needs the new one)");
        }
    }
}
