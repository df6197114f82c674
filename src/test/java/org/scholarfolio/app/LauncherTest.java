package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LauncherTest {
    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(Launcher.WEBKIT_HTTP2_LOADER);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(Launcher.WEBKIT_HTTP2_LOADER);
        } else {
            System.setProperty(Launcher.WEBKIT_HTTP2_LOADER, before);
        }
    }

    @Test
    void theEditorsPreviewLoadsPagesWithWebKitsPlainLoader() {
        System.clearProperty(Launcher.WEBKIT_HTTP2_LOADER);
        Launcher.useWebKitsPlainLoader();
        assertThat(System.getProperty(Launcher.WEBKIT_HTTP2_LOADER)).isEqualTo("false");
    }

    @Test
    void aLoaderChosenOnTheCommandLineIsKept() {
        System.setProperty(Launcher.WEBKIT_HTTP2_LOADER, "true");
        Launcher.useWebKitsPlainLoader();
        assertThat(System.getProperty(Launcher.WEBKIT_HTTP2_LOADER)).isEqualTo("true");
    }

    @Test
    void javaJarsSecondJvmIsStartedWithThisMainClassByName() {
        assertThat(org.scholarfolio.cli.EditorRelaunch.MAIN_CLASS).isEqualTo(Launcher.class.getName());
    }
}
