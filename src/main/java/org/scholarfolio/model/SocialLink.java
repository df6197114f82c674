package org.scholarfolio.model;

import java.util.Optional;

/**
 * One entry of the profile's social row. For a known al-folio key ({@link SocialKind}) only
 * {@code value} matters; a {@link #CUSTOM custom} link carries its own title, url and icon.
 */
public record SocialLink(String kind, String value, String title, String url, String icon,
                         UnknownFields unknownFields) {
    public static final String CUSTOM = "custom";

    public SocialLink {
        kind = Text.isBlank(kind) ? CUSTOM : kind.strip();
        value = Text.orEmpty(value);
        title = Text.orEmpty(title);
        url = Text.orEmpty(url);
        icon = Text.orEmpty(icon);
        unknownFields = unknownFields == null ? UnknownFields.NONE : unknownFields;
    }

    public static SocialLink of(SocialKind kind, String value) {
        return new SocialLink(kind.key(), value, "", "", "", UnknownFields.NONE);
    }

    public static SocialLink custom(String title, String url, String icon) {
        return new SocialLink(CUSTOM, "", title, url, icon, UnknownFields.NONE);
    }

    public Optional<SocialKind> knownKind() {
        return SocialKind.ofKey(kind);
    }

    /** The address the link points to; custom links use their url, known kinds their template. */
    public Optional<String> href() {
        return knownKind().map(k -> k.urlFor(value)).orElseGet(
                () -> url.isBlank() ? Optional.empty() : Optional.of(url.strip()));
    }

    /** What a screen reader and a tooltip say for the link. */
    public String label() {
        if (!title.isBlank()) {
            return title;
        }
        return knownKind().map(SocialKind::label).orElse(kind);
    }

    /** Font Awesome icon as {@code style/name}; custom links without one get a plain link icon. */
    public String iconName() {
        if (!icon.isBlank()) {
            return icon;
        }
        return knownKind().map(SocialKind::icon).orElse("solid/link");
    }
}
