package org.scholarfolio.site;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.scholarfolio.files.LinkPaths;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.markdown.LinkRewriter;

/**
 * Makes relative links written in Markdown work in the exported site from the page they end up
 * on: {@code ./collaboration} becomes {@code ../collaboration/index.html} on a page one folder
 * deep, and {@code assets/img/qr.jpg} is copied and linked. Web addresses are left alone.
 */
final class LocalLinks {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final SiteAssets assets;
    private final Set<String> sections;
    private final List<Diagnostic> warnings;
    private final Set<String> remoteHosts;

    /** {@code sections}: page slugs and generated sections ("publications", "news") that exist. */
    LocalLinks(SiteAssets assets, Set<String> sections, List<Diagnostic> warnings) {
        this(assets, sections, warnings, Set.of());
    }

    /** As above; {@code remoteHosts}: the hosts the site lets images and embeds load from. */
    LocalLinks(SiteAssets assets, Set<String> sections, List<Diagnostic> warnings, Set<String> remoteHosts) {
        this.assets = assets;
        this.sections = sections;
        this.warnings = warnings;
        this.remoteHosts = Set.copyOf(remoteHosts);
    }

    LinkRewriter forPage(String root, String record) {
        return new PageLinks(root, record);
    }

    /**
     * Links for a page at {@code root} that remember whether any of them went through the root:
     * text rendered without doing so is the same from every depth and can be shown everywhere.
     */
    final class PageLinks implements LinkRewriter {
        private final String root;
        private final String record;
        private boolean usedRoot;

        private PageLinks(String root, String record) {
            this.root = root;
            this.record = record;
        }

        @Override
        public String rewrite(String url) {
            if (url.startsWith("//") && !url.startsWith("///")) {
                // "//host/path" takes the page's scheme: file://host/path for a site opened from disk
                return "https:" + url;
            }
            String target = siteTarget(url, record);
            if (target == null) {
                return url;
            }
            usedRoot = true;
            return root + target;
        }

        boolean usedRoot() {
            return usedRoot;
        }

        @Override
        public void showsNothing(String url) {
            warnings.add(Diagnostic.warning(FieldPath.parse(record), "the link to \"" + url + "\" shows nothing (no text, no image; icons of"
                    + " an icon font the site does not have do not show): it is invisible and has no name for screen"
                    + " readers; give it text"));
        }

        @Override
        public int[] imageSize(String url) {
            String path = sitePath(url);
            if (path == null) {
                return null;
            }
            return assets.existingFile(path).map(file -> Home.imageSize(assets.sourceOf(file))).orElse(null);
        }

        @Override
        public Set<String> remoteHosts() {
            return remoteHosts;
        }
    }

    PageLinks trackingForPage(String root, String record) {
        return new PageLinks(root, record);
    }

    /** The link's address relative to the site root, or null when it stays as written. */
    private String siteTarget(String url, String record) {
        String clean = sitePath(url);
        if (clean == null) {
            return null;
        }
        int cut = url.indexOf('#');
        String fragment = cut < 0 ? "" : url.substring(cut);
        String section = clean.replaceFirst("(/index\\.html|/)$", "");
        if (section.isEmpty() || section.equals("index.html")) {
            return "index.html" + fragment;
        }
        if (sections.contains(section)) {
            return section + "/index.html" + fragment;
        }
        var file = assets.existingFile(clean);
        if (file.isEmpty()) {
            warnings.add(Diagnostic.warning(FieldPath.parse(record), "the link \"" + url + "\" matches no page of the site and no file in the portfolio folder"));
            return null;
        }
        return SiteAssets.encodePath(file.get()) + fragment;
    }

    /** A relative link's path without its fragment, decoded and without a leading "./" or "/"; null for a web address. */
    private static String sitePath(String url) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find()) {
            return null;
        }
        int cut = url.indexOf('#');
        String path = cut < 0 ? url : url.substring(0, cut);
        String clean = LinkPaths.decoded(path);
        while (clean.startsWith("./") || clean.startsWith("/")) {
            clean = clean.substring(clean.startsWith("./") ? 2 : 1);
        }
        return clean;
    }
}
