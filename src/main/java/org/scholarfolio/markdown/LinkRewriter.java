package org.scholarfolio.markdown;

import java.util.Set;

/**
 * What the page a piece of Markdown lands on knows about addresses. {@link #rewrite} changes the
 * address of a link or image after sanitising, e.g. so that {@code ./collaboration} in a bio points
 * at the exported page from wherever the text is shown; returning an empty string drops the address.
 * Applied only to addresses that already passed the allow-list.
 */
@FunctionalInterface
public interface LinkRewriter {
    LinkRewriter NONE = url -> url;

    String rewrite(String url);

    /**
     * {width, height} of the local image written as {@code url} (before {@link #rewrite}), so that it
     * takes its place before it loads; null when unknown.
     */
    default int[] imageSize(String url) {
        return null;
    }

    /**
     * Told of a link, by its address as written, that shows nothing: no text, no image, no media (an
     * icon of an icon font the site does not have, say), so it is invisible and has no name for a
     * screen reader. The page keeps it; the owner should hear of it.
     */
    default void showsNothing(String url) {
    }

    /** Hosts (lower case) whose images and embeds load on the page; from any other host they stay links. */
    default Set<String> remoteHosts() {
        return Set.of();
    }
}
