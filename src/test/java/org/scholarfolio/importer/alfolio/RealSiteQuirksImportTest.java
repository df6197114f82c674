package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scholarfolio.model.Diagnostic;

/** Shapes seen in researchers' al-folio sites that an import must read the way al-folio shows them. */
class RealSiteQuirksImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    private AlfolioImport run(boolean drop) throws IOException {
        return AlfolioSiteImporter.importSite(site,
                AlfolioSiteImporter.Options.defaults().withDropTemplateLeftovers(drop));
    }

    private static long leftoverWarnings(AlfolioImport r) {
        return r.warnings().stream().filter(w -> w.kind() == Diagnostic.Kind.TEMPLATE_LEFTOVER).count();
    }

    @Test
    void aCvPathWrittenWithTheSitesBaseurlInFrontIsTheSitesOwnFile() throws Exception {
        // a site served under /notes/ whose socials.yml names the CV by its live address
        write("_config.yml", "first_name: Mira\nlast_name: Holt\nurl: https://holt.example.io\nbaseurl: /notes/\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\nsocial: true\n---\nHello.\n");
        write("_data/socials.yml", "cv_pdf: /notes/assets/pdf/resume.pdf\nwechat_qr: /notes/assets/img/qr.png\n");
        write("assets/pdf/resume.pdf", "%PDF-1.4\n");
        write("assets/img/qr.png", "png");
        AlfolioImport result = run(false);
        ImportedSite imported = new ImportedSite(result);
        assertThat(result.portfolio().profile().socialLinks()).extracting(l -> l.value())
                .containsExactly("assets/pdf/resume.pdf", "assets/img/qr.png");
        assertThat(result.assets()).extracting(AssetCopy::target).contains("assets/pdf/resume.pdf", "assets/img/qr.png");
        assertThat(imported.warnings()).contains("_data/socials.yml:1: cv_pdf /notes/assets/pdf/resume.pdf starts with the"
                + " site's baseurl /notes; read as the site's file assets/pdf/resume.pdf");
        assertThat(imported.warnings()).noneMatch(w -> w.contains("outside assets/"));
    }

    @Test
    void aLinkClimbingOutOfItsPagesFolderIsWrittenAsTheSitePathTheBrowserReaches() throws Exception {
        // a lab's team page at /team/ and its home page name their images from the page's own folder
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\n<img height=80 src=\"../assets/img/lab.svg\" alt=\"Lab\">\n");
        write("_pages/team.md", """
                ---
                layout: page
                title: Team
                permalink: /team/
                ---
                <img src="../assets/img/member.png" alt="Member"> and ![plan](../assets/img/plan.png)
                [old poster](../../assets/pdf/gone.pdf)
                """);
        write("assets/img/lab.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("assets/img/member.png", "png");
        write("assets/img/plan.png", "png");
        AlfolioImport result = run(false);
        ImportedSite imported = new ImportedSite(result);
        assertThat(result.portfolio().profile().bio()).contains("src=\"/assets/img/lab.svg\"");
        assertThat(imported.body("team")).contains("<img src=\"/assets/img/member.png\"", "![plan](/assets/img/plan.png)")
                .contains("[old poster](../../assets/pdf/gone.pdf)"); // no such file: left for the export to report
        assertThat(result.assets()).extracting(AssetCopy::target)
                .contains("assets/img/lab.svg", "assets/img/member.png", "assets/img/plan.png");
    }

    @Test
    void aLinkClimbingToAnotherPageOfTheSiteIsWrittenAsThatPagesPermalink() throws Exception {
        // a lab's teaching page at /teaching/ sends students to the page at /apply/ by "../apply"
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/teaching.md", "---\nlayout: page\ntitle: Teaching\npermalink: /teaching/\n---\n"
                + "Please read [how to apply](../apply) and [the rules](../apply#rules); [old](../gone) stays.\n");
        write("_pages/apply.md", "---\nlayout: page\ntitle: Apply\npermalink: /apply/\n---\nWrite to us.\n");
        AlfolioImport result = run(false);
        assertThat(new ImportedSite(result).body("teaching"))
                .contains("[how to apply](/apply/)", "[the rules](/apply/#rules)", "[old](../gone)");
    }

    @Test
    void aPageWithParagraphsOfItsOwnBesideALoopOnlyJekyllCanRunKeepsThem() throws Exception {
        // a lab's research page: a grid of its projects collection, then its software and robots in prose
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/research.md", """
                ---
                layout: page
                title: Research
                permalink: /research/
                ---
                <h2>Current projects</h2>
                {% for project in site.projects %}
                <a href="{{ project.url }}">{{ project.title }}</a>
                {% endfor %}

                ## Software
                Our solvers are open source: a sparse solver for trajectory optimisation with hard constraints,
                a planner for walking robots that runs in closed loop, and tools that estimate contact forces
                from joint torques. Each comes with examples and the data of the papers that use it, so that
                students can repeat every figure on their own machine before changing anything.
                """);
        write("_pages/projects.md", """
                ---
                layout: page
                title: Projects
                permalink: /projects/
                ---
                Our projects, newest first.
                {% for project in site.projects %}
                {% include projects.liquid %}
                {% endfor %}
                """);
        AlfolioImport result = run(false);
        ImportedSite imported = new ImportedSite(result);
        assertThat(result.portfolio().pages()).extracting(p -> p.slug()).containsExactly("research");
        assertThat(imported.body("research")).contains("<h2>Current projects</h2>", "## Software", "repeat every figure")
                .doesNotContain("{%", "{{");
        assertThat(imported.warnings()).contains("_pages/research.md:7: the body holds Liquid machinery ({% for ...) that"
                        + " only Jekyll can run beside 63 words of its own; imported with that Liquid taken out, each piece listed here",
                "_pages/projects.md:7: the body is Liquid machinery ({% for ...) that only Jekyll can run; page skipped")
                .anyMatch(w -> w.startsWith("_pages/research.md:7: Liquid {% for project in site.projects %}"));
    }

    @Test
    void aCollectionOfPublicationPagesIsReportedAsPapersTheImportDoesNotRead() throws Exception {
        // a fork that lists papers from a _publications collection (one page a paper, front matter only)
        write("_config.yml", "first_name: Mira\nlast_name: Holt\ncollections:\n  publications:\n    output: true\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_publications/2024-orbit.md", "---\ntitle: Orbits of Small Things\nvenue: Small Things 2024\n"
                + "paperurl: https://example.org/orbit.pdf\n---\n");
        write("_publications/2023-drift.md", "---\ntitle: Drift\nvenue: Journal of Drift\n---\n");
        ImportedSite imported = new ImportedSite(run(false));
        assertThat(imported.warnings()).contains("_publications: 2 publication pages not imported (the publications are"
                + " read from the BibTeX files in _bibliography/ only; a paper kept only here is missing from the portfolio:"
                + " add it with Import BibTeX or by hand); they stay in the site folder: 2023-drift.md, 2024-orbit.md");
    }

    @Test
    void aTitleWrittenWithHtmlCharacterReferencesIsTheTextTheBrowserShows() throws Exception {
        // al-folio writes the title into the page as HTML: a tab reference between the two spellings shows as a space
        write("_config.yml", "title: Mira Holt&#9;霍米拉 &amp; lab # shown in the header\nfirst_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        assertThat(run(false).portfolio().site().title()).isEqualTo("Mira Holt 霍米拉 & lab");
    }

    @Test
    void filesLinkedFromOtherFoldersOfTheSiteAreCopiedToThePathTheTextNames() throws Exception {
        // another Jekyll theme keeps a paper's teaser image in images/, linked relative to the home page
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", """
                ---
                layout: about
                permalink: /
                ---
                <img src='images/papers/orbit.gif' alt="teaser" width="100%">

                ![plot](./figures/plot.png) and [my CV](cv.pdf), [papers](publications/), [draft](_drafts/x.png), [notes](notes.md)
                """);
        write("images/papers/orbit.gif", "gif");
        write("figures/plot.png", "png");
        write("cv.pdf", "%PDF-1.4");
        write("_drafts/x.png", "png");
        write("notes.md", "# notes");
        AlfolioImport result = run(false);
        assertThat(result.assets()).extracting(AssetCopy::target)
                .contains("images/papers/orbit.gif", "figures/plot.png", "assets/cv.pdf")
                .doesNotContain("_drafts/x.png", "notes.md", "assets/notes.md");
        assertThat(result.portfolio().profile().bio()).contains("src='images/papers/orbit.gif'", "[my CV](cv.pdf)");
    }

    @Test
    void aLinkTagToAFileOfTheSiteIsTheFilesAddressAndTheFileIsCopied() throws Exception {
        // al-folio's pages link their files through Jekyll's link tag, with or without a leading slash
        write("_config.yml", "first_name: Mira\nlast_name: Holt\nurl: https://holt.example.io\n");
        write("_pages/about.md", """
                ---
                layout: about
                permalink: /
                ---
                My [CV]({{ site.baseurl }}{% link assets/pdf/holt-cv.pdf %}) and the [course notes]({% link /assets/pdfs/tides-2019.pdf %}).
                A [draft]({% link _drafts/orbits.md %}) and a [lost file]({% link assets/pdf/gone.pdf %}).
                """);
        write("assets/pdf/holt-cv.pdf", "%PDF-1.4");
        write("assets/pdfs/tides-2019.pdf", "%PDF-1.4");
        write("_drafts/orbits.md", "---\ntitle: Orbits\n---\nDraft.\n");
        AlfolioImport result = run(false);
        ImportedSite imported = new ImportedSite(result);
        assertThat(result.portfolio().profile().bio())
                .contains("My [CV](/assets/pdf/holt-cv.pdf) and the [course notes](/assets/pdfs/tides-2019.pdf).")
                .doesNotContain("{%");
        assertThat(result.assets()).extracting(AssetCopy::target)
                .contains("assets/pdf/holt-cv.pdf", "assets/pdfs/tides-2019.pdf");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_pages/about.md:6:") && w.contains("{% link _drafts/orbits.md %}"))
                .anyMatch(w -> w.startsWith("_pages/about.md:6:") && w.contains("{% link assets/pdf/gone.pdf %}"))
                .noneMatch(w -> w.contains("holt-cv") || w.contains("tides-2019"));
    }

    @Test
    void aFolderNamedLikeTheBaseurlIsTheSitesOwnFolder() throws Exception {
        // the path is the site's own: a real folder carries that name, so nothing is taken off
        write("_config.yml", "first_name: Mira\nlast_name: Holt\nurl: https://holt.example.io\nbaseurl: /notes\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\nsocial: true\n---\nHello.\n");
        write("_data/socials.yml", "cv_pdf: /notes/assets/pdf/resume.pdf\n");
        write("notes/assets/pdf/resume.pdf", "%PDF-1.4\n");
        AlfolioImport result = run(false);
        assertThat(result.portfolio().profile().socialLinks()).extracting(l -> l.value())
                .containsExactly("notes/assets/pdf/resume.pdf");
    }

    @Test
    void shortLinksThatRedirectAndAScriptOnlyPageAreNotImportedAsPages() throws Exception {
        // a site of short addresses (/go/talk) for a printed CV, each forwarding to a file or another site
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/go-talk.md", """
                ---
                layout: redirect
                title: Workshop talk
                nav: false
                permalink: /go/talk
                redirect: https://holt.example.io/assets/pdf/talk.pdf
                ---

                {% comment %}
                short link printed in the CV
                {% endcomment %}
                """);
        write("_pages/go.md", """
                ---
                layout: none
                title: Go
                permalink: /go/
                ---

                <script>
                  var to = new URLSearchParams(location.search).get("to") || "/";
                  location.replace(to);
                </script>
                """);
        write("_pages/notes.md", "---\nlayout: page\ntitle: Notes\npermalink: /notes/\n---\nSome notes.\n\n<script>track();</script>\n");
        write("_pages/offline.md", "---\nlayout: page\ntitle: Offline\npermalink: /offline/\nredirect: true\n---\nBack soon.\n");
        AlfolioImport result = run(false);
        ImportedSite imported = new ImportedSite(result);
        assertThat(result.portfolio().pages()).extracting(p -> p.slug()).containsExactlyInAnyOrder("notes", "offline");
        assertThat(imported.warnings()).contains(
                "_pages/go-talk.md:6: a redirect from /go/talk to https://holt.example.io/assets/pdf/talk.pdf, not a page;"
                        + " skipped (link to https://holt.example.io/assets/pdf/talk.pdf where it is needed)",
                "_pages/go.md:7: the body is a script only, which the exported site never runs; page skipped");
    }

    @Test
    void aPageOfJekyllRedirectFromsRedirectToIsNotImportedAsAnEmptyPage() throws Exception {
        // a bilingual lab keeps an English address for each post written in one language only
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/moved/welcome.md", """
                ---
                layout: redirect
                permalink: /blog/2023/welcome/
                redirect_to: /de/blog/2023/welcome/
                sitemap: false
                ---
                """);
        write("_pages/moved/old-talks.md", "---\npermalink: /old-talks/\nredirect_to:\n  - /talks/\n---\n");
        AlfolioImport result = run(false);
        ImportedSite imported = new ImportedSite(result);
        assertThat(result.portfolio().pages()).isEmpty();
        assertThat(imported.warnings()).contains(
                "_pages/moved/welcome.md:4: a redirect from /blog/2023/welcome/ to /de/blog/2023/welcome/, not a page;"
                        + " skipped (link to /de/blog/2023/welcome/ where it is needed)",
                "_pages/moved/old-talks.md:3: a redirect from /old-talks/ to /talks/, not a page;"
                        + " skipped (link to /talks/ where it is needed)");
    }

    @Test
    void aPdfNamedWithDecomposedAccentsIsTheSitesFileWithComposedOnes() throws Exception {
        // a .bib written on macOS names "Agell, Adrià" with a separate accent mark; git kept the file's composed name
        String decomposed = "Survey - Agell, Adria\u0300 - 2022.pdf";
        String composed = "Survey - Agell, Adri\u00e0 - 2022.pdf";
        write("_config.yml", "first_name: Adri\u00e0\nlast_name: Agell\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_bibliography/papers.bib", "@article{agell2022, title = {A Survey}, author = {Agell, Adri\u00e0},\n"
                + "  year = {2022},\n  pdf = {" + decomposed + "}\n}\n");
        write("assets/pdf/" + composed, "%PDF-1.4\n");
        AlfolioImport result = AlfolioSiteImporter.importSite(site, AlfolioSiteImporter.Options.defaults()
                .withBibliographyReader(new BibtexBibliographyReader()));
        assertThat(result.portfolio().publications().get(0).links().pdf()).isEqualTo(composed);
        assertThat(result.assets()).extracting(AssetCopy::target).contains("assets/" + composed);
        assertThat(new ImportedSite(result).warnings()).contains("_bibliography/papers.bib:3: pdf assets/pdf/" + decomposed
                + " writes its accents in another Unicode form than the site's file (as macOS writes file names);"
                + " read as that file, assets/pdf/" + composed);
    }

    @Test
    void aMarkdownLinkNamingAFileWithDecomposedAccentsLinksTheSitesFile() throws Exception {
        // a page and a news item written on macOS link "José" with a separate accent mark; git kept the composed name
        String decomposed = "assets/pdf/Jose\u0301 - talk.pdf";
        String composed = "assets/pdf/Jos\u00e9 - talk.pdf";
        write("_config.yml", "first_name: Jos\u00e9\nlast_name: Ortega\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nMy [talk](<" + decomposed + ">).\n");
        write("_pages/talks.md", "---\nlayout: page\npermalink: /talks/\ntitle: Talks\n---\n\nThe slides: "
                + "<a href=\"/" + decomposed + "\">PDF</a>, and [again](</" + decomposed + ">).\n");
        write("_news/2024-01-05-talk.md", "---\nlayout: post\ndate: 2024-01-05\ninline: true\n---\nSlides [here](<"
                + decomposed + ">).\n");
        write(composed, "%PDF-1.4\n");
        ImportedSite imported = new ImportedSite(run(false));
        assertThat(imported.page("talks").body()).contains("href=\"/" + composed + "\"").contains("](</" + composed + ">)")
                .doesNotContain("\u0301");
        assertThat(imported.result().portfolio().profile().bio()).contains("](<" + composed + ">)");
        assertThat(imported.result().portfolio().news().get(0).body()).contains("](<" + composed + ">)");
        assertThat(imported.result().assets()).extracting(AssetCopy::target).containsOnly(composed);
        assertThat(imported.warnings()).contains("_pages/talks.md:7: linked file " + decomposed + " writes its accents in"
                + " another Unicode form than the site's file (as macOS writes file names); linked as that file, " + composed);
        assertThat(imported.warnings()).noneMatch(w -> w.contains("does not exist"));
    }

    @Test
    void aFooterTagRunningAValueIntoTheNextAttributeIsReadAsTheBrowserReadIt() throws Exception {
        // footer_text goes into the page as HTML; a browser reads src='...'width="1" as two attributes, CommonMark as text
        write("_config.yml", "first_name: Ada\nlast_name: Byron\nfooter_text: >\n  Hosted by <a href=\"https://pages.example/\">"
                + "Pages</a>.<a href='https://counter.example/s'  title='Visit tracker'><img src='//counter.example/m.png?d=x'"
                + "width=\"1\" height=\"1\"/></a>\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        String footer = run(false).portfolio().site().footer();
        assertThat(footer).contains("<img src='//counter.example/m.png?d=x' width=\"1\" height=\"1\"/>")
                .contains("<a href=\"https://pages.example/\">Pages</a>");
        assertThat(TagAttributeSpacing.spaced("<p class=\"a\">x</p> <b>y</b> 5 > 3 and 'q'r")).isEqualTo("<p class=\"a\">x</p> <b>y</b> 5 > 3 and 'q'r");
    }

    @Test
    void aHeaderThatListsPagesByAFlagOfItsOwnPutsThosePagesInTheMenu() throws Exception {
        // a lab's rewritten header: the menu is the pages with nav_bar: true, sorted by nav_order
        write("_includes/header.html", """
                <ul class="navbar-nav">
                  {%- assign sorted_pages = site.pages | sort: "nav_order" -%}
                  {%- for p in sorted_pages -%}
                    {% if p.title and p.nav_bar %}
                      <li><a href="{{ p.url | relative_url }}">{{ p.title }}</a></li>
                    {% endif %}
                  {%- endfor -%}
                </ul>
                """);
        write("_pages/about.md", "---\nlayout: about\npermalink: /\nnav_bar: false\n---\nThe lab.\n");
        write("_pages/people.md", "---\nlayout: page\npermalink: /people/\ntitle: People\nnav_bar: true\nnav_order: 1\n---\nWho we are.\n");
        write("_pages/joining.md", "---\nlayout: page\npermalink: /joining/\ntitle: Joining\nnav_bar: false\n---\nWrite to us.\n");
        write("_pages/old.md", "---\nlayout: page\npermalink: /old/\ntitle: Old\nnav: true\n---\nStill listed.\n");
        ImportedSite imported = new ImportedSite(run(false));
        assertThat(imported.page("people").inMenu()).isTrue();
        assertThat(imported.page("joining").inMenu()).isFalse();
        assertThat(imported.page("old").inMenu()).isTrue();
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("_includes/header.html:4: this site's menu lists the pages with \"nav_bar: true\""));
    }

    @Test
    void aPageOfTheAboutLayoutBesideTheHomePageKeepsItsText() throws Exception {
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nThe group.\n");
        write("_pages/research.md", """
                ---
                layout: about
                title: Research
                permalink: /research/
                nav: true
                nav_order: 4
                news: false
                selected_papers: false
                ---

                The group designs **mechatronic systems**.

                ## Life cycle assessment

                We measure what a product costs the environment.
                """);
        ImportedSite imported = new ImportedSite(run(false));
        assertThat(imported.body("research")).contains("The group designs **mechatronic systems**.", "## Life cycle assessment");
        assertThat(imported.page("research").inMenu()).isTrue();
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("_pages/research.md:2: layout \"about\" on a page other than the home page"));
    }

    @Test
    void aMenuEntryThatLinksElsewhereIsNotAPage() throws Exception {
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nMe.\n");
        write("_pages/news.md", "---\ntitle: News\npermalink: /#news\nnav: True\nnav_order: 2\n---");
        write("_pages/scholar.md", "---\ntitle: Scholar\npermalink: https://scholar.example.org/me\nnav: true\n---\n");
        write("_pages/talks.md", "---\ntitle: Talks\npermalink: /talks/\nnav: true\n---\nTalks given.\n");
        ImportedSite imported = new ImportedSite(run(false));
        assertThat(imported.result().portfolio().pages()).extracting(org.scholarfolio.model.Page::slug).containsExactly("talks");
        assertThat(imported.warnings()).contains(
                "_pages/news.md:3: a menu entry linking to /#news, not a page; skipped (the portfolio's menu lists its own pages and sections)",
                "_pages/scholar.md:3: a menu entry linking to https://scholar.example.org/me, not a page; skipped (the portfolio's menu lists its own pages and sections)");
    }

    @Test
    void alFoliosOwnHeaderLeavesTheMenuToNavAlone() throws Exception {
        write("_includes/header.liquid", """
                {%- for p in sorted_pages -%}
                  {%- if p.nav and p.autogen == null -%}
                    <li>{{ p.title }}</li>
                  {%- endif -%}
                {%- endfor -%}
                """);
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nMe.\n");
        write("_pages/teaching.md", "---\nlayout: page\npermalink: /teaching/\ntitle: Teaching\nautogen: true\n---\nCourses.\n");
        ImportedSite imported = new ImportedSite(run(false));
        assertThat(imported.page("teaching").inMenu()).isFalse();
        assertThat(imported.warnings()).noneMatch(w -> w.contains("menu lists"));
    }

    @Test
    void templateBioInsideAnHtmlCommentIsNotALeftoverAndTheBioSurvivesTheDropOption() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                permalink: /
                news: false  # includes a list of news items
                ---

                Currently working on routing in data-centre networks.

                Kim received the B.Eng. from [Some University](https://example.edu/).

                <!-- Write your biography here. Tell the world about yourself. Link to your favorite [subreddit](http://reddit.com).

                Put your address / P.O. box / other info right below your picture. -->
                """);
        AlfolioImport r = run(true);
        assertThat(r.portfolio().profile().bio()).startsWith("Currently working on routing")
                .contains("<!-- Write your biography here.");
        assertThat(leftoverWarnings(r)).isZero();
        assertThat(r.counts().templateLeftoversDropped()).isZero();
    }

    @Test
    void templateParagraphsNextToTheResearchersOwnTextAreReportedButNeverDropped() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                ---

                I am a PhD candidate in computational neuroscience.

                Outside of the lab I swim. 

                Put your address / P.O. box / other info right below your picture. You can also disable any of these elements.

                Link to your social media connections, too. This theme is set up to use [Font Awesome icons](http://fortawesome.github.io/Font-Awesome/).
                """);
        AlfolioImport r = run(true);
        assertThat(r.portfolio().profile().bio()).startsWith("I am a PhD candidate")
                .endsWith("Font-Awesome/).");
        assertThat(r.warnings()).filteredOn(w -> w.kind() == Diagnostic.Kind.TEMPLATE_LEFTOVER)
                .singleElement().satisfies(w -> {
                    assertThat(w.source().position()).isEqualTo("_pages/about.md:9");
                    assertThat(w.message()).contains("next to your own").doesNotContain("dropped");
                });
        assertThat(r.counts().templateLeftovers()).isEqualTo(1);
        assertThat(r.counts().templateLeftoversDropped()).isZero();
    }

    @Test
    void aBioOfOnlyTemplateParagraphsIsStillDroppedOnRequest() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                ---
                Write your biography herezzz. Tell the world about yourself. Link to your favorite [subreddit](http://reddit.com).

                Put your address / P.O. box / other info right below your picture.
                <!-- my notes -->
                """);
        assertThat(run(false).portfolio().profile().bio()).startsWith("Write your biography");
        AlfolioImport dropped = run(true);
        assertThat(dropped.portfolio().profile().bio()).isEmpty();
        assertThat(dropped.counts().templateLeftoversDropped()).isEqualTo(1);
    }

    @Test
    void announcementsBlockInConfigSetsScrollingAndLimitWhenAboutHasNone() throws Exception {
        write("_config.yml", """
                first_name: Bo
                last_name: Chen

                announcements:
                  enabled: true
                  scrollable: true # adds a vertical scroll bar if there are more than 3 news items
                  limit: 3 # leave blank to include all the news in the `_news` folder
                """);
        write("_pages/about.md", "---\nlayout: about\nnews: true  # includes a list of news items\n---\nHi.\n");
        AlfolioImport r = run(false);
        assertThat(r.portfolio().site().showNews()).isTrue();
        assertThat(r.portfolio().site().newsScrollable()).isTrue();
        assertThat(r.portfolio().site().newsLimit()).isEqualTo(3);
    }

    @Test
    void announcementsDisabledInConfigHideNewsEvenWithNewsTrueAndABlankLimitMeansAll() throws Exception {
        write("_config.yml", "first_name: Bo\nannouncements:\n  enabled: false\n  scrollable: false\n  limit:\n");
        write("_pages/about.md", "---\nlayout: about\nnews: true\n---\nHi.\n");
        AlfolioImport r = run(false);
        assertThat(r.portfolio().site().showNews()).isFalse();
        assertThat(r.portfolio().site().newsLimit()).isZero();
    }

    @Test
    void announcementsInAboutWinOverThoseInConfig() throws Exception {
        write("_config.yml", "first_name: Bo\nannouncements:\n  enabled: false\n  scrollable: true\n  limit: 3\n");
        write("_pages/about.md", """
                ---
                layout: about
                announcements:
                  enabled: true
                  scrollable: false
                  limit: 7
                ---
                Hi.
                """);
        AlfolioImport r = run(false);
        assertThat(r.portfolio().site().showNews()).isTrue();
        assertThat(r.portfolio().site().newsScrollable()).isFalse();
        assertThat(r.portfolio().site().newsLimit()).isEqualTo(7);
    }

    @Test
    void oldAboutPagesDescriptionBecomesTheSubtitleWhenThereIsNoSubtitle() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                title: about
                permalink: /
                description: HRI researcher.

                profile:
                  align: right
                  image: 
                ---
                My research.
                """);
        assertThat(run(false).portfolio().profile().subtitle()).isEqualTo("HRI researcher.");
    }

    @Test
    void aSubtitleWrittenAsIndentedHtmlBlocksIsHtmlNotACodeBoxOfTags() throws Exception {
        // a folded YAML scalar keeps the more-indented lines; al-folio prints the subtitle as HTML, so the page shows
        // the affiliation, while CommonMark ended the block at the emptied comment line and boxed the rest as code
        write("_pages/about.md", """
                ---
                layout: about
                permalink: /
                subtitle: >
                  <div style="margin-top: -1rem;">
                      <p>Lecturer | Researcher</p>
                  </div>
                  <div style="position: relative;">
                      <!-- first row: the school -->
                      <div style="display: inline-block;">
                          <a href="https://example.org/school">Coastal&nbsp;School</a>
                      </div>
                  </div>
                ---
                My research.
                """);
        String subtitle = run(false).portfolio().profile().subtitle();
        assertThat(subtitle).contains("<a href=\"https://example.org/school\">Coastal&nbsp;School</a>");
        assertThat(subtitle).startsWith("<div");
        // one HTML block to its end: no blank line ends it early, leaving indented lines to be a code box
        assertThat(subtitle.lines()).noneMatch(String::isBlank);
        assertThat(org.scholarfolio.markdown.MarkdownRenderer.shared().render(subtitle).html()).doesNotContain("<pre", "&lt;div");
    }

    @Test
    void templateSubtitleInEitherKeyIsALeftover() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                description: <a href='#'>Affiliations</a>. Address. Contacts. Moto. Etc.
                ---
                My research.
                """);
        AlfolioImport kept = run(false);
        assertThat(kept.portfolio().profile().subtitle()).startsWith("<a href='#'>Affiliations</a>");
        assertThat(kept.warnings()).filteredOn(w -> w.kind() == Diagnostic.Kind.TEMPLATE_LEFTOVER)
                .extracting(w -> w.source().position()).containsExactly("_pages/about.md:3");
        assertThat(run(true).portfolio().profile().subtitle()).isEmpty();
    }

    @Test
    void theTemplatesFooterIsALeftoverAndOnlyItsSentencesGoBesideTheSitesOwnText() throws Exception {
        write("_config.yml", """
                first_name: Greta
                last_name: Lindqvist
                footer_text: >
                  Powered by <a href="https://jekyllrb.com/" target="_blank">Jekyll</a> with <a href="https://github.com/alshedivat/al-folio">al-folio</a> theme.
                  Hosted by <a href="https://pages.github.com/" target="_blank">GitHub Pages</a>.
                  Photos from <a href="https://unsplash.com" target="_blank">Unsplash</a>.
                """);
        AlfolioImport kept = run(false);
        assertThat(kept.portfolio().site().footer()).startsWith("Powered by <a href=\"https://jekyllrb.com/\"");
        assertThat(kept.warnings()).filteredOn(w -> w.kind() == Diagnostic.Kind.TEMPLATE_LEFTOVER)
                .singleElement().satisfies(w -> {
                    assertThat(w.source().position()).isEqualTo("_config.yml:3");
                    assertThat(w.message()).contains("footer_text is the al-folio template's");
                });
        assertThat(run(true).portfolio().site().footer()).isEmpty();

        write("_config.yml", """
                first_name: Greta
                last_name: Lindqvist
                footer_text: >
                  © 2025 Ice Lab, Umeå. Powered by Jekyll with al-folio theme.
                  Photos from <a href="https://unsplash.com">Unsplash</a>.
                """);
        assertThat(run(true).portfolio().site().footer()).isEqualTo("© 2025 Ice Lab, Umeå.");

        write("_config.yml", """
                first_name: Greta
                last_name: Lindqvist
                footer_text: Powered by Jekyll with al-folio theme. Photos from <a href="https://unsplash.com">Unsplash</a>, Pixabay and our own field trips.
                """);
        assertThat(run(true).portfolio().site().footer()).as("only whole sentences of the template go")
                .isEqualTo("Photos from <a href=\"https://unsplash.com\">Unsplash</a>, Pixabay and our own field trips.");
    }

    @Test
    void aFooterOfTheResearchersOwnIsNotALeftover() throws Exception {
        write("_config.yml", """
                first_name: Greta
                last_name: Lindqvist
                footer_text: Based on a theme I like. Hosted on my lab's server. <!-- Powered by Jekyll with al-folio theme. -->
                """);
        AlfolioImport r = run(true);
        assertThat(r.portfolio().site().footer()).isEqualTo("Based on a theme I like. Hosted on my lab's server."
                + " <!-- Powered by Jekyll with al-folio theme. -->");
        assertThat(leftoverWarnings(r)).isZero();
    }

    @Test
    void templateNameAndDemoAddressAreLeftoversAndOnlyTheAddressIsDropped() throws Exception {
        write("_config.yml", """
                title: blank # the website title (if blank, full name will be used instead)
                first_name: You
                middle_name: R.
                last_name: Name
                url: https://alshedivat.github.io # the base hostname & protocol for your site
                baseurl: /al-folio # the subpath of your site, e.g. /blog/. Leave blank for root
                """);
        AlfolioImport kept = run(false);
        assertThat(kept.portfolio().site().baseUrl()).isEqualTo("https://alshedivat.github.io/al-folio");
        assertThat(kept.warnings()).filteredOn(w -> w.kind() == Diagnostic.Kind.TEMPLATE_LEFTOVER)
                .extracting(w -> w.source().position()).containsExactlyInAnyOrder("_config.yml:2", "_config.yml:5");
        AlfolioImport dropped = run(true);
        assertThat(dropped.portfolio().site().baseUrl()).isEmpty();
        assertThat(dropped.portfolio().profile().name().display())
                .as("kept even with the option: a portfolio needs a name").isEqualTo("You R. Name");
        assertThat(dropped.counts().templateLeftovers()).isEqualTo(2);
        assertThat(dropped.counts().templateLeftoversDropped()).isEqualTo(1);
    }

    @Test
    void urlWithoutSchemeGetsHttpsWithAWarningNamingTheLine() throws Exception {
        write("_config.yml", """
                first_name: Zhuo
                last_name: Wang
                url: wangzhuo.tech # the base hostname & protocol for your site
                baseurl:  # the subpath of your site, e.g. /blog/
                """);
        AlfolioImport r = run(false);
        assertThat(r.portfolio().site().baseUrl()).isEqualTo("https://wangzhuo.tech");
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.source().position()).isEqualTo("_config.yml:3");
            assertThat(w.message()).contains("wangzhuo.tech").contains("https://wangzhuo.tech");
        });
    }

    @Test
    void addressesThatCannotBeAWebAddressAreLeftOutWithAWarning() throws Exception {
        write("_config.yml", "first_name: A\nurl: ftp://files.example.org\n");
        assertThat(run(false).portfolio().site().baseUrl()).isEmpty();
        write("_config.yml", "first_name: A\nurl:\nbaseurl: /mypage\n");
        AlfolioImport r = run(false);
        assertThat(r.portfolio().site().baseUrl()).isEmpty();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.source().position()).isEqualTo("_config.yml:3"));
    }

    @Test
    void theTemplatesEinsteinEntriesInTheBibliographyAreLeftovers() throws Exception {
        write("_bibliography/papers.bib", """
                ---
                ---

                @inproceedings{kim2024own,
                  title={Our own paper},
                  author={Kim, Jiyoung},
                  year={2024}
                }

                % The rest are placeholder examples – optional to keep

                @book{einstein1920relativity,
                  title={Relativity: the Special and General Theory},
                  author={Einstein, Albert},
                  year={1920},
                }

                @article{einstein1905movement,
                  title={Un the movement of small particles suspended in statiary liquids required by the molecular-kinetic theory 0f heat},
                  author={Einstein, A.},
                  journal={Ann. Phys.},
                  year={1905}
                }
                """);
        AlfolioSiteImporter.Options options = AlfolioSiteImporter.Options.defaults()
                .withBibliographyReader(new BibtexBibliographyReader());
        AlfolioImport kept = AlfolioSiteImporter.importSite(site, options);
        assertThat(kept.portfolio().publications()).hasSize(3);
        assertThat(kept.warnings()).filteredOn(w -> w.kind() == Diagnostic.Kind.TEMPLATE_LEFTOVER)
                .extracting(w -> w.source().position())
                .containsExactly("_bibliography/papers.bib:12", "_bibliography/papers.bib:18");
        AlfolioImport dropped = AlfolioSiteImporter.importSite(site, options.withDropTemplateLeftovers(true));
        assertThat(dropped.portfolio().publications()).extracting(p -> p.citationKey()).containsExactly("kim2024own");
        assertThat(dropped.counts().templateLeftoversDropped()).isEqualTo(2);
    }

    @Test
    void aKeyWrittenTwiceInConfigIsAnDiagnosticWithBothLines() throws Exception {
        write("_config.yml", """
                first_name: Sreejith
                rss_icon: true
                github_username: sree
                rss_icon: false # the icon in the footer
                """);
        AlfolioImport r = run(false);
        assertThat(r.warnings()).filteredOn(w -> w.source().file().equals("_config.yml")).singleElement().satisfies(w -> {
            assertThat(w.source().position()).isEqualTo("_config.yml:4");
            assertThat(w.message()).contains("rss_icon").contains("line 2");
        });
    }

    @Test
    void aKeyWrittenTwiceInAboutFrontMatterIsReportedOnItsLine() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                profile:
                  align: right
                  align: left
                ---
                Bio.
                """);
        AlfolioImport r = run(false);
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.source().position()).isEqualTo("_pages/about.md:5");
            assertThat(w.message()).contains("align").contains("line 4");
        });
    }

    @Test
    void gitConflictMarkersInANewsBodyAreReportedWithTheLine() throws Exception {
        write("_news/hackathon.md", """
                ---
                layout: post
                date: 2023-05-02
                inline: true
                ---
                <<<<<<< HEAD
                Won the [hackathon](https://example.org/old).
                =======
                Won the [hackathon](https://example.org/new).
                >>>>>>> aff67b7 (Fix broken link)
                """);
        AlfolioImport r = run(false);
        assertThat(r.portfolio().news()).singleElement().satisfies(n -> assertThat(n.body()).contains("======="));
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.source().position()).isEqualTo("_news/hackathon.md:6");
            assertThat(w.message()).contains("git merge");
        });
    }

    @Test
    void filesLinkedFromTheAddressAreCopiedAndMissingOnesReported() throws Exception {
        write("assets/pdf/CV_english.pdf", "%PDF-1.4");
        write("_pages/about.md", """
                ---
                layout: about
                profile:
                  align: right
                  address: >
                    <p>Room 1, Some Building</p>
                    <p><a href='/assets/pdf/CV_english.pdf'>Resume</a> / <a href='/assets/pdf/CV_chinese.pdf'>简历</a></p>
                ---
                Bio.
                """);
        AlfolioImport r = run(false);
        assertThat(r.assets()).extracting(AssetCopy::target).containsExactly("assets/pdf/CV_english.pdf");
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.source().position()).isEqualTo("_pages/about.md:5");
            assertThat(w.message()).contains("assets/pdf/CV_chinese.pdf").contains("does not exist");
        });
    }

    @Test
    void aSecondPageWithPermalinkSlashIsReported() throws Exception {
        // Jekyll writes home.md after about.md (the pages in the order of their file names), so the live site shows home.md
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nBio.\n");
        write("_pages/home.md", "---\nlayout: home\ntitle: Home\npermalink: /\n---\nWelcome to the lab.\n");
        AlfolioImport r = run(false);
        assertThat(r.portfolio().pages()).hasSize(1);
        assertThat(r.portfolio().profile().bio()).isEqualTo("Welcome to the lab.");
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.source().position()).isEqualTo("_pages/about.md:3");
            assertThat(w.message()).contains("permalink /").contains("the live site shows _pages/home.md");
        });
    }

    @Test
    void theTemplatesInspireIdIsALeftover() throws Exception {
        write("_data/socials.yml", "github_username: mstingo\ninspirehep_id: 1010907 # Inspire HEP author ID\n");
        AlfolioImport r = run(true);
        assertThat(r.portfolio().profile().socialLinks()).extracting(l -> l.kind()).containsExactly("github_username");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.source().position()).isEqualTo("_data/socials.yml:2"));
    }

    @Test
    void kramdownAttributeListsInTheBioAreReportedWithTheLine() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                ---
                I work with [Yan Yan](https://example.org/){:style="color: rgb(240, 119, 43);"} on vision.
                <!-- {:.ignored} -->
                """);
        AlfolioImport r = run(false);
        assertThat(r.warnings()).filteredOn(w -> w.source().file().equals("_pages/about.md")).singleElement().satisfies(w -> {
            assertThat(w.source().position()).isEqualTo("_pages/about.md:4");
            assertThat(w.message()).contains("{:style=");
        });
    }

    @Test
    void blockAttributeListsTheSiteStylesAreAppliedAndOnlyTheOthersReported() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                ---
                Welcome to the **Glacier Dynamics** group.
                {: .text-center}

                > We are hiring two PhD students for the winter season.
                {: .block-tip}

                Read our [field guide](https://example.org/guide){:target="_blank"} first.
                {:.lead}
                """);
        AlfolioImport r = run(false);
        assertThat(r.portfolio().profile().bio()).isEqualTo("""
                <div class="text-center">

                Welcome to the **Glacier Dynamics** group.

                </div>

                <div class="block-tip">

                > We are hiring two PhD students for the winter season.

                </div>

                Read our [field guide](https://example.org/guide) first.""");
        assertThat(r.warnings()).filteredOn(w -> w.source().file().equals("_pages/about.md")).singleElement().satisfies(w -> {
            assertThat(w.source().position()).isEqualTo("_pages/about.md:10");
            assertThat(w.message()).startsWith("2 kramdown attribute lists such as {:target=\"_blank\"} are dropped");
        });
    }

    @Test
    void anEmailOnlyInSocialsBecomesTheProfileEmail() throws Exception {
        write("_config.yml", "first_name: Michele\nlast_name: Stingo\n");
        write("_data/socials.yml", "email: stingo@example.org # your email address\ngithub_username: mstingo\n");
        assertThat(run(false).portfolio().profile().email()).isEqualTo("stingo@example.org");
    }

    @Test
    void polyglotSitesImportOnlyTheDefaultLanguagesNewsAndSaySoOnce() throws Exception {
        write("_config.yml", """
                first_name: George
                plugins:
                  - jekyll-polyglot
                languages: ["en-us", "pt-br"]
                default_lang: "en-us"
                """);
        String item = "---\nlayout: post\ntitle: news.titles.news2\ndate: 2015-11-07 16:11:00-0400\ninline: false\n---\n%s\n";
        write("_news/announcement_2.md", item.formatted("A long announcement."));
        write("_news/pt-br/announcement_2.md", item.formatted("Um anúncio longo."));
        write("_news/projects/talk.md", "---\ndate: 2016-01-01\ninline: true\n---\nA talk.\n");
        AlfolioImport r = run(false);
        assertThat(r.portfolio().news()).extracting(n -> n.body())
                .containsExactlyInAnyOrder("A long announcement.", "A talk.");
        assertThat(r.counts().newsSkipped()).isEqualTo(1);
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.source().position()).isEqualTo("_config.yml:4");
            assertThat(w.message()).contains("multilingual").contains("en-us");
        });
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.source().file()).isEqualTo("_news/pt-br/announcement_2.md"));
    }

    @Test
    void aConfigFromAnotherThemeGivesItsAuthorNameWithAWarning() throws Exception {
        write("_config.yml", """
                title: Homepage
                author:
                  name             : "Yukun Zhou"
                  avatar           : "images/avatar.png"
                """);
        AlfolioImport r = run(false);
        assertThat(r.portfolio().profile().name()).isEqualTo(new org.scholarfolio.model.PersonName("Yukun", "", "Zhou"));
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.source().position()).isEqualTo("_config.yml:2");
            assertThat(w.kind()).isEqualTo(Diagnostic.Kind.MISSING);
            assertThat(w.message()).contains("another Jekyll theme").contains("Yukun Zhou");
        });
    }

    @Test
    void pagesKeptInTheSiteFolderItselfAreReadAsJekyllPublishesThem() throws Exception {
        // a project's Jekyll site of another theme: no _pages; its home and pages at the top, a
        // publications page showing two .bib files, a README and an excluded notes file beside them
        write("_config.yml", "title: Solver\nexclude:\n  - CONTRIBUTING.md\n  - \"drafts-*.md\"\n");
        write("index.md", "---\ntitle: Solver\nlayout: home\n---\n\n## What is the solver?\n\nA code for coupled problems.\n");
        write("history.md", "---\ntitle: History\nlayout: page\npermalink: \"/history/\"\n---\n\nTwenty years of development.\n");
        write("publications.md", """
                ---
                title: Publications
                layout: page
                permalink: "/publications/"
                ---
                ## Papers
                {% bibliography --file papers %}
                ## Theses
                {% bibliography --file theses %}
                """);
        write("README.md", "# How to build this site\n");
        write("CONTRIBUTING.md", "---\ntitle: Contributing\n---\nOpen a pull request.\n");
        write("drafts-2024.md", "---\ntitle: Draft\n---\nNot yet.\n");
        write("_bibliography/papers.bib", "@article{a, title={A paper}, author={Doe, Jane}, year={2020}}\n");
        write("_bibliography/theses.bib", "@phdthesis{t, title={A thesis}, author={Roe, Rick}, school={U}, year={2019}}\n");
        AlfolioImport r = ImportedSite.withBibliography(site).result();
        assertThat(r.portfolio().profile().bio()).contains("A code for coupled problems.");
        assertThat(r.portfolio().pages()).extracting(org.scholarfolio.model.Page::slug).containsExactly("history");
        assertThat(r.portfolio().pages().get(0).body()).contains("Twenty years of development.");
        assertThat(r.portfolio().publications()).extracting(org.scholarfolio.model.Publication::citationKey)
                .containsExactlyInAnyOrder("a", "t");
        assertThat(r.warnings()).noneMatch(w -> w.message().contains("no published page shows"))
                .noneMatch(w -> w.message().contains("no about page"))
                .noneMatch(w -> w.source().file().equals("README.md") || w.source().file().equals("CONTRIBUTING.md")
                        || w.source().file().equals("drafts-2024.md"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.source().file()).isEqualTo("publications.md"));
        // its menu is a data file of its own theme: the page comes in out of the menu, and the import says so
        assertThat(r.portfolio().pages().get(0).inMenu()).isFalse();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message())
                .startsWith("none of the 1 pages imported says \"nav:\"").contains("Show in the menu"));
    }

    @Test
    void pagesThatSayTheyAreOutOfTheMenuAreNotReported() throws Exception {
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nBio.\n");
        write("_pages/people.md", "---\nlayout: page\npermalink: /people/\ntitle: People\nnav: false\n---\nWho we are.\n");
        AlfolioImport r = run(false);
        assertThat(r.portfolio().pages()).singleElement().satisfies(p -> assertThat(p.inMenu()).isFalse());
        assertThat(r.warnings()).noneMatch(w -> w.message().startsWith("none of the"));
    }

    @Test
    void anAboutLayoutHoldingTextOfItsOwnIsReported() throws Exception {
        write("_pages/about.md", "---\nlayout: about\npermalink: /\nnews: true\n---\nI build tools for reading papers.\n");
        String headingsOnly = """
                ---
                layout: default
                ---
                <div class="post">
                  {% if page.news %}<h2><a href="{{ '/news/' | relative_url }}">news</a></h2>{% include news.liquid %}{% endif %}
                  {% capture sizes %}(min-width: 576px) 30vw, 95vw{% endcapture %}
                  <h2>latest posts</h2> <h2>selected publications</h2>
                  <script>const words = "many words that a visitor never reads as text at all";</script>
                </div>
                """;
        write("_layouts/about.liquid", headingsOnly);
        assertThat(run(false).warnings()).noneMatch(w -> w.source().file().startsWith("_layouts"));
        // a researcher's "me" section written under the news, in the layout itself
        write("_layouts/about.liquid", headingsOnly.replace("</div>", """
                  <h2>me</h2>
                  <p>I live by the sea with two dogs. When I am not writing code for the lab, I sail on
                  weekends, bake bread that rarely rises, and read old detective novels. I also organise a
                  reading group for first-year students on how to write a clear paper, and I answer every
                  e-mail about our tools, so write to me.</p>
                </div>"""));
        assertThat(run(false).warnings()).anySatisfy(w -> {
            assertThat(w.source().file()).isEqualTo("_layouts/about.liquid");
            assertThat(w.message()).contains("text of its own").contains("me I live by the sea").contains("bio");
        });
    }

    @Test
    void aboutPageKeysThatOnlyTheSitesOwnLayoutPrintsAreReportedWithWhatTheyHold() throws Exception {
        // a home page of cards: the layout prints lists the researcher typed into about.md's front matter
        write("_pages/about.md", """
                ---
                layout: about
                permalink: /
                news: true
                interests:
                  - "Soil microbes"
                  - "Root <strong>chemistry</strong>"
                positions:
                  - role: "Postdoc"
                    place: "Field Station North"
                    years: 2021
                    icon: "fa-solid fa-seedling"
                figures:
                  - 12
                  - 30
                show_map: true
                unused_note: "never printed"
                ---
                I study what lives under fields.
                """);
        write("_layouts/about.liquid", """
                ---
                layout: default
                ---
                {% if page.news %}{% include news.liquid %}{% endif %}
                <ul>{% for i in page.interests %}<li>{{ i }}</li>{% endfor %}</ul>
                {% for p in page.positions %}<p>{{ p.role }}, {{ p.place }} ({{ p.years }})</p>{% endfor %}
                {% for f in page.figures %}<b>{{ f }}</b>{% endfor %}
                {% if page.show_map %}<div id="map"></div>{% endif %}
                {% if page.unused_note_shown %}{% endif %}
                """);
        ImportedSite imported = new ImportedSite(run(false));
        assertThat(imported.warnings()).contains(
                "_pages/about.md:5: interests (2 items, 4 words: \"Soil microbes; Root chemistry\") is shown by the site's own"
                        + " about layout (_layouts/about.liquid) and is not imported; copy into the bio what should stay",
                "_pages/about.md:8: positions (1 item, 5 words: \"Postdoc; Field Station North; 2021\") is shown by the"
                        + " site's own about layout (_layouts/about.liquid) and is not imported; copy into the bio what should stay");
        // numbers alone, a switch, a key the layout never prints, and al-folio's own keys are no text a visitor reads
        assertThat(imported.warnings()).noneMatch(w -> w.contains("figures (") || w.contains("show_map")
                || w.contains("unused_note") || w.contains("news ("));
        assertThat(imported.result().portfolio().profile().bio()).isEqualTo("I study what lives under fields.");
    }

    @Test
    void linksWhoseAddressHoldsSpacesStayLinksAndTheirFilesAreCopied() throws Exception {
        // a course page: kramdown reads an address with spaces up to its closing parenthesis
        write("assets/pdf/Week 1 intro.pdf", "%PDF-1.4");
        write("assets/pdf/Week 2.pdf", "%PDF-1.4");
        write("assets/pdf/PTF(6-8).pdf", "%PDF-1.4");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nBio.\n");
        write("_pages/teaching.md", """
                ---
                layout: page
                permalink: /teaching/
                title: Teaching
                nav: true
                ---
                - Slides: [introduction](/assets/pdf/Week 1 intro.pdf), [week two](/assets/pdf/Week%202.pdf "Week two")
                - Notes: [transfer functions](/assets/pdf/PTF(6-8).pdf)
                - Code: `[not a link](a b)`
                """);
        AlfolioImport r = run(false);
        assertThat(r.assets()).extracting(AssetCopy::target)
                .containsExactlyInAnyOrder("assets/pdf/Week 1 intro.pdf", "assets/pdf/Week 2.pdf", "assets/pdf/PTF(6-8).pdf");
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("linked file"));
        String body = new ImportedSite(r).page("teaching").body();
        assertThat(body).contains("[introduction](</assets/pdf/Week 1 intro.pdf>)")
                .contains("[week two](/assets/pdf/Week%202.pdf \"Week two\")").contains("`[not a link](a b)`");
    }

    @Test
    void aFileLinkedOnTwoLinesIsReportedAtEachLine() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                permalink: /
                ---
                <img src="/assets/img/hike.jpg">

                Text.

                <img src="/assets/img/hike.jpg" alt="again">
                """);
        AlfolioImport r = run(false);
        assertThat(r.warnings()).filteredOn(w -> w.message().contains("assets/img/hike.jpg"))
                .extracting(w -> w.source().position()).containsExactly("_pages/about.md:5", "_pages/about.md:9");
    }

    @Test
    void theProfileImageIsTakenFromTheFolderTheAboutLayoutNames() throws Exception {
        // an older site whose layout prepends its own folder to profile.image
        write("_layouts/about.html", """
                ---
                layout: default
                ---
                <img class="one" src="{{ page.profile.image | prepend: '/assets/images/' | prepend: site.baseurl }}">
                {{ content }}
                """);
        write("assets/images/me.jpg", "jpeg");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\nprofile:\n  align: right\n  image: me.jpg\n---\nBio.\n");
        AlfolioImport r = run(false);
        assertThat(r.assets()).extracting(AssetCopy::target).containsExactly("assets/me.jpg");
        assertThat(r.portfolio().profile().photo().path()).isEqualTo("assets/me.jpg");
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("profile image"));
    }
}
