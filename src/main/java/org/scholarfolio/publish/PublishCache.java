package org.scholarfolio.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.scholarfolio.files.UserFolders;

/**
 * The folder that holds one working copy per remote and branch. It is disposable: anything in it
 * can be thrown away and fetched again, so a publish that failed half-way is put right by the next.
 */
public record PublishCache(Path root) {
    /**
     * {@code publish/} in the user's data folder: {@code $XDG_DATA_HOME/scholarfolio}, by default
     * {@code ~/.local/share/scholarfolio} (the same folder the editor keeps its own files in).
     */
    public static PublishCache inUserDataFolder() {
        return new PublishCache(UserFolders.data().resolve("publish"));
    }

    /** A readable, unique folder name, e.g. {@code github.com-ada-ada.github.io-gh-pages-3f2a91c0}. */
    public Path workingCopy(GitRemote remote, String branch) {
        String readable = (remote.host() + "-" + String.join("-", remote.path()) + "-" + branch)
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+", "");
        if (readable.length() > 60) {
            readable = readable.substring(readable.length() - 60);
        }
        return root.resolve(readable.toLowerCase(Locale.ROOT) + "-" + shortHash(remote.url() + "\n" + branch));
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
