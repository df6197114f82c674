package org.scholarfolio.ui;

import java.nio.file.Path;

/**
 * An editor of its own (another process) for a portfolio this window should not read itself: one so
 * large that this JVM's collector would stop the window while it is read.
 */
@FunctionalInterface
public interface OtherEditor {
    /** No other editor: every portfolio opens in this window. */
    OtherEditor NONE = path -> false;

    /** True when {@code path} was handed to an editor started for it; false when this window opens it. */
    boolean openedElsewhere(Path path);
}
