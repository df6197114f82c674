package org.scholarfolio.ui.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Slugs;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.RecordListViewModel;
import org.scholarfolio.ui.UndoStep;
import org.scholarfolio.ui.form.WholeNumbers;

/** Extra Markdown pages (CV, teaching, ...) and the form for the selected one. */
public final class PagesViewModel extends RecordListViewModel<Page> {
    private final StringProperty slug;
    private final StringProperty title;
    private final StringProperty menuOrder;
    private final BooleanProperty inMenu;
    private final StringProperty body;

    public PagesViewModel(EditorViewModel editor) {
        super(editor, "pages", Portfolio::pages, Portfolio::withPages);
        slug = detailText("slug", Page::slug, Page::withSlug);
        title = detailText("title", Page::title, Page::withTitle);
        menuOrder = detailText("menuOrder", p -> Integer.toString(p.menuOrder()),
                (p, v) -> p.withMenuOrder(parseOrder(v, p.menuOrder())));
        inMenu = detailFlag("inMenu", Page::inMenu, Page::withInMenu);
        body = detailText("body", Page::body, Page::withBody);
    }

    static int parseOrder(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The field left empty or at a lone sign: it shows the position the page keeps again. */
    public void settleMenuOrder() {
        int i = selectedIndexProperty().get();
        if (i >= 0 && i < records().size() && !WholeNumbers.isWhole(menuOrder.get())) {
            menuOrder.set(Integer.toString(records().get(i).menuOrder()));
        }
    }

    /** Adds a page with a slug not used yet, shown in the menu after the existing ones. */
    public void addPage() {
        Set<String> slugs = new HashSet<>();
        int order = 0;
        for (Page p : records()) {
            slugs.add(p.slug());
            order = Math.max(order, p.menuOrder());
        }
        add(new Page(Slugs.firstFree("page", slugs), "New page", order + 1, true, "", UnknownFields.NONE));
    }

    /**
     * Moves the selected page up (-1) or down (+1) the site's menu, one undo step ("move of page
     * Teaching"). The pages are put in menu order (equal positions as listed, as the site orders
     * them) and numbered 1, 2, 3 ... in it, so the table shows the order the menu has and the
     * numbers never tie.
     */
    public void moveInMenu(int delta) {
        int selected = selectedIndexProperty().get();
        List<Page> pages = records();
        if (selected < 0 || selected >= pages.size()) {
            return;
        }
        // Indices, not pages: two equal pages are still two places.
        List<Integer> inMenuOrder = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            inMenuOrder.add(i);
        }
        inMenuOrder.sort(Comparator.comparingInt(i -> pages.get(i).menuOrder()));
        int from = inMenuOrder.indexOf(selected);
        int to = from + delta;
        if (to < 0 || to >= inMenuOrder.size()) {
            return;
        }
        inMenuOrder.add(to, inMenuOrder.remove(from));
        List<Page> renumbered = new ArrayList<>(pages.size());
        for (int i = 0; i < inMenuOrder.size(); i++) {
            renumbered.add(pages.get(inMenuOrder.get(i)).withMenuOrder(i + 1));
        }
        Page moved = pages.get(selected);
        String name = moved.title().isBlank() ? moved.slug() : moved.title();
        replaceRecords(UndoStep.named("move of page " + name, "pages[" + to + "]"), renumbered, to);
    }

    public StringProperty slugProperty() { return slug; }
    public StringProperty titleProperty() { return title; }
    public StringProperty menuOrderProperty() { return menuOrder; }
    public BooleanProperty inMenuProperty() { return inMenu; }
    public StringProperty bodyProperty() { return body; }
}
