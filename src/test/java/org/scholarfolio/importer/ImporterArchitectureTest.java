package org.scholarfolio.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ImporterArchitectureTest {

    private static final JavaClasses IMPORTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.scholarfolio.importer");

    @Test
    void importersUseNeitherTheGuiToolkitNorJson() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "com.fasterxml.jackson..")
                .because("importers run headless from the CLI and only the store touches Jackson")
                .check(IMPORTER);
    }

    @Test
    void importersDependOnlyDownwards() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.scholarfolio.ui..", "org.scholarfolio.app..",
                        "org.scholarfolio.store..", "org.scholarfolio.site..", "org.scholarfolio.cli..")
                .check(IMPORTER);
    }
}
