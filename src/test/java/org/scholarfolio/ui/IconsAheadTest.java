package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.text.Font;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class IconsAheadTest {
    @Start
    void start(Stage stage) {
        // The toolkit runs: the font needs it, as in the app's init.
    }

    @Test
    void leavesTheIconFontLoadedWhereTheWindowsIconsFindIt() throws Exception {
        IconsAhead.start().get(60, TimeUnit.SECONDS);

        // Without a pack that knows the window's icons (another Ikonli), the load would find nothing.
        assertThat(IconsAhead.load()).isTrue();
        IkonHandler pack = IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance())
                .resolve(MaterialDesignA.ALERT_CIRCLE_OUTLINE.getDescription());
        assertThat(pack.getFont()).isInstanceOf(Font.class);
        Font loaded = (Font) pack.getFont();
        assertThat(loaded.getFamily()).isEqualTo(pack.getFontFamily());
        assertThat(Font.getFamilies()).contains(pack.getFontFamily());
    }

    @Test
    void setsUpTheIconSetOfEverySidebarEntry() {
        for (Section section : Section.values()) {
            assertThat(IconsAhead.FIRST_WINDOW_ICON_SETS).as(section.label()).contains(section.icon().getClass());
        }
    }
}
