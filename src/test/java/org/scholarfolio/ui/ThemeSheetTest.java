package org.scholarfolio.ui;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javafx.css.CompoundSelector;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

class ThemeSheetTest {

    @Test
    void theWindowSetsTheReducedSheetsTheBuildWroteInBinaryForm() {
        for (boolean dark : new boolean[] {false, true}) {
            String sheet = ThemeSheet.userAgentStylesheet(dark);
            assertThat(sheet).as("dark " + dark).endsWith("/org/scholarfolio/ui/theme/primer-" + (dark ? "dark" : "light") + ".bss");
        }
    }

    @Test
    void eachSheetKeepsEveryRuleOfAtlantaFxsThatNamesNoUnusedControlAsWrittenAndLeavesOutTheOthers() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            // AtlantaFX's own binary form of the sheet, the one the window set before: both read the same way.
            URL fullUrl = ThemeSheet.class.getResource(ThemeSheet.source(dark).replace(".css", ".bss"));
            URL reducedUrl = new URL(ThemeSheet.userAgentStylesheet(dark));
            Stylesheet full = Stylesheet.loadBinary(fullUrl);
            Stylesheet reduced = Stylesheet.loadBinary(reducedUrl);
            List<String> expected = new ArrayList<>();
            List<String> left = new ArrayList<>();
            for (Rule rule : full.getRules()) {
                for (Selector selector : rule.getSelectors()) {
                    (namesUnusedControl(selector) ? left : expected).add(written(selector, rule, fullUrl));
                }
            }

            // The kept rules' url(...) values are all absolute (class path resources, data: images): the sheet's own
            // address, which JavaFX keeps beside each to resolve relative ones, is the one difference.
            assertThat(selectorsWithDeclarations(reduced, reducedUrl)).as("dark " + dark).containsExactlyElementsOf(expected);
            // The tab pane's, tree views', charts', split menu button's and AtlantaFX's own controls' rules.
            assertThat(left).as("dark " + dark).hasSizeGreaterThan(400);
            assertThat(expected).as("dark " + dark).hasSizeGreaterThan(700);
        }
    }

    @Test
    void aRuleKeepsTheSelectorsThatNameNoUnusedControl() {
        String css = """
                /* a comment */
                .label, .tab-pane > .tab-header-area .label {
                  -fx-text-fill: red;
                }
                .chart .label:disabled { -fx-opacity: 0.5; }
                .button:hover .ikonli-font-icon,.menu-button .tab{ -fx-icon-color: blue; }
                """;

        assertThat(ThemeSheet.reduce(css)).isEqualTo("""
                .label {
                  -fx-text-fill: red;
                }
                .button:hover .ikonli-font-icon { -fx-icon-color: blue; }
                """);
    }

    @Test
    void aStyleClassIsMatchedWholeNotAsAPrefix() {
        // .tab is the tab pane's; .tab-like and .table-view are not.
        assertThat(ThemeSheet.namesUnusedControl(".table-view > .column-header-background")).isFalse();
        assertThat(ThemeSheet.namesUnusedControl(".tab-like .label")).isFalse();
        assertThat(ThemeSheet.namesUnusedControl(".headers-region > .tab:selected")).isTrue();
    }

    @Test
    void aSheetThatIsNotPlainRulesIsRefusedRatherThanCut() {
        assertThatThrownBy(() -> ThemeSheet.reduce("@font-face { src: url(a.ttf); }\n.label { -fx-font-size: 1em; }"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThemeSheet.reduce(".label { -fx-font-size: 1em; } .button"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noClassOfTheAppUsesAControlWhoseRulesTheThemeLeavesOut() {
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.scholarfolio");
        String[] unused = Stream.of(ThemeSheet.UnusedControl.values())
                .flatMap(control -> control.classNames().stream()).toArray(String[]::new);

        noClasses().should().dependOnClassesThat(belongToAnyOf(classes(unused))).check(app);
        // AtlantaFX's controls and ControlsFX's (a toggle switch, a pop-over, notifications) set some of those style
        // classes: the app uses AtlantaFX's themes and ControlsFX's validation only.
        noClasses().should().dependOnClassesThat(resideInAnyPackage("atlantafx.base.controls..", "atlantafx.base.layout.."))
                .orShould().dependOnClassesThat(resideInAPackage("org.controlsfx..").and(not(resideInAPackage("org.controlsfx.validation.."))))
                .check(app);
    }

    private static Class<?>[] classes(String[] names) {
        return Stream.of(names).map(name -> {
            try {
                return Class.forName(name, false, ThemeSheetTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(name + " is not on the class path: the list of unused controls names a class that is not there", e);
            }
        }).toArray(Class<?>[]::new);
    }

    private static List<String> selectorsWithDeclarations(Stylesheet sheet, URL url) {
        List<String> out = new ArrayList<>();
        for (Rule rule : sheet.getRules()) {
            for (Selector selector : rule.getSelectors()) {
                out.add(written(selector, rule, url));
            }
        }
        return out;
    }

    private static String written(Selector selector, Rule rule, URL sheet) {
        return selector + " " + rule.getDeclarations().toString().replace(sheet.toExternalForm(), "<sheet>");
    }

    /** Through JavaFX's own reading of the selector, not the reducer's. */
    private static boolean namesUnusedControl(Selector selector) {
        List<SimpleSelector> parts = selector instanceof CompoundSelector compound ? compound.getSelectors()
                : List.of((SimpleSelector) selector);
        return parts.stream().flatMap(part -> part.getStyleClasses().stream())
                .anyMatch(ThemeSheet.unusedStyleClasses()::contains);
    }
}
