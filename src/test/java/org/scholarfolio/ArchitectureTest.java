package org.scholarfolio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Pins the package arrows: model at the bottom, only the UI and the app know JavaFX. */
@AnalyzeClasses(packages = "org.scholarfolio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {"org.scholarfolio.model..", "org.scholarfolio.store..",
        "org.scholarfolio.markdown..", "org.scholarfolio.bibtex..", "org.scholarfolio.site..", "org.scholarfolio.importer..",
        "org.scholarfolio.cli..", "org.scholarfolio.generator..", "org.scholarfolio.publish..", "org.scholarfolio.lookup.."};

    @ArchTest
    static final ArchRule coreNeverUsesJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                    "atlantafx..", "org.kordamp..", "javax.swing..", "java.awt..")
            .allowEmptyShould(true);

    /**
     * The store reads and writes portfolio.json; lookup reads the scholarly services' answers as trees
     * (docs/decisions/service-answers-read-with-jackson.md). Nothing else parses JSON.
     */
    @ArchTest
    static final ArchRule onlyTheStoreAndLookupUseJackson = noClasses().that()
            .resideOutsideOfPackages("org.scholarfolio.store..", "org.scholarfolio.lookup..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
            .allowEmptyShould(true);

    /** Looking papers up sits beside the importers: it knows the model and the merge, never the site or UI. */
    @ArchTest
    static final ArchRule lookupDependsOnlyOnModelAndImporter = noClasses().that()
            .resideInAPackage("org.scholarfolio.lookup..")
            .should().dependOnClassesThat().resideInAnyPackage("org.scholarfolio.store..",
                    "org.scholarfolio.markdown..", "org.scholarfolio.site..", "org.scholarfolio.cli..",
                    "org.scholarfolio.ui..", "org.scholarfolio.app..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that()
            .resideInAPackage("org.scholarfolio.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.scholarfolio.store..",
                    "org.scholarfolio.markdown..", "org.scholarfolio.bibtex..", "org.scholarfolio.site..", "org.scholarfolio.importer..",
                    "org.scholarfolio.cli..", "org.scholarfolio.ui..", "org.scholarfolio.app..", "org.scholarfolio.lookup..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule arrowsPointDown = noClasses().that()
            .resideInAnyPackage("org.scholarfolio.store..", "org.scholarfolio.markdown..")
            .should().dependOnClassesThat().resideInAnyPackage("org.scholarfolio.site..",
                    "org.scholarfolio.importer..", "org.scholarfolio.cli..", "org.scholarfolio.ui..",
                    "org.scholarfolio.app..", "org.scholarfolio.lookup..")
            .allowEmptyShould(true);

    /** The BibTeX format (text conversion, writer) sits below both the importer and the site. */
    @ArchTest
    static final ArchRule bibtexFormatDependsOnlyOnTheModel = noClasses().that()
            .resideInAPackage("org.scholarfolio.bibtex..")
            .should().dependOnClassesThat().resideInAnyPackage("org.scholarfolio.store..",
                    "org.scholarfolio.markdown..", "org.scholarfolio.site..", "org.scholarfolio.importer..",
                    "org.scholarfolio.cli..", "org.scholarfolio.ui..", "org.scholarfolio.app..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule cliDoesNotReachIntoTheUi = noClasses().that()
            .resideInAnyPackage("org.scholarfolio.site..", "org.scholarfolio.importer..", "org.scholarfolio.cli..", "org.scholarfolio.publish..")
            .should().dependOnClassesThat().resideInAnyPackage("org.scholarfolio.ui..", "org.scholarfolio.app..")
            .allowEmptyShould(true);
}
