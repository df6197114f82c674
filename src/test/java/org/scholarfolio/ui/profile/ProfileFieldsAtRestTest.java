package org.scholarfolio.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.scholarfolio.testing.SnapshotPixels;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The profile form's text fields in the window's first frames show their text at rest and take their workings when
 * reached or one a frame after the first content: the form looks the same either way, Tab goes through the fields in
 * the same order, and the first key typed after Tab arrives.
 */
@ExtendWith(ApplicationExtension.class)
class ProfileFieldsAtRestTest {
    private static final List<String> ABOVE_THE_FOLD = List.of("profile-first", "profile-middle", "profile-last",
            "profile-native", "profile-name-variants", "profile-position", "profile-affiliation", "profile-subtitle",
            "profile-email", "profile-address");
    private static final List<String> TEXT_FIELDS = List.of("profile-first", "profile-middle", "profile-last",
            "profile-native", "profile-position", "profile-affiliation", "profile-subtitle", "profile-email");

    private EditorViewModel editor;
    private MainView view;
    private Stage stage;
    /** Whether each text field had its real skin when the window's first style pass was done. */
    private final List<Boolean> realInTheFirstWindow = new ArrayList<>();
    /** The form's labels (headings and fields') with a real skin when the window's first style pass was done. */
    private final List<String> realLabelsInTheFirstWindow = new ArrayList<>();
    private int labelsInTheFirstWindow;
    /** Whether each multi-line field's stand-in had its real skin in the first window's style pass. */
    private final List<Boolean> standInsInTheFirstWindow = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), turing(), null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        Scene scene = EditorOnStage.show(stage, view, 1100, 760);
        // Shown, its first style pass and layout done, no pulse yet.
        for (String id : TEXT_FIELDS) {
            realInTheFirstWindow.add(((TextField) scene.lookup("#" + id)).getSkin() instanceof TextFieldSkin);
        }
        for (Node standIn : scene.lookup("#profile-view").lookupAll(".paragraph-text-area > .text-area")) {
            standInsInTheFirstWindow.add(((TextArea) standIn).getSkin() instanceof TextAreaSkin);
        }
        for (Node label : scene.lookup("#profile-view").lookupAll(".label")) {
            labelsInTheFirstWindow++;
            if (((Label) label).getSkin() instanceof LabelSkin) {
                realLabelsInTheFirstWindow.add(((Label) label).getText());
            }
        }
    }

    private static Portfolio turing() {
        Portfolio p = Portfolio.empty();
        return p.withProfile(p.profile().toBuilder().name(new PersonName("Alan", "Mathison", "Turing"))
                .position("Reader in Mathematics").affiliation("University of Manchester")
                .subtitle("Computable numbers, thinking machines and the chemistry of growth")
                .email("turing@example.org").addressLines(List.of("Computing Machine Laboratory", "Manchester"))
                .nameVariants(List.of("Alan Turing", "A. M. Turing")).build());
    }

    @Test
    void theFieldsRestInTheFirstWindowAndAreWokenAfterTheFirstContent() throws Exception {
        // The field the window focuses first takes its real skin with the focus; the others rest.
        assertThat(realInTheFirstWindow.subList(1, TEXT_FIELDS.size())).containsOnly(false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.firstContentDrawnProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> TEXT_FIELDS.stream().allMatch(id -> field(id).getSkin() instanceof TextFieldSkin)).get());
    }

    @Test
    void theMultiLineFieldsStandInsRestInTheFirstWindowAndAreWokenAfterTheFirstContent() throws Exception {
        // The names' spellings and the address.
        assertThat(standInsInTheFirstWindow).containsExactly(false, false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.firstContentDrawnProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> view.root().lookup("#profile-view").lookupAll(".paragraph-text-area > .text-area").stream()
                        .allMatch(standIn -> ((TextArea) standIn).getSkin() instanceof TextAreaSkin)).get());
    }

    @Test
    void theFormsLabelsRestInTheFirstWindowAndAreWokenAfterTheFirstContent() throws Exception {
        // Two headings and the ten fields' labels above the fold, all at rest in the first style pass.
        assertThat(labelsInTheFirstWindow).isEqualTo(12);
        assertThat(realLabelsInTheFirstWindow).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.firstContentDrawnProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> view.root().lookup("#profile-view").lookupAll(".label").stream()
                        .allMatch(label -> ((Label) label).getSkin() instanceof LabelSkin)).get());
    }

    private TextField field(String id) {
        return (TextField) view.root().lookup("#" + id);
    }

    @Test
    void tabGoesThroughTheFieldsInOrderAndTheFirstKeyArrives(FxRobot robot) {
        robot.interact(() -> view.root().lookup("#profile-first").requestFocus());
        List<String> reached = new ArrayList<>();
        reached.add(stage.getScene().getFocusOwner().getId());
        for (int i = 1; i < ABOVE_THE_FOLD.size(); i++) {
            robot.type(KeyCode.TAB);
            Node owner = stage.getScene().getFocusOwner();
            // The multi-line field's focus is on the area inside it.
            while (owner != null && owner.getId() == null) {
                owner = owner.getParent();
            }
            reached.add(owner == null ? null : owner.getId());
        }
        assertThat(reached).isEqualTo(ABOVE_THE_FOLD);

        // Tab selects the field's text; the key typed then replaces it, as in any field.
        robot.interact(() -> view.root().lookup("#profile-position").requestFocus());
        robot.type(KeyCode.TAB);
        robot.write("K");
        assertThat(editor.portfolio().profile().affiliation()).isEqualTo("K");
    }

    @Test
    void theFormAtRestLooksAsTheFormWoken() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            ProfileView[] form = new ProfileView[1];
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                MainView.applyTheme(dark);
                form[0] = new ProfileView(new ProfileViewModel(editor), () -> { }, true);
                Button before = new Button("Before");
                Stage other = new Stage();
                other.setScene(new Scene(new VBox(before, form[0].root()), 800, 700));
                other.show();
                before.requestFocus();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node root = form[0].root();
            assertThat(WaitForAsyncUtils.asyncFx(() -> TEXT_FIELDS.stream()
                    .noneMatch(id -> ((TextField) root.lookup("#" + id)).getSkin() instanceof TextFieldSkin)).get()).isTrue();
            assertThat(WaitForAsyncUtils.asyncFx(() -> root.lookupAll(".label").stream()
                    .noneMatch(label -> ((Label) label).getSkin() instanceof LabelSkin)).get()).isTrue();
            int[] atRest = SnapshotPixels.of(root);
            WaitForAsyncUtils.asyncFx(() -> {
                while (form[0].wakeNextField()) {
                    // each in turn
                }
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(WaitForAsyncUtils.asyncFx(() -> TEXT_FIELDS.stream()
                    .allMatch(id -> ((TextField) root.lookup("#" + id)).getSkin() instanceof TextFieldSkin)).get()).isTrue();
            assertThat(WaitForAsyncUtils.asyncFx(() -> root.lookupAll(".label").stream()
                    .allMatch(label -> ((Label) label).getSkin() instanceof LabelSkin)).get()).isTrue();
            int[] woken = SnapshotPixels.of(root);
            assertThat(SnapshotPixels.differing(atRest, woken)).as("dark " + dark).isZero();
            WaitForAsyncUtils.asyncFx(() -> {
                root.getScene().getWindow().hide();
                MainView.applyTheme(false);
            }).get();
        }
    }
}
