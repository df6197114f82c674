package org.scholarfolio.ui.profile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.scholarfolio.model.ProfileField;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.ui.FieldNames;
import org.scholarfolio.ui.RecordListView;

import org.scholarfolio.ui.form.FieldsAtRest;
import org.scholarfolio.ui.form.FormBuilder;

/**
 * The researcher's profile: name, position, contact lines and the Markdown bio.
 *
 * <p>The part below the first screenful (photo, bio, social links with their table) can be built
 * after the window's first content is drawn, so that the first window's style pass and skins cover
 * only what shows. It then comes in slices ({@link #buildNextSlice()}), one a frame, so that no frame
 * styles and lays out the whole of it (the social links' table, the bio's area and the photo each
 * cost a frame or more the first time). Until it is all there a blank block stands below what is
 * (the scroll bar barely moves when the rest arrives), and whatever needs the rest builds all of it
 * at once, before the event goes on: a key that moves the focus or the view (Tab from the last field
 * above reaches the photo's path as always), a scroll or a click in the form. A letter typed into a
 * field above does not wait for it.
 */
public final class ProfileView {
    /** About the height of the part below the fold, so the scroll bar's thumb keeps its size. */
    private static final double BELOW_FOLD_HEIGHT = 1_100;

    private final ProfileViewModel vm;
    private final Runnable onLeaveField;
    private final FormBuilder form;
    private final ScrollPane root;
    private Region placeholder;
    private final List<Consumer<Node>> waitingForBelowFold = new ArrayList<>();
    private final List<Node> belowFold = new ArrayList<>();
    /** The slices of the part below the first screenful not yet built, in the order of the form. */
    private final Deque<Runnable> slicesToBuild = new ArrayDeque<>();
    private RecordListView<SocialLink> socialLinks;
    /** The fields above the fold, at rest until reached or woken after the first content; null when built complete. */
    private final FieldsAtRest fieldsAtRest;

    /** The whole form at once. */
    public ProfileView(ProfileViewModel vm, Runnable onLeaveField) {
        this(vm, onLeaveField, false);
    }

