package org.scholarfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.planted.ModelAllowedTheSite;
import org.scholarfolio.model.planted.ModelUsingTheSite;
import org.scholarfolio.ui.planted.PlantedViewModel;
import org.scholarfolio.unlisted.PlantedInAnUnlistedPackage;

/** The package rules fail on planted violations, and an annotated exception is the only way round them. */
class ArchitectureRulesTest {

    private static JavaClasses only(Class<?>... planted) {
        return new ClassFileImporter().importClasses(planted);
    }

    @Test
    void theModelUsingTheSiteBreaksTheLayers() {
        assertThatThrownBy(() -> ArchitectureRules.arrowsPointDown().check(only(ModelUsingTheSite.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("model may not use site");
    }

    @Test
    void anAnnotatedExceptionWithItsReasonIsAllowedNestedClassesIncluded() {
        JavaClasses classes = new ClassFileImporter().importPackagesOf(ModelAllowedTheSite.class);
        JavaClasses allowed = classes.that(com.tngtech.archunit.base.DescribedPredicate.describe("allowed",
                c -> c.getName().startsWith(ModelAllowedTheSite.class.getName())));
        ArchitectureRules.arrowsPointDown().check(allowed);
        assertThat(allowed.size()).isEqualTo(2);
    }

    @Test
    void aPackageTheTableDoesNotListBreaksTheLayers() {
        assertThatThrownBy(() -> ArchitectureRules.arrowsPointDown().check(only(PlantedInAnUnlistedPackage.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("the layer table does not list");
    }

    @Test
    void theCoreUsingTheToolkitBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.coreNeverUsesJavaFx().check(only(ModelUsingTheSite.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("javafx.scene.Node");
        ArchitectureRules.coreNeverUsesJavaFx().check(only(ModelAllowedTheSite.class));
    }

    @Test
    void jacksonOutsideTheStoreBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.onlyTheStoreAndLookupUseJackson().check(only(ModelUsingTheSite.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("JsonNode");
    }

    @Test
    void aViewModelHoldingAControlBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureRules.viewModelsUseNoSceneGraph().check(only(PlantedViewModel.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("javafx.scene.control.Label")
                .message().doesNotContain("StringProperty");
    }
}
