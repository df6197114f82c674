package org.scholarfolio.ui.problems;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scholarfolio.model.validation.PortfolioValidator;
import org.scholarfolio.model.validation.Problem;
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

    private static final Pattern INDEXED = Pattern.compile("^(news|publications|pages)(?:\\[(\\d+)]|$)");

    private final EditorViewModel editor;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
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
        List<Problem> found = PortfolioValidator.validate(editor.portfolio(), folder);
        if (!found.equals(problems)) {
            problems.setAll(found);
        }
        errorCount.set((int) found.stream().filter(Problem::isError).count());
    }

    /** The section and record a JSON path such as {@code publications[3].year} points into. */
    public static Location locate(String path) {
        Matcher m = INDEXED.matcher(path);
        if (m.find()) {
            Section s = switch (m.group(1)) {
                case "news" -> Section.NEWS;
                case "publications" -> Section.PUBLICATIONS;
                default -> Section.PAGES;
            };
            return new Location(s, m.group(2) == null ? -1 : Integer.parseInt(m.group(2)));
        }
        if (path.startsWith("site")) {
            return new Location(Section.SITE, -1);
        }
        return new Location(Section.PROFILE, -1);
    }

    /** The index inside a nested list the path names, e.g. 2 for {@code authors} in {@code publications[0].authors[2].url}. */
    public static java.util.OptionalInt nestedIndex(String path, String list) {
        Matcher m = Pattern.compile("\\." + Pattern.quote(list) + "\\[(\\d+)]").matcher(path);
        return m.find() ? java.util.OptionalInt.of(Integer.parseInt(m.group(1))) : java.util.OptionalInt.empty();
    }

    public long countFor(Section section) {
        return problems.stream().filter(p -> locate(p.path()).section() == section).count();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errorCount.getReadOnlyProperty();
    }
}
