package org.scholarfolio.site;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The exporter and the Markdown service run headless and without the JSON store's library. */
class SiteArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.scholarfolio.site", "org.scholarfolio.markdown");

    @Test
    void siteAndMarkdownDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("org.scholarfolio.site..", "org.scholarfolio.markdown..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void siteAndMarkdownDoNotUseJackson() {
        noClasses().that().resideInAnyPackage("org.scholarfolio.site..", "org.scholarfolio.markdown..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void markdownDoesNotDependOnTheSite() {
        noClasses().that().resideInAPackage("org.scholarfolio.markdown..")
                .should().dependOnClassesThat().resideInAnyPackage("org.scholarfolio.site..", "org.scholarfolio.model..")
                .check(classes);
    }
}
