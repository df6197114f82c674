package org.scholarfolio.testing;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Window;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Ends JavaFX when the test run ends, before the test JVM exits.
 *
 * <p>Left running, the FX thread is still inside WebKit (the preview's pages) while {@code exit()}
 * runs WebKit's native destructors; now and then that aborts the JVM after every test has passed,
 * and the build fails with "Error occurred in starting fork". Closing the windows and leaving the
 * toolkit the way the app does on quit ends the FX thread first.
 */
public final class FxShutdownAtSessionEnd implements LauncherSessionListener {

    private static final String FX_THREAD = "JavaFX Application Thread";
    private static final long WAIT_SECONDS = 30;

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Thread fxThread = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> FX_THREAD.equals(thread.getName()))
                .findFirst()
                .orElse(null);
        if (fxThread == null) {
            return; // no test in this JVM started JavaFX
        }
        Platform.runLater(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                window.hide();
            }
            Platform.exit();
        });
        try {
            fxThread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fxThread.isAlive()) {
            System.err.println("JavaFX did not end within " + WAIT_SECONDS + " s of the last test");
        }
    }
}
