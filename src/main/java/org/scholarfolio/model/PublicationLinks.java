package org.scholarfolio.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * al-folio's link buttons. A value is an absolute URL or a file name/path inside the portfolio
 * folder (a bare name such as {@code paper.pdf} means {@code assets/paper.pdf}).
 */
public record PublicationLinks(String html, String pdf, String supp, String video, String blog,
                               String code, String poster, String slides, String website,
                               UnknownFields unknownFields) {
    public static final PublicationLinks NONE = new PublicationLinks("", "", "", "", "", "", "", "", "");

    public PublicationLinks(String html, String pdf, String supp, String video, String blog,
                            String code, String poster, String slides, String website) {
        this(html, pdf, supp, video, blog, code, poster, slides, website, UnknownFields.NONE);
    }

    public PublicationLinks {
        html = Text.orEmpty(html);
        pdf = Text.orEmpty(pdf);
        supp = Text.orEmpty(supp);
        video = Text.orEmpty(video);
        blog = Text.orEmpty(blog);
        code = Text.orEmpty(code);
        poster = Text.orEmpty(poster);
        slides = Text.orEmpty(slides);
        website = Text.orEmpty(website);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    /** The non-empty links by their al-folio field name, in button order. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "html", html);
        put(m, "pdf", pdf);
        put(m, "supp", supp);
        put(m, "video", video);
        put(m, "blog", blog);
        put(m, "code", code);
        put(m, "poster", poster);
        put(m, "slides", slides);
        put(m, "website", website);
        return m;
    }

    public static PublicationLinks fromMap(Map<String, String> m) {
        return new PublicationLinks(m.get("html"), m.get("pdf"), m.get("supp"), m.get("video"),
                m.get("blog"), m.get("code"), m.get("poster"), m.get("slides"), m.get("website"));
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (!value.isBlank()) {
            m.put(key, value);
        }
    }
}
