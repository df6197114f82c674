package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Page;

/** A polyglot lab site: only the default language's pages come in; the translations are listed. */
class TranslationsImportTest {
    static final Path SITE = Path.of("src/test/resources/alfolio/polyglot-site");
    static ImportedSite imported;
    static AlfolioImport result;

    @BeforeAll
    static void importOnce() throws Exception {
        imported = ImportedSite.of(SITE);
        result = imported.result();
    }

    @Test
    void theDefaultLanguagesHomeAndPagesOnly() {
        assertThat(result.portfolio().profile().bio()).isEqualTo("We study glaciers.");
        assertThat(result.portfolio().pages()).extracting(Page::title).containsExactly("join us");
    }

    @Test
    void translationsByFolderNameAndLangAreListedNotAddedToTheMenu() {
        assertThat(imported.warnings()).contains(
                "_pages/ja/join.md: a translation (ja) of a page; only the default language is imported,"
                        + " so it is listed here and not added to the menu",
                "_pages/contact.pt-br.md: a translation (pt-br) of a page; only the default language is imported,"
                        + " so it is listed here and not added to the menu",
                "_pages/access.md: a translation (ja) of a page; only the default language is imported,"
                        + " so it is listed here and not added to the menu");
        assertThat(imported.warnings()).noneMatch(w -> w.startsWith("_pages/ja/about.md") && w.contains("also has permalink /"));
    }
}
