package org.scholarfolio.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.scholarfolio.cli.SoftwareRendering;
import org.scholarfolio.ui.DesktopOpener;

/**
 * Opens addresses with the desktop's opener ({@code xdg-open} on Linux, {@code open} on macOS,
 * the URL handler on Windows) and reports what went wrong: no such program, or the program's own
 * complaint and exit code. JavaFX's own {@code showDocument} prints its failures to the terminal.
 */
final class SystemBrowser implements DesktopOpener {
    /** An opener that has not finished by then has handed the address on. */
    private static final long WAIT_SECONDS = 10;

    private final List<String> command;

    SystemBrowser(List<String> command) {
        this.command = List.copyOf(command);
    }

    static SystemBrowser forThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return new SystemBrowser(List.of("rundll32", "url.dll,FileProtocolHandler"));
        }
        if (os.contains("mac")) {
            return new SystemBrowser(List.of("open"));
        }
        return new SystemBrowser(List.of("xdg-open"));
    }

    @Override
    public void open(String address, Consumer<String> onFailure) {
        Thread opener = new Thread(() -> run(address).ifPresent(onFailure), "scholarfolio-open");
        opener.setDaemon(true);
        opener.start();
    }

    /** Runs the opener and waits for it; the sentence to show when it failed. */
    java.util.Optional<String> run(String address) {
        List<String> line = new ArrayList<>(command);
        line.add(address);
        String program = command.get(0);
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
            SoftwareRendering.restorePersonsEnvironment(builder.environment());
            process = builder.start();
        } catch (IOException e) {
            return java.util.Optional.of("Could not open " + address + ": there is no program \"" + program
                    + "\" to open it with (" + e.getMessage() + ").");
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return java.util.Optional.empty();
            }
            if (process.exitValue() == 0) {
                return java.util.Optional.empty();
            }
            String said = lastLine(process.getInputStream());
            return java.util.Optional.of("Could not open " + address + ": " + program + " failed (exit code "
                    + process.exitValue() + ")" + (said.isEmpty() ? "." : ": " + said));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.of("Could not open " + address + ": " + e.getMessage());
        }
    }

    private static String lastLine(InputStream in) throws IOException {
        String text = new String(in.readNBytes(8192), StandardCharsets.UTF_8).strip();
        int newline = text.lastIndexOf('\n');
        return newline < 0 ? text : text.substring(newline + 1).strip();
    }
}
