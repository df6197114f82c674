package org.scholarfolio;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Pins the package arrows (the rules live in {@link ArchitectureRules}): model at the bottom, only the UI and the app know JavaFX. */
@AnalyzeClasses(packages = "org.scholarfolio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule arrowsPointDown = ArchitectureRules.arrowsPointDown();

    @ArchTest
    static final ArchRule coreNeverUsesJavaFx = ArchitectureRules.coreNeverUsesJavaFx();

    @ArchTest
    static final ArchRule onlyTheStoreAndLookupUseJackson = ArchitectureRules.onlyTheStoreAndLookupUseJackson();

    @ArchTest
    static final ArchRule viewModelsUseNoSceneGraph = ArchitectureRules.viewModelsUseNoSceneGraph();
}
