package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Profile;

/** Broken files, the oldest about-page generation, template leftovers and the bibliography hand-off. */
class MessySiteImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    private AlfolioImport run(AlfolioSiteImporter.Options options) throws IOException {
        return AlfolioSiteImporter.importSite(site, options);
    }

    private static List<String> texts(AlfolioImport r) {
        return r.warnings().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void yamlErrorInAboutFrontMatterIsReportedWithFileAndLineAndTheBodyIsStillTheBio() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                profile:
                  align: right
                   image: me.jpg
                ---
                Hello there.
                """);
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults());
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.source().file()).isEqualTo("_pages/about.md");
            assertThat(w.source().line()).isEqualTo(5);
            assertThat(w.kind()).isEqualTo(Diagnostic.Kind.UNREADABLE);
            assertThat(w.message()).startsWith("invalid YAML: ");
        });
        assertThat(r.portfolio().profile().bio()).isEqualTo("Hello there.");
        assertThat(r.portfolio().profile().photo()).isNull();
    }

    @Test
    void htmlCommentInsideFrontMatterDoesNotBreakParsing() throws Exception {
        write("_pages/about.md", """
                ---
                layout: about
                <!-- subtitle: "old: one -->
                subtitle: New subtitle
                news: true
                ---
                Body.
                """);
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults());
        assertThat(r.portfolio().profile().subtitle()).isEqualTo("New subtitle");
        assertThat(r.portfolio().site().showNews()).isTrue();
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w.kind()).isEqualTo(Diagnostic.Kind.UNREADABLE));
    }

    @Test
    void invalidSocialsLineFallsBackToTheConfigKey() throws Exception {
        write("_config.yml", """
                first_name: Ada
                last_name: Lovelace
                github_username: ada-l
                x_username: ada_tweets
                """);
        write("_data/socials.yml", """
                github_username: ada-l
                x_username: @ada_tweets
                """);
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults());
        assertThat(r.portfolio().profile().socialLinks()).extracting(l -> l.kind() + "=" + l.value())
                .containsExactly("github_username=ada-l", "x_username=ada_tweets");
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.source().file()).isEqualTo("_data/socials.yml");
            assertThat(w.source().line()).isEqualTo(2);
            assertThat(w.message()).as("the bad line costs its key only; _config.yml still has it")
                    .startsWith("\"x_username: @ada_tweets\" is not valid YAML");
        });
    }

    @Test
    void brokenConfigIsReportedAndTheRestIsStillImported() throws Exception {
        write("_config.yml", "first_name: Ada\nlast_name: [Lovelace\n");
        write("_pages/about.md", "---\nlayout: about\nnews: false\n---\nBio.\n");
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults());
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.source().file()).isEqualTo("_config.yml");
            assertThat(w.source().line()).isPositive();
            assertThat(w.message()).startsWith("invalid YAML");
        });
        assertThat(r.portfolio().profile().bio()).isEqualTo("Bio.");
        assertThat(r.portfolio().site().showNews()).isFalse();
    }

    @Test
    void oldestGenerationWithTopLevelAddressIsRead() throws Exception {
        write("_pages/about.md", """
                ---
                layout: page
                permalink: /
                title: about
                description: Lab of engines
                address: <p>Somewhere 1</p> <p>Town</p>
                ---

                I build engines.

                {% for item in site.news %}{{ item.content }}{% endfor %}
                """);
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults());
        Profile p = r.portfolio().profile();
        assertThat(p.addressLines()).containsExactly("Somewhere 1", "Town");
        assertThat(p.bio()).as("the Liquid news loop is taken out of the text").isEqualTo("I build engines.");
        assertThat(r.portfolio().site().showNews()).as("and turns on the portfolio's news list").isTrue();
        assertThat(texts(r)).contains("_pages/about.md:11: Liquid {% for item in site.news %}{{ item.content }}{% endfor %}"
                + " only Jekyll can run; taken out of the text");
        assertThat(r.portfolio().pages()).as("the about page is not imported twice").isEmpty();
    }

    @Test
    void addressWithoutParagraphsIsSplitOnLineBreaks() {
        assertThat(AlfolioSiteImporter.addressLines("Room 1<br>Main St<br/>\n  Town  ")).containsExactly(
                "Room 1", "Main St", "Town");
        assertThat(AlfolioSiteImporter.addressLines(List.of("<p>A</p>", "B"))).containsExactly("A", "B");
        assertThat(AlfolioSiteImporter.addressLines(null)).isEmpty();
    }

    private void writeTemplateSite() throws IOException {
        write("_config.yml", """
                first_name: Ada
                last_name: Lovelace
                email: you@example.com
                description: >
                  A simple, whitespace theme for academics. Based on [*folio](https://github.com/bogoli/folio) design.
                scholar:
                  last_name: [Einstein, Lovelace]
                  first_name: [A., Ada]
                """);
        write("_pages/about.md", """
                ---
                layout: about
                permalink: /
                profile:
                  align: right
                  more_info: >
                    <p>555 your office number</p>
                    <p>123 your address street</p>
                    <p>Your City, State 12345</p>
                news: true
                ---

                Write your biography here. Tell the world about yourself. Link to your favorite [subreddit](http://reddit.com).
                """);
        write("_data/socials.yml", """
                email: you@example.com
                scholar_userid: qc6CJjYAAAAJ
                github_username: ada-l
                """);
        write("_news/announcement_2.md", """
                ---
                layout: post
                title: A long announcement with details
                date: 2015-11-07 16:11:00-0400
                inline: false
                ---

                Announcements and news can be much longer than just quick inline posts.
                """);
        write("_news/mine.md", "---\ndate: 2025-01-02\ninline: true\n---\nReal news.\n");
    }

    @Test
    void templateLeftoversAreListedAndKeptByDefault() throws Exception {
        writeTemplateSite();
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults());
        assertThat(r.warnings()).filteredOn(w -> w.kind() == Diagnostic.Kind.TEMPLATE_LEFTOVER)
                .extracting(w -> w.source().position())
                .containsExactlyInAnyOrder("_config.yml:3", "_config.yml:4", "_config.yml:7", "_pages/about.md:6",
                        "_pages/about.md:13", "_data/socials.yml:1", "_data/socials.yml:2",
                        "_news/announcement_2.md:8");
        assertThat(r.counts().templateLeftovers()).isEqualTo(8);
        assertThat(r.counts().templateLeftoversDropped()).isZero();
        assertThat(r.portfolio().profile().email()).isEqualTo("you@example.com");
        Profile p = r.portfolio().profile();
        assertThat(p.bio()).startsWith("Write your biography here.");
        assertThat(p.nameVariants()).containsExactly("A. Einstein", "A. Lovelace", "Ada Einstein", "Ada Lovelace");
        assertThat(p.addressLines()).hasSize(3);
        assertThat(p.socialLinks()).hasSize(3);
        assertThat(r.portfolio().news()).hasSize(2);
        assertThat(r.portfolio().site().description()).startsWith("A simple, whitespace theme");
    }

    @Test
    void templateLeftoversAreDroppedOnRequest() throws Exception {
        writeTemplateSite();
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults().withDropTemplateLeftovers(true));
        assertThat(r.counts().templateLeftovers()).isEqualTo(8);
        assertThat(r.counts().templateLeftoversDropped()).isEqualTo(8);
        assertThat(r.portfolio().profile().email()).isEmpty();
        Profile p = r.portfolio().profile();
        assertThat(p.bio()).isEmpty();
        assertThat(p.nameVariants()).containsExactly("A. Lovelace", "Ada Lovelace");
        assertThat(p.addressLines()).isEmpty();
        assertThat(p.socialLinks()).extracting(l -> l.kind() + "=" + l.value()).containsExactly("github_username=ada-l");
        assertThat(r.portfolio().news()).extracting(NewsItem::body).containsExactly("Real news.");
        assertThat(r.portfolio().site().description()).isEmpty();
        assertThat(r.warnings()).filteredOn(w -> w.kind() == Diagnostic.Kind.TEMPLATE_LEFTOVER)
                .allSatisfy(w -> assertThat(w.message()).endsWith("; dropped"));
    }

    @Test
    void templateEmailInConfigIsReportedOnceAndDroppedFromProfileAndSocials() throws Exception {
        write("_config.yml", "first_name: Ada\nemail: you@example.com\ngithub_username: ada-l\n");
        AlfolioImport kept = run(AlfolioSiteImporter.Options.defaults());
        assertThat(kept.counts().templateLeftovers()).isEqualTo(1);
        assertThat(kept.portfolio().profile().socialLinks()).extracting(l -> l.kind())
                .containsExactly("email", "github_username");
        AlfolioImport dropped = run(AlfolioSiteImporter.Options.defaults().withDropTemplateLeftovers(true));
        assertThat(dropped.counts().templateLeftoversDropped()).isEqualTo(1);
        assertThat(dropped.portfolio().profile().email()).isEmpty();
        assertThat(dropped.portfolio().profile().socialLinks()).extracting(l -> l.kind())
                .containsExactly("github_username");
    }

    @Test
    void bibliographyIsReportedAsNotReadWithoutAReader() throws Exception {
        write("_bibliography/papers.bib", "---\n---\n@article{a, title={T}}\n");
        write("_bibliography/old-papers.bib", "@misc{b}\n");
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults());
        assertThat(r.portfolio().publications()).isEmpty();
        assertThat(texts(r)).anySatisfy(w -> assertThat(w).startsWith("_bibliography/papers.bib: not read"));
        assertThat(texts(r)).anySatisfy(w -> assertThat(w).startsWith("_bibliography/old-papers.bib: no published page shows this file; not read"));
    }

    @Test
    void bibliographyNamedInConfigIsHandedToTheReaderAndItsWarningsKept() throws Exception {
        write("_config.yml", "scholar:\n  bibliography: mine.bib\n");
        write("_bibliography/mine.bib", "---\n---\n@article{a, title={T}}\n");
        List<String> calls = new ArrayList<>();
        BibliographyReader reader = (text, fileName) -> {
            calls.add(fileName + "|" + text);
            return new BibliographyReader.Result(List.of(),
                    List.of(Diagnostic.imported(fileName, 3, Diagnostic.Kind.UNREADABLE, "entry a: no author")));
        };
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults().withBibliographyReader(reader));
        assertThat(calls).containsExactly("_bibliography/mine.bib|---\n---\n@article{a, title={T}}\n");
        assertThat(texts(r)).contains("_bibliography/mine.bib:3: entry a: no author");
        assertThat(texts(r)).noneSatisfy(w -> assertThat(w).contains("not read"));
    }

    @Test
    void aFailingReaderIsReportedNotThrown() throws Exception {
        write("_bibliography/papers.bib", "@article{");
        BibliographyReader reader = (text, fileName) -> {
            throw new IllegalStateException("unexpected end of input");
        };
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults().withBibliographyReader(reader));
        assertThat(texts(r)).anySatisfy(w -> assertThat(w).startsWith("_bibliography/papers.bib: not read")
                .contains("unexpected end of input"));
    }

    @Test
    void newsWithoutUsableDateIsSkippedAndDuplicateIdsAreMadeUnique() throws Exception {
        write("_news/a/item.md", "---\ninline: true\n---\nNo date.\n");
        write("_news/b/item.md", "---\ndate: 2024-01-01\n---\nOne.\n");
        write("_news/c/item.md", "---\ndate: 2024-01-02\n---\nTwo.\n");
        write("_news/broken.md", "---\ndate: [2024\n---\nBroken.\n");
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults());
        assertThat(r.portfolio().news()).extracting(NewsItem::id).containsExactly("item-2", "item");
        assertThat(r.counts().newsSkipped()).isEqualTo(2);
        assertThat(texts(r)).contains("_news/a/item.md:1: no date in the front matter; news item skipped");
        assertThat(texts(r)).anySatisfy(w -> assertThat(w).startsWith("_news/broken.md:").endsWith("; news item skipped"));
    }

    @Test
    void aHandWrittenPublicationsPageIsKeptUnderAnAddressOfItsOwn() throws Exception {
        write("_pages/publications.md", """
                ---
                layout: page
                title: Publications
                permalink: /publications/
                nav: true
                nav_order: 1
                ---
                1. **A paper**, 2024.
                """);
        write("_pages/news.md", "---\nlayout: page\npermalink: /news/\n---\n{% include news.liquid %}\n");
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults());
        assertThat(r.portfolio().pages()).extracting(p -> p.slug() + "|" + p.title() + "|" + p.menuOrder() + "|"
                + p.inMenu() + "|" + p.body()).containsExactly("publications-page|Publications|1|true|1. **A paper**, 2024.");
        assertThat(texts(r)).contains("_pages/publications.md:4: the address /publications/ is generated by"
                + " Scholarfolio; the page is imported as /publications-page/");
        assertThat(texts(r)).anySatisfy(w -> assertThat(w).startsWith("_pages/news.md:5: the body is Liquid machinery"));
    }

    @Test
    void emptyFolderGivesAnEmptyPortfolioWithWarningsAndAMissingFolderIsAnError() throws Exception {
        AlfolioImport r = run(AlfolioSiteImporter.Options.defaults());
        assertThat(r.portfolio().news()).isEmpty();
        assertThat(r.warnings()).extracting(w -> w.source().file()).contains("_config.yml", "_pages/about.md");
        assertThatThrownBy(() -> AlfolioSiteImporter.importSite(site.resolve("nope"), null))
                .isInstanceOf(IOException.class);
    }
}
