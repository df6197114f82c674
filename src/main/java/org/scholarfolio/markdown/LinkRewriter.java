package org.scholarfolio.markdown;

/**
 * Changes the address of a link or image after sanitising, e.g. so that {@code ./collaboration}
 * in a bio points at the exported page from wherever the text is shown. Returning an empty
 * string drops the address. Applied only to addresses that already passed the allow-list.
 */
@FunctionalInterface
public interface LinkRewriter {
    LinkRewriter NONE = url -> url;

    String rewrite(String url);
}
