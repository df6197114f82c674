package org.scholarfolio.ui.site;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.ui.BoundFields;
import org.scholarfolio.ui.EditorViewModel;

/** Site-wide settings: title, address, what the home page shows, theme. */
public final class SiteViewModel {
    private final BoundFields fields;
    private final StringProperty title;
    private final StringProperty baseUrl;
    private final StringProperty description;
    private final StringProperty language;
    private final StringProperty footer;
    private final StringProperty embedHosts;
    private final StringProperty accentColor;
    private final BooleanProperty showNews;
    private final BooleanProperty showSelectedPapers;
    private final BooleanProperty showMetricBadges;
    private final BooleanProperty showSocials;
    private final BooleanProperty showMadeWith;
    private final StringProperty newsLimit;
    private final BooleanProperty newsScrollable;
    private final StringProperty darkMode;
    private final BooleanProperty showDarkModeToggle;

    public SiteViewModel(EditorViewModel editor) {
        fields = new BoundFields(editor);
        title = text("title", SiteSettings::title, SiteSettings.Builder::title);
        baseUrl = text("baseUrl", SiteSettings::baseUrl, SiteSettings.Builder::baseUrl);
        description = text("description", SiteSettings::description, SiteSettings.Builder::description);
        language = text("language", SiteSettings::language, SiteSettings.Builder::language);
        footer = text("footer", SiteSettings::footer, SiteSettings.Builder::footer);
        // One host per line; blank lines are not hosts.
        embedHosts = text("embedHosts", s -> String.join("\n", s.embedHosts()),
                (b, v) -> b.embedHosts(hosts(v)));
        accentColor = text("theme.accentColor", s -> s.theme().accentColor(), (b, v) -> {
            SiteSettings.Theme t = b.build().theme();
            return b.theme(new SiteSettings.Theme(v, t.darkMode(), t.showDarkModeToggle(), t.unknownFields()));
        });
        showNews = flag("showNews", SiteSettings::showNews, SiteSettings.Builder::showNews);
        showSelectedPapers = flag("showSelectedPapers", SiteSettings::showSelectedPapers,
                SiteSettings.Builder::showSelectedPapers);
        showMetricBadges = flag("showMetricBadges", SiteSettings::showMetricBadges,
                SiteSettings.Builder::showMetricBadges);
        showSocials = flag("showSocials", SiteSettings::showSocials, SiteSettings.Builder::showSocials);
        showMadeWith = flag("showMadeWith", SiteSettings::showMadeWith, SiteSettings.Builder::showMadeWith);
        // Text that is not a whole number (half typed, or "-") keeps the last good value.
        newsLimit = text("newsLimit", s -> Integer.toString(s.newsLimit()),
                (b, v) -> b.newsLimit(parseLimit(v, b.build().newsLimit())));
        newsScrollable = flag("newsScrollable", SiteSettings::newsScrollable, SiteSettings.Builder::newsScrollable);
        darkMode = text("theme.darkMode", s -> s.theme().darkMode(), (b, v) -> {
            SiteSettings.Theme t = b.build().theme();
            return b.theme(new SiteSettings.Theme(t.accentColor(), v, t.showDarkModeToggle(), t.unknownFields()));
        });
        showDarkModeToggle = flag("theme.showDarkModeToggle", s -> s.theme().showDarkModeToggle(), (b, v) -> {
            SiteSettings.Theme t = b.build().theme();
            return b.theme(new SiteSettings.Theme(t.accentColor(), t.darkMode(), v, t.unknownFields()));
        });
    }

    /** The news limit typed in the field; anything but a whole number from 0 up keeps {@code current}. */
    static int parseLimit(String text, int current) {
        try {
            int n = Integer.parseInt(text.strip());
            return n >= 0 ? n : current;
        } catch (NumberFormatException e) {
            return current;
        }
    }

    /** The hosts typed one per line; blank lines are dropped. */
    static List<String> hosts(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private StringProperty text(String key, Function<SiteSettings, String> get,
                                BiFunction<SiteSettings.Builder, String, SiteSettings.Builder> set) {
        return fields.text(() -> "site." + key, p -> get.apply(p.site()),
                (p, v) -> p.withSite(set.apply(p.site().toBuilder(), v).build()));
    }

    private BooleanProperty flag(String key, Function<SiteSettings, Boolean> get,
                                 BiFunction<SiteSettings.Builder, Boolean, SiteSettings.Builder> set) {
        return fields.flag(() -> "site." + key, p -> get.apply(p.site()),
                (p, v) -> p.withSite(set.apply(p.site().toBuilder(), v).build()));
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty baseUrlProperty() { return baseUrl; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty languageProperty() { return language; }
    public StringProperty footerProperty() { return footer; }
    public StringProperty embedHostsProperty() { return embedHosts; }
    public StringProperty accentColorProperty() { return accentColor; }
    public BooleanProperty showNewsProperty() { return showNews; }
    public BooleanProperty showSelectedPapersProperty() { return showSelectedPapers; }
    public BooleanProperty showMetricBadgesProperty() { return showMetricBadges; }
    public BooleanProperty showSocialsProperty() { return showSocials; }
    public BooleanProperty showMadeWithProperty() { return showMadeWith; }
    public StringProperty newsLimitProperty() { return newsLimit; }
    public BooleanProperty newsScrollableProperty() { return newsScrollable; }
    public StringProperty darkModeProperty() { return darkMode; }
    public BooleanProperty showDarkModeToggleProperty() { return showDarkModeToggle; }
}
