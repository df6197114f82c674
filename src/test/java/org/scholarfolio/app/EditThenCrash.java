package org.scholarfolio.app;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.Autosave;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;

/**
 * The editor in a child JVM for {@link CrashRecoveryTest}: opens the portfolio named on the
 * command line with the app's autosave, changes the position, prints "edited" and waits to be killed.
 */
public final class EditThenCrash {
    private EditThenCrash() {
    }

    public static void main(String[] args) throws Exception {
        Path portfolio = Path.of(args[0]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.runLater(() -> {
            try {
                EditorViewModel editor = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
                MainView view = new MainView(editor, new SimpleBooleanProperty(false), null);
                editor.open(portfolio);
                view.enableAutosave(new Autosave(editor, new StoreRecoveryFiles(), portfolio.resolve("untitled.json")));
                editor.edit("profile.position", p -> p.withProfile(p.profile().toBuilder().position(args[1]).build()));
                System.out.println("edited");
                System.out.flush();
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(3);
            }
        });
        Thread.sleep(60_000);
    }
}
