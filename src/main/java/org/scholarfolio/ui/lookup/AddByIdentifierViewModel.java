package org.scholarfolio.ui.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import org.scholarfolio.importer.bibtex.BibtexImportResult;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.importer.bibtex.BibtexMerge;
import org.scholarfolio.importer.bibtex.BibtexMergePlan;
import org.scholarfolio.lookup.FetchedRecord;
import org.scholarfolio.lookup.Identifier;
import org.scholarfolio.lookup.LookupException;
import org.scholarfolio.lookup.Lookups;
import org.scholarfolio.lookup.RecordLookup;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.Text;
import org.scholarfolio.ui.BackgroundTask;
import org.scholarfolio.ui.EditorViewModel;

/**
 * The Publications screen's "Add by identifier" box: the researcher pastes DOIs, arXiv ids, PubMed
 * ids, their addresses, or whole BibTeX entries; {@link #lookUp()} fetches the records in the
 * background and shows them ({@link #previewProperty()}) without changing anything; {@link #add()}
 * merges them as one undo step, matched the way {@code scholarfolio add} matches.
 */
public final class AddByIdentifierViewModel {
    private static final String CANCELLED = "Look-up cancelled. Nothing was changed.";
    private final EditorViewModel editor;
    private final Function<String, RecordLookup> lookups;
    private final BackgroundTask task;
    private final BibtexImporter bibtex = new BibtexImporter();
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd");
    private List<Publication> pending = List.of();
    private boolean pendingFromBibtex;

    /**
     * @param lookups    makes the lookup for the profile's e-mail (the services' polite pools ask for one)
     * @param background runs the requests; {@code ui} runs their outcome on the UI thread
     */
    public AddByIdentifierViewModel(EditorViewModel editor, Function<String, RecordLookup> lookups, Executor background,
                                    Executor ui) {
        this.editor = editor;
        this.lookups = lookups;
        this.task = new BackgroundTask(background, ui);
    }

    /** Reads the box: BibTeX at once, identifiers from the services in the background. */
    public void lookUp() {
        if (task.runningProperty().get()) {
            return;
        }
        clearPending();
        String text = input.get() == null ? "" : input.get().strip();
        if (text.isEmpty()) {
            message.set("Paste a DOI, an arXiv id, a PubMed id (pmid:…), their web address, or a BibTeX entry.");
            return;
        }
        if (text.startsWith("@")) {
            BibtexImportResult read = bibtex.read(text, "pasted text");
            if (read.publications().isEmpty()) {
                message.set("The pasted text holds no BibTeX entry that could be read"
                        + (read.warnings().isEmpty() ? "." : " (" + read.warnings().get(0) + ")."));
                return;
            }
            show(read.publications(), true, List.of());
            return;
        }
        List<Identifier> ids = new ArrayList<>();
        for (String word : text.split("[\\s,;]+")) {
            try {
                ids.add(Identifier.parse(word));
            } catch (IllegalArgumentException e) {
                message.set(e.getMessage() + "; nothing was looked up.");
                return;
            }
        }
        RecordLookup lookup;
        try {
            lookup = lookups.apply(editor.portfolio().profile().email());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        message.set("Looking up " + (ids.size() == 1 ? ids.get(0) : Text.number(ids.size()) + " identifiers") + "\u2026");
        task.start(progress -> {
            List<Publication> found = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (Identifier id : ids) {
                FetchedRecord r = lookup.fetch(id);
                found.add(r.publication());
                r.notes().forEach(n -> notes.add(id + ": " + n));
            }
            return new Found(found, notes);
        }, found -> show(found.records(), false, found.notes()), e -> failed(
                e instanceof LookupException ? endedAsASentence(e.getMessage()) + " Nothing was changed."
                : e instanceof InterruptedException ? CANCELLED
                : "The look-up stopped: " + e + ". Nothing was changed."));
    }

    /** What a look-up brought back: the records and the services' notes about them. */
    private record Found(List<Publication> records, List<String> notes) {
    }

    /** Adds what the preview shows, as one undo step, matched against the publications as they are now. */
    public void add() {
        if (pending.isEmpty()) {
            return;
        }
        BibtexMergePlan plan = plan();
        if (!plan.changesSomething()) {
            message.set("Nothing to add: the portfolio already has everything these records hold.");
        } else {
            editor.edit(null, p -> p.withPublications(plan.publications()));
            String done = "Added " + Text.number(plan.added().size()) + ", updated " + Text.number(plan.updated().size());
            String said = done + " (Undo takes it back).";
            message.set(said);
            // Seen: "(Undo takes it back)" still read so after a .bib import, when Undo took back the import.
            // At the next change (another edit, or this one undone) it says what was done, and no more.
            editor.portfolioProperty().addListener(new ChangeListener<Portfolio>() {
                @Override
                public void changed(ObservableValue<? extends Portfolio> obs, Portfolio old, Portfolio now) {
                    obs.removeListener(this);
                    if (said.equals(message.get())) {
                        message.set(done + ".");
                    }
                }
            });
            input.set("");
        }
        clearPending();
    }

    public void cancel() {
        if (task.cancel()) {
            failed(CANCELLED);
        }
    }

    private BibtexMergePlan plan() {
        List<Publication> existing = editor.portfolio().publications();
        return pendingFromBibtex ? BibtexMerge.plan(existing, pending) : Lookups.plan(existing, pending);
    }

    private void show(List<Publication> records, boolean fromBibtex, List<String> notes) {
        pending = List.copyOf(records);
        pendingFromBibtex = fromBibtex;
        BibtexMergePlan plan = plan();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < plan.entries().size(); i++) {
            BibtexMergePlan.Entry e = plan.entries().get(i);
            Publication p = plan.publications().stream().filter(x -> x.citationKey().equals(e.targetKey())).findFirst()
                    .orElse(records.get(i));
            text.append(switch (e.outcome()) {
                case ADDED -> "Add as " + e.targetKey();
                case UPDATED -> "Update " + e.targetKey() + " (same " + e.match().label() + "): "
                        + String.join(", ", e.changedFields());
                case UNCHANGED -> "Already there as " + e.targetKey() + " (same " + e.match().label() + ")";
            }).append('\n').append(describe(p)).append("\n\n");
        }
        notes.forEach(n -> text.append("Note: ").append(n).append('\n'));
        preview.set(text.toString().strip());
        canAdd.set(plan.changesSomething());
        message.set(plan.changesSomething() ? "Check the record, then Add." : "Nothing new: the portfolio has it all.");
    }

