package org.scholarfolio.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorOnStage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.MainView;
import org.scholarfolio.ui.ProfileFormReady;
import org.scholarfolio.ui.form.NodeSearch;
import org.scholarfolio.ui.form.ParagraphTextArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The profile form's part below the first screenful is left out of the first window and arrives in
 * the pulse after the first content: every field, in order, bound, and reached by Tab as before.
 */
@ExtendWith(ApplicationExtension.class)
class ProfileBelowFoldTest {
    private static final List<String> FIELDS_IN_ORDER = List.of("profile-first", "profile-middle", "profile-last",
            "profile-native", "profile-name-variants", "profile-position", "profile-affiliation", "profile-subtitle",
            "profile-email", "profile-address", "profile-photo-path", "profile-photo-alt", "profile-photo-align",
            "profile-photo-circular", "profile-bio", "social-kind", "social-value", "social-title", "social-url", "social-icon");

    private EditorViewModel editor;
    private MainView view;
    private boolean bioInTheFirstWindow;
    private boolean firstNameInTheFirstWindow;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty();
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), p.withProfile(p.profile().toBuilder().bio("Reader in logic").build()), null);
        view = new MainView(editor, new SimpleBooleanProperty(false), null);
        Scene scene = EditorOnStage.show(stage, view, 1100, 760);
        // Shown, its first style pass and layout done, no pulse yet.
        firstNameInTheFirstWindow = scene.lookup("#profile-first") != null;
        bioInTheFirstWindow = scene.lookup("#profile-bio") != null;
    }

    private List<String> fieldIds() {
        return NodeSearch.all(view.root(), n -> n instanceof Control && n.getId() != null
                && (n.getId().startsWith("profile-") || n.getId().startsWith("social-"))
                && !n.getId().equals("profile-view")).stream().map(Node::getId).filter(FIELDS_IN_ORDER::contains).toList();
    }

    @Test
    void thePartBelowTheFoldArrivesAfterTheFirstContentInOrderAndBound(FxRobot robot) throws Exception {
        assertThat(firstNameInTheFirstWindow).isTrue();
        assertThat(bioInTheFirstWindow).as("the bio is not in the first window's first pass").isFalse();

        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> view.firstContentDrawnProperty().get());
        // A slice a frame: the last one takes the blank block away. Looked for on the JavaFX thread: a
        // slice takes the block out and puts it back below itself, a look from this thread can fall between.
        ProfileFormReady.await();
        assertThat(fieldIds()).isEqualTo(FIELDS_IN_ORDER);
        assertThat(robot.lookup("#profile-below-fold").tryQuery()).isEmpty();

        ParagraphTextArea bio = robot.lookup("#profile-bio").queryAs(ParagraphTextArea.class);
        assertThat(bio.getText()).isEqualTo("Reader in logic");
        robot.interact(() -> {
            bio.requestFocus();
            bio.end();
        });
        robot.write(" and computing");
        assertThat(editor.portfolio().profile().bio()).isEqualTo("Reader in logic and computing");
        TextField photo = robot.lookup("#profile-photo-path").queryAs(TextField.class);
        robot.interact(photo::requestFocus);
        robot.write("turing.jpg");
        assertThat(editor.portfolio().profile().photo().path()).isEqualTo("turing.jpg");
    }

    @Test
    void tabFromTheLastFieldAboveTheFoldReachesThePhotoBeforeTheRestHasArrived(FxRobot robot) {
        ProfileViewModel vm = new ProfileViewModel(editor);
        ProfileView[] form = new ProfileView[1];
        robot.interact(() -> {
            form[0] = new ProfileView(vm, () -> { }, true);
            Stage other = new Stage();
            other.setScene(new Scene(form[0].root(), 800, 600));
            other.show();
        });
        assertThat(form[0].isComplete()).isFalse();
        assertThat(form[0].root().lookup("#profile-bio")).isNull();

        robot.interact(() -> form[0].root().lookup("#profile-address").requestFocus());
        robot.type(KeyCode.TAB);

        assertThat(form[0].isComplete()).isTrue();
        assertThat(form[0].root().getScene().getFocusOwner().getId()).isEqualTo("profile-photo-path");
        assertThat(form[0].root().lookup("#profile-bio")).isNotNull();
        robot.interact(() -> form[0].root().getScene().getWindow().hide());
    }

    @Test
    void thePartBelowTheFoldIsBuiltASliceAtATimePhotoThenBioThenSocialLinksThenTheLinksForm(FxRobot robot) {
        ProfileViewModel vm = new ProfileViewModel(editor);
        ProfileView[] form = new ProfileView[1];
        robot.interact(() -> form[0] = new ProfileView(vm, () -> { }, true));
        Node root = form[0].root();

        robot.interact(() -> assertThat(form[0].buildNextSlice()).isTrue());
        assertThat(NodeSearch.byId(root, "profile-photo-path")).isPresent();
        assertThat(NodeSearch.byId(root, "profile-bio")).isEmpty();
        assertThat(NodeSearch.byId(root, "profile-photo-align")).isEmpty();
        assertThat(NodeSearch.byId(root, "profile-below-fold")).as("the blank block stays below what is built").isPresent();

        // The photo's choice and check box, then its picker: each a frame of its own.
        robot.interact(() -> assertThat(form[0].buildNextSlice()).isTrue());
        assertThat(NodeSearch.byId(root, "profile-photo-align")).isPresent();
        assertThat(NodeSearch.byId(root, "profile-photo-choose")).isEmpty();
        robot.interact(() -> assertThat(form[0].buildNextSlice()).isTrue());
        assertThat(NodeSearch.byId(root, "profile-photo-choose")).isPresent();
        assertThat(NodeSearch.byId(root, "profile-bio")).isEmpty();

        robot.interact(() -> assertThat(form[0].buildNextSlice()).isTrue());
        assertThat(NodeSearch.byId(root, "profile-bio")).isPresent();
        assertThat(NodeSearch.byId(root, "social-table")).isEmpty();
        assertThat(form[0].isComplete()).isFalse();

        // The links' table first, the selected link's form a frame later: their skins cost a frame each.
        robot.interact(() -> assertThat(form[0].buildNextSlice()).isTrue());
        assertThat(NodeSearch.byId(root, "social-table")).isPresent();
        assertThat(NodeSearch.byId(root, "social-value")).isEmpty();
        assertThat(form[0].isComplete()).isFalse();

        robot.interact(() -> assertThat(form[0].buildNextSlice()).isFalse());
        assertThat(form[0].isComplete()).isTrue();
        assertThat(NodeSearch.byId(root, "profile-below-fold")).isEmpty();
        assertThat(NodeSearch.byId(root, "social-value")).isPresent();
        var split = (javafx.scene.control.SplitPane) ((javafx.scene.layout.BorderPane) NodeSearch.byId(root, "social-view")
                .orElseThrow()).getCenter();
        assertThat(split.getItems()).hasSize(2);
        assertThat(split.getItems().get(1).isDisable()).as("the link's form is disabled while no link is selected, as before").isTrue();
        robot.interact(() -> assertThat(form[0].buildNextSlice()).isFalse());
    }

    @Test
    void aLetterTypedIntoAFieldAboveTheFoldDoesNotWaitForThePartBelowIt(FxRobot robot) {
        ProfileViewModel vm = new ProfileViewModel(editor);
        ProfileView[] form = new ProfileView[1];
        robot.interact(() -> {
            form[0] = new ProfileView(vm, () -> { }, true);
            Stage other = new Stage();
            other.setScene(new Scene(form[0].root(), 800, 600));
            other.show();
        });
        robot.interact(() -> form[0].root().lookup("#profile-first").requestFocus());
        robot.write("Alan");

        assertThat(editor.portfolio().profile().name().first()).isEqualTo("Alan");
        assertThat(form[0].isComplete()).as("typing letters builds nothing below the fold").isFalse();
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(form[0].isComplete()).as("a key that moves the view needs the whole form").isTrue();
        robot.interact(() -> form[0].root().getScene().getWindow().hide());
    }
}
