package org.scholarfolio.ui.problems;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scholarfolio.model.validation.PortfolioValidator;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.Section;

/**
 * The portfolio's current problems, re-checked with the same rules as the command line after
 * every change, and where each one lives in the editor.
 */
public final class ProblemsViewModel {
    /** Where a problem's field is: a sidebar section and, for list sections, the record's index. */
    public record Location(Section section, int index) {
    }

    private final EditorViewModel editor;
    private final ObservableList<Diagnostic> problems = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper(this, "errorCount");

    public ProblemsViewModel(EditorViewModel editor) {
        this.editor = editor;
        editor.portfolioProperty().addListener((obs, old, now) -> check());
        editor.fileProperty().addListener((obs, old, now) -> check());
        check();
    }

    private void check() {
        Path file = editor.fileProperty().get();
        // Without a file there is no folder yet, so local-file checks are skipped.
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        // A new untitled document that nothing was typed into is not a broken one: its missing name
        // is reported from the first edit on, not as a red badge on the start screen.
        boolean blank = file == null && editor.portfolio().equals(Portfolio.empty());
        List<Diagnostic> found = blank ? List.of() : PortfolioValidator.validate(editor.portfolio(), folder);
        if (!found.equals(problems)) {
            problems.setAll(found);
        }
        errorCount.set((int) found.stream().filter(Diagnostic::isError).count());
    }

    /**
     * The section and record a field path points into; a record named by its key (as the export
     * names them, {@code publications[turing1950computing]}) is looked up in {@code portfolio}.
     */
    public static Location locate(FieldPath path, Portfolio portfolio) {
        FieldPath at = path.resolvedIn(portfolio);
        OptionalInt index = at.indexOf(at.root());
        Section s = switch (at.root()) {
            case "news" -> Section.NEWS;
            case "publications" -> Section.PUBLICATIONS;
            case "pages" -> Section.PAGES;
            case "site" -> Section.SITE;
            default -> Section.PROFILE;
        };
        boolean list = s == Section.NEWS || s == Section.PUBLICATIONS || s == Section.PAGES;
        return new Location(s, list ? index.orElse(-1) : -1);
    }

    /** The section and record of a field path in the editor's form, e.g. {@code publications[3].year}. */
    public static Location locate(String path) {
        return locate(FieldPath.parse(path), Portfolio.empty());
    }

    /**
     * A diagnostic's field as the editor's forms name it: records by position in the portfolio as
     * it is now, so that an export warning about {@code publications[turing1950computing].links.pdf}
     * opens that publication's PDF field.
     */
    public String editorPath(Diagnostic diagnostic) {
        return diagnostic.field().resolvedIn(editor.portfolio()).toString();
    }

    /** Where a diagnostic points in the portfolio as it is now. */
    public Location locate(Diagnostic diagnostic) {
        return locate(diagnostic.field(), editor.portfolio());
    }

    /** The index inside a nested list the path names, e.g. 2 for {@code authors} in {@code publications[0].authors[2].url}. */
    public static OptionalInt nestedIndex(FieldPath path, String list) {
        return path.indexOf(list);
    }

    public long countFor(Section section) {
        return problems.stream().filter(p -> locate(p).section() == section).count();
    }

    public ObservableList<Diagnostic> problems() {
        return problems;
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errorCount.getReadOnlyProperty();
    }
}
