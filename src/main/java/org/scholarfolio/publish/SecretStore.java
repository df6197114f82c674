package org.scholarfolio.publish;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a token entered once is kept between sessions: the desktop's secret store when there is
 * one, else nowhere ({@link #none()}), which the editor tells the user.
 */
public interface SecretStore {
    /** Whether tokens can be kept at all. */
    boolean available();

    /** How to name this store to a person, e.g. "the desktop key ring". */
    String name();

    Optional<String> lookup(String host);

    void store(String host, String token) throws IOException;

    void forget(String host) throws IOException;

    /** The store of this desktop: libsecret's {@code secret-tool} when installed, else none. */
    static SecretStore system() {
        return SecretToolStore.find().<SecretStore>map(s -> s).orElse(none());
    }

    static SecretStore none() {
        return new SecretStore() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public String name() {
                return "no secret store";
            }

            @Override
            public Optional<String> lookup(String host) {
                return Optional.empty();
            }

            @Override
            public void store(String host, String token) throws IOException {
                throw new IOException("this desktop has no secret store (libsecret's secret-tool is not installed); "
                        + "the token is used for this session only");
            }

            @Override
            public void forget(String host) {
                // nothing is kept
            }
        };
    }
}
