package org.scholarfolio.testing;

import javafx.scene.web.WebView;

import org.testfx.api.FxRobot;

/** Runs JavaScript in the editor's preview ({@code #preview-web}) on the FX thread, for UI tests. */
public final class PreviewScripts {
    private PreviewScripts() {
    }

    /** The script's answer (a String, Number or Boolean from WebKit). */
    public static Object run(FxRobot robot, String js) {
        Object[] result = new Object[1];
        robot.interact(() -> result[0] = robot.lookup("#preview-web").queryAs(WebView.class).getEngine().executeScript(js));
        return result[0];
    }

    /** The text of the preview's element with this id, null when the page has none. */
    public static String textOfId(FxRobot robot, String id) {
        return (String) run(robot, "(function(){var e=document.getElementById('" + id + "');return e?e.textContent:null;})()");
    }
}
