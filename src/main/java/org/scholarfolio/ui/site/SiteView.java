package org.scholarfolio.ui.site;

import java.util.List;

import javafx.scene.control.ScrollPane;

import org.scholarfolio.ui.form.FormBuilder;

/** Site-wide settings. */
public final class SiteView {
    private static final List<String> DARK_MODES = List.of("system", "light", "dark");

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
        FormBuilder.fieldPath(form.area("Hosts that images and embedded videos may load from (one per line, e.g. www.youtube.com)",
                "site-embed-hosts", vm.embedHostsProperty(), 2), () -> "site.embedHosts");
        form.section("Home page");
        form.check("Show news", "site-show-news", vm.showNewsProperty());
        form.row();
        FormBuilder.fieldPath(form.text("News items shown", "site-news-limit", vm.newsLimitProperty()),
                () -> "site.newsLimit");
        form.check("Scroll the news list when it is long", "site-news-scrollable", vm.newsScrollableProperty());
        form.endRow();
        form.check("Show selected publications", "site-show-selected", vm.showSelectedPapersProperty());
        form.check("Show metric badges on publications (Altmetric, Dimensions, Scholar, INSPIRE)", "site-show-metric-badges",
                vm.showMetricBadgesProperty());
        form.check("Show social links", "site-show-socials", vm.showSocialsProperty());
        form.check("Show \u201cmade with Scholarfolio\u201d", "site-show-made-with", vm.showMadeWithProperty());
        form.section("Theme");
        form.row();
        form.choice("Light or dark", "site-dark-mode", vm.darkModeProperty(), DARK_MODES, SiteView::darkModeLabel);
        form.check("Show the light/dark switch", "site-dark-toggle", vm.showDarkModeToggleProperty());
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
