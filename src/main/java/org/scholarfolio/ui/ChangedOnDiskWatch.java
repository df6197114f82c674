package org.scholarfolio.ui;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.event.EventHandler;
import javafx.event.WeakEventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import org.scholarfolio.files.FileChangeWatch;

/**
 * Notices while the window is open that another program (a git pull, a second window, a text
 * editor, a sync client) wrote the open portfolio's file, instead of only at the next save. A watch
 * on the file's folder, quietened for {@link #QUIET} after the last event (a program writes in
 * bursts), and a look whenever the window gets the focus (some file systems tell no watch); each
 * compares the file's fingerprint with the one this window last read or wrote, so its own saves,
 * their rename and backup never count.
 * <p>
 * Without unsaved changes the file is reloaded at once, one Undo step ("reload from disk") as the
 * save-time Reload makes: the history stays, and Undo brings back the version this window had.
 * With unsaved changes nothing is taken: a bar above the form offers the answers the save-time
 * question offers, and editing goes on meanwhile.
 */
final class ChangedOnDiskWatch {
    static final Duration QUIET = Duration.millis(400);

    private final EditorViewModel editor;
    private final DocumentCommands documents;
    private final Consumer<String> status;
    private final Pane barPlace;
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private HBox bar;
    /** The bar was shown for the file as it is now ("Not now" hides it): no look shows it again until the file and window agree. */
    private boolean told;
    private FileChangeWatch watch;
    private boolean started;
    private volatile boolean stopped;
    private final ChangeListener<Boolean> lookWhenFocused = (obs, was, focused) -> {
        if (focused) {
            look();
        }
    };
    private final EventHandler<WindowEvent> stopWhenHidden = e -> stop();

    ChangedOnDiskWatch(EditorViewModel editor, DocumentCommands documents, Consumer<String> status, Pane barPlace) {
        this.editor = editor;
        this.documents = documents;
        this.status = status;
        this.barPlace = barPlace;
        quiet.setOnFinished(e -> look());
        documents.beforeAskingAboutChangedFile(this::askedElsewhere);
    }

    /** Starts watching the open file, and each one opened later; looks when {@code window} gets the focus. */
    void start(Window window) {
        if (started) {
            return;
        }
        started = true;
        editor.fileProperty().addListener((obs, old, file) -> {
            settled();
            watch(file);
        });
        // A save, a reload or Keep both: the file and the window agree again.
        editor.history().savedProperty().addListener((obs, old, now) -> settled());
        watch(editor.fileProperty().get());
        if (window != null) {
            // Weakly: a window can outlive this view (another view put in it), and must not keep it.
            window.focusedProperty().addListener(new WeakChangeListener<>(lookWhenFocused));
            window.addEventHandler(WindowEvent.WINDOW_HIDDEN, new WeakEventHandler<>(stopWhenHidden));
        }
    }

    private void watch(Path file) {
        if (watch != null) {
            watch.close();
            watch = null;
        }
        if (file != null) {
            // The watch's thread holds this view only weakly: a view dropped without its window closing ends its watch.
            WeakReference<ChangedOnDiskWatch> self = new WeakReference<>(this);
            watch = FileChangeWatch.start(file, () -> {
                ChangedOnDiskWatch view = self.get();
                if (view != null) {
                    Platform.runLater(view.quiet::playFromStart);
                }
            }, () -> {
                ChangedOnDiskWatch view = self.get();
                return view != null && !view.stopped;
            });
        }
    }

    /** The window is closed: no watch, and no look left to come (its file thread is gone). */
    private void stop() {
        stopped = true;
        quiet.stop();
        watch(null);
    }

    /** Asks the file thread whether another program wrote the file, and acts on the answer. */
    void look() {
        Path file = editor.fileProperty().get();
        if (file == null || told || stopped) {
            return;
        }
        documents.io().checkDisk(file, changed -> {
            if (changed && file.equals(editor.fileProperty().get()) && !told) {
                changedElsewhere(file);
            }
        });
    }

    private void changedElsewhere(Path file) {
        editor.takePendingEdits();
        if (editor.history().isDirty()) {
            showBar(file);
            return;
        }
        documents.io().reload(changed -> status.accept(changed
                        ? file.getFileName() + " was changed by another program: reloaded; Undo brings back the version you had"
                        : file.getFileName() + " was written by another program with the same content: nothing changed"),
                e -> status.accept(file.getFileName() + " was changed by another program and cannot be read: " + e.getMessage()));
    }

    private void showBar(Path file) {
        Label says = new Label(file.getFileName() + " was changed by another program. Your changes here are not saved.");
        says.setWrapText(true);
        says.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(says, Priority.ALWAYS);
        bar = new HBox(8, says,
                answer("Keep both changes", "changed-on-disk-keep-both", ChangedOnDiskDialog.Choice.KEEP_BOTH, file),
                answer("Reload from disk", "changed-on-disk-reload", ChangedOnDiskDialog.Choice.RELOAD, file),
                compare(file),
                answer("Overwrite", "changed-on-disk-overwrite", ChangedOnDiskDialog.Choice.OVERWRITE, file),
                later());
        // At 1024 px the buttons were cut to "Keep both c…", "Co…", "Ov…": each keeps its whole label, the sentence wraps.
        says.setMinWidth(120);
        bar.getChildren().stream().filter(Button.class::isInstance).forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
        bar.setId("changed-on-disk-bar");
        bar.getStyleClass().add("changed-on-disk-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        barPlace.getChildren().add(bar);
        told = true;
        status.accept(file.getFileName() + " was changed by another program; the bar above the form says what you can do");
    }

    private Button answer(String text, String id, ChangedOnDiskDialog.Choice choice, Path file) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> {
            hideBar();
            documents.settleChangedOnDisk(choice, file, saved -> { });
        });
        return b;
    }

    /** The differences are shown in the save-time question, which offers the same answers. */
    private Button compare(Path file) {
        Button b = new Button("Compare\u2026");
        b.setId("changed-on-disk-compare");
        b.setOnAction(e -> documents.resolveChangedOnDisk(file, saved -> { }));
        return b;
    }

    private Button later() {
        Button b = new Button("Not now");
        b.setId("changed-on-disk-later");
        // The next save asks again: it finds the file changed.
        b.setOnAction(e -> hideBar());
        return b;
    }

    /**
     * The save-time question about the same change is being asked: the bar goes, and no look asks the file thread
     * again (a second answer to the same question) until the file and the window agree.
     */
    private void askedElsewhere() {
        hideBar();
        told = true;
    }

    private void settled() {
        hideBar();
        told = false;
    }

    private void hideBar() {
        if (bar != null) {
            barPlace.getChildren().remove(bar);
            bar = null;
        }
    }
}
