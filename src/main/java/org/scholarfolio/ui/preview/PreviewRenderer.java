package org.scholarfolio.ui.preview;

import org.scholarfolio.model.Portfolio;

/**
 * Renders one page of the exported site as HTML for the live preview. The implementation belongs
 * to the site exporter, so that the preview shows exactly what an export would write.
 */
@FunctionalInterface
public interface PreviewRenderer {
    String render(Portfolio portfolio, PreviewTarget target);
}
