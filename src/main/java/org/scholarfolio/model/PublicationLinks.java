package org.scholarfolio.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A publication's link buttons by {@link LinkKind}. A value is an absolute URL or a file
 * name/path inside the portfolio folder (a bare name such as {@code paper.pdf} means
 * {@code assets/paper.pdf}). Blank values are not kept. {@code own} are the person's own buttons
 * after them ({@link OwnLink}), in order, each kept as given (the validator names a
 * row without a label or address). {@code unknownFields} are the
 * unknown members of the file's {@code links} object.
 */
public record PublicationLinks(Map<LinkKind, String> values, List<OwnLink> own, UnknownFields unknownFields) {
    private static final LinkKind[] KINDS = LinkKind.values();
    public static final PublicationLinks NONE = new PublicationLinks(Map.of(), List.of(), UnknownFields.NONE);

    public PublicationLinks {
        Object[] kept = new Object[KINDS.length];
        if (values != null) {
            values.forEach((kind, value) -> {
                if (kind != null && !Text.isBlank(value)) {
                    kept[kind.ordinal()] = value;
                }
            });
        }
        values = SparseEnumMap.of(KINDS, kept);
        own = ownKept(own);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    /** The nine al-folio links by position, for tests and callers that set a few known links. */
    public PublicationLinks(String html, String pdf, String supp, String video, String blog,
                            String code, String poster, String slides, String website) {
        this(positional(html, pdf, supp, video, blog, code, poster, slides, website), List.of(), UnknownFields.NONE);
    }

    public static PublicationLinks of(Map<LinkKind, String> values) {
        return new PublicationLinks(values, List.of(), UnknownFields.NONE);
    }

    /** A copy with these kinds' links, the own links and unknown members kept. */
    public PublicationLinks withValues(Map<LinkKind, String> next) {
        return new PublicationLinks(next, own, unknownFields);
    }

    /** A copy with these own links, the kinds' links kept. */
    public PublicationLinks withOwn(List<OwnLink> next) {
        return new PublicationLinks(values, next, unknownFields);
    }

    /** No link of a kind, no own link and no unknown member. */
    public boolean isEmpty() {
        return values.isEmpty() && own.isEmpty() && unknownFields.isEmpty();
    }

    /** The link of this kind, or "". */
    public String get(LinkKind kind) {
        return values.getOrDefault(kind, "");
    }

    /** A copy with this kind's link set (blank removes it). */
    public PublicationLinks with(LinkKind kind, String value) {
        Map<LinkKind, String> next = new EnumMap<>(LinkKind.class);
        next.putAll(values);
        next.put(kind, value);
        return new PublicationLinks(next, own, unknownFields);
    }

    public String html() {
        return get(LinkKind.HTML);
    }

    public String pdf() {
        return get(LinkKind.PDF);
    }

    /** The non-empty links by key, in button order. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((kind, value) -> m.put(kind.key(), value));
        return m;
    }

    /** Links by key (or alias); keys that name no link kind are ignored. */
    public static PublicationLinks fromMap(Map<String, String> m) {
        Map<LinkKind, String> values = new EnumMap<>(LinkKind.class);
        m.forEach((key, value) -> LinkKind.byKey(key).ifPresent(kind -> values.putIfAbsent(kind, value)));
        return of(values);
    }

    private static List<OwnLink> ownKept(List<OwnLink> own) {
        if (own == null || own.isEmpty()) {
            return List.of();
        }
        List<OwnLink> kept = new ArrayList<>(own.size());
        for (OwnLink link : own) {
            if (link != null) {
                kept.add(link);
            }
        }
        return List.copyOf(kept);
    }

    private static Map<LinkKind, String> positional(String... byPosition) {
        Map<LinkKind, String> m = new EnumMap<>(LinkKind.class);
        LinkKind[] kinds = {LinkKind.HTML, LinkKind.PDF, LinkKind.SUPP, LinkKind.VIDEO, LinkKind.BLOG, LinkKind.CODE,
            LinkKind.POSTER, LinkKind.SLIDES, LinkKind.WEBSITE};
        for (int i = 0; i < kinds.length; i++) {
            m.put(kinds[i], byPosition[i]);
        }
        return m;
    }
}
