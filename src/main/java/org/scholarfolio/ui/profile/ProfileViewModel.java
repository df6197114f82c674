package org.scholarfolio.ui.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import org.scholarfolio.model.AssetPaths;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.ProfileField;
import org.scholarfolio.ui.BoundFields;
import org.scholarfolio.ui.EditorViewModel;

/** The profile form's state: one property per field, each edit a new portfolio snapshot. */
public final class ProfileViewModel {
    private final BoundFields fields;
    private final StringProperty firstName;
    private final StringProperty middleName;
    private final StringProperty lastName;
    private final Map<ProfileField, StringProperty> texts = new EnumMap<>(ProfileField.class);
    private final StringProperty photoPath;
    private final StringProperty photoAlt;
    private final StringProperty photoAlign;
    private final BooleanProperty photoCircular;
    private final SocialLinksViewModel socialLinks;
    private final EditorViewModel editor;

    public ProfileViewModel(EditorViewModel editor) {
        this.editor = editor;
        fields = new BoundFields(editor);
        firstName = name("first", PersonName::first, (n, v) -> new PersonName(v, n.middle(), n.last()));
        middleName = name("middle", PersonName::middle, (n, v) -> new PersonName(n.first(), v, n.last()));
        lastName = name("last", PersonName::last, (n, v) -> new PersonName(n.first(), n.middle(), v));
        for (ProfileField f : ProfileField.values()) {
            switch (f.kind()) {
                case TEXT, INLINE_MARKDOWN, MARKDOWN -> texts.put(f, field(f.jsonKey(), f::text, f::withText));
                case LINES -> texts.put(f, field(f.jsonKey(), p -> String.join("\n", f.lines(p)),
                        (b, v) -> f.withLines(b, lines(v))));
                case STRUCTURED -> { } // the name, photo and social links below
            }
        }
        photoPath = photo("path", Photo::path, (ph, v) -> new Photo(v, ph.align(), ph.circular(), ph.alt()));
        photoAlt = photo("alt", Photo::alt, (ph, v) -> new Photo(ph.path(), ph.align(), ph.circular(), v));
        photoAlign = photo("align", ph -> ph.align().name(),
                (ph, v) -> new Photo(ph.path(), v == null ? null : Photo.Align.valueOf(v), ph.circular(), ph.alt()));
        photoCircular = fields.flag(() -> ProfileField.PHOTO.path() + ".circular", p -> photoOf(p).circular(),
                (p, v) -> withPhoto(p, new Photo(photoOf(p).path(), photoOf(p).align(), v, photoOf(p).alt())));
        socialLinks = new SocialLinksViewModel(editor);
    }

    /**
     * Uses {@code picture} as the photo: copied into the portfolio's assets folder first, then
     * named in the profile (one undo step). Returns what happened, for the user to read.
     */
    public String usePhoto(Path picture) {
        Path file = editor.fileProperty().get();
        if (file == null) {
            return "Save the portfolio first: the photo is copied into its folder.";
        }
        if (PhotoFiles.isPhoneOnly(picture)) {
            // A phone's photo: a picture, but one that only Safari shows; "is not a picture" puzzled.
            return picture.getFileName() + ": most browsers cannot show HEIC pictures; save it as JPEG or PNG"
                    + " (Photos and Preview: File > Export) and choose that.";
        }
        if (!PhotoFiles.isPicture(picture) || !Files.isRegularFile(picture)) {
            return picture.getFileName() + " is not a picture (" + String.join(", ",
                    PhotoFiles.EXTENSIONS.stream().sorted().toList()) + ").";
        }
        try {
            String path = PhotoFiles.copyIntoAssets(file.toAbsolutePath().getParent(), picture);
            photoPath.set(path);
            return PhotoFiles.isBrowsersOnly(picture)
                    ? "Photo: " + path + ". The editor cannot draw this kind of picture, so the thumbnail and the"
                            + " preview stay empty; the site's browsers show it."
                    : "Photo: " + path;
        } catch (IOException e) {
            return "Could not copy " + picture + ": " + e.getMessage();
        }
    }

    /** The photo file on disk, when there is a portfolio folder and a photo path. */
    public Optional<Path> photoFile() {
        Path file = editor.fileProperty().get();
        String path = photoPath.get();
        if (file == null || path == null || path.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(file.toAbsolutePath().getParent().resolve(AssetPaths.resolve(path)));
    }

    /** One entry per non-blank line, as typed in a multi-line field. */
    static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A profile without a photo edits a blank one; it is stored once anything is set. */
    private static Photo photoOf(Portfolio p) {
        Photo ph = p.profile().photo();
        return ph == null ? new Photo("", null, false, "") : ph;
    }

    private static Portfolio withPhoto(Portfolio p, Photo ph) {
        return p.withProfile(p.profile().toBuilder().photo(ph).build());
    }

    private StringProperty photo(String key, Function<Photo, String> get, BiFunction<Photo, String, Photo> set) {
        return fields.text(() -> ProfileField.PHOTO.path() + "." + key, p -> get.apply(photoOf(p)),
                (p, v) -> withPhoto(p, set.apply(photoOf(p), v)));
    }

    private StringProperty name(String part, Function<PersonName, String> get,
                                BiFunction<PersonName, String, PersonName> set) {
        return field("name." + part, p -> get.apply(p.name()),
                (b, v) -> b.name(set.apply(b.build().name(), v)));
    }

    private StringProperty field(String key, Function<Profile, String> get,
                                 BiFunction<Profile.Builder, String, Profile.Builder> set) {
        return fields.text(() -> "profile." + key, p -> get.apply(p.profile()),
                (Portfolio p, String v) -> p.withProfile(set.apply(p.profile().toBuilder(), v).build()));
    }

    /** A text or list-of-lines field of the profile, lines joined by newlines. */
    public StringProperty textProperty(ProfileField field) { return texts.get(field); }
    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty middleNameProperty() { return middleName; }
    public StringProperty lastNameProperty() { return lastName; }
    public StringProperty nativeNameProperty() { return texts.get(ProfileField.NATIVE_NAME); }
    public StringProperty positionProperty() { return texts.get(ProfileField.POSITION); }
    public StringProperty affiliationProperty() { return texts.get(ProfileField.AFFILIATION); }
    public StringProperty subtitleProperty() { return texts.get(ProfileField.SUBTITLE); }
    public StringProperty emailProperty() { return texts.get(ProfileField.EMAIL); }
    public StringProperty addressLinesProperty() { return texts.get(ProfileField.ADDRESS_LINES); }
    public StringProperty nameVariantsProperty() { return texts.get(ProfileField.NAME_VARIANTS); }
    public StringProperty bioProperty() { return texts.get(ProfileField.BIO); }
    public StringProperty photoPathProperty() { return photoPath; }
    public StringProperty photoAltProperty() { return photoAlt; }
    /** {@code LEFT} or {@code RIGHT}: the side of the bio the photo floats to. */
    public StringProperty photoAlignProperty() { return photoAlign; }
    public BooleanProperty photoCircularProperty() { return photoCircular; }
    public SocialLinksViewModel socialLinks() { return socialLinks; }
}