    /** {@code deferBelowFold}: the part below the first screenful waits for {@link #completeForm()}. */
    public ProfileView(ProfileViewModel vm, Runnable onLeaveField, boolean deferBelowFold) {
        this.vm = vm;
        this.onLeaveField = onLeaveField;
        form = new FormBuilder(onLeaveField);
        // Built before the window's first content: the fields show their text, and take their workings when reached.
        fieldsAtRest = deferBelowFold ? new FieldsAtRest() : null;
        form.restingFields(fieldsAtRest);
        form.section("Name").row();
        FormBuilder.fieldPath(form.text(FieldNames.label("profile.name.first"), "profile-first", vm.firstNameProperty()), ProfileField.NAME::path);
        form.text(FieldNames.label("profile.name.middle"), "profile-middle", vm.middleNameProperty());
        form.text(FieldNames.label("profile.name.last"), "profile-last", vm.lastNameProperty());
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
        form.restingFields(null);
        if (deferBelowFold) {
            placeholder = new Region();
            placeholder.setId("profile-below-fold");
            placeholder.setPrefHeight(BELOW_FOLD_HEIGHT);
            placeholder.setMinHeight(BELOW_FOLD_HEIGHT);
            form.add(placeholder);
        }
        root = form.build();
        root.setId("profile-view");
        if (deferBelowFold) {
            // Whatever the person does in the form first needs the whole form (Tab past the address,
            // scrolling down, a click on the scroll bar): it is built before the event goes on.
            root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.TAB || e.getCode().isNavigationKey()) {
                    completeForm();
                }
            });
            root.addEventFilter(ScrollEvent.ANY, e -> completeForm());
            root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> completeForm());
            root.vvalueProperty().addListener((obs, old, now) -> completeForm());
            slicesToBuild.addAll(belowFoldSlices());
        } else {
            belowFoldSlices().forEach(Runnable::run);
        }
    }

    /** Builds the part below the first screenful now, if it waits still. */
    public void completeForm() {
        while (buildNextSlice()) {
            // one slice after the other, all before the event that needs them goes on
        }
    }

    /**
     * Builds the next slice of the part below the first screenful, if one waits still; returns true
     * while more wait. The last slice takes the blank block away and hands the part to those waiting.
     */
    public boolean buildNextSlice() {
        if (placeholder == null) {
            return false;
        }
        slicesToBuild.removeFirst().run();
        if (!slicesToBuild.isEmpty()) {
            return true;
        }
        ((VBox) root.getContent()).getChildren().remove(placeholder);
        placeholder = null;
        List<Consumer<Node>> actions = List.copyOf(waitingForBelowFold);
        waitingForBelowFold.clear();
        actions.forEach(action -> belowFold.forEach(action));
        return false;
    }

    /**
     * Gives the next text field above the fold still at rest its real skin ({@link FieldsAtRest}); true while others
     * may rest still.
     */
    public boolean wakeNextField() {
        return fieldsAtRest != null && fieldsAtRest.wakeNext();
    }

    /** True once every field is in the form. */
    public boolean isComplete() {
        return placeholder == null;
    }

    /**
     * Runs {@code action} with each block of the part below the first screenful once it is built
     * (now, if it is): a screen's fields marked from when they exist.
     */
    public void whenBelowFoldBuilt(Consumer<Node> action) {
        if (isComplete()) {
            belowFold.forEach(action);
        } else {
            waitingForBelowFold.add(action);
        }
    }

    /** The part below the first screenful in slices of about a frame's work each. */
    private List<Runnable> belowFoldSlices() {
        return List.of(() -> slice(this::photoPath), () -> slice(this::photoLook), () -> slice(this::photoPicker),
                () -> slice(this::bio), () -> slice(this::socialLinksTable), this::socialLinkForm);
    }

    /** Builds one slice into the form, above the blank block while that still stands. */
    private void slice(Runnable build) {
        List<Node> content = ((VBox) root.getContent()).getChildren();
        boolean blank = placeholder != null && content.contains(placeholder);
        if (blank) {
            content.remove(placeholder);
        }
        int from = content.size();
        build.run();
        belowFold.addAll(content.subList(from, content.size()));
        if (blank) {
            content.add(placeholder);
        }
    }

    private void photoPath() {
        form.section("Photo").row();
        FormBuilder.fieldPath(form.text(FieldNames.label("profile.photo.path"), "profile-photo-path", vm.photoPathProperty()),
                () -> ProfileField.PHOTO.path() + ".path");
        form.text(FieldNames.label("profile.photo.alt"), "profile-photo-alt", vm.photoAltProperty());
        form.endRow();
    }

    /** The first choice box and check box of the window: their skins' first use is a frame's work of its own. */
    private void photoLook() {
        form.row();
        form.choice(FieldNames.label("profile.photo.align"), "profile-photo-align", vm.photoAlignProperty(), List.of("LEFT", "RIGHT"),
                v -> "LEFT".equals(v) ? "Left of the text" : "Right of the text");
        form.check(FieldNames.label("profile.photo.circular"), "profile-photo-circular", vm.photoCircularProperty());
        form.endRow();
    }

    private void photoPicker() {
        form.add(new PhotoPicker(vm).root());
    }

    private void bio() {
        form.section("About");
        area(form, vm, ProfileField.BIO, 12);
    }

    /** The social links' table with a blank stand-in for the selected link's form, which comes a frame later. */
    private void socialLinksTable() {
        form.section("Social links");
        socialLinks = socialLinksList(vm.socialLinks(), new Region());
        form.add(socialLinks.root());
    }

    /** The selected link's form below the table: the table's skins and the fields' skins cost a frame each. */
    private void socialLinkForm() {
        socialLinks.setForm(socialLinkForm(vm.socialLinks(), onLeaveField));
    }

    /** A one-line field as the registry describes it, named by its path for the Problems list. */
    private static void text(FormBuilder form, ProfileViewModel vm, ProfileField field) {
        FormBuilder.fieldPath(form.text(field.label(), field.controlId(), vm.textProperty(field)), field::path);
    }

    private static void area(FormBuilder form, ProfileViewModel vm, ProfileField field, int rows) {
        FormBuilder.fieldPath(form.area(field.label(), field.controlId(), vm.textProperty(field), rows), field::path);
    }

    private static Node socialLinkForm(SocialLinksViewModel links, Runnable onLeaveField) {
        FormBuilder form = new FormBuilder(onLeaveField);
        form.row();
        form.choice(FieldNames.label("profile.socialLinks.kind"), "social-kind", links.kindProperty(), SocialLinksViewModel.kinds(),
                SocialLinksViewModel::kindLabel);
        FormBuilder.fieldPath(form.text(FieldNames.label("profile.socialLinks.value"), "social-value", links.valueProperty()),
                () -> links.fieldPath("value"));
        form.endRow().row();
        form.text(FieldNames.label("profile.socialLinks.title"), "social-title", links.titleProperty());
        FormBuilder.fieldPath(form.text(FieldNames.label("profile.socialLinks.url"), "social-url", links.urlProperty()), () -> links.fieldPath("url"));
        form.text(FieldNames.label("profile.socialLinks.icon"), "social-icon", links.iconProperty());
        form.endRow();
        return form.build();
    }

    private static RecordListView<SocialLink> socialLinksList(SocialLinksViewModel links, Node form) {
        RecordListView<SocialLink> list = new RecordListView<>("social", links, links.rows(), links::addLink, "Add link", form)
                .column("Service", 160, s -> SocialLinksViewModel.kindLabel(s.kind()))
                .column("Link", 300, s -> s.href().orElse(s.value()));
        list.root().setPrefHeight(420);
        list.root().setMinHeight(320);
        return list;
    }

    public ScrollPane root() {
        return root;
    }
}
