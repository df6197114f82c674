package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UserDataFolderTest {
    @Test
    void foldersFollowHomeNotThePasswordDatabase() {
        Map<String, String> env = Map.of("HOME", "/home/ada");
        assertThat(UserDataFolder.path(env, "/root")).isEqualTo(Path.of("/home/ada/.local/share/scholarfolio"));
        assertThat(UserDataFolder.settings(env, "/root")).isEqualTo(Path.of("/home/ada/.config/scholarfolio"));
    }

    @Test
    void xdgFoldersWinWhenSetAndAbsolute() {
        Map<String, String> env = Map.of("HOME", "/home/ada", "XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "relative");
        assertThat(UserDataFolder.settings(env, "/root")).isEqualTo(Path.of("/cfg/scholarfolio"));
        assertThat(UserDataFolder.path(env, "/root")).isEqualTo(Path.of("/home/ada/.local/share/scholarfolio"));
    }

    @Test
    void withoutHomeJavasUserHomeIsUsed() {
        assertThat(UserDataFolder.settings(Map.of(), "/root")).isEqualTo(Path.of("/root/.config/scholarfolio"));
    }
}
