package org.scholarfolio.site;

import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;

import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.markdown.LinkRewriter;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.markdown.RenderedMarkdown;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Doi;
import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.Publication;
import org.scholarfolio.site.Views.AuthorView;
import org.scholarfolio.site.Views.Link;
import org.scholarfolio.site.Views.PublicationView;

/** Turns publications into what the publication list and pages show. */
final class PublicationViews {
    // Compiled once, not per publication.
    private static final Pattern LINE_MARKER = Pattern.compile("(?m)^(\\s*)([*+-])(?=\\s)");

    private final MarkdownRenderer markdown;
    private final AuthorNames researcher;
    private final SiteAssets assets;
    private final LocalLinks localLinks;
    private final MetricBadges metrics;
    private final SharedValues shared;
    private final BibtexWriter bibtex = BibtexWriter.publicCopy();

    PublicationViews(MarkdownRenderer markdown, AuthorNames researcher, SiteAssets assets, LocalLinks localLinks,
                     MetricBadges metrics) {
        this(markdown, researcher, assets, localLinks, metrics, new SharedValues());
    }

    /** Showing authors, venues and years through {@code shared}, which the other publications of the site model share. */
    PublicationViews(MarkdownRenderer markdown, AuthorNames researcher, SiteAssets assets, LocalLinks localLinks,
                     MetricBadges metrics, SharedValues shared) {
        this.shared = shared;
        this.markdown = markdown;
        this.metrics = metrics;
        this.localLinks = localLinks;
        this.researcher = researcher;
        this.assets = assets;
    }

    /**
     * The publication as shown on pages whose ways back to the site root are {@code roots}, one
     * view per root in that order. Only links in its Markdown fields differ between depths, and
     * most publications have none into the site: their view is made once and shown from every depth.
     */
    List<PublicationView> views(Publication p, String slug, List<String> roots) {
        List<PublicationView> views = new ArrayList<>(roots.size());
        LocalLinks.PageLinks first = localLinks.trackingForPage(roots.get(0), record(p, slug));
        PublicationView view = view(p, slug, first);
        views.add(view);
        for (String root : roots.subList(1, roots.size())) {
            views.add(first.usedRoot() ? view(p, slug, root) : view);
        }
        return views;
    }

    /** The publication as shown on a page whose way back to the site root is {@code root}. */
    PublicationView view(Publication p, String slug, String root) {
        return view(p, slug, localLinks.forPage(root, record(p, slug)));
    }

    private static String record(Publication p, String slug) {
        return "publications[" + (p.citationKey().isBlank() ? slug : p.citationKey()) + "]";
    }

