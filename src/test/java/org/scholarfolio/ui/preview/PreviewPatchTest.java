package org.scholarfolio.ui.preview;

import static org.scholarfolio.testing.PortfolioEdits.withBio;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.testing.PreviewScripts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A key typed into one paragraph of a long text changes that paragraph alone in the preview's page. */
@ExtendWith(ApplicationExtension.class)
class PreviewPatchTest {
    private static final int PARAGRAPHS = 40;
    private EditorViewModel editor;

    /** The page as the renderer makes it: one paragraph per block of the bio. */
    private static String body(Portfolio p) {
        StringBuilder body = new StringBuilder("<main>");
        for (String paragraph : p.profile().bio().split("\n\n")) {
            body.append("<p>").append(paragraph).append("</p>");
        }
        return body.append("</main>").toString();
    }

    private static String longBio() {
        StringBuilder bio = new StringBuilder();
        for (int i = 0; i < PARAGRAPHS; i++) {
            bio.append(i == 0 ? "" : "\n\n").append("Paragraph ").append(i).append(" says ")
                    .append("something long enough to wrap over several lines of the page. ".repeat(6));
        }
        return bio.toString();
    }

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), withBio(Portfolio.empty(), longBio()), null);
        PreviewOnStage.show(stage, editor, (p, t) -> "<html><head><title>Bio</title></head><body>" + body(p) + "</body></html>");
    }

    @Test
    void aKeyInTheMiddleOfALongParagraphReplacesThatParagraphsContentAlone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview-web").tryQuery().isPresent()
                && Integer.valueOf(PARAGRAPHS).equals(PreviewScripts.run(robot, "document.querySelectorAll('main p').length")));
        // Every paragraph's text node is marked; a node the patch replaces comes without the mark.
        PreviewScripts.run(robot, "document.querySelectorAll('main p').forEach(function(p,i){p.firstChild.shownBefore=i;})");
        int middle = PARAGRAPHS / 2;
        String before = "Paragraph " + middle + " says something";
        robot.interact(() -> editor.edit("bio", p -> withBio(p, p.profile().bio().replace(before,
                "Paragraph " + middle + " says quietly something"))));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> String.valueOf(PreviewScripts.run(robot,
                "document.querySelectorAll('main p')[" + middle + "].textContent")).contains("says quietly something"));
        // The other paragraphs' text nodes are the ones shown before, the edited one's is new ...
        assertThat(PreviewScripts.run(robot, "Array.prototype.map.call(document.querySelectorAll('main p'),function(p){"
                + "return p.firstChild.shownBefore===undefined?'new':'kept';}).join(' ')"))
                .isEqualTo(("kept ".repeat(middle) + "new " + "kept ".repeat(PARAGRAPHS - middle - 1)).strip());
        // ... and the page's body is the whole render's.
        assertThat(PreviewScripts.run(robot, "document.body.innerHTML")).isEqualTo(body(editor.portfolio()));
    }
}
