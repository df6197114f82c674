package org.scholarfolio.ui.site;

import javafx.scene.control.ScrollPane;

import org.scholarfolio.ui.form.FormBuilder;

/** Site-wide settings. */
public final class SiteView {
    private final ScrollPane root;

    public SiteView(SiteViewModel vm, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.section("Site");
        form.text("Site title", "site-title", vm.titleProperty());
        FormBuilder.fieldPath(form.text("Address (base URL)", "site-base-url", vm.baseUrlProperty()), () -> "site.baseUrl");
        form.area("Description", "site-description", vm.descriptionProperty(), 2);
        form.row();
        form.text("Language", "site-language", vm.languageProperty());
        form.text("Accent colour", "site-accent", vm.accentColorProperty());
        form.endRow();
        form.text("Footer", "site-footer", vm.footerProperty());
        form.section("Home page");
        form.check("Show news", "site-show-news", vm.showNewsProperty());
        form.check("Show selected publications", "site-show-selected", vm.showSelectedPapersProperty());
        form.check("Show metric badges on publications (Altmetric, Dimensions, Scholar, INSPIRE)", "site-show-metric-badges",
                vm.showMetricBadgesProperty());
        form.check("Show social links", "site-show-socials", vm.showSocialsProperty());
        form.check("Show \u201cmade with Scholarfolio\u201d", "site-show-made-with", vm.showMadeWithProperty());
        root = form.build();
        root.setId("site-view");
    }

    public ScrollPane root() {
        return root;
    }
}