    /** The record as a reader would cite it, with the identifiers it brings. */
    static String describe(Publication p) {
        StringBuilder b = new StringBuilder();
        b.append(String.join(", ", p.authors().stream().map(Author::displayName).toList()));
        if (!p.authors().isEmpty()) {
            b.append(p.year() == null ? ". " : " (" + p.year() + "). ");
        }
        // As the table and the site show them: "\\emph{Escherichia coli}" reads Escherichia coli.
        b.append(InlineText.plain(p.title()));
        if (!p.venue().isEmpty()) {
            b.append(". ").append(InlineText.plain(p.venue()));
        }
        if (!p.volume().isEmpty()) {
            b.append(' ').append(p.volume()).append(p.number().isEmpty() ? "" : "(" + p.number() + ")");
        }
        if (!p.pages().isEmpty()) {
            b.append(", ").append(p.pages());
        }
        if (!p.publisher().isEmpty()) {
            b.append(". ").append(p.publisher());
        }
        b.append('.');
        if (!p.doi().isEmpty()) {
            b.append(" doi:").append(p.doi());
        }
        if (!p.arxiv().isEmpty()) {
            b.append(" arXiv:").append(p.arxiv());
        }
        if (!p.links().pdf().isEmpty()) {
            b.append("\nPDF: ").append(p.links().pdf());
        }
        if (!p.abstractText().isEmpty()) {
            String a = p.abstractText();
            b.append("\nAbstract: ").append(a.length() > 300 ? a.substring(0, 299) + "\u2026" : a);
        }
        return b.toString();
    }

    private void failed(String text) {
        clearPending();
        message.set(text);
    }

    private void clearPending() {
        pending = List.of();
        preview.set("");
        canAdd.set(false);
    }

    public StringProperty inputProperty() {
        return input;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return task.runningProperty();
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    /** "cannot reach doi.org; are you online?" stays as it is; another message gets its full stop. */
    static String endedAsASentence(String message) {
        return message.endsWith(".") || message.endsWith("?") || message.endsWith("!") ? message : message + ".";
    }
}
