package org.scholarfolio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Pins the package arrows: model at the bottom, only the UI and the app know JavaFX. */
@AnalyzeClasses(packages = "org.scholarfolio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {"org.scholarfolio.model..", "org.scholarfolio.store..",
        "org.scholarfolio.markdown..", "org.scholarfolio.bibtex..", "org.scholarfolio.site..", "org.scholarfolio.importer..",
        "org.scholarfolio.cli..", "org.scholarfolio.generator..", "org.scholarfolio.publish..", "org.scholarfolio.lookup..",
        "org.scholarfolio.math..", "org.scholarfolio.files.."};

    /**
     * AWT beyond headless 2D drawing: the site draws its social card with Graphics2D into a
     * BufferedImage (java.awt.image, fonts, colours, shapes); windows, events and the toolkit stay out.
     */
    private static final DescribedPredicate<JavaClass> AWT_WINDOWS = new DescribedPredicate<>(
            "AWT classes other than headless 2D drawing") {
        private static final Set<String> DRAWING = Set.of("java.awt.Graphics", "java.awt.Graphics2D", "java.awt.Font",
                "java.awt.FontMetrics", "java.awt.Color", "java.awt.RenderingHints", "java.awt.RenderingHints$Key",
                "java.awt.BasicStroke", "java.awt.Image", "java.awt.Shape", "java.awt.Paint", "java.awt.Stroke",
                "java.awt.AlphaComposite", "java.awt.Composite", "java.awt.Transparency", "java.awt.Rectangle");

        @Override
        public boolean test(JavaClass c) {
            String pkg = c.getPackageName();
            if (!pkg.equals("java.awt") && !pkg.startsWith("java.awt.")) {
                return false;
            }
            return !(DRAWING.contains(c.getName()) || pkg.equals("java.awt.image") || pkg.equals("java.awt.geom")
                    || pkg.equals("java.awt.font") || pkg.equals("java.awt.color"));
        }
    };

    @ArchTest
    static final ArchRule coreNeverUsesJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                    "atlantafx..", "org.kordamp..", "javax.swing..")
            .orShould().dependOnClassesThat(AWT_WINDOWS)
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

    /** Writing files safely sits at the very bottom: every layer that writes uses it. */
    @ArchTest
    static final ArchRule filesDependOnNothingOfOurs = noClasses().that()
            .resideInAPackage("org.scholarfolio.files..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.scholarfolio.files..", "java..")
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

    /** Math typesetting (TeX to MathML) sits below the Markdown renderer and knows nothing else of ours. */
    @ArchTest
    static final ArchRule mathDependsOnNothingOfOurs = noClasses().that()
            .resideInAPackage("org.scholarfolio.math..")
            .should().dependOnClassesThat().resideInAnyPackage("org.scholarfolio.model..", "org.scholarfolio.store..",
                    "org.scholarfolio.markdown..", "org.scholarfolio.bibtex..", "org.scholarfolio.site..",
                    "org.scholarfolio.importer..", "org.scholarfolio.cli..", "org.scholarfolio.ui..", "org.scholarfolio.app..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule cliDoesNotReachIntoTheUi = noClasses().that()
            .resideInAnyPackage("org.scholarfolio.site..", "org.scholarfolio.importer..", "org.scholarfolio.cli..", "org.scholarfolio.publish..")
            .should().dependOnClassesThat().resideInAnyPackage("org.scholarfolio.ui..", "org.scholarfolio.app..")
            .allowEmptyShould(true);
}
