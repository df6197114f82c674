package org.scholarfolio.ui.profile;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

import org.scholarfolio.model.ProfileField;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.ui.RecordListView;

import org.scholarfolio.ui.form.FormBuilder;

/** The researcher's profile: name, position, contact lines and the Markdown bio. */
public final class ProfileView {
    private final ScrollPane root;

    public ProfileView(ProfileViewModel vm, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.section("Name").row();
        FormBuilder.fieldPath(form.text("Given name", "profile-first", vm.firstNameProperty()), ProfileField.NAME::path);
        form.text("Middle name", "profile-middle", vm.middleNameProperty());
        form.text("Family name", "profile-last", vm.lastNameProperty());
        form.endRow();
        text(form, vm, ProfileField.NATIVE_NAME);
        area(form, vm, ProfileField.NAME_VARIANTS, 2);
        form.section("Position").row();
        text(form, vm, ProfileField.POSITION);
        text(form, vm, ProfileField.AFFILIATION);
        form.endRow();
        text(form, vm, ProfileField.SUBTITLE);
        text(form, vm, ProfileField.EMAIL);
        area(form, vm, ProfileField.ADDRESS_LINES, 3);
        form.section("Photo").row();
        FormBuilder.fieldPath(form.text("Image file (in the portfolio folder)", "profile-photo-path", vm.photoPathProperty()),
                () -> ProfileField.PHOTO.path() + ".path");
        form.text("Description for screen readers", "profile-photo-alt", vm.photoAltProperty());
        form.endRow().row();
        form.choice("Side", "profile-photo-align", vm.photoAlignProperty(), List.of("LEFT", "RIGHT"),
                v -> "LEFT".equals(v) ? "Left of the text" : "Right of the text");
        form.check("Round", "profile-photo-circular", vm.photoCircularProperty());
        form.endRow();
        form.add(new PhotoPicker(vm).root());
        form.section("About");
        area(form, vm, ProfileField.BIO, 12);
        form.section("Social links");
        form.add(socialLinks(vm.socialLinks(), onLeaveField));
        root = form.build();
        root.setId("profile-view");
    }

    /** A one-line field as the registry describes it, named by its path for the Problems list. */
    private static void text(FormBuilder form, ProfileViewModel vm, ProfileField field) {
        FormBuilder.fieldPath(form.text(field.label(), field.controlId(), vm.textProperty(field)), field::path);
    }

    private static void area(FormBuilder form, ProfileViewModel vm, ProfileField field, int rows) {
        FormBuilder.fieldPath(form.area(field.label(), field.controlId(), vm.textProperty(field), rows), field::path);
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
