package org.scholarfolio.publish;

/**
 * An SSH server's host key that {@code known_hosts} does not list yet: what a person compares with
 * the fingerprint the host publishes before trusting it. {@code fingerprint} is OpenSSH's SHA-256 form
 * ({@code SHA256:…}); {@code mayBeTrusted} is false when {@code ~/.ssh/config} says
 * {@code StrictHostKeyChecking yes} for the host, which ssh reads as "never add a key".
 */
public record UnknownHostKey(String host, int port, String keyType, String fingerprint, String knownHostsFile,
                             boolean mayBeTrusted) {
    /** The host as ssh names it: {@code github.com}, or {@code [127.0.0.1]:2222} at another port. */
    public String hostAndPort() {
        return port == 22 ? host : "[" + host + "]:" + port;
    }
}
