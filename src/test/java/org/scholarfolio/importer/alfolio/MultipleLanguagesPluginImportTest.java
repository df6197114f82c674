package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;

/**
 * A site built with jekyll-multiple-languages-plugin: its bodies are {@code {% translate_file %}} of
 * files under {@code _i18n/<lang>/}, its titles keys of {@code _i18n/<lang>.yml}. The default
 * language's texts come in, as the live site shows them at its root.
 */
class MultipleLanguagesPluginImportTest {
    static final Path SITE = Path.of("src/test/resources/alfolio/i18n-site");
    static ImportedSite imported;
    static AlfolioImport result;

    @BeforeAll
    static void importOnce() throws Exception {
        imported = ImportedSite.of(SITE);
        result = imported.result();
    }

    @Test
    void theBioAndSubtitleAreTheDefaultLanguagesTexts() {
        assertThat(result.portfolio().profile().bio()).isEqualTo("Sou engenheira química e estudo **modelos de dados**"
                + " para processos industriais, com uma [lista de trabalhos](/ciencia/).");
        assertThat(result.portfolio().profile().subtitle()).isEqualTo("química, dados & contos");
    }

    @Test
    void aPagesTitleKeyAndItsTagsAreTranslatedAndAnUnknownKeyIsTakenOut() {
        assertThat(result.portfolio().pages()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("ensino");
            assertThat(p.body()).isEqualTo("## Disciplinas\n\n- Termodinâmica (2023)\n- Controle de processos (2024)");
        });
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("_pages/ensino.md:12: Liquid {% t teaching.missing_key %}"));
    }

    @Test
    void aNewsItemsTranslatedFileIsItsBody() {
        assertThat(result.portfolio().news()).extracting(NewsItem::body).containsExactly("Defesa de tese marcada para março.");
        assertThat(result.portfolio().pages()).extracting(Page::slug).doesNotContain("sobre");
    }
}
