package org.scholarfolio.publish;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.List;
import org.apache.sshd.client.config.hosts.KnownHostDigest;
import org.apache.sshd.client.config.hosts.KnownHostHashValue;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.mac.Mac;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * Host keys for publishing over SSH: a server is trusted when {@code known_hosts} holds its key, or
 * when its key is new (no key is listed for the host) and its fingerprint is the one the person
 * accepted after comparing it ({@code --accept-host-key}, or the Publish dialog's "Trust this key");
 * that key is then added to {@code known_hosts} as ssh adds it (the first {@code UserKnownHostsFile},
 * hashed when {@code HashKnownHosts yes}). Nothing is ever taken silently: {@code StrictHostKeyChecking
 * no} or {@code accept-new} in {@code ~/.ssh/config} does not stand in for the person's accept, and
 * {@code StrictHostKeyChecking yes} (read per host, as ssh reads it) forbids adding a key at all. A
 * changed key is always refused. A refusal gives the watch a sentence with the fingerprints and what to
 * do, and an unknown key as an {@link UnknownHostKey} for the dialog and the command line.
 */
final class KnownHostKeys implements ServerKeyDatabase {
    private final ServerKeyDatabase knownHosts;
    private final RemoteWatch watch;
    private final Path defaultFile;
    private final String accepted;

    /** {@code accepted}: the fingerprint of a new host key the person accepted to trust, or null. */
    KnownHostKeys(ServerKeyDatabase knownHosts, RemoteWatch watch, Path defaultFile, String accepted) {
        this.knownHosts = knownHosts;
        this.watch = watch;
        this.defaultFile = defaultFile;
        this.accepted = accepted;
    }

    @Override
    public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
        return knownHosts.lookup(connectAddress, remoteAddress, config);
    }

    @Override
    public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey, Configuration config,
                          CredentialsProvider provider) {
        Configuration strict = new RequireMatch(config);
        if (knownHosts.accept(connectAddress, remoteAddress, serverKey, strict, null)) {
            return true;
        }
        List<PublicKey> known = knownHosts.lookup(connectAddress, remoteAddress, strict);
        String host = watch.remote().host();
        int port = remoteAddress == null ? 22 : remoteAddress.getPort();
        Path file = config.getUserKnownHostsFiles() == null || config.getUserKnownHostsFiles().isEmpty()
                ? defaultFile : Path.of(config.getUserKnownHostsFiles().get(0));
        String shown = display(file);
        String which = "The SSH host key of " + host + " (the remote " + watch.remoteName() + ")";
        String fingerprint = KeyUtils.getFingerPrint(BuiltinDigests.sha256, serverKey);
        if (known.isEmpty()) {
            boolean mayBeTrusted = config.getStrictHostKeyChecking() != Configuration.StrictHostKeyChecking.REQUIRE_MATCH;
            if (mayBeTrusted && fingerprint.equals(accepted)) {
                try {
                    add(file, connectAddress, serverKey, config.getHashKnownHosts());
                    return true;
                } catch (IOException | RuntimeException e) {
                    watch.refuse(which + " was accepted, but " + shown + " could not be written (" + e.getMessage()
                            + "), so publishing did not connect. Nothing was changed on the remote.");
                    return false;
                }
            }
            watch.unknownHostKey(new UnknownHostKey(host, port, KeyUtils.getKeyType(serverKey), fingerprint, shown, mayBeTrusted));
            String notAccepted = accepted == null ? "" : " That is not the fingerprint " + accepted + " you accepted.";
            String connectOnce = "`ssh " + (port == 22 ? "" : "-p " + port + " ") + "-T " + config.getUsername() + "@" + host + "`";
            String what = mayBeTrusted
                    ? " Compare it with the fingerprint " + host + " publishes (GitHub and GitLab list theirs in their"
                            + " documentation), and trust the key only if the two match; publishing then adds it to " + shown
                            + ", as connecting once with " + connectOnce + " would."
                    : " ~/.ssh/config says StrictHostKeyChecking yes for " + host + ", so publishing adds no key to " + shown
                            + ": add the host's key there yourself once you have compared its fingerprint, and publish again.";
            watch.refuse(which + " is not known yet: " + shown + " does not list it. The server showed " + describe(serverKey)
                    + "." + notAccepted + what + " Nothing was changed on the remote.");
        } else {
            StringBuilder listed = new StringBuilder();
            for (PublicKey k : known) {
                listed.append(listed.length() == 0 ? "" : ", ").append(describe(k));
            }
            String connectOnce = "`ssh " + (port == 22 ? "" : "-p " + port + " ") + "-T " + config.getUsername() + "@" + host + "`";
            watch.refuse(which + " has changed: " + shown + " lists " + listed + ", but the server showed " + describe(serverKey)
                    + ". Someone may be intercepting the connection, or the host replaced its key; publishing refused to"
                    + " connect. Only if " + host + " announced a new key with that fingerprint, remove the old one with"
                    + " `ssh-keygen -R " + (port == 22 ? host : "[" + host + "]:" + port) + "` and connect once with "
                    + connectOnce + ". Nothing was changed on the remote.");
        }
        return false;
    }

    /**
     * Appends {@code key} for {@code hostPattern} ({@code host} or {@code [host]:port}) to {@code file}
     * in ssh's format, hashing the host as ssh does when {@code hash}; creates {@code ~/.ssh} (mode 700)
     * when it is missing, as ssh does.
     */
    static void add(Path file, String hostPattern, PublicKey key, boolean hash) throws IOException {
        String host = hostPattern;
        int port = 22;
        if (hostPattern.startsWith("[") && hostPattern.contains("]:")) {
            host = hostPattern.substring(1, hostPattern.indexOf("]:"));
            port = Integer.parseInt(hostPattern.substring(hostPattern.indexOf("]:") + 2));
        }
        StringBuilder line = new StringBuilder();
        if (hash) {
            Mac mac = KnownHostDigest.SHA1.create();
            byte[] salt = new byte[mac.getDefaultBlockSize()];
            new SecureRandom().nextBytes(salt);
            try {
                KnownHostHashValue.append(line, KnownHostDigest.SHA1, salt, KnownHostHashValue.calculateHashValue(host, port, mac, salt));
            } catch (Exception e) {
                throw new IOException("the host's name could not be hashed: " + e.getMessage(), e);
            }
        } else {
            KnownHostHashValue.appendHostPattern(line, host, port);
        }
        line.append(' ');
        PublicKeyEntry.appendPublicKeyEntry(line, key);
        line.append('\n');
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
            if (parent.getFileName() != null && parent.getFileName().toString().equals(".ssh")) {
                Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
            }
        }
        // A file that does not end its last line gets one first, so the new entry is a line of its own.
        if (Files.exists(file) && Files.size(file) > 0) {
            byte[] all = Files.readAllBytes(file);
            if (all[all.length - 1] != '\n') {
                line.insert(0, '\n');
            }
        }
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }

    /** {@code file} as a person knows it: under {@code ~} when it is in the home folder whose {@code .ssh} is used. */
    private String display(Path file) {
        Path home = defaultFile.toAbsolutePath().getParent().getParent();
        Path f = file.toAbsolutePath();
        return home != null && f.startsWith(home) ? "~/" + home.relativize(f) : file.toString();
    }

    private static String describe(PublicKey key) {
        return KeyUtils.getKeyType(key) + " " + KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    /** The user's settings, but a host key must be listed: never asked about, never added by JGit. */
    private record RequireMatch(Configuration config) implements Configuration {
        @Override
        public List<String> getUserKnownHostsFiles() {
            return config.getUserKnownHostsFiles();
        }

        @Override
        public List<String> getGlobalKnownHostsFiles() {
            return config.getGlobalKnownHostsFiles();
        }

        @Override
        public StrictHostKeyChecking getStrictHostKeyChecking() {
            return StrictHostKeyChecking.REQUIRE_MATCH;
        }

        @Override
        public boolean getHashKnownHosts() {
            return config.getHashKnownHosts();
        }

        @Override
        public String getUsername() {
            return config.getUsername();
        }
    }
}
