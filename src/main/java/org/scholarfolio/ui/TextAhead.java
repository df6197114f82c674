package org.scholarfolio.ui;

import java.text.Bidi;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.scholarfolio.model.Text;

/**
 * Reads, on a thread of its own started before the toolkit, what the window's first style pass and its
 * sidebar otherwise read on the JavaFX thread, where each was a one-time cost of the first control that needed it:
 * <ul>
 * <li>the JDK's Unicode property tables: JavaFX lays out every text the first time through a
 * {@link Bidi}, and the first one reads the bidirectional and character property data (3 % of the
 * JavaFX thread's samples before the first content, under the first button's icon);</li>
 * <li>the controls' strings (JavaFX's {@code controls} bundle), which the first text field's menu and
 * the tool bar's overflow button read: 1 % more. Read by name, as JavaFX reads it, and only where JavaFX
 * and the application are in the same module (the class path, {@code java -jar}), where the two share it:
 * in the app image JavaFX's modules read their own copy, as before.</li>
 * <li>the formatting locale's number format and symbols, which the sidebar's counts are written in
 * ({@link Text#number}): 1.4 %.</li>
 * </ul>
 * The JDK sets up each of these once, under a lock, so the JavaFX thread either finds it done or waits
 * for this thread to finish it, never does it twice.
 */
public final class TextAhead {
    /** The bundle {@code ControlResources} reads the controls' strings from. */
    static final String CONTROL_STRINGS = "com/sun/javafx/scene/control/skin/resources/controls";

    /** Latin, digits, brackets and an icon font's private-use character, as the first window's texts have. */
    private static final String FIRST_WINDOW_TEXT = "Profile (12) Alan Turing \uDB80\uDC00";

    private TextAhead() {
    }

    /** Starts the reads on a daemon thread; call before the toolkit starts. */
    public static void start() {
        Thread reader = new Thread(TextAhead::read, "text-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /** Does the reads; true when the controls' strings were read (JavaFX on the class path, its bundle found). */
    static boolean read() {
        // As JavaFX's GlyphLayout makes it for a text laid out the first time.
        char[] chars = FIRST_WINDOW_TEXT.toCharArray();
        new Bidi(chars, 0, null, 0, chars.length, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).getRunCount();
        // A count of four digits, as the sidebar writes them: the format's grouping too.
        Text.number(1_000);
        if (javafx.scene.control.Control.class.getModule().isNamed()) {
            return false; // a bundle of JavaFX's module: a read here would be a second copy
        }
        try {
            ResourceBundle.getBundle(CONTROL_STRINGS);
            return true;
        } catch (MissingResourceException notOnThisPath) {
            return false; // JavaFX reads its strings itself, as before
        }
    }
}
