package org.scholarfolio.unlisted;

/** A planted violation for {@code ArchitectureRulesTest}: a package the layer table does not know. */
public final class PlantedInAnUnlistedPackage {
}
