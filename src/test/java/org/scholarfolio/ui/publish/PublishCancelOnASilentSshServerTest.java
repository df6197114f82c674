package org.scholarfolio.ui.publish;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/**
 * The same over SSH: the server accepts the connection and never begins the handshake. Before,
 * JGit waited for the sign-in (up to two minutes) whatever Cancel said.
 */
class PublishCancelOnASilentSshServerTest extends PublishCancelOnASilentServerTest {
    @Override
    String remote(int port) {
        return "ssh://git@127.0.0.1:" + port + "/site.git";
    }

    // TestFX looks for @Start on the test's own class only.
    @Override
    @Start
    void start(Stage stage) throws Exception {
        super.start(stage);
    }
}
