package org.scholarfolio.files;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The file path a relative link names, as the file system spells it. */
public final class LinkPaths {
    private LinkPaths() {
    }

    /**
     * The link's path percent-decoded ({@code Week%201.pdf} is {@code Week 1.pdf}; a {@code +} stays a
     * plus, as in a path); a path whose percent signs are not escapes ({@code 100%.pdf}) as written.
     */
    public static String decoded(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEscapes) {
            return path;
        }
    }
}
