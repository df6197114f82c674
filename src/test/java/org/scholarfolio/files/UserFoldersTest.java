package org.scholarfolio.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UserFoldersTest {
    @Test
    void foldersFollowHomeNotThePasswordDatabase() {
        Map<String, String> env = Map.of("HOME", "/home/ada");
        assertThat(UserFolders.data(env, "/root")).isEqualTo(Path.of("/home/ada/.local/share/scholarfolio"));
        assertThat(UserFolders.settings(env, "/root")).isEqualTo(Path.of("/home/ada/.config/scholarfolio"));
    }

    @Test
    void xdgFoldersWinWhenSetAndAbsolute() {
        Map<String, String> env = Map.of("HOME", "/home/ada", "XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "relative");
        assertThat(UserFolders.settings(env, "/root")).isEqualTo(Path.of("/cfg/scholarfolio"));
        assertThat(UserFolders.data(env, "/root")).isEqualTo(Path.of("/home/ada/.local/share/scholarfolio"));
    }

    @Test
    void withoutHomeJavasUserHomeIsUsed() {
        assertThat(UserFolders.settings(Map.of(), "/root")).isEqualTo(Path.of("/root/.config/scholarfolio"));
    }

    @Test
    void homeIsTheHomeVariableThenUserHome() {
        assertThat(UserFolders.home(Map.of("HOME", "/home/ada"), "/root")).isEqualTo(Path.of("/home/ada"));
        assertThat(UserFolders.home(Map.of("HOME", " "), "/root")).isEqualTo(Path.of("/root"));
    }
}
