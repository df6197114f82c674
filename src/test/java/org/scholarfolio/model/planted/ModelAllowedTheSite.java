package org.scholarfolio.model.planted;

import org.scholarfolio.AllowedDependency;
import org.scholarfolio.site.ExportReport;

/** A planted exception for {@code ArchitectureRulesTest}: the same use, allowed with a reason. */
@AllowedDependency(on = ExportReport.class, reason = "planted to show that an exception needs a reason")
public final class ModelAllowedTheSite {
    ExportReport report;

    /** Nested classes share their enclosing class's exceptions. */
    static final class Nested {
        ExportReport report;
    }
}
