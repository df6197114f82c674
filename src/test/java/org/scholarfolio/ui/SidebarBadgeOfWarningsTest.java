package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.UnknownFields;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Seen in a real window: a news item just added, its text still empty (a warning, a yellow triangle in the
 * Problems list), put a red badge beside News in the sidebar, the colour of an error. A section whose problems
 * are warnings only has its badge in the warning's colour; one with an error keeps the red.
 */
@ExtendWith(ApplicationExtension.class)
class SidebarBadgeOfWarningsTest {
    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        Portfolio p = Portfolio.empty();
        p = p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build())
                .withNews(List.of(new NewsItem("", NewsDate.of(LocalDate.of(2026, 12, 7)), "", "", true, UnknownFields.NONE)))
                .withPublications(List.of(Publication.builder("", "article").title("Notes").year(1843).build()));
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), p, null);
        EditorOnStage.show(stage, editor, 1100, 760);
    }

    @BeforeEach
    void profileFormComplete() {
        ProfileFormReady.await();
    }

    private static Color iconColour(FxRobot robot, String section) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#problems-" + section).tryQuery().isPresent());
        Label badge = robot.lookup("#problems-" + section).queryAs(Label.class);
        Color[] colour = new Color[1];
        robot.interact(() -> {
            badge.applyCss();
            Node icon = badge.getGraphic();
            colour[0] = (Color) ((org.kordamp.ikonli.javafx.FontIcon) icon).getIconColor();
        });
        return colour[0];
    }

    @Test
    void warningsOnlyAreNotRed(FxRobot robot) throws Exception {
        Color news = iconColour(robot, "news");
        Color publications = iconColour(robot, "publications");

        assertThat(news).as("News: an empty news item, a warning").isNotEqualTo(publications);
        assertThat(news.getRed()).as("News's badge is the warning's colour, %s", news).isGreaterThan(news.getBlue());
        assertThat(publications.getRed()).as("Publications: a missing citation key, an error, %s", publications)
                .isGreaterThan(publications.getGreen());
    }
}
