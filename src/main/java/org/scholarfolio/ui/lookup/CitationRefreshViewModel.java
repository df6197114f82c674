package org.scholarfolio.ui.lookup;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.scholarfolio.lookup.CitationMetrics;
import org.scholarfolio.model.Text;
import org.scholarfolio.lookup.LookupException;
import org.scholarfolio.lookup.RecordLookup;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.BackgroundTask;
import org.scholarfolio.ui.EditorViewModel;

/**
 * "Refresh citation counts": asks OpenAlex in the background with progress and Cancel, then stores
 * the counts as one undo step. Offline, refused or cancelled, the portfolio is not touched.
 */
public final class CitationRefreshViewModel {
    private static final String CANCELLED = "Refresh cancelled. Nothing was changed.";
    private final EditorViewModel editor;
    private final Function<String, RecordLookup> lookups;
    private final BackgroundTask task;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public CitationRefreshViewModel(EditorViewModel editor, Function<String, RecordLookup> lookups, Executor background,
                                    Executor ui) {
        this.editor = editor;
        this.lookups = lookups;
        this.task = new BackgroundTask(background, ui);
    }

    public void refresh() {
        if (task.runningProperty().get()) {
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
        message.set("Asking OpenAlex for " + Text.count(snapshot.size(), "publication") + "\u2026");
        task.start(progress -> new CitationMetrics(lookup).fetch(snapshot, (done, total, current) ->
                progress.accept(total == 0 ? 1 : (double) done / total)), this::finished, this::stopped);
    }

    public void cancel() {
        if (task.cancel()) {
            message.set(CANCELLED);
        }
    }

    private void stopped(Exception e) {
        message.set(e instanceof LookupException ? AddByIdentifierViewModel.endedAsASentence(e.getMessage()) + " Nothing was changed."
                : e instanceof InterruptedException ? CANCELLED
                : "The refresh stopped: " + e + ". Nothing was changed.");
    }

    private void finished(CitationMetrics.Result result) {
        List<Publication> now = editor.portfolio().publications();
        List<Publication> counted = result.applyTo(now);
        if (!counted.equals(now)) {
            editor.edit(null, p -> p.withPublications(result.applyTo(p.publications())));
        }
        StringBuilder text = new StringBuilder("Citation counts from OpenAlex for "
                + Text.count(result.counts().size(), "publication"));
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

    public ReadOnlyBooleanProperty runningProperty() {
        return task.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return task.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
