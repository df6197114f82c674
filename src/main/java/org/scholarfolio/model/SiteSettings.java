package org.scholarfolio.model;

import java.util.List;

/**
 * How the exported site is put together. {@code baseUrl} is only used for absolute addresses in
 * feeds, sitemaps and social cards; every link inside the site stays relative.
 * {@code showMetricBadges} shows the publications' Altmetric, Dimensions, Google Scholar and
 * INSPIRE links (al-folio's {@code enable_publication_badges}). {@code embedHosts} names the other
 * sites (e.g. {@code www.youtube.com}) that images and embedded frames in Markdown may load from;
 * from any other site they are shown as links. {@code bibtexPreamble} is what the imported BibTeX
 * files' {@code @preamble}s hold (macros a LaTeX run of the list needs); a web page has no use for it,
 * so it is only written back into the BibTeX files the portfolio exports.
 */
public record SiteSettings(String title, String baseUrl, String description, String language,
                           boolean showNews, int newsLimit, boolean newsScrollable,
                           boolean showSelectedPapers, boolean showMetricBadges, boolean showSocials, String footer,
                           boolean showMadeWith, List<String> embedHosts, Theme theme,
                           String bibtexPreamble, UnknownFields unknownFields) {

    /** Theme options of the default theme. {@code darkMode} is "system", "light" or "dark". */
    public record Theme(String accentColor, String darkMode, boolean showDarkModeToggle,
                        UnknownFields unknownFields) {
        public static final Theme DEFAULT = new Theme("#b509ac", "system", true, UnknownFields.NONE);

        public Theme {
            accentColor = Text.isBlank(accentColor) ? "#b509ac" : accentColor.strip();
            darkMode = Text.isBlank(darkMode) ? "system" : darkMode.strip();
            unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
        }
    }

    public static final SiteSettings DEFAULT = new SiteSettings("", "", "", "en", true, 5, false,
            true, true, true, "", true, List.of(), Theme.DEFAULT, "", UnknownFields.NONE);

    public SiteSettings {
        title = Text.orEmpty(title);
        baseUrl = Text.orEmpty(baseUrl);
        description = Text.orEmpty(description);
        language = Text.isBlank(language) ? "en" : language.strip();
        footer = Text.orEmpty(footer);
        embedHosts = Text.listOf(embedHosts);
        theme = theme == null ? Theme.DEFAULT : theme;
        bibtexPreamble = Text.orEmpty(bibtexPreamble);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copy-with-changes for a record with many components. */
    public static final class Builder {
        private String title;
        private String baseUrl;
        private String description;
        private String language;
        private boolean showNews;
        private int newsLimit;
        private boolean newsScrollable;
        private boolean showSelectedPapers;
        private boolean showMetricBadges;
        private boolean showSocials;
        private String footer;
        private boolean showMadeWith;
        private List<String> embedHosts;
        private Theme theme;
        private String bibtexPreamble;
        private UnknownFields unknownFields;

        private Builder(SiteSettings s) {
            title = s.title;
            baseUrl = s.baseUrl;
            description = s.description;
            language = s.language;
            showNews = s.showNews;
            newsLimit = s.newsLimit;
            newsScrollable = s.newsScrollable;
            showSelectedPapers = s.showSelectedPapers;
            showMetricBadges = s.showMetricBadges;
            showSocials = s.showSocials;
            footer = s.footer;
            showMadeWith = s.showMadeWith;
            embedHosts = s.embedHosts;
            theme = s.theme;
            bibtexPreamble = s.bibtexPreamble;
            unknownFields = s.unknownFields;
        }

        public Builder title(String v) { title = v; return this; }
        public Builder baseUrl(String v) { baseUrl = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder showNews(boolean v) { showNews = v; return this; }
        public Builder newsLimit(int v) { newsLimit = v; return this; }
        public Builder newsScrollable(boolean v) { newsScrollable = v; return this; }
        public Builder showSelectedPapers(boolean v) { showSelectedPapers = v; return this; }
        public Builder showMetricBadges(boolean v) { showMetricBadges = v; return this; }
        public Builder showSocials(boolean v) { showSocials = v; return this; }
        public Builder footer(String v) { footer = v; return this; }
        public Builder showMadeWith(boolean v) { showMadeWith = v; return this; }
        public Builder embedHosts(List<String> v) { embedHosts = v; return this; }
        public Builder theme(Theme v) { theme = v; return this; }
        public Builder bibtexPreamble(String v) { bibtexPreamble = v; return this; }
        public Builder unknownFields(UnknownFields v) { unknownFields = v; return this; }

        public SiteSettings build() {
            return new SiteSettings(title, baseUrl, description, language, showNews, newsLimit,
                    newsScrollable, showSelectedPapers, showMetricBadges, showSocials, footer, showMadeWith, embedHosts,
                    theme, bibtexPreamble, unknownFields);
        }
    }
}
