package org.scholarfolio.ui.publications;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;

import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.site.BidiIsolation;
import org.scholarfolio.ui.FieldNames;
import org.scholarfolio.ui.FrameByFrame;
import org.scholarfolio.ui.RecordListView;
import org.scholarfolio.ui.form.FormBuilder;
import org.scholarfolio.ui.form.ShownPlainWhileIdle;

/**
 * Publications: searchable table (key, year, title, venue, selected) and the entry form. The form
 * can come a frame after the table ({@link #completeForm()}): the first frame of the screen then
 * makes the table's skins, the next its rows, the ones after them the form's (together about 0.3–0.4 s
 * of one frame before).
 */
public final class PublicationsView {
    private static final List<String> ENTRY_TYPES = List.of("article", "inproceedings", "book", "incollection",
            "inbook", "phdthesis", "mastersthesis", "techreport", "unpublished", "misc");

    private final PublicationsViewModel vm;
    private final Runnable onLeaveField;
    private FormBuilder form;
    /** The form's scroll pane, made with its first part; null until then. */
    private javafx.scene.control.ScrollPane formRoot;
    /** The form's parts not built yet (a section each), in order. */
    private final java.util.Deque<Runnable> partsToBuild = new java.util.ArrayDeque<>();
    private final RecordListView<Publication> list;
    /** Waits for the form to be in place; null once it is. */
    private List<Runnable> waitingForForm = new ArrayList<>();
    /** Controls in the open row of the form, and whether the row holds check boxes. */
    private int inRow;
    private boolean rowOfChecks;

    public PublicationsView(PublicationsViewModel vm, Runnable onLeaveField) {
        this(vm, onLeaveField, false);
    }

    /** {@code formLater}: the form below the table waits for {@link #completeForm()}, a blank block in its place. */
    public PublicationsView(PublicationsViewModel vm, Runnable onLeaveField, boolean formLater) {
        this.vm = vm;
        this.onLeaveField = onLeaveField;
        list = new RecordListView<>("publications", vm, vm.visibleRows(), vm::addPublication,
                "Add publication", formLater ? new Region() : buildForm())
                // Beside the preview in a 1024 px window the table is about 440 px wide: a whole key
                // (first author, year, first title word) and room for the title; venue and mark give way.
                .column("Key", 220, 220, Publication::citationKey)
                // Room for a state written as the year ("in press", "submitted") where the table has it
                .column("Year", 100, 52, Publication::yearAsTyped)
                .column("Title", 320, 150, p -> InlineText.plain(p.title()))
                .columnGivingWay("Venue", 200, 120, PublicationsView::venueCell)
                .columnGivingWay("Selected", 84, 84, p -> p.selected() ? "\u2605" : "")
                .emptyText(Bindings.when(vm.filterSummaryProperty().isEmpty())
                        .then("No publications yet: add one above, look one up by its DOI, arXiv or PubMed id, "
                                + "or drop a .bib file here.")
                        .otherwise("No publication matches the filter."))
                .severalAtOnce();

        list.addAboveTable(new FilterBar(vm).root());
        if (formLater) {
            // The rows come a frame after the screen's chrome and table, the form's parts after them.
            list.rowsAFrameLater();
        } else {
            formPlaced();
        }
    }

    /** The Venue column: the short name and the venue, with a dot between only when both are there. */
    static String venueCell(Publication p) {
        String abbr = InlineText.plain(p.abbr());
        String venue = InlineText.plain(p.venue());
        if (abbr.isBlank() || venue.isBlank()) {
            return abbr.isBlank() ? venue : abbr;
        }
        // Each closed off: an override left open in the abbreviation would reverse the venue after it.
        return BidiIsolation.isolated(abbr) + " \u00b7 " + BidiIsolation.isolated(venue);
    }

