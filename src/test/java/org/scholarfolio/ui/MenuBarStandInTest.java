package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The menu bar's stand-in in the window's first frames: laid out as the bar is, and gone, the bar in its place
 * with its mnemonics and accelerators, at the first key, the pointer over it, or after the first content.
 */
@ExtendWith(ApplicationExtension.class)
class MenuBarStandInTest {
    private final AtomicInteger saved = new AtomicInteger();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainView.applyTheme(false);
    }

    private MenuBar bar() {
        MenuItem save = new MenuItem("_Save");
        save.setId("save");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> saved.incrementAndGet());
        Menu file = new Menu("_File", null, new MenuItem("_Open"), save);
        file.setId("file");
        Menu edit = new Menu("_Edit", null, new MenuItem("_Undo"));
        Menu help = new Menu("_Help", null, new MenuItem("_About"));
        return new MenuBar(file, edit, help);
    }

    /** A scene of the bar above a block, as the window's top holds it, shown; the stand-in put in when asked. */
    private MenuBarStandIn show(MenuBar bar, boolean standIn) {
        MenuBarStandIn[] made = new MenuBarStandIn[1];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Region below = new Region();
            below.setPrefSize(600, 300);
            Scene scene = new Scene(new VBox(bar, below), 600, 340);
            made[0] = standIn ? MenuBarStandIn.install(scene, bar) : null;
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return made[0];
    }

    /** Each menu name's bounds in the scene, and then the bar's: x, y, width, height. */
    private List<List<Double>> layout(Node top) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<List<Double>> boxes = new ArrayList<>();
            for (Node name : top.lookupAll(".menu-button > .label")) {
                boxes.add(box(name.localToScene(name.getLayoutBounds())));
            }
            for (Node button : top.lookupAll(".menu-button")) {
                boxes.add(box(button.localToScene(button.getLayoutBounds())));
            }
            boxes.add(box(top.localToScene(top.getLayoutBounds())));
            return boxes;
        }).get();
    }

    private static List<Double> box(Bounds b) {
        return List.of(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    @Test
    void standInIsLaidOutAsTheBarIs(FxRobot robot) throws Exception {
        MenuBar bar = bar();
        show(bar, false);
        List<List<Double>> real = layout(bar);

        MenuBarStandIn standIn = show(bar(), true);
        assertThat(standIn.standing()).isTrue();
        Node shown = robot.lookup("#menu-bar-stand-in").query();
        assertThat(robot.lookup(".menu-bar").queryAll()).containsExactly(shown);
        assertThat(standIn.names()).containsExactly("File", "Edit", "Help");
        assertThat(layout(shown)).isEqualTo(real);
    }

    @Test
    void anAcceleratorPressedBeforeTheBarIsInWorks(FxRobot robot) {
        MenuBar bar = bar();
        MenuBarStandIn standIn = show(bar, true);
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved).hasValue(1);
        assertThat(standIn.standing()).isFalse();
        assertThat(bar.getScene()).isSameAs(stage.getScene());
        assertThat(robot.lookup("#menu-bar-stand-in").tryQuery()).isEmpty();
    }

    @Test
    void altAndAMenuLetterBeforeTheBarIsInOpenTheMenu(FxRobot robot) {
        MenuBar bar = bar();
        show(bar, true);
        robot.press(KeyCode.ALT).press(KeyCode.F).release(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        Menu file = bar.getMenus().get(0);
        assertThat(file.isShowing()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file.isShowing()).isFalse();
    }

    @Test
    void aNamePressedBeforeTheBarIsInOpensItsMenu(FxRobot robot) {
        MenuBar bar = bar();
        show(bar, true);
        // Pressed where it is, without the pointer coming over the bar first.
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> robot.lookup("#menu-bar-stand-in .label").queryAs(Node.class)
                .fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_PRESSED, 5, 5, 5, 5,
                        javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false,
                        false, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.getMenus().get(0).isShowing()).isTrue();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> bar.getMenus().get(0).hide());
    }

    @Test
    void theEditorsBarTakesItsPlaceAfterTheFirstContent(FxRobot robot) throws Exception {
        MainView[] view = new MainView[1];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            view[0] = new MainView(new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null),
                    new javafx.beans.property.SimpleBooleanProperty(false), null);
            Scene scene = new Scene(view[0].root(), 1000, 700);
            view[0].install(scene);
            view[0].standInForTheMenuBarUntilFirstContent(scene);
            assertThat(scene.getRoot().lookup("#menu-bar-stand-in")).isNotNull();
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view[0].firstContentDrawnProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#menu-bar-stand-in").tryQuery()).isEmpty();
        assertThat(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()).extracting(Menu::getId)
                .containsExactly(MainView.FILE_MENU, MainView.EDIT_MENU, MainView.VIEW_MENU, "menu-help");
    }

    @Test
    void namesAreShownWithoutTheirMnemonicMark() {
        assertThat(MenuBarStandIn.shownText("_File")).isEqualTo("File");
        assertThat(MenuBarStandIn.shownText("Save _As")).isEqualTo("Save As");
        assertThat(MenuBarStandIn.shownText("a__b _c")).isEqualTo("a_b c");
        assertThat(MenuBarStandIn.shownText("plain")).isEqualTo("plain");
        assertThat(MenuBarStandIn.shownText(null)).isEmpty();
    }
}
