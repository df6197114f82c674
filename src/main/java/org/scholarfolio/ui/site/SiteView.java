package org.scholarfolio.ui.site;

import java.util.List;

import javafx.scene.control.ScrollPane;

import org.scholarfolio.ui.FieldNames;
import org.scholarfolio.ui.form.FormBuilder;

/** Site-wide settings. */
public final class SiteView {
    private static final List<String> DARK_MODES = List.of("system", "light", "dark");

    private final ScrollPane root;

    public SiteView(SiteViewModel vm, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.section("Site");
        form.text(FieldNames.label("site.title"), "site-title", vm.titleProperty());
        FormBuilder.fieldPath(form.text(FieldNames.label("site.baseUrl"), "site-base-url", vm.baseUrlProperty()), () -> "site.baseUrl");
        form.area(FieldNames.label("site.description"), "site-description", vm.descriptionProperty(), 2);
        form.row();
        form.text(FieldNames.label("site.language"), "site-language", vm.languageProperty());
        form.text(FieldNames.label("site.theme.accentColor"), "site-accent", vm.accentColorProperty());
        form.endRow();
        form.text(FieldNames.label("site.footer"), "site-footer", vm.footerProperty());
        FormBuilder.fieldPath(form.area(FieldNames.label("site.embedHosts"),
                "site-embed-hosts", vm.embedHostsProperty(), 2), () -> "site.embedHosts");
        form.section("Home page");
        form.check(FieldNames.label("site.showNews"), "site-show-news", vm.showNewsProperty());
        form.row();
        FormBuilder.fieldPath(form.text(FieldNames.label("site.newsLimit"), "site-news-limit", vm.newsLimitProperty()),
                () -> "site.newsLimit");
        form.check(FieldNames.label("site.newsScrollable"), "site-news-scrollable", vm.newsScrollableProperty());
        form.endRow();
        form.check(FieldNames.label("site.showSelectedPapers"), "site-show-selected", vm.showSelectedPapersProperty());
        form.check(FieldNames.label("site.showMetricBadges"), "site-show-metric-badges",
                vm.showMetricBadgesProperty());
        form.check(FieldNames.label("site.showSocials"), "site-show-socials", vm.showSocialsProperty());
        form.check(FieldNames.label("site.showMadeWith"), "site-show-made-with", vm.showMadeWithProperty());
        form.section("Theme");
        form.row();
        form.choice(FieldNames.label("site.theme.darkMode"), "site-dark-mode", vm.darkModeProperty(), DARK_MODES, SiteView::darkModeLabel);
        form.check(FieldNames.label("site.theme.showDarkModeToggle"), "site-dark-toggle", vm.showDarkModeToggleProperty());
        form.endRow();
        root = form.build();
        root.setId("site-view");
    }

    private static String darkModeLabel(String mode) {
        return switch (mode) {
            case "light" -> "Always light";
            case "dark" -> "Always dark";
            default -> "Follow the visitor's system";
        };
    }

    public ScrollPane root() {
        return root;
    }
}