    /** Puts the form below the table now, whole, if it (or a part of it) waits still. */
    public void completeForm() {
        // The rows with the form: asked for at once (Ctrl+3), the form came above a table still empty.
        list.rowsNow();
        if (waitingForForm == null) {
            return;
        }
        if (formRoot == null) {
            startForm();
            list.setForm(formRoot);
        }
        while (buildNextPart()) {
            // one part after the other, all before whatever needs the form goes on
        }
        formPlaced();
    }

    /**
     * Puts the form's first part below the table now and the others a part a frame ({@link FrameByFrame}),
     * each section's fields (the authors' table among them) in a frame of its own; nothing if the form is in.
     */
    public void buildFormAPartAFrame() {
        if (waitingForForm == null || formRoot != null) {
            return;
        }
        startForm();
        buildNextPart();
        list.setForm(formRoot);
        FrameByFrame.addSoon(this::buildNextPartInItsFrame);
    }

    /** The form's next part, and the one after it in a later frame, until the form is whole (or completed at once meanwhile). */
    private void buildNextPartInItsFrame() {
        if (waitingForForm == null) {
            return;
        }
        if (buildNextPart()) {
            FrameByFrame.addSoon(this::buildNextPartInItsFrame);
        } else {
            formPlaced();
        }
    }

    /** True once the form is below the table. */
    public boolean isComplete() {
        return waitingForForm == null;
    }

    /** Runs {@code action} once the form is below the table (now, if it is). */
    public void whenFormPlaced(Runnable action) {
        if (waitingForForm == null) {
            action.run();
        } else {
            waitingForForm.add(action);
        }
    }

    private void formPlaced() {
        List<Runnable> actions = waitingForForm;
        waitingForForm = null;
        actions.forEach(Runnable::run);
    }

    private javafx.scene.Node buildForm() {
        startForm();
        while (buildNextPart()) {
            // the whole form at once
        }
        return formRoot;
    }

    /**
     * The form's scroll pane, empty, and its parts waiting, in order: each section's heading with its
     * first fields, then its other fields {@value #FIELDS_A_PART} at a time (a row of short fields), the
     * links and badges before Display. A part a frame: a section a part made and styled the venue's
     * 22 fields in one frame.
     */
    private void startForm() {
        form = new FormBuilder(onLeaveField);
        formRoot = form.build();
        for (PublicationField.Section section : PublicationField.Section.values()) {
            if (section == PublicationField.Section.DISPLAY) {
                linkParts();
            }
            List<PublicationField> fields = java.util.Arrays.stream(PublicationField.values())
                    .filter(f -> f.formSection() == section).toList();
            // The entry's key and type come with its heading, its other fields in the parts after; the
            // authors' text with its heading, their table and fields (a list screen of its own) next, alone.
            int first = section == PublicationField.Section.ENTRY ? 0
                    : section == PublicationField.Section.AUTHORS ? 1 : Math.min(FIELDS_A_PART, fields.size());
            List<PublicationField> headed = fields.subList(0, first);
            partsToBuild.add(() -> {
                heading(section);
                headed.forEach(this::field);
                if (headed.size() == fields.size()) {
                    endRow();
                }
            });
            if (section == PublicationField.Section.AUTHORS) {
                partsToBuild.add(() -> form.add(new AuthorsEditor(vm.authorList(), onLeaveField).root()));
            }
            for (int from = first; from < fields.size(); from += FIELDS_A_PART) {
                int to = Math.min(from + FIELDS_A_PART, fields.size());
                List<PublicationField> part = fields.subList(from, to);
                boolean last = to == fields.size();
                partsToBuild.add(() -> {
                    part.forEach(this::field);
                    if (last) {
                        endRow();
                    }
                });
            }
        }
    }

    /** Fields a part of the form holds at most: a row of short ones. */
    private static final int FIELDS_A_PART = 3;

    /** Builds the next part of the form, if one waits; true while more wait after it. */
    private boolean buildNextPart() {
        if (partsToBuild.isEmpty()) {
            return false;
        }
        partsToBuild.removeFirst().run();
        return !partsToBuild.isEmpty();
    }

