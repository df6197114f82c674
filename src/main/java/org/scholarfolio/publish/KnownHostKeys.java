package org.scholarfolio.publish;

import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * Host keys for publishing over SSH: a server is trusted only when {@code known_hosts} holds its key.
 * {@code StrictHostKeyChecking no} or {@code accept-new} in {@code ~/.ssh/config} is not followed
 * (an unknown key is never taken silently) and nothing is asked or written; an unknown or a changed
 * key gives the watch a sentence with the fingerprints and what to do.
 */
final class KnownHostKeys implements ServerKeyDatabase {
    private final ServerKeyDatabase knownHosts;
    private final RemoteWatch watch;

    KnownHostKeys(ServerKeyDatabase knownHosts, RemoteWatch watch) {
        this.knownHosts = knownHosts;
        this.watch = watch;
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
        String file = config.getUserKnownHostsFiles() == null || config.getUserKnownHostsFiles().isEmpty()
                ? "~/.ssh/known_hosts" : config.getUserKnownHostsFiles().get(0);
        String connectOnce = "`ssh " + (port == 22 ? "" : "-p " + port + " ") + "-T " + config.getUsername() + "@" + host + "`";
        String which = "The SSH host key of " + host + " (the remote " + watch.remoteName() + ")";
        if (known.isEmpty()) {
            watch.refuse(which + " is not known (" + file + " does not list it); publishing never accepts an unknown key."
                    + " The server showed " + describe(serverKey) + ". Check that fingerprint against the one " + host
                    + " publishes, then connect once with " + connectOnce + " and accept the key, and publish again."
                    + " Nothing was changed on the remote.");
        } else {
            StringBuilder listed = new StringBuilder();
            for (PublicKey k : known) {
                listed.append(listed.length() == 0 ? "" : ", ").append(describe(k));
            }
            watch.refuse(which + " has changed: " + file + " lists " + listed + ", but the server showed " + describe(serverKey)
                    + ". Someone may be intercepting the connection, or the host replaced its key; publishing refused to"
                    + " connect. Only if " + host + " announced a new key with that fingerprint, remove the old one with"
                    + " `ssh-keygen -R " + (port == 22 ? host : "[" + host + "]:" + port) + "` and connect once with "
                    + connectOnce + ". Nothing was changed on the remote.");
        }
        return false;
    }

    private static String describe(PublicKey key) {
        return KeyUtils.getKeyType(key) + " " + KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    /** The user's settings, but a host key must be listed: never asked about, never added. */
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
