package org.scholarfolio.ui.planted;

/** A planted violation for {@code ArchitectureRulesTest}: a view model holding a control. */
public final class PlantedViewModel {
    javafx.scene.control.Label label;
    javafx.beans.property.StringProperty text;
}
