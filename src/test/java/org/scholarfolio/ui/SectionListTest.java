package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sidebar behaves as the list it replaced: one Tab stop, arrow keys, clicks, and what a screen reader is told. */
@ExtendWith(ApplicationExtension.class)
class SectionListTest {
    private SectionList list;

    @Start
    void start(Stage stage) {
        list = new SectionList(List.of(Section.values()), section -> new Label(section.label()));
        list.selectedProperty().set(Section.PROFILE);
        TextField before = new TextField();
        before.setId("before");
        stage.setScene(new Scene(new HBox(before, list), 600, 400));
        stage.show();
    }

    @Test
    void withTheFocusTheArrowKeysHomeAndEndMoveTheSelectionWithinTheList(FxRobot robot) {
        robot.clickOn("#before");
        robot.type(KeyCode.TAB);
        assertThat(list.isFocused()).isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        assertThat(list.selectedProperty().get()).isEqualTo(Section.PUBLICATIONS);
        robot.type(KeyCode.UP);
        assertThat(list.selectedProperty().get()).isEqualTo(Section.NEWS);
        robot.type(KeyCode.END).type(KeyCode.DOWN);
        assertThat(list.selectedProperty().get()).isEqualTo(Section.SITE);
        robot.type(KeyCode.HOME).type(KeyCode.UP);
        assertThat(list.selectedProperty().get()).isEqualTo(Section.PROFILE);
    }

    @Test
    void aClickSelectsTheEntryAndGivesTheListTheFocusAndOnlyTheSelectedEntryIsMarked(FxRobot robot) {
        robot.clickOn("#section-pages");
        assertThat(list.selectedProperty().get()).isEqualTo(Section.PAGES);
        assertThat(list.isFocused()).isTrue();
        PseudoClass selected = PseudoClass.getPseudoClass("selected");
        assertThat(list.getChildren()).filteredOn(n -> n.getPseudoClassStates().contains(selected))
                .extracting(Node::getId).containsExactly("section-pages");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aScreenReaderSeesAListOfFiveItemsWithTheSelectedOneMarked(FxRobot robot) {
        robot.interact(() -> list.selectedProperty().set(Section.NEWS));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getAccessibleRole()).isEqualTo(AccessibleRole.LIST_VIEW);
        assertThat(list.queryAccessibleAttribute(AccessibleAttribute.ITEM_COUNT)).isEqualTo(5);
        Node news = (Node) list.queryAccessibleAttribute(AccessibleAttribute.ITEM_AT_INDEX, 1);
        assertThat(news.getId()).isEqualTo("section-news");
        assertThat(news.getAccessibleRole()).isEqualTo(AccessibleRole.LIST_ITEM);
        assertThat(news.queryAccessibleAttribute(AccessibleAttribute.SELECTED)).isEqualTo(true);
        assertThat(news.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo("News");
        Node site = (Node) list.queryAccessibleAttribute(AccessibleAttribute.ITEM_AT_INDEX, 4);
        assertThat(site.queryAccessibleAttribute(AccessibleAttribute.SELECTED)).isEqualTo(false);
        assertThat((ObservableList<Object>) list.queryAccessibleAttribute(AccessibleAttribute.SELECTED_ITEMS))
                .containsExactly(news);
    }
}
