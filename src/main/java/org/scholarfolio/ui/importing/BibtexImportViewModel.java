package org.scholarfolio.ui.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.InlineText;
import org.scholarfolio.importer.bibtex.BibtexImportResult;
import org.scholarfolio.importer.bibtex.BibtexImporter;
import org.scholarfolio.importer.bibtex.BibtexMerge;
import org.scholarfolio.importer.bibtex.BibtexMergePlan;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.Text;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.UndoStep;

/**
 * BibTeX into the open portfolio: File &gt; Import BibTeX, a .bib dropped on the publications, and
 * Paste BibTeX on one publication. A file is first read into a {@link Preview} that the window shows
 * (what will be added and updated); applying it is one undoable edit.
 */
public final class BibtexImportViewModel {

    /** What importing a file would do, to show before doing it. */
    public record Preview(String fileName, List<Publication> incoming, BibtexMergePlan plan,
                          List<Diagnostic> warnings, BibtexImportResult read) {
        public Preview {
            incoming = List.copyOf(incoming);
            warnings = List.copyOf(warnings);
        }

        public boolean changesSomething() {
            return plan.changesSomething();
        }

        /** "3 to add, 2 to update, 1 already up to date, 1 warning". */
        public String summary() {
            return Text.number(plan.added().size()) + " to add, " + Text.number(plan.updated().size()) + " to update, "
                    + Text.number(plan.unchanged().size()) + " already up to date, " + Text.count(warnings.size(), "warning");
        }

        /** One line per added or updated entry and per warning, as the confirmation dialog lists them. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            for (BibtexMergePlan.Entry e : plan.entries()) {
                switch (e.outcome()) {
                    case ADDED -> out.add("Add " + e.targetKey() + titleOf(e.targetKey()) + e.newKeyNote());
                    case UPDATED -> out.add("Update " + e.targetKey()
                            + (e.match() == BibtexMergePlan.Match.CITATION_KEY ? "" : " (same " + e.match().label() + ")")
                            + ": " + String.join(", ", e.changedFields()));
                    case UNCHANGED -> { }
                }
            }
            warnings.forEach(w -> out.add("Warning: " + w));
            return out;
        }

        private String titleOf(String citationKey) {
            // the plan's publications: an entry added under a new key is found by that key
            return plan.publications().stream().filter(p -> p.citationKey().equals(citationKey) && !p.title().isBlank())
                    .findFirst().map(p -> ": " + InlineText.plain(p.title())).orElse("");
        }
    }

    private final EditorViewModel editor;
    private final BibtexImporter importer = new BibtexImporter();
    private String lastImported = "";

    public BibtexImportViewModel(EditorViewModel editor) {
        this.editor = editor;
    }

    public static boolean isBibFile(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".bib");
    }

    public Preview preview(Path bibFile) throws IOException {
        String fileName = bibFile.getFileName().toString();
        return preview(importer.read(Files.readAllBytes(bibFile), fileName), fileName);
    }

    public Preview preview(String text, String fileName) {
        return preview(importer.read(text, fileName), fileName);
    }

    private Preview preview(BibtexImportResult read, String fileName) {
        return new Preview(fileName, read.publications(),
                BibtexMerge.plan(editor.portfolio().publications(), read.publications()), read.warnings(), read);
    }

    /**
     * Applies a preview as one undo step. The plan is made again against the portfolio as it is now,
     * so edits made while the dialog was open are not overwritten. Returns the status line.
     */
    public String apply(Preview preview) {
        BibtexMergePlan plan = BibtexMerge.plan(editor.portfolio().publications(), preview.incoming());
        lastImported = "";
        if (!plan.changesSomething()) {
            return "Nothing to import from " + preview.fileName() + ": every entry is already up to date.";
        }
        // the file's @preamble goes with its entries, for the BibTeX files the portfolio exports
        editor.editAs(UndoStep.named(importDescription(plan.added().size(), plan.updated().size()), "publications"),
                p -> p.withPublications(plan.publications()).withSite(p.site().toBuilder()
                        .bibtexPreamble(preview.read().preambleAfter(p.site().bibtexPreamble())).build()));
        lastImported = firstChanged(plan);
        return "Imported " + preview.fileName() + ": " + Text.number(plan.added().size()) + " added, "
                + Text.number(plan.updated().size()) + " updated.";
    }

    /**
     * The record the last import added first (else the first it updated), "publications[7]", for the
     * window to select: after an import nothing was selected, and a person had to look through the
     * table for what came in. Empty when the last import changed nothing.
     */
    public String lastImportedRecord() {
        return lastImported;
    }

    private static String firstChanged(BibtexMergePlan plan) {
        List<BibtexMergePlan.Entry> changed = plan.added().isEmpty() ? plan.updated() : plan.added();
        if (changed.isEmpty()) {
            return "";
        }
        BibtexMergePlan.Entry first = changed.get(0);
        String key = first.targetKey() != null ? first.targetKey() : first.citationKey();
        List<Publication> publications = plan.publications();
        for (int i = 0; i < publications.size(); i++) {
            if (publications.get(i).citationKey().equals(key)) {
                return "publications[" + i + "]";
            }
        }
        return "";
    }

    static String importDescription(int added, int updated) {
        String what = added > 0 && updated > 0
                ? Text.number(added) + " new and " + Text.number(updated) + " updated publications"
                : added > 0 ? Text.count(added, "publication")
                : Text.number(updated) + (updated == 1 ? " updated publication" : " updated publications");
        return "import of " + what;
    }

    /**
     * Updates the publication at {@code index} from one pasted BibTeX entry, keeping its citation key
     * and whatever the entry leaves out. Returns the status line; changes nothing unless the text holds
     * exactly one readable entry.
     */
    public String paste(int index, String text) {
        List<Publication> publications = editor.portfolio().publications();
        if (index < 0 || index >= publications.size()) {
            return "Select the publication to paste the BibTeX into.";
        }
        BibtexImportResult read = importer.read(text == null ? "" : text, "clipboard");
        if (read.publications().size() != 1) {
            String problem = read.warnings().isEmpty() ? "" : " (" + read.warnings().get(0) + ")";
            return read.publications().isEmpty()
                    ? "The clipboard holds no BibTeX entry that could be read" + problem + "."
                    : "The clipboard holds " + Text.number(read.publications().size()) + " entries; paste one, or use Import BibTeX.";
        }
        Publication before = publications.get(index);
        Publication after = BibtexMerge.update(before, read.publications().get(0));
        List<String> changed = BibtexMerge.changedFields(before, after);
        if (changed.isEmpty()) {
            return before.citationKey() + " already has everything the pasted entry holds.";
        }
        editor.editAs(UndoStep.named("paste of BibTeX into " + before.citationKey(), "publications[" + index + "]"), p -> {
            List<Publication> list = new ArrayList<>(p.publications());
            list.set(index, after);
            return p.withPublications(list);
        });
        return "Updated " + before.citationKey() + " from the pasted BibTeX: " + String.join(", ", changed) + ".";
    }
}
