package org.scholarfolio.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a stand-in for libsecret's secret-tool that keeps secrets in a folder. */
class SecretToolStoreTest {
    @TempDir
    Path tmp;

    private SecretToolStore store() throws Exception {
        Path tool = tmp.resolve("secret-tool");
        Files.writeString(tool, """
                #!/bin/sh
                # secret-tool store --label=L application A host H   (secret on stdin)
                # secret-tool lookup application A host H / clear application A host H
                dir="$(dirname "$0")/kept"; mkdir -p "$dir"
                case "$1" in
                  store) echo "$*" > "$dir/last-arguments"; cat > "$dir/$6";;
                  lookup) [ -f "$dir/$5" ] && cat "$dir/$5" || exit 1;;
                  clear) rm -f "$dir/$5";;
                esac
                """);
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        return new SecretToolStore(tool);
    }

    @Test
    void aTokenIsKeptByHostAndNeverPassedOnTheCommandLine() throws Exception {
        SecretToolStore store = store();

        store.store("github.com", "ghp_kept_token");

        assertThat(store.lookup("github.com")).contains("ghp_kept_token");
        assertThat(store.lookup("gitlab.com")).isEmpty();
        assertThat(Files.readString(tmp.resolve("kept/last-arguments"))).doesNotContain("ghp_kept_token");
        store.forget("github.com");
        assertThat(store.lookup("github.com")).isEmpty();
    }

    @Test
    void aKeptTokenIsUsedForAnHttpsRemoteWhenTheEnvironmentHasNone() throws Exception {
        SecretToolStore store = store();
        store.store("github.com", "ghp_kept_token");
        GitRemote remote = GitRemote.parse("https://github.com/ada/notes.git");

        GitCredentials fromStore = GitCredentials.resolve(remote, GitCredentials.none(), java.util.Map.of(), store);
        GitCredentials fromEnvironment = GitCredentials.resolve(remote, GitCredentials.none(),
                java.util.Map.of("GITHUB_TOKEN", "from-env"), store);

        assertThat(fromStore.source()).isEqualTo("the desktop key ring");
        assertThat(fromEnvironment.source()).isEqualTo("$GITHUB_TOKEN");
        assertThat(fromStore.toString()).doesNotContain("ghp_kept_token");
    }
}
