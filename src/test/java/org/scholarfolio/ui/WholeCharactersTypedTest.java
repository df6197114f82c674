package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A key's character cut to one UTF-16 unit by the GTK glass (😀 as U+F600) reaches the field whole. */
@ExtendWith(ApplicationExtension.class)
class WholeCharactersTypedTest {
    private TextField field;

    @Start
    void start(Stage stage) {
        field = new TextField();
        stage.setScene(new Scene(field, 300, 60));
        WholeCharactersTyped.install(stage);
        stage.show();
        field.requestFocus();
    }

    private static KeyEvent typed(String character) {
        return new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false);
    }

    @Test
    void anEmojiCutToOneUnitArrivesWholeInTheField(FxRobot robot) {
        robot.interact(() -> {
            for (String key : new String[] {"a", "\uF600", "\uF9E0", "\u00E9", "\uF8FF"}) {
                Event.fireEvent(field, typed(key));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("a\uD83D\uDE00\uD83E\uDDE0\u00E9\uF8FF").hasSize(7);
        assertThat(field.getText().codePoints().toArray()).containsExactly(0x61, 0x1F600, 0x1F9E0, 0xE9, 0xF8FF);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            F000, 1F000
            F1E9, 1F1E9
            F600, 1F600
            F7FF, 1F7FF
            F900, 1F900
            FA70, 1FA70
            FAFF, 1FAFF
            E100, E100
            EFFF, EFFF
            F800, F800
            F8FF, F8FF
            FB01, FB01
            0061, 61
            D400, D400
            """)
    void onlyTheEmojiBlocksCutToOneUnitAreRestored(String cut, String restored) {
        String character = Character.toString(Integer.parseInt(cut, 16));
        assertThat(WholeCharactersTyped.restored(character).codePoints().toArray())
                .containsExactly(Integer.parseInt(restored, 16));
    }

    @Test
    void charactersAlreadyWholeAreLeftAlone() {
        assertThat(WholeCharactersTyped.restored("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
        assertThat(WholeCharactersTyped.restored("")).isEmpty();
    }
}
