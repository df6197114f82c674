package org.scholarfolio.ui;

import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventDispatcher;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * An emoji typed as one key (an emoji keyboard, a compose sequence, {@code xdotool type}) arrives whole.
 * On Linux, JavaFX 21's GTK glass turns a key's character into one UTF-16 unit, cutting off everything
 * above U+FFFF: 😀 (U+1F600) arrived as U+F600, a private-use character that shows as an empty box
 * and was saved so. Characters an input method commits come whole and are not touched.
 *
 * <p>The cut leaves the low 16 bits. Only the emoji planes' blocks are restored: U+1F000 to U+1F7FF
 * (cards, enclosed letters and flags, pictographs, emoticons, transport, geometric shapes) arrive as
 * U+F000 to U+F7FF, and U+1F900 to U+1FAFF (the newer pictographs) as U+F900 to U+FAFF. No keyboard
 * layout types those (xkeyboard-config's private-use keys are U+E100 to U+E103 and U+F800 to U+F8FF,
 * such as the Apple logo at U+F8FF, which are left alone; the CJK compatibility ideographs at U+F900
 * to U+FAFF come from input methods, as a commit). The character is restored in the window's
 * dispatcher, before any filter sees the key, so held and replayed keys carry it whole too.
 */
public final class WholeCharactersTyped {
    private static final Object INSTALLED = new Object();

    private WholeCharactersTyped() {
    }

    /** On Linux, every window the application shows from now on gets its typed characters whole. */
    public static void inEveryWindow() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return;
        }
        Window.getWindows().forEach(WholeCharactersTyped::install);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(WholeCharactersTyped::install);
            }
        });
    }

    /** Restores the characters typed into {@code window}; once per window, however often it shows. */
    static void install(Window window) {
        if (window.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        EventDispatcher next = window.getEventDispatcher();
        window.setEventDispatcher((event, tail) -> next.dispatchEvent(whole(event), tail));
    }

    private static Event whole(Event event) {
        if (event.getEventType() != KeyEvent.KEY_TYPED) {
            return event;
        }
        KeyEvent key = (KeyEvent) event;
        String restored = restored(key.getCharacter());
        if (restored.equals(key.getCharacter())) {
            return event;
        }
        KeyEvent whole = new KeyEvent(key.getSource(), key.getTarget(), KeyEvent.KEY_TYPED, restored, key.getText(),
                key.getCode(), key.isShiftDown(), key.isControlDown(), key.isAltDown(), key.isMetaDown());
        if (key.isConsumed()) {
            whole.consume();
        }
        return whole;
    }

    /** The character a key event's {@code character} was cut from; the same string when it was not cut. */
    static String restored(String character) {
        if (character.length() != 1) {
            return character;
        }
        char c = character.charAt(0);
        if ((c >= 0xF000 && c <= 0xF7FF) || (c >= 0xF900 && c <= 0xFAFF)) {
            return Character.toString(0x10000 + c);
        }
        return character;
    }
}