    private PublicationView view(Publication p, String slug, LinkRewriter rewriter) {
        String record = record(p, slug);
        boolean[] math = {false};
        InlineText title = InlineText.parse(p.title());
        math[0] |= title.containsMath();
        // Inline fields show math as the Markdown fields do: typeset to MathML at export.
        java.util.function.Function<InlineText.Math, String> typeset = m -> markdown.mathHtml(m.tex(), m.display());
        String titleHtml = InlineHtml.html(title, typeset);
        // Named as the page shows it: a formula by its typeset characters, not its TeX, so that
        // citation_title matches the visible title as Google Scholar requires.
        String titleText = title.containsMath() ? PageHead.plainText(titleHtml).strip() : title.plain();
        if (titleText.isBlank()) {
            titleText = p.citationKey();
        }

        List<AuthorView> authors = new ArrayList<>();
        for (int i = 0; i < p.authors().size(); i++) {
            Author a = p.authors().get(i);
            String marks = (a.equalContribution() ? "*" : "") + (a.corresponding() ? "†" : "") + a.otherMarks();
            // Most authors have no address: no record path made for a warning there is no link to give.
            String url = a.url() == null || a.url().isBlank() ? ""
                    : assets.resolve("", a.url(), record + ".authors[" + i + "].url").filter(l -> !l.local()).map(Link::href).orElse("");
            String displayName = a.displayName();
            String name = withoutBraces(displayName);
            authors.add(shared.of(new AuthorView(name, researcher.isResearcher(a), marks, url,
                    sameIfEqual(InlineHtml.html(displayName, typeset), name))));
        }

        List<Link> links = new ArrayList<>();
        if (!p.doi().isBlank()) {
            String doi = Doi.of(p.doi()).value();
            links.add(new Link("DOI", Doi.RESOLVER + SiteAssets.encodeUrlPart(doi), false));
        }
        if (!p.arxiv().isBlank()) {
            String id = ArxivIds.absId(p.arxiv());
            links.add(new Link("arXiv", "https://arxiv.org/abs/" + SiteAssets.encodeUrlPart(id), false));
        }
        // The paper's own files sit in a folder beside its page (Google Scholar wants the PDF there).
        String folder = Routes.publicationFiles(slug);
        p.links().values().forEach((kind, value) -> {
            assets.resolveInto(kind.buttonLabel(), value, record + ".links." + kind.key(), folder)
                    .ifPresent(links::add);
        });
        // The person's own buttons after the nine, in their order; a button needs its text.
        List<OwnLink> own = p.links().own();
        for (int i = 0; i < own.size(); i++) {
            OwnLink l = own.get(i);
            if (!l.label().isEmpty()) {
                // No second links::add here: the class archive maps one class per lambda shape of a class.
                java.util.Optional<Link> resolved = assets.resolveInto(l.label(), l.url(), record + ".ownLinks[" + i + "].url", folder);
                if (resolved.isPresent()) {
                    Link link = resolved.get();
                    links.add(new Link(link.label(), link.href(), link.local(), true));
                }
            }
        }

        String previewPath = p.preview().isBlank() ? ""
                : assets.localFileInto(p.preview(), record + ".preview", folder).orElse("");
        String preview = previewPath.isEmpty() ? "" : SiteAssets.encodePath(previewPath);
        // Sized, so that the list does not shift while the pictures arrive.
        int[] previewSize = previewPath.isEmpty() ? null : Home.imageSize(assets.sourceOf(previewPath));

        RenderedMarkdown abstractHtml = markdown.render(p.abstractText(), rewriter);
        RenderedMarkdown additional = markdown.renderInline(p.additionalInfo(), rewriter);
        RenderedMarkdown annotation = markdown.renderInline(markerAsText(p.annotation()), rewriter);
        InlineText award = InlineText.parse(p.award());
        InlineText note = InlineText.parse(p.note());
        math[0] |= abstractHtml.containsMath() | additional.containsMath() | annotation.containsMath()
                | award.containsMath() | note.containsMath() | InlineText.parse(p.venue()).containsMath();

        // Texts most papers show alike with their markup: one string where the HTML is the text.
        String venue = shared.of(VenueLine.container(p));
        String venueDetails = VenueLine.details(p);
        return new PublicationView(p.citationKey(), "pub-" + slug, titleHtml, sameIfEqual(titleText, titleHtml), authors,
                p.andOthers(), shared.of(withoutBraces(p.venue())), venue, venueDetails,
                sameIfEqual(VenueLine.containerHtml(p, typeset), venue),
                sameIfEqual(VenueLine.detailsHtml(p, typeset), venueDetails), additional.html(), annotation.html(),
                p.abbr().strip(), p.year() != null ? shared.of(p.year().toString()) : shared.of(p.status()), p.awardName().strip(),
                AwardHtml.html(p.award(), typeset), InlineHtml.html(note, typeset), abstractHtml.html(), bibtex.write(p), p.bibtexShow(), List.copyOf(links),
                metrics.badges(p, record), citedBy(p), preview,
                previewSize == null ? "" : Integer.toString(previewSize[0]),
                previewSize == null ? "" : Integer.toString(previewSize[1]),
                Routes.publication(slug), p.selected(), math[0]);
    }

    /** {@code same} when {@code text} equals it: one string held, not two. */
    private static String sameIfEqual(String text, String same) {
        return text.equals(same) ? same : text;
    }

    /**
     * An annotation explains author marks ("* Corresponding author"); a mark at the start of a
     * line is the mark itself, not a Markdown list bullet.
     */
    static String markerAsText(String annotation) {
        return annotation.isEmpty() ? annotation : LINE_MARKER.matcher(annotation).replaceAll("$1\\\\$2");
    }

    /** Protective BibTeX braces ({@code {BERT}}) and markup commands are for BibTeX, not for readers. */
    static String withoutBraces(String s) {
        return InlineText.plain(s);
    }

    /** "Cited by 4,242 · OpenAlex, 3 Dec 2026": the stored count as text; the page asks no one. */
    static String citedBy(Publication p) {
        if (p.citations() == null) {
            return "";
        }
        String source = p.citations().source().isBlank() ? "" : p.citations().source() + ", ";
        return String.format(java.util.Locale.ENGLISH, "Cited by %,d \u00b7 %s%s", p.citations().count(), source,
                MonthNames.dayMonthYear(p.citations().fetched()));
    }
}
