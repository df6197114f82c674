package org.scholarfolio.model;

import java.util.List;
import java.util.Optional;

/**
 * The fields of the profile, each described once: its key in {@code portfolio.json}, its kind, where
 * al-folio keeps it, and its label and control in the editor's form. The JSON reader and writer, the
 * al-folio reader and writer, the validator's field paths and the profile form use these constants.
 * Constant order is the order in {@code portfolio.json}. The name, photo and social links are
 * structured values with records of their own ({@link PersonName}, {@link Photo}, {@link SocialKind});
 * they stand here for their place in the file. See {@code docs/decisions/field-registry.md}.
 */
public enum ProfileField {
    NAME("name", Kind.STRUCTURED, null, null, null, null),
    NATIVE_NAME("nativeName", Kind.TEXT, "Name in native script", "native", null, null),
    POSITION("position", Kind.TEXT, "Position", "position", null, null),
    AFFILIATION("affiliation", Kind.TEXT, "Affiliation", "affiliation", null, null),
    SUBTITLE("subtitle", Kind.INLINE_MARKDOWN, "Subtitle", "subtitle", Alfolio.ABOUT_FRONT_MATTER, "subtitle"),
    EMAIL("email", Kind.TEXT, "Email", "email", Alfolio.CONFIG, "email"),
    PHOTO("photo", Kind.STRUCTURED, null, null, null, null),
    ADDRESS_LINES("addressLines", Kind.LINES, "Address (one line each)", "address", Alfolio.ABOUT_PROFILE, "more_info"),
    BIO("bio", Kind.MARKDOWN, "Biography (Markdown)", "bio", Alfolio.ABOUT_BODY, null),
    SOCIAL_LINKS("socialLinks", Kind.STRUCTURED, null, null, null, null),
    NAME_VARIANTS("nameVariants", Kind.LINES, "Spellings in author lists (one per line)", "name-variants", null, null);

    /** How the value is held. */
    public enum Kind {
        /** One line of plain text. */
        TEXT,
        /** One line of inline Markdown or HTML. */
        INLINE_MARKDOWN,
        /** Markdown text. */
        MARKDOWN,
        /** A list of lines, one entry per non-blank line in the form. */
        LINES,
        /** A value with a record of its own. */
        STRUCTURED
    }

    /** Where an al-folio site keeps the field, when it has a place there. */
    public enum Alfolio {
        /** {@code _config.yml}. */
        CONFIG,
        /** The about page's front matter. */
        ABOUT_FRONT_MATTER,
        /** The about page's {@code profile:} block, one HTML paragraph per line. */
        ABOUT_PROFILE,
        /** The about page's text. */
        ABOUT_BODY
    }

    private final String jsonKey;
    private final Kind kind;
    private final String label;
    private final String controlName;
    private final Alfolio alfolio;
    private final String alfolioKey;

    ProfileField(String jsonKey, Kind kind, String label, String controlName, Alfolio alfolio, String alfolioKey) {
        this.jsonKey = jsonKey;
        this.kind = kind;
        this.label = label;
        this.controlName = controlName;
        this.alfolio = alfolio;
        this.alfolioKey = alfolioKey;
    }

    /** The member's name in {@code profile} of {@code portfolio.json}. */
    public String jsonKey() {
        return jsonKey;
    }

    public Kind kind() {
        return kind;
    }

    /** The form's label; structured fields have forms of their own. */
    public String label() {
        return Optional.ofNullable(label).orElseThrow(() -> new IllegalStateException(this + " has no label"));
    }

    /** The form control's node id, such as {@code profile-email}. */
    public String controlId() {
        return "profile-" + controlName;
    }

    /** The field as the validator and the Problems list name it, such as {@code profile.email}. */
    public String path() {
        return "profile." + jsonKey;
    }

    /** Where al-folio keeps the field, or empty when it has no place of its own there. */
    public Optional<Alfolio> alfolio() {
        return Optional.ofNullable(alfolio);
    }

    /** The key al-folio gives the field in its file; only for fields with a keyed place there. */
    public String alfolioKey() {
        return Optional.ofNullable(alfolioKey).orElseThrow(() -> new IllegalStateException(this + " has no al-folio key"));
    }

    /** A text field's value; only for the one-line and Markdown kinds. */
    public String text(Profile p) {
        return switch (this) {
            case NATIVE_NAME -> p.nativeName();
            case POSITION -> p.position();
            case AFFILIATION -> p.affiliation();
            case SUBTITLE -> p.subtitle();
            case EMAIL -> p.email();
            case BIO -> p.bio();
            default -> throw new IllegalStateException(this + " is not text");
        };
    }

    /** Sets a text field; only for the one-line and Markdown kinds. */
    public Profile.Builder withText(Profile.Builder b, String value) {
        return switch (this) {
            case NATIVE_NAME -> b.nativeName(value);
            case POSITION -> b.position(value);
            case AFFILIATION -> b.affiliation(value);
            case SUBTITLE -> b.subtitle(value);
            case EMAIL -> b.email(value);
            case BIO -> b.bio(value);
            default -> throw new IllegalStateException(this + " is not text");
        };
    }

    /** A list field's lines; only for {@link Kind#LINES}. */
    public List<String> lines(Profile p) {
        return switch (this) {
            case ADDRESS_LINES -> p.addressLines();
            case NAME_VARIANTS -> p.nameVariants();
            default -> throw new IllegalStateException(this + " is not a list of lines");
        };
    }

    /** Sets a list field; only for {@link Kind#LINES}. */
    public Profile.Builder withLines(Profile.Builder b, List<String> value) {
        return switch (this) {
            case ADDRESS_LINES -> b.addressLines(value);
            case NAME_VARIANTS -> b.nameVariants(value);
            default -> throw new IllegalStateException(this + " is not a list of lines");
        };
    }
}
