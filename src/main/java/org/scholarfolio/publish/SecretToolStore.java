package org.scholarfolio.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Tokens kept in the desktop key ring through libsecret's {@code secret-tool} (GNOME Keyring, KWallet's
 * Secret Service). The token goes through the tool's standard input, never its command line.
 */
final class SecretToolStore implements SecretStore {
    private final Path tool;

    SecretToolStore(Path tool) {
        this.tool = tool;
    }

    static Optional<SecretToolStore> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "secret-tool");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new SecretToolStore(candidate));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String name() {
        return "the desktop key ring";
    }

    @Override
    public Optional<String> lookup(String host) {
        try {
            String out = run(List.of("lookup", "application", "scholarfolio", "host", host), null);
            return out.isBlank() ? Optional.empty() : Optional.of(out.strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void store(String host, String token) throws IOException {
        run(List.of("store", "--label=Scholarfolio git token for " + host, "application", "scholarfolio", "host", host), token);
    }

    @Override
    public void forget(String host) throws IOException {
        run(List.of("clear", "application", "scholarfolio", "host", host), null);
    }

    private String run(List<String> args, String input) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = p.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String out;
        try (InputStream stdout = p.getInputStream()) {
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("the desktop key ring did not answer");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking the desktop key ring", e);
        }
        if (p.exitValue() != 0 && !args.get(0).equals("lookup")) {
            throw new IOException("the desktop key ring refused (secret-tool " + args.get(0) + " exited with " + p.exitValue() + ")");
        }
        return out;
    }
}
