package org.scholarfolio.ui.lookup;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.scholarfolio.lookup.CitationMetrics;
import org.scholarfolio.lookup.LookupException;
import org.scholarfolio.lookup.RecordLookup;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorViewModel;

/**
 * "Refresh citation counts": asks OpenAlex in the background with progress and Cancel, then stores
 * the counts as one undo step. Offline, refused or cancelled, the portfolio is not touched.
 */
public final class CitationRefreshViewModel {
    private final EditorViewModel editor;
    private final Function<String, RecordLookup> lookups;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private FutureTask<?> task;

    public CitationRefreshViewModel(EditorViewModel editor, Function<String, RecordLookup> lookups, Executor background,
                                    Executor ui) {
        this.editor = editor;
        this.lookups = lookups;
        this.background = background;
        this.ui = ui;
    }

    public void refresh() {
        if (running.get()) {
            return;
        }
        RecordLookup lookup;
        try {
            lookup = lookups.apply(editor.portfolio().profile().email());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        List<Publication> snapshot = editor.portfolio().publications();
        running.set(true);
        progress.set(0);
        message.set("Asking OpenAlex for " + snapshot.size() + " publications\u2026");
        task = new FutureTask<>(() -> {
            try {
                CitationMetrics.Result result = new CitationMetrics(lookup).fetch(snapshot, (done, total, current) ->
                        ui.execute(() -> progress.set(total == 0 ? 1 : (double) done / total)));
                ui.execute(() -> finished(result));
            } catch (LookupException e) {
                ui.execute(() -> stopped(e.getMessage() + ". Nothing was changed."));
            } catch (InterruptedException e) {
                ui.execute(() -> stopped("Refresh cancelled. Nothing was changed."));
            } catch (RuntimeException e) {
                ui.execute(() -> stopped("The refresh stopped: " + e + ". Nothing was changed."));
            }
            return null;
        });
        background.execute(task);
    }

    public void cancel() {
        if (running.get() && task != null) {
            task.cancel(true);
            stopped("Refresh cancelled. Nothing was changed.");
        }
    }

    private void finished(CitationMetrics.Result result) {
        if (!running.get()) {
            return;
        }
        running.set(false);
        progress.set(1);
        List<Publication> now = editor.portfolio().publications();
        List<Publication> counted = result.applyTo(now);
        if (!counted.equals(now)) {
            editor.edit(null, p -> p.withPublications(result.applyTo(p.publications())));
        }
        StringBuilder text = new StringBuilder("Citation counts from OpenAlex for " + result.counts().size()
                + " publication(s)");
        if (!result.unknown().isEmpty()) {
            text.append("; ").append(result.unknown().size()).append(" unknown to OpenAlex");
        }
        if (!result.nowPublished().isEmpty()) {
            text.append(". ").append(result.nowPublished().get(0).message());
            if (result.nowPublished().size() > 1) {
                text.append(" (and ").append(result.nowPublished().size() - 1).append(" more)");
            }
        }
        message.set(text.append('.').toString());
    }

    private void stopped(String text) {
        running.set(false);
        progress.set(0);
        message.set(text);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
