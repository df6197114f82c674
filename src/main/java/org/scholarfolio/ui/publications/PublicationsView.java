package org.scholarfolio.ui.publications;

import java.util.List;

import javafx.scene.control.Control;
import javafx.scene.control.TextField;

import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.RecordListView;
import org.scholarfolio.ui.form.FormBuilder;
import org.scholarfolio.ui.form.ShownPlainWhileIdle;

/** Publications: searchable table (key, year, title, venue, selected) and the entry form. */
public final class PublicationsView {
    private static final List<String> ENTRY_TYPES = List.of("article", "inproceedings", "book", "incollection",
            "inbook", "phdthesis", "mastersthesis", "techreport", "unpublished", "misc");

    private final PublicationsViewModel vm;
    private final FormBuilder form;
    private final RecordListView<Publication> list;

    public PublicationsView(PublicationsViewModel vm, Runnable onLeaveField) {
        this.vm = vm;
        form = new FormBuilder(onLeaveField);
        form.section("Entry").row();
        mark("citationKey", form.text("Citation key", "pub-key", vm.citationKeyProperty()));
        mark("entryType", form.choice("Type", "pub-type", vm.entryTypeProperty(), ENTRY_TYPES, t -> t));
        mark("year", form.text("Year", "pub-year", vm.yearProperty()));
        text("Month (1\u201312)", "month");
        form.endRow();
        TextField title = form.text("Title", "pub-title", vm.titleProperty());
        mark("title", title);
        // {Energy}-Neutral reads Energy-Neutral until the field is edited; the braces stay in the file.
        ShownPlainWhileIdle.install(title, vm.titleProperty(), InlineText::plain);

        form.section("Authors");
        mark("authors", form.area("Authors, one per line (\u201cGiven Family\u201d or \u201cFamily, Given\u201d)",
                "pub-authors", vm.authorsProperty(), 3));
        form.add(new AuthorsEditor(vm.authorList(), onLeaveField).root());
        form.check("\u2026 and others (the list is shortened)", "pub-and-others", vm.andOthersProperty());

        form.section("Venue").row();
        mark("journal", form.text("Journal", "pub-journal", vm.journalProperty()));
        mark("booktitle", form.text("Book title / proceedings", "pub-booktitle", vm.booktitleProperty()));
        mark("abbr", form.text("Short venue (badge)", "pub-abbr", vm.abbrProperty()));
        form.endRow().row();
        text("School", "school");
        text("Publisher", "publisher");
        text("Location", "location");
        form.endRow().row();
        text("Volume", "volume");
        text("Number", "number");
        text("Pages", "pages");
        form.endRow().row();
        mark("doi", form.text("DOI", "pub-doi", vm.doiProperty()));
        text("arXiv id", "arxiv");
        form.endRow().row();
        text("Award (shown as a badge)", "award");
        text("Award name", "awardName");
        form.endRow();

        form.section("Links (a web address, or a file in the portfolio folder)");
        List<LinkKind> links = List.of(LinkKind.values());
        for (int i = 0; i < links.size(); i += 3) {
            form.row();
            for (LinkKind link : links.subList(i, Math.min(i + 3, links.size()))) {
                text(link.formLabel(), "links." + link.key());
            }
            form.endRow();
        }
        form.section("Badges").row();
        text("Altmetric id", "badges.altmetric");
        text("Dimensions id", "badges.dimensions");
        text("Google Scholar id", "badges.googleScholarId");
        text("INSPIRE-HEP id", "badges.inspirehepId");
        form.endRow();

        form.section("Display").row();
        form.check("Selected (shown on the home page)", "pub-selected", vm.selectedProperty());
        form.check("Show the BibTeX button", "pub-bibtex-show", vm.bibtexShowProperty());
        form.endRow();
        text("Preview image", "preview");
        text("Section (e.g. Talks; empty: the main list)", "section");
        form.section("Abstract and notes");
        mark("abstract", form.area("Abstract (Markdown)", "pub-abstract", vm.abstractTextProperty(), 6));
        text("Note", "note");
        text("Additional information", "additionalInfo");
        text("Annotation", "annotation");

        list = new RecordListView<>("publications", vm, vm.visibleRows(), vm::addPublication,
                "Add publication", form.build())
                .column("Key", 120, Publication::citationKey)
                .column("Year", 60, p -> p.year() == null ? "" : p.year().toString())
                .column("Title", 320, p -> InlineText.plain(p.title()))
                .column("Venue", 200, p -> InlineText.plain(p.abbr().isBlank() ? p.venue() : p.abbr() + " \u00b7 " + p.venue()))
                .column("Selected", 70, p -> p.selected() ? "\u2605" : "");

        list.addAboveTable(new FilterBar(vm).root());
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
