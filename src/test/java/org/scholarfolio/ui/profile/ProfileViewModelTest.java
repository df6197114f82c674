package org.scholarfolio.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.SocialKind;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;

class ProfileViewModelTest {
    private final EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
    private final ProfileViewModel vm = new ProfileViewModel(editor);

    @Test
    void typingANameCreatesASnapshotAndMarksDirty() {
        vm.firstNameProperty().set("Ada");
        vm.lastNameProperty().set("Lovelace");

        assertThat(editor.portfolio().profile().name().display()).isEqualTo("Ada Lovelace");
        assertThat(editor.history().isDirty()).isTrue();
    }

    @Test
    void keystrokesInOneFieldUndoTogether() {
        vm.positionProperty().set("P");
        vm.positionProperty().set("Pr");
        vm.positionProperty().set("Prof");
        vm.affiliationProperty().set("MIT");

        editor.history().undo();
        assertThat(vm.affiliationProperty().get()).isEmpty();
        assertThat(vm.positionProperty().get()).isEqualTo("Prof");
        editor.history().undo();
        assertThat(vm.positionProperty().get()).isEmpty();
    }

    @Test
    void undoUpdatesTheFieldsWithoutRecordingANewEdit() {
        vm.emailProperty().set("ada@example.org");
        editor.history().undo();

        assertThat(vm.emailProperty().get()).isEmpty();
        assertThat(editor.history().canRedoProperty().get()).isTrue();
    }

    @Test
    void addressLinesAreOnePerLineAndATrailingNewlineSurvivesTyping() {
        vm.addressLinesProperty().set("Dept. of CS\n");
        assertThat(editor.portfolio().profile().addressLines()).containsExactly("Dept. of CS");
        assertThat(vm.addressLinesProperty().get()).isEqualTo("Dept. of CS\n");

        vm.addressLinesProperty().set("Dept. of CS\nMIT");
        assertThat(editor.portfolio().profile().addressLines()).containsExactly("Dept. of CS", "MIT");
    }

    @Test
    void linesDropBlankEntries() {
        assertThat(ProfileViewModel.lines(" a \r\n\n b")).isEqualTo(List.of("a", "b"));
    }

    @Test
    void photoFieldsCreateAPhotoOnFirstUse() {
        assertThat(editor.portfolio().profile().photo()).isNull();

        vm.photoPathProperty().set("assets/me.jpg");
        vm.photoCircularProperty().set(true);
        vm.photoAlignProperty().set("LEFT");

        assertThat(editor.portfolio().profile().photo())
                .isEqualTo(new Photo("assets/me.jpg", Photo.Align.LEFT, true, ""));
    }

    @Test
    void socialLinksAreAddedAndEditedInPlace() {
        SocialLinksViewModel links = vm.socialLinks();
        links.addLink();
        links.kindProperty().set(SocialKind.GITHUB_USERNAME.key());
        links.valueProperty().set("ada");

        assertThat(editor.portfolio().profile().socialLinks()).containsExactly(SocialLink.of(SocialKind.GITHUB_USERNAME, "ada"));
        assertThat(editor.portfolio().profile().socialLinks().get(0).href()).contains("https://github.com/ada");
    }

    @Test
    void socialKindsOfferEveryServiceAndCustom() {
        assertThat(SocialLinksViewModel.kinds()).contains("orcid_id", "scholar_userid", SocialLink.CUSTOM);
        assertThat(SocialLinksViewModel.kindLabel("orcid_id")).isEqualTo("ORCID");
        assertThat(SocialLinksViewModel.kindLabel(SocialLink.CUSTOM)).isEqualTo("Custom link");
    }
}
