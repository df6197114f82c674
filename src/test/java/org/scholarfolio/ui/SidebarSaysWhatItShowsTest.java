package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen reader was told only each sidebar entry's name ("Publications"), not the count beside it nor the
 * problem badge that the eye sees: it says them too ("Publications, 3, 1 problem"), and follows changes.
 */
@ExtendWith(ApplicationExtension.class)
class SidebarSaysWhatItShowsTest {
    private static final List<Author> ADA = List.of(Author.of("Ada", "Lovelace"));
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty();
        p = p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build())
                .withPublications(List.of(
                        Publication.builder("a1843", "article").title("Notes").authors(ADA).year(1843).build(),
                        Publication.builder("b1843", "article").title("").authors(ADA).year(1843).build(),
                        Publication.builder("c1842", "article").title("Sketch").authors(ADA).year(1842).build()));
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        EditorOnStage.show(stage, editor, 1100, 760);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    private static Object said(FxRobot robot, String entry) {
        Node node = robot.lookup("#section-" + entry).query();
        Object[] text = new Object[1];
        robot.interact(() -> text[0] = node.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        return text[0];
    }

    /** Waits until the problems are found (they are checked beside the window's work). */
    private static void saysSoon(FxRobot robot, String entry, String text) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> text.equals(said(robot, entry)));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says what it said instead
        }
        assertThat(said(robot, entry)).isEqualTo(text);
    }

    @Test
    void eachEntrySaysItsCountAndProblems(FxRobot robot) {
        saysSoon(robot, "publications", "Publications, 3, 1 problem");
        assertThat(said(robot, "news")).isEqualTo("News, 0");
        assertThat(said(robot, "profile")).isEqualTo("Profile");
    }

    @Test
    void theEntryFollowsAnEdit(FxRobot robot) {
        saysSoon(robot, "publications", "Publications, 3, 1 problem");
        robot.interact(() -> editor.edit("title", p -> p.withPublications(List.of(p.publications().get(0),
                p.publications().get(1).toBuilder().title("Fixed").build()))));
        saysSoon(robot, "publications", "Publications, 2");
    }
}
