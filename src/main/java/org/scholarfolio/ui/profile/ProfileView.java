package org.scholarfolio.ui.profile;

import javafx.scene.control.ScrollPane;

import org.scholarfolio.ui.form.FormBuilder;

/** The researcher's profile: name, position, contact lines and the Markdown bio. */
public final class ProfileView {
    private final ScrollPane root;

    public ProfileView(ProfileViewModel vm, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.section("Name").row();
        form.text("Given name", "profile-first", vm.firstNameProperty());
        form.text("Middle name", "profile-middle", vm.middleNameProperty());
        form.text("Family name", "profile-last", vm.lastNameProperty());
        form.endRow();
        form.text("Name in native script", "profile-native", vm.nativeNameProperty());
        form.area("Spellings in author lists (one per line)", "profile-name-variants", vm.nameVariantsProperty(), 2);
        form.section("Position").row();
        form.text("Position", "profile-position", vm.positionProperty());
        form.text("Affiliation", "profile-affiliation", vm.affiliationProperty());
        form.endRow();
        form.text("Subtitle", "profile-subtitle", vm.subtitleProperty());
        form.text("Email", "profile-email", vm.emailProperty());
        form.area("Address (one line each)", "profile-address", vm.addressLinesProperty(), 3);
        form.section("About");
        form.area("Biography (Markdown)", "profile-bio", vm.bioProperty(), 12);
        root = form.build();
        root.setId("profile-view");
    }

    public ScrollPane root() {
        return root;
    }
}
