package org.scholarfolio.ui;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Keeps a menu opened by its mnemonic (Alt+F) open when Alt is let go, as GTK's and Windows' menus
 * stay open. JavaFX's menu bar (21) takes Alt released with no key pressed since Alt as "Alt alone",
 * which moves the focus to the bar or, on the bar already, leaves it and closes its menu; the F between
 * is consumed by the scene's mnemonics before the bar's own key filter sees it, so the bar took the
 * release after Alt+F for Alt alone and closed the menu it had just opened. The window, whose filters
 * come before the scene's, holds that release back while one of the bar's menus is showing.
 */
final class AltReleaseKeepsMenuOpen {
    private AltReleaseKeepsMenuOpen() {
    }

    static void install(Scene scene, MenuBar bar) {
        EventHandler<KeyEvent> altReleased = e -> {
            if (e.getCode() == KeyCode.ALT && bar.getMenus().stream().anyMatch(Menu::isShowing)) {
                e.consume();
            }
        };
        scene.windowProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_RELEASED, altReleased);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_RELEASED, altReleased);
            }
        });
        Window window = scene.getWindow();
        if (window != null) {
            window.addEventFilter(KeyEvent.KEY_RELEASED, altReleased);
        }
    }
}
