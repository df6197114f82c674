package org.scholarfolio.ui;

import java.util.function.Consumer;

/**
 * Hands an address (the exported site, a web page) to the desktop's own program for it, the
 * browser. A failure is told to {@code onFailure}, on any thread, as a sentence for the person:
 * the app shows it rather than losing it on a terminal nobody looks at.
 */
@FunctionalInterface
public interface DesktopOpener {
    void open(String address, Consumer<String> onFailure);
}
