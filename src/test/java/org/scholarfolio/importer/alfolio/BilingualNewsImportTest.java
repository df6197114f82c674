package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.NewsItem;

/**
 * Sites that write their news in two languages. The portfolio holds one language, the one the live site shows
 * at its root to a first visitor: a site switching languages by class keeps its own language's elements, and a
 * jekyll-polyglot site's {@code {% if site.active_lang == … %}} blocks show the default language's branch.
 */
class BilingualNewsImportTest {
    @TempDir
    Path site;

    private void write(String relative, String text) throws IOException {
        SiteFiles.write(site, relative, text);
    }

    private String body(ImportedSite imported, String id) {
        return imported.result().portfolio().news().stream().filter(n -> n.id().equals(id)).map(NewsItem::body)
                .findFirst().orElseThrow(() -> new AssertionError("no news item " + id));
    }

    private void switchedSite(String stylesheet) throws IOException {
        write("_config.yml", "first_name: Mei\nlast_name: Sato\nlang: en\n");
        if (stylesheet != null) {
            write("_sass/_language.scss", stylesheet);
        }
        write("_pages/about.md", """
                ---
                layout: about
                permalink: /
                news: true
                ---
                <div class="intro lang-en" markdown="1">

                I study *speech*; see [my papers](/publications/).

                </div>

                <div class="intro lang-ja" markdown="1">

                音声を<div class="note">研究</div>しています。

                </div>
                """);
        write("_news/moved.md", """
                ---
                layout: post
                date: 2025-04-01
                inline: true
                ---
                <span class="lang-en">Moved to <u>Kobe</u></span><span class="lang-ja">神戸に移りました</span>
                """);
    }

    @Test
    void aSiteThatSwitchesLanguagesByClassKeepsItsOwnLanguage() throws Exception {
        switchedSite("""
                html[data-lang="en"] .lang-ja {
                  display: none;
                }
                html[data-lang="ja"] .lang-en { display: none; }
                """);
        ImportedSite imported = ImportedSite.of(site);

        assertThat(body(imported, "moved")).isEqualTo("<span class=\"lang-en\">Moved to <u>Kobe</u></span>");
        String bio = imported.result().portfolio().profile().bio();
        assertThat(bio).contains("I study *speech*").doesNotContain("lang-ja").doesNotContain("研究").doesNotContain("音声");
        assertThat(imported.warnings()).contains("_news/moved.md:6: 1 passage written for visitors who switch the site"
                + " to ja (class lang-ja) left out: the site shows one language at a time, en (its lang) until a visitor"
                + " switches, and the portfolio holds en's text; the other stays in the site folder");
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w).startsWith("_pages/about.md:12: 1 passage"));
    }

    @Test
    void withoutAStylesheetHidingTheOtherLanguageBothStay() throws Exception {
        // a class named lang-ja that nothing hides is shown on the live site: both texts are the visitor's
        switchedSite(".lang-ja { font-family: serif; }\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(body(imported, "moved")).contains("神戸に移りました", "Moved to");
        assertThat(imported.warnings()).noneMatch(w -> w.contains("passage"));
    }

    @Test
    void aPolyglotSitesActiveLanguageBlocksShowTheDefaultLanguage() throws Exception {
        write("_config.yml", "first_name: Rui\nlast_name: Lima\nlanguages: [\"en-us\", \"pt-br\"]\ndefault_lang: en-us\n");
        write("_pages/about.md", "---\nlayout: about\npermalink: /\nnews: true\n---\nHello.\n");
        write("_news/en-us/award.md", """
                ---
                layout: post
                date: 2025-02-03
                inline: true
                ---
                {% if site.active_lang == 'pt-br' %}Prêmio de melhor artigo{% else %}Best paper award{% endif %}
                """);
        write("_news/pt-br/award.md", "---\nlayout: post\ndate: 2025-02-03\ninline: true\n---\nPrêmio de melhor artigo\n");
        ImportedSite imported = ImportedSite.of(site);

        assertThat(imported.result().portfolio().news()).extracting(NewsItem::body).containsExactly("Best paper award");
        assertThat(imported.warnings()).noneMatch(w -> w.contains("only Jekyll can run"))
                .contains("_news/pt-br/award.md: a translation (pt-br) of a news item; news item skipped");
    }
}
