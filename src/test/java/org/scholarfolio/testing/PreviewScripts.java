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
}
