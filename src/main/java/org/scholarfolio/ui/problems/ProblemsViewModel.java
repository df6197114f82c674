package org.scholarfolio.ui.problems;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scholarfolio.model.validation.IncrementalValidator;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.Section;

/**
 * The portfolio's current problems, re-checked with the same rules as the command line after
 * every change (only the records a change replaced are checked again: {@link IncrementalValidator}),
 * and where each one lives in the editor.
 */
public final class ProblemsViewModel {
    /** Where a problem's field is: a sidebar section and, for list sections, the record's index. */
    public record Location(Section section, int index) {
    }

    private final EditorViewModel editor;
    private final ObservableList<Diagnostic> problems = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper(this, "errorCount");
    private static final Executor DIRECT = Runnable::run;
    private Executor background = DIRECT;
    private Executor ui = DIRECT;
    /** The change waiting to be checked; null when the checker has taken it. */
    private final AtomicReference<Request> latest = new AtomicReference<>();
    /** Numbers the changes (UI thread only), so that only the latest one's problems are shown. */
    private long requested;
    /** Keeps each publication's problems, so that a change rechecks only the records it replaced. */
    private final IncrementalValidator validator = new IncrementalValidator();

    public ProblemsViewModel(EditorViewModel editor) {
        this.editor = editor;
        editor.portfolioProperty().addListener((obs, old, now) -> check());
        editor.fileProperty().addListener((obs, old, now) -> {
            validator.forget();
            check();
        });
        // Another document: its records' files are looked up again.
        editor.documentNumberProperty().addListener((obs, old, now) -> validator.forget());
        check();
    }

    /**
     * Checks on {@code background} from now on (the rules look at every record and at the files they
     * name: seconds for a large portfolio), handing the problems back through {@code ui}; only the
     * latest change is checked, and a result overtaken by a later change is dropped.
     */
    public void checkOn(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    private record Request(Portfolio portfolio, Path folder, long number) {
    }

    private void check() {
        Path file = editor.fileProperty().get();
        // Without a file there is no folder yet, so local-file checks are skipped.
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        Request request = new Request(editor.portfolio(), folder, ++requested);
        if (latest.getAndSet(request) == null) {
            background.execute(this::checkLatest);
        }
    }

    /** Runs on {@code background}: checks the latest request until none is left. */
    private void checkLatest() {
        Request r;
        while ((r = latest.getAndSet(null)) != null) {
            Request checked = r;
            // A new untitled document that nothing was typed into is not a broken one: its missing name
            // is reported from the first edit on, not as a red badge on the start screen.
            boolean blank = checked.folder() == null && checked.portfolio().equals(Portfolio.empty());
            List<Diagnostic> found = blank ? List.of() : validator.check(checked.portfolio(), checked.folder());
            ui.execute(() -> show(checked.number(), found));
        }
    }

    private void show(long number, List<Diagnostic> found) {
        if (number != requested) {
            return;
        }
        // Counted before the list changes: its invalidation listeners (the sidebar's badges) ask first.
        replaceChanged(problems, found, this::count);
        errorCount.set(errors);
    }

    /**
     * Makes {@code shown} equal to {@code found} by replacing only the part between their common
     * start and end: the problems of the records a change checked again. The check keeps the problems
     * of the records it did not check again (the same objects), so the two ends are mostly compared
     * by identity; with thousands of warnings, setting the whole list made the list, the sidebar's
     * counts and the fields' marks look at every one of them again for one changed record.
     * {@code counted} is told the entries leaving (-1) and coming (1) before the list changes.
     */
    static void replaceChanged(List<Diagnostic> shown, List<Diagnostic> found,
                               java.util.function.ObjIntConsumer<List<Diagnostic>> counted) {
        int n = shown.size();
        int m = found.size();
        int start = 0;
        while (start < n && start < m && same(shown.get(start), found.get(start))) {
            start++;
        }
        int end = 0;
        while (end < n - start && end < m - start && same(shown.get(n - 1 - end), found.get(m - 1 - end))) {
            end++;
        }
        if (start == n && start == m) {
            return;
        }
        List<Diagnostic> removed = shown.subList(start, n - end);
        List<Diagnostic> added = found.subList(start, m - end);
        // Told before the list changes (with -1 for the entries leaving it, 1 for those coming).
        counted.accept(removed, -1);
        counted.accept(added, 1);
        if (removed.size() == added.size()) {
            for (int i = 0; i < added.size(); i++) {
                if (!same(removed.get(i), added.get(i))) {
                    removed.set(i, added.get(i));
                }
            }
        } else {
            removed.clear();
            shown.addAll(start, added);
        }
    }

    private static boolean same(Diagnostic a, Diagnostic b) {
        return a == b || a.equals(b);
    }

    /**
     * The section and record a field path points into; a record named by its key (as the export
     * names them, {@code publications[turing1950computing]}) is looked up in {@code portfolio}.
     */
    public static Location locate(FieldPath path, Portfolio portfolio) {
        FieldPath at = path.resolvedIn(portfolio);
        OptionalInt index = at.indexOf(at.root());
        Section s = sectionOf(at.root());
        boolean list = s == Section.NEWS || s == Section.PUBLICATIONS || s == Section.PAGES;
        return new Location(s, list ? index.orElse(-1) : -1);
    }

    private static Section sectionOf(String root) {
        return switch (root) {
            case "news" -> Section.NEWS;
            case "publications" -> Section.PUBLICATIONS;
            case "pages" -> Section.PAGES;
            case "site" -> Section.SITE;
            default -> Section.PROFILE;
        };
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

    /** The problems in {@code section}, counted as the list changes (a change counts its own entries only). */
    public long countFor(Section section) {
        return perSection[section.ordinal()];
    }

    /** The errors among {@link #countFor}: none, and the section's problems are warnings only. */
    public long errorsFor(Section section) {
        return errorsPerSection[section.ordinal()];
    }

    private final long[] perSection = new long[Section.values().length];
    private final long[] errorsPerSection = new long[Section.values().length];
    private int errors;

    private void count(List<Diagnostic> changed, int sign) {
        for (Diagnostic p : changed) {
            // The section is the path's root (a record named by key or index alike): nothing to look up.
            int section = sectionOf(p.field().root()).ordinal();
            perSection[section] += sign;
            if (p.isError()) {
                errorsPerSection[section] += sign;
                errors += sign;
            }
        }
    }

    public ObservableList<Diagnostic> problems() {
        return problems;
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errorCount.getReadOnlyProperty();
    }
}
