package org.scholarfolio.ui.pages;

import org.scholarfolio.model.Page;
import org.scholarfolio.ui.FieldNames;
import org.scholarfolio.ui.RecordListView;
import org.scholarfolio.ui.ReorderControls;
import org.scholarfolio.ui.form.FormBuilder;

/** Extra pages: table and the form for the selected page. */
public final class PagesView {
    private final RecordListView<Page> list;

    public PagesView(PagesViewModel vm, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.section("Page").row();
        FormBuilder.fieldPath(form.text(FieldNames.label("pages.title"), "page-title", vm.titleProperty()), () -> vm.fieldPath("title"));
        FormBuilder.fieldPath(form.text(FieldNames.label("pages.slug"), "page-slug", vm.slugProperty()), () -> vm.fieldPath("slug"));
        form.wholeNumber(FieldNames.label("pages.menuOrder"), "page-menu-order", vm.menuOrderProperty())
                .focusedProperty().addListener((obs, was, now) -> {
                    if (!now) {
                        vm.settleMenuOrder();
                    }
                });
        form.endRow();
        form.check(FieldNames.label("pages.inMenu"), "page-in-menu", vm.inMenuProperty());
        form.area(FieldNames.label("pages.body"), "page-body", vm.bodyProperty(), 14);

        list = new RecordListView<>("pages", vm, vm.rows(), vm::addPage, "Add page", form.build())
                .column("Title", 200, Page::title)
                .column("Address", 140, p -> "/" + p.slug() + "/")
                .column("Menu", 60, p -> p.inMenu() ? Integer.toString(p.menuOrder()) : "");
        // A table sorted by a column hid the move: it shows the menu's order again, the order the move changes.
        ReorderControls.add(list, vm, "page", "page in the menu", delta -> {
            list.table().getSortOrder().clear();
            vm.moveInMenu(delta);
        });
    }

    public javafx.scene.Parent root() {
        return list.root();
    }
}
