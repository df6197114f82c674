package org.scholarfolio.ui.preview;

import org.scholarfolio.model.Portfolio;

/**
 * Renders one page of the exported site as HTML for the live preview. The implementation belongs
 * to the site exporter, so that the preview shows exactly what an export would write. Renders run
 * on a thread of their own, one at a time.
 */
@FunctionalInterface
public interface PreviewRenderer {
    String render(Portfolio portfolio, PreviewTarget target);

    /**
     * This renderer with whatever it reads from the UI (the portfolio's folder) fixed as it is now,
     * for a render on another thread.
     */
    default PreviewRenderer snapshot() {
        return this;
    }
}
