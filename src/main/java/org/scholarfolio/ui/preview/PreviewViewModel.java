package org.scholarfolio.ui.preview;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.Section;

/**
 * What the preview shows: the page that belongs to the record being edited, rendered to HTML, with
 * emoji as images (the preview's WebKit has no emoji font; the exported site keeps the characters).
 */
public final class PreviewViewModel {
    private final EditorViewModel editor;
    private final PreviewRenderer renderer;
    private final ObjectProperty<PreviewTarget> target = new SimpleObjectProperty<>(this, "target",
            new PreviewTarget.Home());
    private final StringProperty record = new SimpleStringProperty(this, "record", "");
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper(this, "html", "");

    private final CompletableFuture<EmojiImages> emoji;

    public PreviewViewModel(EditorViewModel editor, PreviewRenderer renderer) {
        this(editor, renderer, EmojiImages.inBackground());
    }

    /** {@code emoji}: the emoji images, used from when they are ready; pages show characters until then. */
    public PreviewViewModel(EditorViewModel editor, PreviewRenderer renderer, CompletableFuture<EmojiImages> emoji) {
        this.editor = editor;
        this.renderer = renderer;
        this.emoji = emoji;
    }

    /** Completes (on another thread) when emoji can be shown as images; a page rendered before shows boxes. */
    public CompletableFuture<?> emojiReady() {
        return emoji;
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
            String page = renderer.render(editor.portfolio(), target.get());
            EmojiImages images = emoji.isDone() && !emoji.isCompletedExceptionally() ? emoji.join() : null;
            html.set(images == null ? page : images.apply(page));
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

    /** The selected record ({@code publications[3]}), which the preview scrolls to; empty for none. */
    public StringProperty recordProperty() {
        return record;
    }

    public ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }
}
