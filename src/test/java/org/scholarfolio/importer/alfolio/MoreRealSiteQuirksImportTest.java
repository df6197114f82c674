package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.validation.PortfolioValidator;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.OwnLink;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Publication;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;

/** More shapes of researchers' al-folio sites that an import must read the way the live site shows them. */
class MoreRealSiteQuirksImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    @Test
    void aBibliographyOnlyATranslationShowsIsNotMixedIntoTheDefaultLanguagesList() throws Exception {
        // an English and Japanese site: the Japanese publications page adds the owner's reviews written in Japanese
        write("_config.yml", "first_name: Mira\nlast_name: Holt\nlanguages: [\"en-us\", \"jp\"]\ndefault_lang: \"en-us\"\n"
                + "scholar:\n  last_name: [Holt]\n  first_name: [Mira]\n");
        write("_pages/en-us/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/en-us/publications.md", "---\nlayout: page\npermalink: /publications/\ntitle: publications\n---\n"
                + "{% bibliography %}\n");
        write("_pages/jp/publications.md", "---\nlayout: page\npermalink: /publications/\ntitle: 業績\n---\n"
                + "## 原著論文\n{% bibliography %}\n\n## 日本語総説\n{% bibliography --file papers-jp.bib %}\n");
        write("_bibliography/papers.bib", "@article{holt2024tides, title={Tides}, author={Holt, Mira}, journal={Coasts}, year={2024}}\n");
        write("_bibliography/papers-jp.bib", "@article{holt2020review, title={干潟の研究}, author={Holt, Mira}, journal={日本の海}, year={2020}}\n");
        ImportedSite imported = ImportedSite.withBibliography(site);

        assertThat(imported.result().portfolio().publications()).extracting(Publication::citationKey)
                .containsExactly("holt2024tides");
        assertThat(imported.warnings()).contains("_bibliography/papers-jp.bib: shown only on _pages/jp/publications.md,"
                + " a translation (jp); not read, as only the default language is imported");
    }

    @Test
    void aFileOutsideAssetsLinkedByAnAddressWithSpacesIsCopied() throws Exception {
        // papers kept in a research/ folder and named after their authors, linked from a news item
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("research/Holt, Keel - Tidal flats, revisited.pdf", "%PDF-1.4\n");
        write("research/Holt - Notes.pdf", "%PDF-1.4\n");
        write("_news/a1.md", "---\ndate: 2024-03-01\ninline: true\n---\nAccepted; the journal version is"
                + " [here](/research/Holt, Keel - Tidal flats, revisited.pdf), notes [there](<research/Holt - Notes.pdf>).\n");
        AlfolioImport result = ImportedSite.of(site).result();

        assertThat(result.assets()).extracting(AssetCopy::target)
                .contains("research/Holt, Keel - Tidal flats, revisited.pdf", "research/Holt - Notes.pdf");
        assertThat(result.portfolio().news().get(0).body())
                .contains("[here](</research/Holt, Keel - Tidal flats, revisited.pdf>)");
    }

    @Test
    void aBlueskyHandleBecomesTheProfilesAddressAndAValueThatIsNeitherIsReported() throws Exception {
        // the site's configuration keeps the older key beside socials.yml: one link, reported once
        write("_config.yml", "first_name: Mira\nlast_name: Holt\nbluesky_url: mira.bsky.social\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\nsocial: true\n---\nHello.\n");
        write("_data/socials.yml", "bluesky_url: mira.bsky.social # your bluesky URL\n");
        AlfolioImport handle = ImportedSite.of(site).result();
        assertThat(handle.portfolio().profile().socialLinks()).extracting(l -> l.value())
                .containsExactly("https://bsky.app/profile/mira.bsky.social");
        assertThat(new ImportedSite(handle).warnings()).filteredOn(w -> w.contains("bluesky"))
                .containsExactly("_data/socials.yml:1: bluesky_url mira.bsky.social is a"
                + " Bluesky handle, not an address; imported as https://bsky.app/profile/mira.bsky.social");

        write("_data/socials.yml", "bluesky_url: \"@mira.example.org\"\n");
        assertThat(ImportedSite.of(site).result().portfolio().profile().socialLinks()).extracting(l -> l.value())
                .containsExactly("https://bsky.app/profile/mira.example.org");

        write("_data/socials.yml", "bluesky_url: https://bsky.app/profile/mira.bsky.social\n");
        ImportedSite address = ImportedSite.of(site);
        assertThat(address.result().portfolio().profile().socialLinks()).extracting(l -> l.value())
                .containsExactly("https://bsky.app/profile/mira.bsky.social");
        assertThat(address.warnings()).noneMatch(w -> w.contains("bluesky"));

        write("_data/socials.yml", "bluesky_url: mira@bsky.social\n");
        ImportedSite neither = ImportedSite.of(site);
        assertThat(neither.result().portfolio().profile().socialLinks()).extracting(l -> l.value())
                .containsExactly("mira@bsky.social");
        assertThat(neither.warnings()).anyMatch(w -> w.startsWith("_data/socials.yml:1: bluesky_url mira@bsky.social is"
                + " neither an address nor a Bluesky handle"));
    }

    @Test
    void aNewsItemCommentedOutWholeIsNoItemAndSaysWhy() throws Exception {
        // the owner hid the template's items by putting the whole file, front matter too, in an HTML comment
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\nnews: true\n---\nHello.\n");
        write("_news/2024-01-25-accepted.md", "<!--\n---\nlayout: post\ndate: 2024-01-25\ninline: true\n---\n\nA paper got accepted!\n-->\n");
        write("_news/2024-02-01-talk.md", "---\ndate: 2024-02-01\ninline: true\n---\nA talk.\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().news()).extracting(n -> n.body()).containsExactly("A talk.");
        assertThat(imported.warnings()).contains("_news/2024-01-25-accepted.md: has no front matter, so Jekyll copies it"
                + " as it is and makes no news item of it; skipped");
    }

    @Test
    void anEmptyLinkToNowhereLeftInTheSubtitleFromTheTemplateIsLeftOut() throws Exception {
        // the owner deleted the template's "Affiliations" but kept its <a href='#'></a>
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\nsubtitle: <a href='#'></a>Coastal Research Centre, <a href=\"https://oak.example.edu\">Oak University</a>.\n---\nHello.\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().profile().subtitle())
                .isEqualTo("Coastal Research Centre, <a href=\"https://oak.example.edu\">Oak University</a>.");
        assertThat(imported.warnings()).contains("_pages/about.md:4: an empty link to nowhere (<a href='#'></a>) shows"
                + " nothing; left out");
    }

    @Test
    void thePagesAMenuDropDownOpensAreInTheMenuInItsPlace() throws Exception {
        // a lab whose "Group" menu entry opens its students' and its leader's pages, both kept out of the menu
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/group.md", """
                ---
                layout: page
                title: Group
                nav: true
                nav_order: 2
                dropdown: true
                children:
                  - title: Students
                    permalink: /students/
                  - title: divider
                  - title: Leader
                    permalink: /leader/
                  - title: Wiki
                    permalink: /wiki/
                  - title: Papers
                    permalink: /publications/
                ---
                """);
        write("_pages/leader.md", "---\nlayout: page\ntitle: Leader\npermalink: /leader/\nnav: false\n---\nMira leads the lab.\n");
        write("_pages/students.md", "---\nlayout: page\ntitle: Students\npermalink: /students/\nnav: false\n---\nThree students.\n");
        write("_pages/talks.md", "---\nlayout: page\ntitle: Talks\npermalink: /talks/\nnav: true\nnav_order: 1\n---\nTalks given.\n");
        write("_pages/notes.md", "---\nlayout: page\ntitle: Notes\npermalink: /notes/\nnav: false\n---\nNot in any menu.\n");
        ImportedSite imported = ImportedSite.of(site);

        // in the drop-down's order (Students before Leader), at its place in the menu
        assertThat(imported.result().portfolio().pages()).filteredOn(Page::inMenu)
                .extracting(Page::slug, Page::menuOrder)
                .containsExactly(tuple("students", 2), tuple("leader", 2), tuple("talks", 1));
        assertThat(imported.page("notes").inMenu()).isFalse();
        assertThat(imported.warnings()).contains("_pages/group.md:6: a menu drop-down (\"Group\"), not a page: the"
                + " portfolio's menu has no drop-downs, so the pages it opens, Students and Leader, are in the menu in"
                + " its place; Wiki (/wiki/) is no page imported here, left out of the menu");
    }

    @Test
    void aMenuDropDownWhoseEntriesAreNoImportedPageSaysWhatEachIs() throws Exception {
        // a materials library's "Press" entry opens the publications list and an events page only Jekyll can build
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_pages/dropdownpress.md", "---\nlayout: page\ntitle: Press\nnav: true\nnav_order: 3\ndropdown: true\n"
                + "children:\n  - title: Publications\n    permalink: /publications/\n  - title: Events and Media\n"
                + "    permalink: /eventsandmedia/\n---\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.warnings()).contains("_pages/dropdownpress.md:6: a menu drop-down (\"Press\"), not a page;"
                + " skipped; Publications (/publications/) is the portfolio's own list, always in its menu; Events and Media"
                + " (/eventsandmedia/) is no page imported here");
    }

    @Test
    void fieldsTheSitesOwnBibliographyLayoutLinksBecomeLinksOfThePapersOwnWithTheButtonsText() throws Exception {
        // a cryptographer's layout adds buttons for a recorded talk, the archive number and the talk's slides
        write("_config.yml", "first_name: Mira\nlast_name: Holt\nscholar:\n  last_name: [Holt]\n  first_name: [Mira]\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_layouts/bib.liquid", """
                <div class="links">
                  {% if entry.pdf %}<a href="{{ entry.pdf | prepend: '/assets/pdf/' | relative_url }}">PDF</a>{% endif %}
                  {% if entry.recording %}<a href="{{ entry.recording }}" class="btn" role="button">
                    <i class="fa-solid fa-video"></i> Recording</a>{% endif %}
                  {% if entry.eprint %}<a href='https://archive.example.org/{{ entry.eprint }}'>ePrint</a>{% endif %}
                  {% if entry.handout %}<a href="{{ entry.handout | prepend: '/assets/handouts/' | relative_url }}">Handout</a>{% endif %}
                  {% if entry.room %}<span title="{{ entry.room }}"></span>{% endif %}
                </div>
                """);
        write("_bibliography/papers.bib", """
                @inproceedings{holt2023keys, title={Short Keys}, author={Holt, Mira}, booktitle={Crypto Days}, year={2023},
                  recording={https://video.example.org/watch/1}, eprint={2023/101}, room={B12}, pdf={keys.pdf},
                  handout={keys-handout.pdf}}
                @inproceedings{holt2024proofs, title={Small Proofs}, author={Holt, Mira}, booktitle={Crypto Days}, year={2024},
                  recording={https://video.example.org/watch/2}}
                @article{holt2022groups, title={Groups}, author={Holt, Mira}, journal={Algebra Letters}, year={2022}}
                """);
        write("assets/pdf/keys.pdf", "%PDF-1.4");
        write("assets/handouts/keys-handout.pdf", "%PDF-1.4");
        ImportedSite imported = ImportedSite.withBibliography(site);

        // in the layout's order, with the button's text; a field written back as it was leaves the BibTeX fields
        Publication keys = imported.paper("holt2023keys");
        assertThat(keys.links().own()).containsExactly(OwnLink.of("Recording", "https://video.example.org/watch/1"),
                OwnLink.of("ePrint", "https://archive.example.org/2023/101"), OwnLink.of("Handout", "keys-handout.pdf"));
        // eprint's link is an address made of it, not the field: the field stays for BibTeX
        assertThat(keys.bibtexFields()).doesNotContainKeys("recording", "handout").containsEntry("eprint", "2023/101")
                .containsEntry("room", "B12");
        assertThat(imported.result().assets()).extracting(a -> a.target()).contains("assets/keys-handout.pdf");
        assertThat(imported.paper("holt2024proofs").links().own())
                .containsExactly(OwnLink.of("Recording", "https://video.example.org/watch/2"));
        assertThat(imported.paper("holt2022groups").links().own()).isEmpty();
        assertThat(imported.warnings()).contains("_layouts/bib.liquid: the site's own bibliography layout links recording"
                + " as a \"Recording\" button (2 papers: holt2023keys, holt2024proofs); carried over as a link of each"
                + " paper's own, \"Recording\", shown after its other links");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_layouts/bib.liquid: the site's own bibliography layout"
                + " links eprint as a \"ePrint\" button (1 paper: holt2023keys); carried over"));
        // nothing is reported as not shown any more; a link the portfolio has (pdf) and a field no button links (room) never were
        assertThat(imported.warnings()).noneMatch(w -> w.contains("the portfolio has no such link"));
        assertThat(imported.warnings()).noneMatch(w -> w.contains("links pdf") || w.contains("links room"));
        assertThat(PortfolioValidator.validate(imported.result().portfolio(), null)).noneMatch(Diagnostic::isError);
    }

    @Test
    void aLinkedFieldWhoseValueLeadsToNoAddressIsStillReportedAsNotShown() throws Exception {
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_layouts/bib.liquid", "{% if entry.talk %}<a href=\"{{ entry.talk }}\">Talk</a>{% endif %}\n");
        write("_bibliography/papers.bib", "@misc{holt2021talk, title={A Talk}, author={Holt, Mira}, year={2021}, talk={see the programme}}\n");
        ImportedSite imported = ImportedSite.withBibliography(site);

        assertThat(imported.paper("holt2021talk").links().own()).isEmpty();
        assertThat(imported.paper("holt2021talk").bibtexFields()).containsEntry("talk", "see the programme");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_layouts/bib.liquid: the site's own bibliography layout"
                + " links talk (1 paper: holt2021talk); the portfolio has no such link"));
    }

    @Test
    void aFieldTheSitesOwnBibliographyLayoutWritesAsTextIsReportedAtItsLineWithItsPapers() throws Exception {
        // a lab's layout writes a field of its own as the venue line of what is neither article nor paper
        write("_config.yml", "first_name: Ines\nlast_name: Varga\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_layouts/bib.html", """
                <div class="title">{{ entry.title }}</div>
                <div class="periodical">
                {% if entry.type == "article" %}<em>{{ entry.journal }}</em>, {{ entry.year }}
                {% elsif entry.venueline %}
                  {{ entry.venueline }}, {{ entry.year }}
                {% endif %}
                </div>
                <span class="badge" data-isbn="{{ entry.isbn }}" title="{{ entry.room }}"></span>
                {% if entry.slot %}{% assign shown = entry.slot %}{% endif %}
                <pre>{{ entry.bibtex }}</pre>
                """);
        write("_bibliography/papers.bib", """
                @misc{varga2021poster, title={Quiet Signals}, author={Varga, Ines}, year={2021},
                  venueline={Poster at the <i>Spring Workshop on Signals</i>}, isbn={978-0-00-000000-0}, room={C3}, slot={2},
                  bibtex={@misc\\{varga2021poster, title=\\{Quiet Signals\\}\\}}}
                @article{varga2020noise, title={Noise}, author={Varga, Ines}, journal={Signal Letters}, year={2020}}
                """);
        ImportedSite imported = ImportedSite.withBibliography(site);

        assertThat(imported.paper("varga2021poster").bibtexFields())
                .containsEntry("venueline", "Poster at the <i>Spring Workshop on Signals</i>");
        assertThat(imported.warnings()).contains("_layouts/bib.html:5: the site's own bibliography layout shows venueline"
                + " as text (1 paper: varga2021poster); the portfolio's list shows no such field, so each value is kept among"
                + " its paper's BibTeX fields (shown only in its BibTeX) and the exported list leaves it out: move it to a"
                + " field the list shows (Note, Additional information) where it should show");
        // written into an attribute or only used by a Liquid tag is no text on the page; title and journal are shown;
        // entry.bibtex is the entry's source, which jekyll-scholar sets over a field of that name
        assertThat(imported.warnings()).noneMatch(w -> w.contains("shows isbn") || w.contains("shows room")
                || w.contains("shows slot") || w.contains("shows title") || w.contains("shows journal")
                || w.contains("shows bibtex"));
    }

    @Test
    void bibtexsOwnUrlThatTheSitesLayoutLinksBecomesThePapersWebPageLinkWhichEveryExportWrites() throws Exception {
        // one layout links the title to url, another an icon button with no text; a paper with its own html keeps it
        write("_config.yml", "first_name: Ines\nlast_name: Varga\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        write("_layouts/bib.html", """
                {% if entry.url %}<a href="{{ entry.url }}" target="_blank">{{ entry.title }}</a>
                {% else %}{{ entry.title }}{% endif %}
                {% if entry.html %}<a href="{{ entry.html }}">HTML</a>{% endif %}
                """);
        write("_bibliography/papers.bib", """
                @inproceedings{varga2022trees, title={Trees}, author={Varga, Ines}, booktitle={Parsing Days}, year={2022},
                  url={https://anthology.example.org/2022.parse-1.7}}
                @inproceedings{varga2023roots, title={Roots}, author={Varga, Ines}, booktitle={Parsing Days}, year={2023},
                  url={https://anthology.example.org/2023.parse-1.2}, html={https://varga.example.org/roots}}
                """);
        ImportedSite imported = ImportedSite.withBibliography(site);

        Publication trees = imported.paper("varga2022trees");
        assertThat(trees.links().html()).isEqualTo("https://anthology.example.org/2022.parse-1.7");
        assertThat(trees.links().own()).isEmpty();
        assertThat(trees.bibtexFields()).containsEntry("url", "https://anthology.example.org/2022.parse-1.7");
        // the paper's own web page stays; its url's button is a link of its own, as before
        Publication roots = imported.paper("varga2023roots");
        assertThat(roots.links().html()).isEqualTo("https://varga.example.org/roots");
        assertThat(roots.links().own()).extracting(OwnLink::url).containsExactly("https://anthology.example.org/2023.parse-1.2");
        assertThat(imported.warnings()).contains("_layouts/bib.html: the site's own bibliography layout links url (1 paper:"
                + " varga2022trees); carried over as each paper's Web page (HTML) link, its \"HTML\" button (url stays in its BibTeX)");
        assertThat(imported.warnings()).noneMatch(w -> w.contains("the portfolio has no such link"));
        // the new portfolio warns of a link no export can write only for the paper that already had a web page
        assertThat(PortfolioValidator.validate(imported.result().portfolio(), null))
                .filteredOn(d -> d.path().contains("ownLinks")).hasSize(1);
    }

    @Test
    void aCourseLinkOpenedByATypographicQuoteIsKeptAsWrittenAndShownAsTheLink() throws Exception {
        // a teaching page typed in a word processor: the live site made a link of the anchor, the export must too
        write("_config.yml", "first_name: Mira\nlast_name: Holt\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\n---\nHello.\n");
        String anchor = "<a href=\u201Dhttps://example.org/course\">Coastal processes</a>";
        write("_pages/teaching.md", "---\nlayout: page\npermalink: /teaching/\ntitle: teaching\n---\n"
                + "I teach " + anchor + " each spring.\n\n<div class=\"course\">\n" + anchor + "\n</div>\n");
        String body = ImportedSite.of(site).body("teaching");

        assertThat(body).contains("I teach " + anchor + " each spring.");
        var links = Jsoup.parseBodyFragment(MarkdownRenderer.shared().render(body).html()).select("a");
        assertThat(links).hasSize(2).allSatisfy(a -> {
            assertThat(a.attr("href")).isEqualTo("https://example.org/course");
            assertThat(a.text()).isEqualTo("Coastal processes");
        });
    }
}
