package org.scholarfolio.model.planted;

import org.scholarfolio.site.ExportReport;

/** A planted violation for {@code ArchitectureRulesTest}: the model reaching up into the site and the toolkit. */
public final class ModelUsingTheSite {
    ExportReport report;
    javafx.scene.Node node;
    com.fasterxml.jackson.databind.JsonNode json;
}
