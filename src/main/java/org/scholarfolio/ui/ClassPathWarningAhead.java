package org.scholarfolio.ui;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sets up, on a thread of its own started before the toolkit, what JavaFX's warning that it runs from the class path
 * ({@code Unsupported JavaFX configuration: classes were loaded from 'unnamed module ...'}) needs the first time, which
 * JavaFX otherwise does on the toolkit's launcher thread before it starts the toolkit, so the window waits for it:
 * <ul>
 * <li>the system logger's finder, which the JDK looks up as a service of the class path: it opens every jar on it
 * (51 under {@code java -jar}; their classes come from the class archive, so nothing else has opened most of them yet);</li>
 * <li>{@code java.util.logging}'s log manager, its configuration read, and the root's console handler;</li>
 * <li>the console's formatter: the record's time in the system's zone (the time-zone rules read), the date's words in
 * the locale, the caller looked up on the stack.</li>
 * </ul>
 * The warning itself is still JavaFX's, printed as before. The JDK sets each of these up once, under a lock, so the
 * launcher thread finds it done or waits for this thread to finish it, never does it twice. Only where JavaFX is on the
 * class path ({@code java -jar}): in the app image JavaFX's modules are named and there is no warning.
 */
public final class ClassPathWarningAhead {
    /** The logger JavaFX logs its warnings to ({@code com.sun.javafx.util.Logging.getJavaFXLogger}). */
    static final String JAVAFX_LOGGER = "javafx";

    private ClassPathWarningAhead() {
    }

    /** Starts the set-up on a daemon thread where JavaFX is on the class path; call before the toolkit starts. */
    public static void start() {
        if (javafx.application.Platform.class.getModule().isNamed()) {
            return;
        }
        Thread preparer = new Thread(ClassPathWarningAhead::prepare, "warning-ahead");
        preparer.setDaemon(true);
        preparer.start();
    }

    /** Sets up the logger, its handlers and their formatting as the warning finds them; prints nothing. */
    static void prepare() {
        // As JavaFX's PlatformLogger asks for it, from the class path's unnamed module: the finder looked up, the log manager made.
        System.getLogger(JAVAFX_LOGGER);
        LogRecord record = new LogRecord(Level.WARNING, "Unsupported JavaFX configuration");
        record.setLoggerName(JAVAFX_LOGGER);
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Formatter formatter = handler.getFormatter();
            if (formatter != null) {
                formatter.format(record);
            }
        }
    }
}
