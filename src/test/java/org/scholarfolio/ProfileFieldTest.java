package org.scholarfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.ProfileField;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.model.validation.PortfolioValidator;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.profile.ProfileViewModel;

/** The profile registry: one description per profile field, read by the file, the validator and the form. */
class ProfileFieldTest {
    private static final Profile ADA = new Profile(new PersonName("Ada", "", "Lovelace"), "\u30a8\u30a4\u30c0",
            "Analyst", "London", "Notes on the *engine*", "ada@example.org",
            new Photo("assets/ada.png", Photo.Align.LEFT, true, "Ada"), List.of("St James's Square", "London"),
            "I write **notes**.", List.of(new SocialLink("github", "ada", "", "", "", UnknownFields.NONE)),
            List.of("A. Lovelace"), UnknownFields.NONE);

    @Test
    void theFileWritesEveryProfileFieldUnderItsKeyInConstantOrderAndReadsItBack(@TempDir Path dir) throws Exception {
        String json = new String(PortfolioStore.toJson(Portfolio.empty().withProfile(ADA)), StandardCharsets.UTF_8);

        int previous = json.indexOf("\"profile\":");
        for (ProfileField field : ProfileField.values()) {
            int at = json.indexOf("\"" + field.jsonKey() + "\":", previous);
            assertThat(at).as(field.jsonKey()).isGreaterThan(previous);
            previous = at;
        }
        Files.writeString(dir.resolve(PortfolioStore.FILE_NAME), json);
        assertThat(PortfolioStore.load(dir).portfolio().profile()).isEqualTo(ADA);
    }

    @Test
    void textAndLineAccessorsReadWhatTheyWrite() {
        for (ProfileField field : ProfileField.values()) {
            switch (field.kind()) {
                case TEXT, INLINE_MARKDOWN, MARKDOWN -> assertThat(field.text(field.withText(ADA.toBuilder(), "x").build()))
                        .isEqualTo("x");
                case LINES -> assertThat(field.lines(field.withLines(ADA.toBuilder(), List.of("a", "b")).build()))
                        .containsExactly("a", "b");
                case STRUCTURED -> assertThat(field.alfolio()).isEmpty();
            }
        }
    }

    @Test
    void theValidatorNamesProfileFieldsByTheirPaths() {
        Profile bad = ADA.toBuilder().name(PersonName.EMPTY).email("not an address").build();
        List<String> paths = PortfolioValidator.validate(Portfolio.empty().withProfile(bad), null).stream()
                .map(d -> d.path()).toList();

        assertThat(paths).contains(ProfileField.NAME.path(), ProfileField.EMAIL.path());
    }

    @Test
    void theFormEditsEveryTextAndLinesFieldUnderItsPath() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withProfile(ADA), null);
        ProfileViewModel vm = new ProfileViewModel(editor);

        Arrays.stream(ProfileField.values()).filter(f -> f.kind() != ProfileField.Kind.STRUCTURED).forEach(field -> {
            String shown = field.kind() == ProfileField.Kind.LINES ? String.join("\n", field.lines(ADA)) : field.text(ADA);
            assertThat(vm.textProperty(field).get()).as(field.jsonKey()).isEqualTo(shown);
            vm.textProperty(field).set("changed");
            Profile edited = editor.portfolio().profile();
            assertThat(field.kind() == ProfileField.Kind.LINES ? String.join("\n", field.lines(edited)) : field.text(edited))
                    .isEqualTo("changed");
        });
    }
}