    /** A section's heading; the entry's key and type below it. */
    private void heading(PublicationField.Section section) {
        form.section(section.title());
        if (section == PublicationField.Section.ENTRY) {
            form.row();
            mark("citationKey", form.text(FieldNames.label("publications.citationKey"), "pub-key", vm.citationKeyProperty()));
            mark("entryType", form.choice(FieldNames.label("publications.entryType"), "pub-type", vm.entryTypeProperty(), ENTRY_TYPES, t -> t));
            inRow = 2;
        }
    }

    /** Short fields go three to a row; a wide field, an area or a change of kind starts a new row. */
    private void field(PublicationField f) {
        String id = "pub-" + f.jsonKey().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        boolean check = f.widget() == PublicationField.Widget.CHECK;
        boolean inline = check || f.widget() == PublicationField.Widget.TEXT;
        if (!inline || inRow == 3 || (inRow > 0 && check != rowOfChecks)) {
            endRow();
        }
        if (inline && inRow == 0) {
            form.row();
            rowOfChecks = check;
        }
        switch (f.widget()) {
            case TEXT, WIDE -> {
                TextField text = form.text(f.formLabel(), id, vm.field(f.jsonKey()));
                mark(f.jsonKey(), text);
                if (f == PublicationField.TITLE) {
                    // {Energy}-Neutral reads Energy-Neutral until the field is edited; the braces stay in the file.
                    ShownPlainWhileIdle.install(text, vm.field(f.jsonKey()), InlineText::plain);
                }
            }
            case AREA -> mark(f.jsonKey(), form.area(f.formLabel(), id, vm.field(f.jsonKey()),
                    f == PublicationField.ABSTRACT ? 6 : 3));
            case CHECK -> mark(f.jsonKey(), form.check(f.formLabel(), id, vm.flag(f.jsonKey())));
        }
        inRow = inline ? inRow + 1 : 0;
    }

    private void endRow() {
        if (inRow > 0) {
            form.endRow();
            inRow = 0;
        }
    }

    /** The links, a row of three a part (the section's heading with the first), then the badges. */
    private void linkParts() {
        List<LinkKind> links = List.of(LinkKind.values());
        for (int i = 0; i < links.size(); i += 3) {
            List<LinkKind> row = links.subList(i, Math.min(i + 3, links.size()));
            boolean first = i == 0;
            partsToBuild.add(() -> {
                if (first) {
                    form.section("Links (a web address, or a file in the portfolio folder)");
                }
                form.row();
                for (LinkKind link : row) {
                    text(link.formLabel(), "links." + link.key());
                }
                form.endRow();
            });
        }
        // The person's own buttons, after the nine and in their order: a list of its own, as the authors.
        partsToBuild.add(() -> {
            form.section("Links of your own (shown after the ones above, in this order)");
            form.add(new OwnLinksEditor(vm.ownLinkList(), onLeaveField).root());
        });
        partsToBuild.add(() -> {
            form.section("Badges").row();
            for (String badge : List.of("altmetric", "dimensions", "googleScholarId", "inspirehepId")) {
                text(FieldNames.label("publications.badges." + badge), "badges." + badge);
            }
            form.endRow();
        });
    }

    /** A text field for one of the publication's plain text fields, by its JSON path. */
    private void text(String label, String path) {
        mark(path, form.text(label, "pub-" + path.replace('.', '-'), vm.field(path)));
    }

    private void mark(String path, Control control) {
        FormBuilder.fieldPath(control, () -> vm.fieldPath(path));
    }

    /** Puts a tool (the Add-by-identifier box) above the table, below the filter. */
    public void addAboveTable(javafx.scene.Node node) {
        list.addAboveTable(node);
    }

    public javafx.scene.Parent root() {
        return list.root();
    }
}
