package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export into a folder the person may not write is refused with "permission denied" and the old
 * site is left as it was. The suite runs as root, who may write anywhere, so the export runs in a
 * child process as the unprivileged user {@code nobody} (through util-linux's {@code setpriv});
 * where that is not possible the test is skipped and says why.
 */
class UnprivilegedExportTest {
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    @TempDir
    Path tmp;

    private static boolean runningAsRoot() throws Exception {
        Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return id.waitFor() == 0 && uid.equals("0");
    }

    private static void readableByAll(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
    }

    /**
     * The test's class path where {@code nobody} can read it: jars are linked (or copied) into a
     * folder of the test's own, since the build's repository usually sits in root's home.
     */
    private String classPathForNobody() throws IOException {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        readableByAll(lib);
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (Files.isDirectory(p)) {
                entries.add(p.toString());
            } else if (Files.isRegularFile(p)) {
                Path copy = lib.resolve(n++ + "-" + p.getFileName());
                try {
                    Files.createLink(copy, p);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                readableByAll(copy);
                entries.add(copy.toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private record Run(int code, String out) {
    }

    private Run runAsNobody(String classPath, String... args) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
        List<String> command = new ArrayList<>(List.of(SETPRIV.toString(), "--reuid=nobody", "--regid=nogroup",
                "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Duser.home=" + home, "-cp", classPath, "org.scholarfolio.app.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(home.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void exportIntoAFolderNobodyMayWriteSaysPermissionDeniedAndKeepsTheOldSite() throws Exception {
        assumeTrue(Files.isExecutable(SETPRIV), "setpriv (util-linux) is not installed, so the export cannot be "
                + "run as an unprivileged user here");
        assumeTrue(runningAsRoot(), "the tests do not run as root, so they cannot start a process as nobody");
        readableByAll(tmp);
        Path portfolio = Files.createDirectories(tmp.resolve("homepage"));
        readableByAll(portfolio);
        Path json = portfolio.resolve("portfolio.json");
        Files.copy(Path.of("sample-data/alan-turing/portfolio.json"), json);
        Path site = tmp.resolve("site");
        // The old site, written by its owner (root here); nobody may read it but not write it. Made
        // from the same portfolio, but nobody keeps another key for the manifest's origin line, so
        // the site is another portfolio's to nobody's export: told to replace it, it tries to write.
        assertThat(CommandRun.of("export", portfolio.toString(), "--out", site.toString()).code()).isZero();
        Map<Path, byte[]> before = FolderContents.of(site);
        Files.writeString(json, Files.readString(json).replace("Alan", "Alan M."));
        readableByAll(json);

        Run r = runAsNobody(classPathForNobody(), "export", portfolio.toString(), "--out", site.toString(),
                "--replace-other-site");

        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("cannot write " + site + ": permission denied")
                .contains("Choose a folder you may write to").doesNotContain("staging");
        FolderContents.assertUnchanged(before, site);
    }

}
