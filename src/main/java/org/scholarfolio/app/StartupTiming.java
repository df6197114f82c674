package org.scholarfolio.app;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Start-up measurement, off unless asked for with {@value #PROPERTY}: {@code true} prints the time
 * from the start of the JVM to the first time the editor window is shown (the JVM's start time,
 * not the process's: Linux tells the latter only to the second), and the processor time used so
 * far; {@code exit} also closes the editor half a second later, after the first frames are drawn,
 * for {@code packaging/measure-startup.sh}; {@code tour} shows each screen in turn before it closes
 * the editor, for the bundle build's training run, whose class archive then holds every screen's classes.
 */
final class StartupTiming {
    static final String PROPERTY = "scholarfolio.startupTiming";

    private StartupTiming() {
    }

    /** {@code tour} is given what closes the editor, to run once each screen has been shown. */
    static void watch(Stage stage, Consumer<Runnable> tour) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("true") && !mode.equals("exit") && !mode.equals("tour")) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                long now = System.currentTimeMillis();
                long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                // Processor time as well: on a busy machine it varies far less than the clock.
                String cpu = ProcessHandle.current().info().totalCpuDuration()
                        .map(d -> " (" + d.toMillis() + " ms processor time)").orElse("");
                System.out.println("first window shown after " + (now - jvmStart) + " ms" + cpu);
                if (!mode.equals("true")) {
                    PauseTransition settle = new PauseTransition(javafx.util.Duration.millis(500));
                    settle.setOnFinished(e -> {
                        if (mode.equals("tour")) {
                            tour.accept(Platform::exit);
                        } else {
                            Platform.exit();
                        }
                    });
                    settle.play();
                }
            }
        });
    }
}
