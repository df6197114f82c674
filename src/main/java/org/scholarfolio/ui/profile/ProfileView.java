package org.scholarfolio.ui.profile;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

import org.scholarfolio.model.SocialLink;
import org.scholarfolio.ui.RecordListView;

import org.scholarfolio.ui.form.FormBuilder;

/** The researcher's profile: name, position, contact lines and the Markdown bio. */
public final class ProfileView {
    private final ScrollPane root;

    public ProfileView(ProfileViewModel vm, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.section("Name").row();
        FormBuilder.fieldPath(form.text("Given name", "profile-first", vm.firstNameProperty()), () -> "profile.name");
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
        FormBuilder.fieldPath(form.text("Email", "profile-email", vm.emailProperty()), () -> "profile.email");
        form.area("Address (one line each)", "profile-address", vm.addressLinesProperty(), 3);
        form.section("Photo").row();
        FormBuilder.fieldPath(form.text("Image file (in the portfolio folder)", "profile-photo-path", vm.photoPathProperty()),
                () -> "profile.photo.path");
        form.text("Description for screen readers", "profile-photo-alt", vm.photoAltProperty());
        form.endRow().row();
        form.choice("Side", "profile-photo-align", vm.photoAlignProperty(), List.of("LEFT", "RIGHT"),
                v -> "LEFT".equals(v) ? "Left of the text" : "Right of the text");
        form.check("Round", "profile-photo-circular", vm.photoCircularProperty());
        form.endRow();
        form.add(new PhotoPicker(vm).root());
        form.section("About");
        form.area("Biography (Markdown)", "profile-bio", vm.bioProperty(), 12);
        form.section("Social links");
        form.add(socialLinks(vm.socialLinks(), onLeaveField));
        root = form.build();
        root.setId("profile-view");
    }

    private static Node socialLinks(SocialLinksViewModel links, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.row();
        form.choice("Service", "social-kind", links.kindProperty(), SocialLinksViewModel.kinds(),
                SocialLinksViewModel::kindLabel);
        FormBuilder.fieldPath(form.text("User name, id or address", "social-value", links.valueProperty()),
                () -> links.fieldPath("value"));
        form.endRow().row();
        form.text("Title (custom links)", "social-title", links.titleProperty());
        FormBuilder.fieldPath(form.text("Address (custom links)", "social-url", links.urlProperty()), () -> links.fieldPath("url"));
        form.text("Icon (custom links)", "social-icon", links.iconProperty());
        form.endRow();
        RecordListView<SocialLink> list = new RecordListView<>("social", links, links.rows(), links::addLink,
                "Add link", form.build())
                .column("Service", 160, s -> SocialLinksViewModel.kindLabel(s.kind()))
                .column("Link", 300, s -> s.href().orElse(s.value()));
        list.root().setPrefHeight(420);
        list.root().setMinHeight(320);
        return list.root();
    }

    public ScrollPane root() {
        return root;
    }
}
