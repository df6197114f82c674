package org.scholarfolio.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
    private final List<String> warnings;

    /** {@code sections}: page slugs and generated sections ("publications", "news") that exist. */
    LocalLinks(SiteAssets assets, Set<String> sections, List<String> warnings) {
        this.assets = assets;
        this.sections = sections;
        this.warnings = warnings;
    }

    LinkRewriter forPage(String root, String record) {
        return url -> rewrite(url, root, record);
    }

    private String rewrite(String url, String root, String record) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find()) {
            return url;
        }
        int cut = url.indexOf('#');
        String fragment = cut < 0 ? "" : url.substring(cut);
        String path = cut < 0 ? url : url.substring(0, cut);
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        String clean = decoded;
        while (clean.startsWith("./") || clean.startsWith("/")) {
            clean = clean.substring(clean.startsWith("./") ? 2 : 1);
        }
        String section = clean.replaceFirst("(/index\\.html|/)$", "");
        if (section.isEmpty() || section.equals("index.html")) {
            return root + "index.html" + fragment;
        }
        if (sections.contains(section)) {
            return root + section + "/index.html" + fragment;
        }
        var file = assets.existingFile(clean);
        if (file.isEmpty()) {
            warnings.add(record + ": the link \"" + url + "\" matches no page of the site and no file in the portfolio folder");
            return url;
        }
        return root + SiteAssets.encodePath(file.get()) + fragment;
    }
}
