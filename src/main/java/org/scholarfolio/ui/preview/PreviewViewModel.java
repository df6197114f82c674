package org.scholarfolio.ui.preview;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.Section;

/** What the preview shows: the page that belongs to the record being edited, rendered to HTML. */
public final class PreviewViewModel {
    private final EditorViewModel editor;
    private final PreviewRenderer renderer;
    private final ObjectProperty<PreviewTarget> target = new SimpleObjectProperty<>(this, "target",
            new PreviewTarget.Home());
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper(this, "html", "");

    public PreviewViewModel(EditorViewModel editor, PreviewRenderer renderer) {
        this.editor = editor;
        this.renderer = renderer;
    }

    /** The page to preview while {@code section} is open with the given records selected (-1: none). */
    public static PreviewTarget targetFor(Section section, Portfolio p, int newsIndex, int pageIndex) {
        return switch (section) {
            case PUBLICATIONS -> new PreviewTarget.Publications();
            case NEWS -> {
                List<NewsItem> news = p.news();
                yield newsIndex >= 0 && newsIndex < news.size()
                        ? new PreviewTarget.NewsItem(newsIndex) : new PreviewTarget.NewsList();
            }
            case PAGES -> {
                List<Page> pages = p.pages();
                yield pageIndex >= 0 && pageIndex < pages.size()
                        ? new PreviewTarget.Page(pageIndex) : new PreviewTarget.Home();
            }
            case PROFILE, SITE -> new PreviewTarget.Home();
        };
    }

    /** Renders the current snapshot; a renderer failure becomes a readable page, not a crash. */
    public void update() {
        try {
            html.set(renderer.render(editor.portfolio(), target.get()));
        } catch (RuntimeException e) {
            html.set("<!DOCTYPE html><meta charset=\"utf-8\"><body style=\"font-family:sans-serif\">"
                    + "<h2>The preview could not be rendered</h2><p>" + escape(String.valueOf(e.getMessage()))
                    + "</p></body>");
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public ObjectProperty<PreviewTarget> targetProperty() {
        return target;
    }

    public ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }
}
